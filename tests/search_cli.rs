//! The search through the binary, as `render --keys` types it: the index timed apart from the
//! keys, `/turkmen<Enter>` landing on the observer-status decision, and a query of control
//! characters.

mod common;

use common::run::{run, stderr, stdout};

#[test]
fn render_timings_count_the_search_index_apart_from_the_keys() {
    let o = run(&[
        "render",
        "--today",
        "2026-11-28",
        "--timings",
        "--keys",
        "/turkmen",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let err = stderr(&o);
    let line = err
        .lines()
        .find(|l| l.starts_with("keys: 8 pressed"))
        .unwrap_or_else(|| panic!("no keys line in {err}"));
    assert!(
        line.contains("(search index built in ") && line.ends_with(" ms, apart)"),
        "the terminal builds the index on a thread: {line}"
    );
    let plain = stderr(&run(&["render", "--timings", "--keys", "jj"]));
    assert!(!plain.contains("search index"), "{plain}");
}

#[test]
fn render_turkmen_enter_lands_on_the_observer_status_decision() {
    let o = run(&[
        "render",
        "--today",
        "2026-11-28",
        "--size",
        "160x48",
        "--keys",
        "/turkmen<Enter>",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(!text.contains("/ turkmen"), "the search closed: {text}");
    // The focused pane marks its selected row with ▌ (the others with ›).
    let selected: Vec<&str> = text.lines().filter(|l| l.contains('▌')).collect();
    assert_eq!(selected.len(), 1, "one focused selection: {text}");
    assert!(
        selected[0].contains("┃▌ approved    CICA Observer Status for Turkmenistan"),
        "{}",
        selected[0]
    );
    assert!(
        text.contains("┏ 2 Decisions"),
        "the Decisions pane has the focus (thick border): {text}"
    );
}

#[test]
fn render_a_query_of_control_characters_is_safe() {
    let o = run(&[
        "render",
        "--size",
        "80x24",
        "--keys",
        "/\u{1b}[2J\u{7}<C-x>by:",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(text.contains("/ "), "the search is open: {text}");
    assert!(
        !text.contains('\u{1b}') && !text.contains('\u{7}'),
        "{text:?}"
    );
}
