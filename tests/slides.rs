//! Presentation slides drawn into a buffer and read as text. Each snapshot was read line by
//! line when accepted; the assertions beside them state what the reader checked, so a change
//! that breaks those facts fails even if a new snapshot is accepted blindly.

mod common;

use std::path::Path;

use cica_dash::dataset::Dataset;
use cica_dash::deck::{Deck, Slide};
use cica_dash::load::{self, DataSource};
use cica_dash::render::to_text;
use cica_dash::text::width;
use cica_dash::theme::Theme;
use cica_dash::ui::slides;
use common::today;
use ratatui::buffer::{Buffer, Cell};
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};

fn bundled() -> Dataset {
    let loaded = load::load(&DataSource::Bundled, load::DEFAULT_MAX_FILE_SIZE).unwrap();
    assert!(!loaded.has_errors());
    loaded.dataset
}

fn fixture(name: &str) -> Dataset {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/valid")
        .join(name);
    let loaded = load::load_dir(&dir).unwrap();
    assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
    loaded.dataset
}

/// The meeting whose title and names are in Cyrillic, Chinese and Arabic.
fn multilingual() -> Dataset {
    fixture("multilingual-meeting")
}

/// Slide `index` of `meeting` drawn into a `w`×`h` buffer.
fn draw(data: &Dataset, meeting: usize, index: usize, w: u16, h: u16) -> Buffer {
    let deck = Deck::build(data, meeting);
    let mut buf = Buffer::empty(Rect::new(0, 0, w, h));
    slides::render(
        data,
        &deck,
        index,
        today(),
        &Theme::fallback(),
        buf.area,
        &mut buf,
    );
    buf
}

/// Slide `index` of meeting 0 at `w`×`h`, as text; checks every row fits the width.
fn slide(data: &Dataset, index: usize, w: u16, h: u16) -> String {
    slide_of(data, 0, index, w, h)
}

fn slide_of(data: &Dataset, meeting: usize, index: usize, w: u16, h: u16) -> String {
    let text = to_text(&draw(data, meeting, index, w, h));
    for line in text.lines() {
        assert!(width(line) <= usize::from(w), "{line:?} wider than {w}");
    }
    assert_eq!(text.lines().count(), usize::from(h));
    text
}

