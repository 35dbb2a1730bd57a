//! The export module: SVG pictures of buffers, parsed back with roxmltree, and the handout
//! index and file writing. Each test states a fact a viewer of the picture would rely on.

use cica_dash::export::{self, BASELINE, CELL_H, CELL_W, Palette};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use roxmltree::{Document, Node};

fn picture(buf: &Buffer) -> String {
    export::svg(buf, &Palette::dark())
}

fn parse(svg: &str) -> Document<'_> {
    Document::parse(svg).unwrap_or_else(|e| panic!("invalid XML ({e}):\n{svg}"))
}

fn num(node: Node, attr: &str) -> u32 {
    let v = node
        .attribute(attr)
        .unwrap_or_else(|| panic!("no {attr} on {node:?}"));
    v.parse().unwrap_or_else(|e| panic!("{attr}={v:?}: {e}"))
}

/// Every drawn glyph as (x, y, text), in document order.
fn glyphs(doc: &Document) -> Vec<(u32, u32, String)> {
    doc.descendants()
        .filter(|n| n.has_tag_name("tspan"))
        .map(|t| {
            let text = t.parent().expect("a tspan sits in a text");
            (
                num(t, "x"),
                num(text, "y"),
                t.text().unwrap_or("").to_owned(),
            )
        })
        .collect()
}

/// The x a glyph starting at `col` and `width` cells wide is drawn at: its cells' centre.
fn centre(col: u32, width: u32) -> u32 {
    col * CELL_W + width * CELL_W / 2
}

/// The `<rect>`s other than the whole picture's ground.
fn cell_rects<'a>(doc: &'a Document) -> Vec<Node<'a, 'a>> {
    doc.descendants()
        .filter(|n| n.has_tag_name("rect") && n.attribute("x").is_some())
        .collect()
}

#[test]
fn size_is_columns_and_rows_times_the_cell() {
    let buf = Buffer::empty(Rect::new(0, 0, 13, 7));
    let svg = picture(&buf);
    let doc = parse(&svg);
    let root = doc.root_element();
    assert!(root.has_tag_name(("http://www.w3.org/2000/svg", "svg")));
    assert_eq!(num(root, "width"), 13 * CELL_W);
    assert_eq!(num(root, "height"), 7 * CELL_H);
    assert_eq!(
        root.attribute("viewBox"),
        Some(format!("0 0 {} {}", 13 * CELL_W, 7 * CELL_H).as_str())
    );
    assert!(glyphs(&doc).is_empty(), "a blank screen has no text");
    assert!(
        cell_rects(&doc).is_empty(),
        "a blank screen has only its ground"
    );
}

#[test]
fn the_text_appears_in_order_at_its_cells() {
    let buf = Buffer::with_lines(["Hello world", "  second  ", "third"]);
    let svg = picture(&buf);
    let doc = parse(&svg);
    let got = glyphs(&doc);
    let text: String = got.iter().map(|(_, _, t)| t.as_str()).collect();
    assert_eq!(text, "Helloworldsecondthird");
    // 'w' is column 6 of row 0; 's' column 2 of row 1; 't' column 0 of row 2.
    assert!(
        got.contains(&(centre(6, 1), BASELINE, "w".into())),
        "{got:?}"
    );
    assert!(got.contains(&(centre(2, 1), CELL_H + BASELINE, "s".into())));
    assert!(got.contains(&(centre(0, 1), 2 * CELL_H + BASELINE, "t".into())));
}

