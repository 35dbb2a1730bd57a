//! The footer on a narrow screen with the filter, a lens and a notice at once: together they
//! are wider than the line, and are cut inside the screen's area, never drawn left of it.

mod common;

use cica_dash::app::App;
use cica_dash::render::feed;
use common::*;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

fn press(app: &mut App, k: &str) {
    feed(app, &cica_dash::keys::parse(k).unwrap());
}

#[test]
fn filter_lens_and_notice_stay_inside_a_narrow_footer() {
    let mut app = bundled_app();
    // Russia's profile, then its statement under the lens; f filters; ] finds no later
    // meeting with Russia's items and says so.
    press(&mut app, "cRussia<Enter>j<Enter>f]");
    let (w, h) = (40, 13);
    let text = screen(&mut app, "", w, h);
    let footer = text.lines().last().unwrap();
    assert!(
        footer.contains("FILTER") && footer.contains("LENS"),
        "{footer}"
    );

    // Drawn two columns in, inside a buffer filled with a mark: the mark stays outside.
    let outer = Rect::new(0, 0, w + 4, h + 2);
    let area = Rect::new(2, 1, w, h);
    let mut buf = Buffer::empty(outer);
    buf.content.iter_mut().for_each(|c| {
        c.set_symbol("▒");
    });
    (&app).render(area, &mut buf);
    let row = |y: u16| {
        (0..outer.width)
            .map(|x| buf[(x, y)].symbol())
            .collect::<String>()
    };
    let last = row(area.bottom() - 1);
    assert!(last.starts_with("▒▒") && last.ends_with("▒▒"), "{last:?}");
    assert!(last.contains("FILTER"), "{last:?}");
}