/// The text without any whitespace, to find wrapped text whole.
fn squeezed(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The index of the first slide matching `f`.
fn find(data: &Dataset, f: impl Fn(Slide) -> bool) -> usize {
    let deck = Deck::build(data, 0);
    deck.slides.iter().position(|&s| f(s)).unwrap()
}

const SIZES: [(u16, u16); 2] = [(80, 24), (200, 60)];

#[test]
fn title_slide() {
    let data = bundled();
    for (w, h) in SIZES {
        let text = slide(&data, 0, w, h);
        assert!(text.contains("Senior Officials Committee"));
        assert!(text.contains("Wednesday 23 June 2021"));
        assert!(text.contains("Chair: Shakhrat Nuryshev"));
        assert!(text.contains("First Deputy Minister of Foreign Affairs of Kazakhstan"));
        assert!(!text.contains("PLANNED"), "held in 2021");
        // The title is in big letters, so not as a line of text.
        assert!(text.contains('▟') && !text.contains("Kazakh chairmanship"));
        assert!(
            text.lines().next().unwrap().is_empty(),
            "a blank row at the top"
        );
        insta::assert_snapshot!(format!("title_{w}x{h}"), text);
    }
}

#[test]
fn tiny_slides_draw_what_fits() {
    let data = bundled();
    let title = slide(&data, 0, 20, 5);
    assert!(title.contains("Senior Officials"), "{title}");
    insta::assert_snapshot!("title_20x5", title);
    let decision = slide(&data, 2, 30, 8);
    assert!(decision.contains("Decision 1 of 6"), "{decision}");
    insta::assert_snapshot!("decision_30x8", decision);
}

#[test]
fn agenda_slide() {
    let data = bundled();
    for (w, h) in SIZES {
        let text = slide(&data, 1, w, h);
        assert!(text.contains("1. Opening remarks by the Chair of the SOC · procedural"));
        assert!(text.contains("7. Tasks of the Special Working Group · decision"));
        assert!(!text.contains("more"), "all seven fit");
        insta::assert_snapshot!(format!("agenda_{w}x{h}"), text);
    }
    let text = slide(&data, 1, 60, 12);
    assert!(text.contains("1. Opening remarks"));
    assert!(text.contains("4. List of coordinating"));
    assert!(text.contains("… 3 more"), "{text}");
    insta::assert_snapshot!("agenda_60x12", text);
}

#[test]
fn decision_slides() {
    let data = bundled();
    let first = find(&data, |s| s == Slide::Decision(0));
    for (w, h) in SIZES {
        let text = slide(&data, first, w, h);
        assert!(text.contains("Decision 1 of 6 · agenda item 2"));
        assert!(text.contains("The SOC approved granting of the CICA Observer Status"));
        assert!(text.contains("Concerns: Turkmenistan"));
        insta::assert_snapshot!(format!("decision_turkmenistan_{w}x{h}"), text);
    }
    // At 80×24 the verb and subject do not fit in big letters: bold, on one line.
    assert!(slide(&data, first, 80, 24).contains("approved CICA Observer Status for Turkmenistan"));
    // The list of co-coordinators: the text gives way to the assignments.
    let list = find(&data, |s| s == Slide::Decision(2));
    for (w, h) in SIZES {
        let text = slide(&data, list, w, h);
        assert!(text.contains("Concerns: China, Jordan, Bangladesh"));
        assert!(text.contains("Assignments"));
        assert!(text.contains("• China, co-coordinator — Epidemiological safety"));
        insta::assert_snapshot!(format!("decision_coordinators_{w}x{h}"), text);
    }
    let small = slide(&data, list, 80, 24);
    assert!(small.contains("… 2 more"), "{small}");
    assert!(
        small.contains("dimension…") || small.contains("…\n"),
        "the text is visibly cut"
    );
    let big = slide(&data, list, 200, 60);
    assert!(big.contains("• China, co-coordinator — Human dimension"));
    assert!(
        big.contains("China in the human dimension."),
        "the whole text"
    );
    // A task: assignee and due.
    let task = slide(&data, find(&data, |s| s == Slide::Decision(4)), 80, 24);
    assert!(task.contains("Assigned to: Special Working Group"));
    assert!(task.contains("Due: before the next SOC meeting"));
    let fwd = slide(&data, find(&data, |s| s == Slide::Decision(1)), 80, 24);
    assert!(fwd.contains("Forwarded to: Ministers of Foreign Affairs of the CICA Member States"));
}

#[test]
fn statement_slides() {
    let data = bundled();
    let voronkov = find(&data, |s| s == Slide::Statement(10));
    for (w, h) in SIZES {
        let text = slide(&data, voronkov, w, h);
        assert!(text.contains("Statement 11 of 11"));
        assert!(text.contains("United Nations  [video]"));
        assert!(text.contains("Elaborated on issues of global terrorism"));
        insta::assert_snapshot!(format!("statement_video_{w}x{h}"), text);
    }
    assert!(slide(&data, voronkov, 80, 24).contains("Vladimir Voronkov"));
    let stepkina = find(&data, |s| s == Slide::Statement(7));
    for (w, h) in SIZES {
        let text = slide(&data, stepkina, w, h);
        assert!(text.contains("“When Member States seat at common table"));
        assert!(squeezed(&text).contains("mutualbeneficialcooperation”"));
        assert!(text.contains("Russia"));
        assert!(!text.contains("[video]"));
        insta::assert_snapshot!(format!("statement_quote_{w}x{h}"), text);
    }
}

#[test]
fn coordination_slide() {
    let data = bundled();
    let i = find(&data, |s| s == Slide::Coordination);
    for (w, h) in SIZES {
        let text = slide(&data, i, w, h);
        let header = text.lines().find(|l| l.contains("Participant")).unwrap();
        assert!(header.contains("Area") && header.contains("Role") && header.contains("State"));
        let row = text.lines().find(|l| l.contains("Bangladesh")).unwrap();
        assert!(row.contains("Natural disaster management"), "{row}");
        assert!(
            row.contains("co-coordinator") && row.contains("adopted"),
            "{row}"
        );
        assert!(text.contains("Human dimension"));
        insta::assert_snapshot!(format!("coordination_{w}x{h}"), text);
    }
    // Too narrow for four columns: a list.
    let text = slide(&data, i, 40, 30);
    assert!(
        squeezed(&text).contains("•Naturaldisastermanagement—Bangladesh,co-coordinator(adopted)"),
        "{text}"
    );
}

#[test]
fn events_slide() {
    let data = bundled();
    let i = find(&data, |s| s == Slide::Events);
    for (w, h) in SIZES {
        let text = slide(&data, i, w, h);
        let dated = text
            .find("Wed 26 May 2021  Meeting with the Founder")
            .unwrap();
        let undated = text.find("• 8th CICA Think Tank Forum — China").unwrap();
        assert!(dated < undated, "dated events first");
        assert!(
            text.contains("• CICA Youth Council — Kazakhstan"),
            "the last fits"
        );
        insta::assert_snapshot!(format!("events_{w}x{h}"), text);
    }
    let text = slide(&data, i, 80, 14);
    assert!(text.contains("more"), "{text}");
}

#[test]
fn closing_slide() {
    let data = bundled();
    let i = find(&data, |s| s == Slide::Closing);
    for (w, h) in SIZES {
        let text = slide(&data, i, w, h);
        assert!(text.contains("Senior Officials Committee · Wednesday 23 June 2021"));
        assert!(text.contains("Source"));
        assert!(squeezed(&text).contains("reachedsignificantachievementsonJune23,2021"));
        insta::assert_snapshot!(format!("closing_{w}x{h}"), text);
    }
}

#[test]
fn multilingual_slides_fall_back_and_show_everything() {
    let data = multilingual();
    let m = &data.meetings[0];
    let deck = Deck::build(&data, 0);
    for (w, h) in SIZES {
        let text = slide(&data, 0, w, h);
        assert!(
            squeezed(&text).contains(&squeezed(&m.title)),
            "the whole title at {w}x{h}:\n{text}"
        );
        assert!(text.contains("PLANNED"), "2030 is after the tests' today");
        assert!(text.contains("Sunday 23 June 2030") && text.contains("Астана"));
        assert!(text.contains("Chair: Шахрат Нурышев"));
        insta::assert_snapshot!(format!("multilingual_title_{w}x{h}"), text);
    }
    for i in 1..deck.len() {
        let text = slide(&data, i, 80, 24);
        insta::assert_snapshot!(format!("multilingual_{i}_80x24"), text);
    }
    let decision = slide(&data, 2, 80, 24);
    assert!(decision.contains("approved 关于土库曼斯坦获得亚信观察员地位的决定"));
    assert!(decision.contains("Concerns: 中华人民共和国, الأردن"));
    assert!(
        squeezed(&decision).contains("(fromSun23Jun2030)"),
        "{decision}"
    );
    let read_out = slide(&data, 4, 80, 24);
    assert!(read_out.contains("ایران  [read out] by Шахрат Нурышев"));
    // Even a narrow screen shows the whole non-Latin title.
    let narrow = slide(&data, 0, 24, 30);
    assert!(squeezed(&narrow).contains(&squeezed(&m.title)), "{narrow}");
}

#[test]
fn every_field_of_the_all_keys_fixture() {
    let data = fixture("all-keys");
    // Meeting 0 is the cancelled March meeting; meeting 1 has every key.
    assert!(slide_of(&data, 0, 0, 80, 24).contains("CANCELLED"));
    let title = slide_of(&data, 1, 0, 80, 24);
    assert!(title.contains("Wednesday 23 June 2021 – Thursday 24 June 2021"));
    assert!(title.contains("Nur-Sultan"));
    let decision = slide_of(&data, 1, 2, 80, 24);
    assert!(decision.contains("Assigned to: Special Working Group"));
    assert!(decision.contains("Forwarded to: Ministerial Council"));
    assert!(
        squeezed(&decision)
            .contains("•Kazakhstan,co-coordinator—Humandimension(fromWed23Jun2021until2022)"),
        "{decision}"
    );
    let statement = slide_of(&data, 1, 3, 80, 24);
    assert!(statement.contains("[read out] by A diplomat"));
    assert!(statement.contains("“Welcome.”"));
    let coordination = slide_of(&data, 1, 4, 80, 24);
    let row = coordination
        .lines()
        .find(|l| l.contains("Human dimension"))
        .unwrap();
    assert!(row.contains("co-coordinator  Kazakhstan"), "{row}");
    assert!(row.ends_with("from Wed 23 Jun 2021 until"), "{row}");
    assert!(
        squeezed(&coordination).contains("until2022"),
        "the period wraps within its column"
    );
    let events = slide_of(&data, 1, 5, 80, 24);
    assert!(events.contains("Oct 2021 – Nov 2021  Eighth Think Tank Forum — Kazakhstan"));
    assert!(
        squeezed(&events).contains("UnitedNations·Beijing"),
        "{events}"
    );
    let closing = slide_of(&data, 1, 6, 80, 24);
    assert!(closing.contains("• Press release — CICA Secretariat · Wednesday 23 June 2021 ·"));
    assert!(closing.contains("https://www.s-cica.org/"));
}

/// A buffer filled with a marker, to see what was written.
fn marked(area: Rect) -> Buffer {
    let mut cell = Cell::new("·");
    cell.set_style(Style::new().fg(Color::Red));
    Buffer::filled(area, cell)
}

#[test]
fn any_size_draws_without_panic_and_only_inside_its_area() {
    let widths = [1u16, 2, 3, 5, 8, 12, 20, 31, 40, 59, 80, 101, 160, 300, 400];
    let heights = [1u16, 2, 3, 4, 5, 7, 8, 12, 15, 16, 24, 41, 60, 100, 150];
    for data in [bundled(), multilingual()] {
        let deck = Deck::build(&data, 0);
        for &w in &widths {
            for &h in &heights {
                for i in 0..=deck.len() {
                    let outer = Rect::new(0, 0, w + 7, h + 5);
                    let area = Rect::new(4, 2, w, h);
                    let mut buf = marked(outer);
                    slides::render(&data, &deck, i, today(), &Theme::fallback(), area, &mut buf);
                    let blank = marked(outer);
                    for y in 0..outer.height {
                        for x in 0..outer.width {
                            let inside = area.contains((x, y).into());
                            assert!(
                                inside || buf[(x, y)] == blank[(x, y)],
                                "slide {i} at {w}x{h} wrote outside its area at ({x}, {y})"
                            );
                        }
                    }
                    for line in to_text(&buf).lines() {
                        assert!(width(line) <= usize::from(outer.width));
                    }
                }
            }
        }
    }
}

#[test]
fn wide_characters_are_never_split() {
    let data = multilingual();
    let deck = Deck::build(&data, 0);
    let title = squeezed(&data.meetings[0].title);
    for w in 10u16..=70 {
        let h = 40;
        let buf = draw(&data, 0, 0, w, h);
        let text = to_text(&buf);
        assert!(
            squeezed(&text).contains(&title),
            "the whole title at width {w}:\n{text}"
        );
        for (y, line) in text.lines().enumerate() {
            assert!(
                width(line) <= usize::from(w),
                "row {y} at width {w}: {line:?}"
            );
            // A wide character in the last column would have its right half cut off.
            let last = buf[(w - 1, u16::try_from(y).unwrap())].symbol();
            assert!(
                width(last) <= 1,
                "row {y} at width {w} ends in half of {last:?}"
            );
        }
        for i in 0..deck.len() {
            let buf = draw(&data, 0, i, w, 24);
            for y in 0..24 {
                assert!(width(buf[(w - 1, y)].symbol()) <= 1, "slide {i}, width {w}");
            }
        }
    }
}
