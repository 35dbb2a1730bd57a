//! `cica-dash present` and `render --present` from the command line: the SVG handout, slides
//! as text, and the errors a user can make (unknown meeting, bad times, bad theme, no
//! terminal).

mod common;

use common::run::{command, run, stderr, stdout};

#[test]
fn export_svg_writes_one_valid_svg_per_slide_and_an_index() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("handout");
    let o = run(&[
        "present",
        "--today",
        "2026-11-28",
        "--export-svg",
        out.to_str().unwrap(),
        "--size",
        "100x30",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("wrote 22 slides"), "{}", stdout(&o));
    let mut svgs: Vec<_> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".svg"))
        .collect();
    svgs.sort();
    assert_eq!(svgs.len(), 22);
    assert_eq!(svgs[0], "slide-01.svg");
    assert_eq!(svgs[21], "slide-22.svg");
    let text_of = |name: &str| {
        let svg = std::fs::read_to_string(out.join(name)).unwrap();
        let doc = roxmltree::Document::parse(&svg).expect("the SVG is well-formed XML");
        let root = doc.root_element();
        assert_eq!(root.attribute("width"), Some("1000"), "100 cells of 10 px");
        assert_eq!(root.attribute("height"), Some("600"), "30 rows of 20 px");
        // One text node per grapheme, blank cells left out: compare without spaces.
        doc.descendants()
            .filter(|n| n.is_text())
            .flat_map(|n| n.text().unwrap_or("").chars())
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
    };
    let title = text_of("slide-01.svg");
    assert!(title.contains("SeniorOfficialsCommittee"), "{title}");
    assert!(
        title.contains("1/22"),
        "the footer is exported too: {title}"
    );
    let decision = text_of("slide-03.svg");
    assert!(decision.contains("Turkmenistan"), "{decision}");
    let index = std::fs::read_to_string(out.join("index.html")).unwrap();
    let first = index.find("slide-01.svg").expect("the index shows slide 1");
    let last = index
        .find("slide-22.svg")
        .expect("the index shows slide 22");
    assert!(first < last, "in order");
}

#[test]
fn render_present_prints_any_slide_as_text() {
    let o = run(&[
        "render",
        "--present",
        "--today",
        "2026-11-28",
        "--size",
        "80x24",
        "--keys",
        "3<Enter>",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let screen = stdout(&o);
    assert!(screen.contains(" 3/22 "), "{screen}");
    assert!(
        screen.contains("Turkmenistan"),
        "the first decision:\n{screen}"
    );
}

#[test]
fn an_unknown_meeting_names_the_nearest_one() {
    let o = run(&[
        "present",
        "--meeting",
        "soc-2021-06-32",
        "--export-svg",
        "/nonexistent/x",
    ]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("no meeting `soc-2021-06-32`"), "{err}");
    assert!(err.contains("did you mean `soc-2021-06-23`?"), "{err}");
}

#[test]
fn bad_times_and_themes_are_refused_before_anything_starts() {
    let o = run(&["present", "--duration", "thirty"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("is not a time like 30m"),
        "{}",
        stderr(&o)
    );
    let o = run(&["present", "--loop"]);
    assert_eq!(o.status.code(), Some(2), "--loop needs --auto-advance");
    let o = run(&["render", "--theme", "drak"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("did you mean `dark`?"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn present_without_a_terminal_says_what_to_use_instead() {
    let o = run(&["present"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("render --present"), "{}", stderr(&o));
    assert!(o.stdout.is_empty(), "no escape codes on stdout");
}

/// The fill colours used in an exported slide.
fn fills(env: &[(&str, &str)], args: &[&str]) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("deck");
    let mut cmd = command(&["present", "--today", "2026-11-28", "--export-svg"]);
    cmd.arg(&out).args(args);
    for (k, v) in env {
        cmd.env(k, v);
    }
    let o = cmd.output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let svg = std::fs::read_to_string(out.join("slide-05.svg")).unwrap();
    let mut fills: Vec<String> = svg
        .split("fill=\"")
        .skip(1)
        .filter_map(|s| s.split('"').next())
        .map(str::to_owned)
        .collect();
    fills.sort();
    fills.dedup();
    fills
}

#[test]
fn no_color_draws_the_deck_without_colour() {
    let colours = fills(&[], &[]);
    assert!(colours.len() > 2, "the dark theme has colours: {colours:?}");
    let mono = fills(&[("NO_COLOR", "1")], &[]);
    assert_eq!(
        mono,
        vec!["#1c1c1c".to_owned(), "#d0d0d0".to_owned()],
        "only the palette's text and ground"
    );
    assert_eq!(
        fills(&[("NO_COLOR", "")], &[]),
        colours,
        "an empty NO_COLOR is unset"
    );
    assert_eq!(
        fills(&[("NO_COLOR", "1")], &["--theme", "dark"]),
        colours,
        "--theme wins over NO_COLOR"
    );
}
