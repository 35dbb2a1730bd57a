//! The preview pane of wide screens: from 180 columns on, beside the four panes, the selected
//! item in full, word-wrapped; narrower screens keep the whole width for the panes.

mod common;

use cica_dash::view::layout;
use common::{bundled_app, screen};
use ratatui::layout::Rect;

/// The bundled meeting file's first decision's text, read here on its own.
fn first_decision_text() -> String {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/meetings/2021-06-23-soc.toml"
    ))
    .unwrap();
    let t: toml::Table = text.parse().unwrap();
    t["decision"].as_array().unwrap()[0]["text"]
        .as_str()
        .unwrap()
        .to_owned()
}

#[test]
fn the_preview_shows_the_selected_item_in_full_from_180_columns() {
    let mut app = bundled_app();
    let wide = screen(&mut app, "<Tab>", 200, 50);
    assert!(wide.contains("╭ Decision "), "the preview's title:\n{wide}");
    // Every word of the decision's text is on screen, though the pane cuts it to a line.
    let shown: String = wide.split_whitespace().collect::<Vec<_>>().join(" ");
    for word in first_decision_text().split_whitespace() {
        assert!(shown.contains(word), "{word:?} in the preview");
    }
    assert!(
        wide.contains("across Asia."),
        "the text's last words:\n{wide}"
    );
    let narrow = screen(&mut app, "", 179, 50);
    assert!(
        !narrow.contains("╭ Decision "),
        "no preview under 180 columns"
    );
    // The calendar's day is previewed when the calendar has focus.
    let day = screen(&mut app, "4", 200, 50);
    assert!(day.contains("╭ Calendar "), "{day}");
}

#[test]
fn the_preview_and_the_panes_share_the_body_without_overlap() {
    for (w, h) in [(180u16, 24u16), (200, 60), (400, 150)] {
        let area = Rect::new(0, 0, w, h);
        let preview = layout::preview_area(area).expect("a preview from 180 columns");
        for (pane, rect) in layout::visible_panes(area, cica_dash::app::Pane::Agenda) {
            assert!(
                rect.intersection(preview).is_empty(),
                "{pane:?} {rect:?} overlaps the preview {preview:?} at {w}x{h}"
            );
            assert!(rect.right() <= preview.left());
        }
        assert_eq!(preview.right(), w, "the preview reaches the right edge");
    }
    assert_eq!(layout::preview_area(Rect::new(0, 0, 179, 60)), None);
    assert_eq!(
        layout::preview_area(Rect::new(0, 0, 200, 20)),
        None,
        "not in the tabbed layout of a short screen"
    );
}
