//! The header at 80 columns and less, read from the buffer: the title, the date and the status
//! always show; the place, format, chair and chairmanship share what is left and are cut with
//! `…`, never in the middle of a wide character.

mod common;

use cica_dash::render::draw;
use cica_dash::text::width;
use common::*;
use ratatui::buffer::Buffer;

const PARTICIPANTS: &str =
    "[[participant]]\ncode = \"AZE\"\nname = \"Azerbaijan\"\nkind = \"state\"\n";

fn meeting(place: &str) -> String {
    format!(
        "[meeting]\nid = \"m\"\ntitle = \"Ministerial Council\"\nbody = \"Council of Ministers of Foreign Affairs\"\n\
         date = 2024-12-17\nstatus = \"postponed\"\nplace = \"{place}\"\nformat = \"hybrid\"\n\
         chair = \"Jeyhun Bayramov\"\nchairmanship = \"AZE\"\n"
    )
}

/// Row `y` as the terminal shows it: each cell's symbol, a wide character's hidden half
/// skipped; and the row's width in cells.
fn row(buf: &Buffer, y: u16) -> (String, usize) {
    let mut text = String::new();
    let mut x = 0;
    while x < buf.area.width {
        let s = buf[(x, y)].symbol();
        text.push_str(s);
        x += u16::try_from(width(s).max(1)).unwrap();
    }
    let w = width(&text);
    (text, w)
}

#[test]
fn title_date_and_status_always_show_and_the_rest_is_cut() {
    for place in [
        "Baku, Baku Congress Centre, the great hall on the second floor",
        "巴库会议中心第二层大厅巴库会议中心第二层大厅巴库会议中心第二层大厅",
    ] {
        let m = meeting(place);
        let mut app = app_from(&[("p.toml", PARTICIPANTS), ("m.toml", m.as_str())]);
        for w in [80u16, 79, 60] {
            let buf = draw(&mut app, w, 24);
            let (title, tw) = row(&buf, 0);
            let (facts, fw) = row(&buf, 1);
            assert!(title.contains("Ministerial Council"), "{w}: {title}");
            assert_eq!(
                (tw, fw),
                (usize::from(w), usize::from(w)),
                "{w}: whole rows"
            );
            assert!(
                facts.contains("Tue 17 Dec 2024 · postponed"),
                "{w}: date and status: {facts}"
            );
            if w >= 79 {
                // The place is cut, so the chairmanship after it cannot show whole.
                assert!(
                    facts.trim_end().ends_with('…'),
                    "{w}: the rest cut: {facts}"
                );
            } else {
                // No room for the rest: the body is shortened for the date and status.
                assert!(facts.contains("Fore… · Tue"), "{w}: the body cut: {facts}");
                assert!(facts.trim_end().ends_with("postponed"), "{w}: {facts}");
            }
            assert!(!facts.contains("Azerbaijan chairmanship"), "{w}: {facts}");
            for x in 0..w - 1 {
                if width(buf[(x, 1)].symbol()) == 2 {
                    assert_eq!(buf[(x + 1, 1)].symbol(), " ", "{w}: a whole wide character");
                }
            }
        }
        // With room, everything shows.
        let buf = draw(&mut app, 250, 30);
        let (facts, _) = row(&buf, 1);
        assert!(facts.contains("· hybrid · Chair: Jeyhun Bayramov · Azerbaijan chairmanship"));
    }
}