#[test]
fn markup_characters_round_trip() {
    let buf = Buffer::with_lines([r#"a<&>"'b"#]);
    let svg = picture(&buf);
    let text: String = glyphs(&parse(&svg)).into_iter().map(|g| g.2).collect();
    assert_eq!(text, r#"a<&>"'b"#);
}

#[test]
fn a_wide_glyph_takes_two_cells_and_hides_the_next() {
    let mut buf = Buffer::empty(Rect::new(0, 0, 10, 1));
    buf.set_string(0, 0, "上海x", Style::new().bg(Color::Red));
    // ratatui blanks the cell a wide glyph hides; put something there to prove it stays hidden.
    buf[(1, 0)].set_symbol("Z");
    let svg = picture(&buf);
    let doc = parse(&svg);
    let got = glyphs(&doc);
    assert_eq!(
        got,
        [
            (centre(0, 2), BASELINE, "上".into()),
            (centre(2, 2), BASELINE, "海".into()),
            (centre(4, 1), BASELINE, "x".into()),
        ]
    );
    // The red ground covers both cells of each ideograph and the x: five cells.
    let rects = cell_rects(&doc);
    assert_eq!(rects.len(), 1, "{rects:?}");
    assert_eq!(
        (num(rects[0], "x"), num(rects[0], "width")),
        (0, 5 * CELL_W)
    );
}

#[test]
fn a_blue_ground_is_one_rect_in_xterm_blue() {
    let mut buf = Buffer::empty(Rect::new(0, 0, 8, 3));
    buf.set_string(3, 1, "ab", Style::new().bg(Color::Blue));
    let svg = picture(&buf);
    let doc = parse(&svg);
    let rects = cell_rects(&doc);
    assert_eq!(
        rects.len(),
        1,
        "two adjacent cells merge into one rect: {rects:?}"
    );
    let r = rects[0];
    assert_eq!(r.attribute("fill"), Some("#0000ee"));
    assert_eq!(
        (num(r, "x"), num(r, "y"), num(r, "width"), num(r, "height")),
        (3 * CELL_W, CELL_H, 2 * CELL_W, CELL_H)
    );
}

#[test]
fn reset_uses_the_palette_and_reverse_swaps() {
    let mut buf = Buffer::empty(Rect::new(0, 0, 4, 1));
    buf.set_string(0, 0, "r", Style::new().add_modifier(Modifier::REVERSED));
    let light = Palette::light();
    let svg = export::svg(&buf, &light);
    let doc = parse(&svg);
    let hex = |(r, g, b): (u8, u8, u8)| format!("#{r:02x}{g:02x}{b:02x}");
    let ground = doc.descendants().find(|n| n.has_tag_name("rect")).unwrap();
    assert_eq!(ground.attribute("fill"), Some(hex(light.bg).as_str()));
    let rects = cell_rects(&doc);
    assert_eq!(rects[0].attribute("fill"), Some(hex(light.fg).as_str()));
    let text = doc.descendants().find(|n| n.has_tag_name("text")).unwrap();
    assert_eq!(text.attribute("fill"), Some(hex(light.bg).as_str()));
}

#[test]
fn bold_italic_underline_and_dim_are_drawn() {
    let mut buf = Buffer::empty(Rect::new(0, 0, 12, 1));
    buf.set_string(0, 0, "n", Style::new());
    buf.set_string(1, 0, "B", Style::new().bold());
    buf.set_string(2, 0, "I", Style::new().italic().underlined());
    buf.set_string(3, 0, "d", Style::new().dim().fg(Color::Indexed(67)));
    let svg = picture(&buf);
    let doc = parse(&svg);
    let tspan_of = |s: &str| {
        doc.descendants()
            .find(|n| n.has_tag_name("tspan") && n.text() == Some(s))
            .unwrap_or_else(|| panic!("no glyph {s}"))
    };
    let text_of = |s: &str| tspan_of(s).parent().expect("a tspan sits in a text");
    assert_eq!(text_of("B").attribute("font-weight"), Some("bold"));
    assert_eq!(text_of("n").attribute("font-weight"), None);
    assert_eq!(text_of("I").attribute("font-style"), Some("italic"));
    // On the tspan itself: librsvg ignores a decoration inherited from the text.
    assert_eq!(
        tspan_of("I").attribute("text-decoration"),
        Some("underline")
    );
    assert_eq!(tspan_of("B").attribute("text-decoration"), None);
    assert!(text_of("d").attribute("opacity").is_some());
    assert_eq!(text_of("d").attribute("fill"), Some("#5f87af"));
}

#[test]
fn control_characters_do_not_break_the_xml() {
    let mut buf = Buffer::empty(Rect::new(0, 0, 5, 1));
    buf[(0, 0)].set_symbol("\u{1}");
    buf[(1, 0)].set_symbol("\u{1b}");
    buf[(2, 0)].set_symbol("\u{ffff}");
    buf[(3, 0)].set_symbol("ok");
    let svg = picture(&buf);
    let doc = parse(&svg);
    let text: String = glyphs(&doc).into_iter().map(|g| g.2).collect();
    assert_eq!(text, "\u{fffd}\u{fffd}\u{fffd}ok");
}

#[test]
fn the_index_escapes_and_keeps_the_order() {
    let slides: Vec<(String, String)> = [
        ("01-agenda.svg", "Agenda & <b>plan</b>"),
        ("02-calendar.svg", "Calendar"),
        ("03 decisions.svg", "Decisions"),
    ]
    .map(|(f, t)| (f.to_owned(), t.to_owned()))
    .into();
    let html = export::index_html("<script>alert(1)</script>", &slides);
    assert!(!html.contains("<script>"), "{html}");
    assert!(!html.contains("<b>"), "{html}");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("Agenda &amp; &lt;b&gt;plan&lt;/b&gt;"));
    let at = |s: &str| {
        html.find(s)
            .unwrap_or_else(|| panic!("{s} missing:\n{html}"))
    };
    assert!(at("1. Agenda") < at("2. Calendar"));
    assert!(at("2. Calendar") < at("3. Decisions"));
    assert!(at("src=\"01-agenda.svg\"") < at("src=\"02-calendar.svg\""));
    assert!(html.contains("src=\"03%20decisions.svg\""));
    assert!(html.contains("page-break-after"));
}

#[test]
fn write_all_writes_plain_names_and_refuses_paths() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("deck/one");
    let files = vec![
        ("a.svg".to_owned(), "<svg/>".to_owned()),
        ("index.html".to_owned(), "hi".to_owned()),
    ];
    export::write_all(&dir, &files).unwrap();
    assert_eq!(
        std::fs::read_to_string(dir.join("a.svg")).unwrap(),
        "<svg/>"
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("index.html")).unwrap(),
        "hi"
    );

    let other = tmp.path().join("other");
    for bad in ["../x.svg", "sub/x.svg", ".."] {
        let files = vec![
            ("fine.svg".to_owned(), String::new()),
            (bad.to_owned(), String::new()),
        ];
        let err = export::write_all(&other, &files).unwrap_err();
        assert_eq!(err.kind(), std::io::ErrorKind::InvalidInput, "{bad}");
    }
    assert!(!other.exists(), "nothing is written when a name is refused");
    assert!(!tmp.path().join("x.svg").exists());
}
