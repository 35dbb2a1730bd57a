//! The data format contract (docs/data-format.md), rule by rule, as fixture data sets.
//!
//! `tests/fixtures/invalid/<kind>/` each hold a minimal data set with exactly one problem: the
//! loader must report exactly one diagnostic, at the right file, line and column, with the
//! right code, and a message and help that say what is wrong and what to write instead.
//! Lines and columns below were counted by hand from the fixture files (columns in characters,
//! 1-based, as editors count them).
//!
//! `tests/fixtures/valid/<case>/` must load with no diagnostic at all, and each case then
//! checks what it is about (partial dates kept, BOM dropped, dot-files skipped, …).

use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use cica_dash::dataset::{Dataset, Due, ParticipantKind, Status, effective_status};
use cica_dash::load::{self, Code, DataSource, Diagnostic, Loaded};
use cica_dash::model::Precision;
use rstest::rstest;

fn fixture(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(path)
}

fn load_fixture(path: &str) -> Loaded {
    load::load_dir(&fixture(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn listing(diags: &[Diagnostic]) -> String {
    diags.iter().map(|d| format!("  {d}\n")).collect()
}

/// Loads `invalid/<kind>` and returns its one diagnostic.
fn only_problem(kind: &str) -> Diagnostic {
    let loaded = load_fixture(&format!("invalid/{kind}"));
    match loaded.diagnostics.as_slice() {
        [d] => d.clone(),
        ds => panic!(
            "{kind}: expected exactly one diagnostic, got {}:\n{}",
            ds.len(),
            listing(ds)
        ),
    }
}

#[rstest]
// Files and syntax
#[case::syntax("syntax", "participants.toml", 4, 6, "syntax", &[], &[])]
#[case::unknown_top_level_table(
    "unknown-top-level-table", "participants.toml", 1, 3, "unknown-key",
    &["unknown top-level table", "`participants`"], &["did you mean `participant`?"],
)]
#[case::table_not_array(
    "table-not-array", "participants.toml", 1, 1, "wrong-type",
    &["`participant` must be an array of tables"], &["[[participant]]", "double brackets"],
)]
#[case::format_2("format-2", "participants.toml", 1, 10, "format-version", &["format version 2"], &["`format = 1`"])]
#[case::format_float("format-float", "participants.toml", 1, 10, "format-version", &["format version 1.0"], &["`format = 1`"])]
#[case::format_string("format-string", "participants.toml", 1, 10, "format-version", &["format version \"1\""], &["`format = 1`"])]
// Unknown keys, in every table, with the nearest key suggested
#[case::unknown_key_participant(
    "unknown-key-participant", "participants.toml", 5, 1, "unknown-key",
    &["unknown key `stauts`", "`participant`"], &["did you mean `status`?"],
)]
#[case::unknown_key_meeting(
    "unknown-key-meeting", "meetings/m.toml", 3, 1, "unknown-key",
    &["unknown key `titel`", "`meeting`"], &["did you mean `title`?"],
)]
#[case::unknown_key_agenda(
    "unknown-key-agenda", "meetings/m.toml", 9, 1, "unknown-key",
    &["unknown key `titel`", "`agenda`"], &["did you mean `title`?"],
)]
#[case::unknown_key_decision(
    "unknown-key-decision", "meetings/m.toml", 9, 1, "unknown-key",
    &["unknown key `subjct`", "`decision`"], &["did you mean `subject`?"],
)]
#[case::unknown_key_statement(
    "unknown-key-statement", "meetings/m.toml", 8, 1, "unknown-key",
    &["unknown key `speeker`", "`statement`"], &["did you mean `speaker`?"],
)]
#[case::unknown_key_event(
    "unknown-key-event", "events.toml", 4, 1, "unknown-key",
    &["unknown key `dat`", "`event`"], &["did you mean `date`?"],
)]
#[case::unknown_key_person(
    "unknown-key-person", "participants.toml", 3, 1, "unknown-key",
    &["unknown key `alias`", "`person`"], &["did you mean `aliases`?"],
)]
#[case::unknown_key_glossary(
    "unknown-key-glossary", "participants.toml", 3, 1, "unknown-key",
    &["unknown key `meanning`", "`glossary`"], &["did you mean `meaning`?"],
)]
#[case::unknown_key_chairmanship(
    "unknown-key-chairmanship", "participants.toml", 9, 1, "unknown-key",
    &["unknown key `untill`", "`chairmanship`"], &["did you mean `until`?"],
)]
#[case::unknown_key_assignment(
    "unknown-key-assignment", "participants.toml", 8, 1, "unknown-key",
    &["unknown key `roel`", "`assignment`"], &["did you mean `role`?"],
)]
#[case::unknown_key_history(
    "unknown-key-history", "participants.toml", 6, 26, "unknown-key", &["unknown key `form`"], &["did you mean `from`?"],
)]
#[case::unknown_key_source(
    "unknown-key-source", "events.toml", 4, 14, "unknown-key", &["unknown key `titel`"], &["did you mean `title`?"],
)]
// The participant is dropped, but the chairmanship naming it is not a second error.
#[case::unknown_key_no_cascade(
    "unknown-key-no-cascade", "participants.toml", 5, 1, "unknown-key",
    &["unknown key `stauts`"], &["did you mean `status`?"],
)]
// The meeting is dropped, but its agenda and decision are not "outside a meeting file".
#[case::meeting_broken_no_cascade(
    "meeting-broken-no-cascade", "meetings/m.toml", 6, 1, "unknown-key",
    &["unknown key `plcae`", "`meeting`"], &["did you mean `place`?"],
)]
// Required keys, types and values
#[case::missing_key(
    "missing-key", "participants.toml", 1, 1, "missing-key", &["`participant`", "required key `kind`"], &[],
)]
// The meeting is dropped, but its agenda is not "outside a meeting file".
#[case::missing_key_meeting(
    "missing-key-meeting", "meetings/m.toml", 2, 1, "missing-key", &["`meeting`", "required key `date`"], &[],
)]
#[case::wrong_type("wrong-type", "participants.toml", 3, 8, "wrong-type", &["integer `398`", "expected a string"], &[])]
#[case::wrong_type_collective(
    "wrong-type-collective", "meetings/m.toml", 9, 14, "wrong-type", &["string \"yes\"", "expected a boolean"],
    &["`true` or `false`", "without quotes"],
)]
#[case::bad_enum_status(
    "bad-enum-status", "events.toml", 4, 10, "bad-value", &["`planed`", "not a valid value"], &["did you mean `planned`?"],
)]
#[case::bad_enum_kind(
    "bad-enum-kind", "participants.toml", 4, 8, "bad-value", &["`organisation`"], &["did you mean `organization`?"],
)]
// Dates
#[case::impossible_date("impossible-date", "meetings/m.toml", 5, 8, "bad-date", &["\"2021-02-30\" is not a valid date"], &["2021-06-23"])]
#[case::impossible_date_string(
    "impossible-date-string", "meetings/m.toml", 5, 8, "bad-date", &["\"2021-02-30\" is not a valid date"], &["\"2021-06\""],
)]
#[case::month_13("month-13", "meetings/m.toml", 5, 8, "bad-date", &["\"2021-13\" is not a valid date"], &["\"2021-06\""])]
#[case::date_not_a_date(
    "date-not-a-date", "meetings/m.toml", 5, 8, "bad-date", &["\"23 June 2021\" is not a valid date"], &["2021-06-23"],
)]
#[case::date_integer("date-integer", "events.toml", 4, 8, "wrong-type", &["integer `2021`", "expected a date"], &["\"2021\""])]
#[case::datetime_local(
    "datetime-local", "meetings/m.toml", 5, 8, "bad-date", &["2021-06-23T10:00:00 has a time"], &["write the date alone"],
)]
#[case::datetime_offset(
    "datetime-offset", "meetings/m.toml", 5, 8, "bad-date", &["2021-06-23T10:00:00+06:00 has a time"], &["date alone"],
)]
#[case::time_only("time-only", "events.toml", 4, 8, "bad-date", &["10:00:00 has a time"], &["date alone"])]
#[case::end_before_start(
    "end-before-start", "meetings/m.toml", 6, 7, "bad-range", &["`end` 2021-06-22 is before the start 2021-06-23"], &["order"],
)]
#[case::end_before_start_partial(
    "end-before-start-partial", "meetings/m.toml", 6, 7, "bad-range", &["`end` 2021-05 is before the start 2021-06-23"], &[],
)]
#[case::event_end_before_start(
    "event-end-before-start", "events.toml", 5, 7, "bad-range", &["`end` 2020-12 is before the start 2021"], &[],
)]
#[case::event_end_without_date(
    "event-end-without-date", "events.toml", 4, 7, "incomplete", &["`end` without `date`"], &["give the event a `date`"],
)]
#[case::until_before_from_history(
    "until-before-from-history", "participants.toml", 5, 61, "bad-range",
    &["`until` 2021-05-31 is before the start 2021-06"], &[],
)]
#[case::until_before_from_chairmanship(
    "until-before-from-chairmanship", "participants.toml", 14, 9, "bad-range",
    &["`until` 2020-09-30 is before the start 2020-10-01"], &[],
)]
#[case::until_before_from_assignment(
    "until-before-from-assignment", "participants.toml", 16, 9, "bad-range", &["`until` 2020 is before the start 2021"], &[],
)]
#[case::until_before_from_decision_assignment(
    "until-before-from-decision-assignment", "meetings/m.toml", 11, 104, "bad-range",
    &["`until` 2021-06-22 is before the start 2021-06-23"], &[],
)]
#[case::due_date_shaped("due-date-shaped", "meetings/m.toml", 10, 7, "bad-date", &["\"2021-13-40\" is not a valid date"], &[])]
#[case::source_date_invalid(
    "source-date-invalid", "events.toml", 4, 46, "bad-date", &["\"2021-06-31\" is not a valid date"], &[],
)]
// Identifiers and codes
#[case::bad_id(
    "bad-id", "events.toml", 2, 6, "bad-id", &["`Think_Tank_Forum` is not a valid id"], &["such as `think-tank-forum`"],
)]
#[case::bad_id_agenda("bad-id-agenda", "meetings/m.toml", 8, 6, "bad-id", &["`-opening` is not a valid id"], &["`opening`"])]
#[case::bad_code(
    "bad-code", "participants.toml", 2, 8, "bad-id", &["`kaz` is not a valid participant code"], &["uppercase", "`KAZ`"],
)]
// Uniqueness
#[case::duplicate_id_meeting_event(
    "duplicate-id-meeting-event", "meetings/m.toml", 2, 6, "duplicate",
    &["duplicate id `soc-2021-06-23`"], &["already an event at", "duplicate-id-meeting-event/events.toml:2:6"],
)]
#[case::duplicate_id_decision_event(
    "duplicate-id-decision-event", "meetings/m.toml", 13, 6, "duplicate",
    &["duplicate id `observer-status`"], &["already a decision at", "meetings/m.toml:8:6"],
)]
#[case::duplicate_auto_decision_id(
    "duplicate-auto-decision-id", "meetings/m.toml", 12, 6, "duplicate",
    &["duplicate id `soc-2021-06-23-decision-1`"], &["automatic id", "meetings/m.toml:7:1"],
)]
#[case::duplicate_auto_decision_id_later(
    "duplicate-auto-decision-id-later", "meetings/m.toml", 8, 6, "duplicate",
    &["duplicate id `soc-2021-06-23-decision-2`"], &["automatic id", "meetings/m.toml:12:1"],
)]
#[case::duplicate_agenda_id(
    "duplicate-agenda-id", "meetings/m.toml", 12, 6, "duplicate",
    &["duplicate agenda id `opening`"], &["meetings/m.toml:8:6", "within their meeting"],
)]
#[case::duplicate_participant_code(
    "duplicate-participant-code", "participants.toml", 12, 8, "duplicate",
    &["duplicate participant code `KAZ`"], &["participants.toml:2:8"],
)]
#[case::duplicate_person_spelling(
    "duplicate-person-spelling", "participants.toml", 6, 24, "duplicate",
    &["`Shakhrat Nuryshev` already names a person"], &["participants.toml:2:8", "one person only"],
)]
#[case::duplicate_glossary_term(
    "duplicate-glossary-term", "participants.toml", 6, 8, "duplicate",
    &["duplicate glossary term `SOC`"], &["participants.toml:2:8"],
)]
// References
#[case::unknown_participant(
    "unknown-participant", "events.toml", 4, 22, "unknown-ref", &["unknown participant `KZA`"], &["did you mean `KAZ`?"],
)]
#[case::unknown_participant_case(
    "unknown-participant-case", "meetings/m.toml", 6, 16, "unknown-ref",
    &["unknown participant `kaz`"], &["did you mean `KAZ`?"],
)]
#[case::unknown_agenda_ref(
    "unknown-agenda-ref", "meetings/m.toml", 12, 10, "unknown-ref",
    &["unknown agenda item `observer-stauts`"], &["did you mean `observer-status`?"],
)]
#[case::unknown_decision_ref(
    "unknown-decision-ref", "participants.toml", 14, 12, "unknown-ref",
    &["unknown decision `soc-2021-06-23-decision-7`"], &["did you mean `soc-2021-06-23-decision-1`?"],
)]
#[case::unknown_related(
    "unknown-related", "meetings/m.toml", 6, 12, "unknown-ref", &["unknown meeting or event `soc-2021-03-01`"], &[],
)]
#[case::meeting_ref_is_event(
    "meeting-ref-is-event", "events.toml", 8, 11, "unknown-ref",
    &["`think-tank-forum` is an event, not a meeting"], &["`soc-2021-06-23`"],
)]
// Placement
#[case::agenda_outside_meeting(
    "agenda-outside-meeting", "events.toml", 5, 3, "misplaced", &["`[[agenda]]` outside a meeting file"], &["[meeting]"],
)]
#[case::decision_outside_meeting(
    "decision-outside-meeting", "decisions.toml", 1, 3, "misplaced", &["`[[decision]]` outside a meeting file"], &["[meeting]"],
)]
#[case::statement_outside_meeting(
    "statement-outside-meeting", "statements.toml", 2, 3, "misplaced",
    &["`[[statement]]` outside a meeting file"], &["[meeting]"],
)]
#[case::meeting_array("meeting-array", "meetings/m.toml", 1, 1, "misplaced", &["exactly one meeting"], &["`[meeting]` once"])]
#[case::meeting_array_twice(
    "meeting-array-twice", "meetings/m.toml", 1, 1, "misplaced", &["exactly one meeting"], &["its own file"],
)]
#[case::meeting_twice("meeting-twice", "meetings/m.toml", 7, 2, "syntax", &["duplicate key"], &[])]
// Required content
#[case::statement_empty(
    "statement-empty", "meetings/m.toml", 7, 1, "incomplete", &["needs a `summary` or a `quote`"], &["`quote = "],
)]
#[case::source_empty("source-empty", "meetings/m.toml", 8, 3, "incomplete", &["needs a `title` or a `url`"], &[])]
// Bytes
#[case::invalid_utf8("invalid-utf8", "participants.toml", 3, 12, "encoding", &["not valid UTF-8"], &["UTF-8"])]
#[case::invalid_utf8_after_cyrillic(
    "invalid-utf8-after-cyrillic", "participants.toml", 3, 19, "encoding", &["not valid UTF-8"], &[],
)]
#[case::nul_byte("nul-byte", "events.toml", 3, 11, "encoding", &["NUL"], &["UTF-8 text"])]
#[case::deep_nesting("deep-nesting", "events.toml", 4, 78, "syntax", &["nested more than 64 deep"], &[])]
#[case::deep_nesting_inline_tables(
    "deep-nesting-inline-tables", "events.toml", 1, 389, "syntax", &["nested more than 64 deep"], &[],
)]
fn invalid_fixture_reports_its_one_problem(
    #[case] kind: &str,
    #[case] file: &str,
    #[case] line: usize,
    #[case] col: usize,
    #[case] code: &str,
    #[case] message: &[&str],
    #[case] help: &[&str],
) {
    let d = only_problem(kind);
    let shown = format!("\n  {d}");
    assert!(
        d.file.ends_with(&format!("{kind}/{file}")),
        "{kind}: wrong file{shown}"
    );
    assert_eq!(
        (d.line, d.col),
        (line, col),
        "{kind}: wrong position{shown}"
    );
    assert_eq!(d.code.as_str(), code, "{kind}: wrong code{shown}");
    assert!(d.is_error(), "{kind}: not an error{shown}");
    for word in message {
        assert!(
            d.message.contains(word),
            "{kind}: message lacks {word:?}{shown}"
        );
    }
    for word in help {
        let h = d.help.as_deref().unwrap_or_default();
        assert!(h.contains(word), "{kind}: help lacks {word:?}{shown}");
    }
}

/// Every directory under `dir` is a case of this file, so no fixture goes unchecked.
fn assert_every_fixture_has_a_case(dir: &str) {
    let this = include_str!("loader_fixtures.rs");
    let mut missing = Vec::new();
    for entry in fs::read_dir(fixture(dir)).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        if !this.contains(&format!("\"{name}\"")) {
            missing.push(name);
        }
    }
    assert!(
        missing.is_empty(),
        "fixtures in {dir} without a test case: {missing:?}"
    );
}

#[test]
fn every_invalid_fixture_has_a_case() {
    assert_every_fixture_has_a_case("invalid");
}

#[test]
fn every_valid_fixture_has_a_case() {
    assert_every_fixture_has_a_case("valid");
}

#[test]
fn a_file_over_the_size_limit_is_refused_and_the_others_are_read() {
    let loaded = load::load(&DataSource::Dir(fixture("valid/speaker-alias")), 400).unwrap();
    let [d] = loaded.diagnostics.as_slice() else {
        panic!("expected one diagnostic:\n{}", listing(&loaded.diagnostics));
    };
    let size = |f: &str| {
        fs::metadata(fixture(&format!("valid/speaker-alias/{f}")))
            .unwrap()
            .len()
    };
    assert!(
        size("meetings/m.toml") > 400 && size("participants.toml") <= 400,
        "the premise of this test"
    );
    assert!(d.file.ends_with("speaker-alias/meetings/m.toml"), "{d}");
    assert_eq!((d.code, d.line, d.col), (Code::TooLarge, 1, 1));
    assert!(d.message.contains("over the limit of 400 bytes"), "{d}");
    assert!(d.help.as_deref().unwrap().contains("--max-file-size"));
    assert_eq!(
        loaded.dataset.participants.len(),
        1,
        "the small file was still read"
    );
}

#[test]
fn the_default_size_limit_is_64_mib() {
    let dir = tempfile::tempdir().unwrap();
    let big = fs::File::create(dir.path().join("big.toml")).unwrap();
    // Sparse: no 64 MiB are written to disk.
    big.set_len(load::DEFAULT_MAX_FILE_SIZE + 1).unwrap();
    let exact = fs::File::create(dir.path().join("exact.toml")).unwrap();
    exact.set_len(load::DEFAULT_MAX_FILE_SIZE).unwrap();
    let loaded = load::load_dir(dir.path()).unwrap();
    let too_large: Vec<&Diagnostic> = loaded
        .diagnostics
        .iter()
        .filter(|d| d.code == Code::TooLarge)
        .collect();
    assert_eq!(too_large.len(), 1, "{}", listing(&loaded.diagnostics));
    assert!(too_large[0].file.ends_with("big.toml"));
    assert!(
        too_large[0].message.contains("64.0 MiB"),
        "{}",
        too_large[0]
    );
    // The 64 MiB file is read; it is all NUL bytes, which is its (one) problem.
    let exact: Vec<&Diagnostic> = loaded
        .diagnostics
        .iter()
        .filter(|d| d.file.ends_with("exact.toml"))
        .collect();
    assert_eq!(exact.len(), 1);
    assert_eq!(exact[0].code, Code::Encoding);
}

#[test]
fn a_directory_that_does_not_exist_is_an_err() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no-such-data");
    let err = load::load_dir(&missing).unwrap_err();
    assert!(err.contains("no-such-data"), "{err}");
    let file = fixture("valid/bom/participants.toml");
    let err = load::load_dir(&file).unwrap_err();
    assert!(err.contains("not a directory"), "{err}");
}

#[test]
fn symlink_loops_terminate_and_each_file_is_read_once() {
    use std::os::unix::fs::symlink;
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::create_dir_all(root.join("a/b")).unwrap();
    fs::write(
        root.join("a/b/events.toml"),
        "[[event]]\nid = \"e\"\ntitle = \"E\"\n",
    )
    .unwrap();
    symlink(root, root.join("a/b/up")).unwrap(); // a link to an ancestor
    symlink(root.join("a"), root.join("a/b/again")).unwrap();
    symlink(root.join("x.toml"), root.join("y.toml")).unwrap(); // x.toml → y.toml → x.toml
    symlink(root.join("y.toml"), root.join("x.toml")).unwrap();
    let loaded = load::load_dir(root).unwrap();
    assert_eq!(
        loaded.dataset.events.len(),
        1,
        "{}",
        listing(&loaded.diagnostics)
    );
    // The two looping file links cannot be opened; each is reported, nothing else is.
    assert_eq!(
        loaded.diagnostics.len(),
        2,
        "{}",
        listing(&loaded.diagnostics)
    );
    assert!(loaded.diagnostics.iter().all(|d| d.code == Code::Io));
}

#[test]
fn a_device_named_toml_is_not_read() {
    let dir = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink("/dev/zero", dir.path().join("zero.toml")).unwrap();
    let loaded = load::load_dir(dir.path()).unwrap();
    let [d] = loaded.diagnostics.as_slice() else {
        panic!("expected one diagnostic:\n{}", listing(&loaded.diagnostics));
    };
    assert_eq!(d.code, Code::Io);
    assert!(d.message.contains("not a regular file"), "{d}");
}

// ---------------------------------------------------------------------------------------------
// Valid data sets

/// Loads `valid/<case>` and insists on no diagnostic at all.
fn valid(case: &str) -> Loaded {
    let loaded = load_fixture(&format!("valid/{case}"));
    assert!(
        loaded.diagnostics.is_empty(),
        "{case} has problems:\n{}",
        listing(&loaded.diagnostics)
    );
    loaded
}

#[rstest]
#[case("agenda-ids-per-meeting")]
#[case("all-keys")]
#[case("auto-decision-id")]
#[case("bom")]
#[case("brackets-in-strings")]
#[case("comments-only")]
#[case("crlf")]
#[case("date-as-string")]
#[case("dot-files")]
#[case("due")]
#[case("empty-file")]
#[case("event-in-meeting-file")]
#[case("multiline")]
#[case("multilingual-meeting")]
#[case("nested-order")]
#[case("non-toml-ignored")]
#[case("one-file-holds-everything")]
#[case("partial-dates")]
#[case("scripts")]
#[case("speaker-alias")]
#[case("status-derived")]
fn valid_fixture_loads_without_diagnostics(#[case] case: &str) {
    let loaded = valid(case);
    assert!(
        loaded.files > 0 || case == "empty-dir",
        "{case}: no file read"
    );
}

fn event<'a>(data: &'a Dataset, id: &str) -> &'a cica_dash::dataset::Event {
    data.events
        .iter()
        .find(|e| e.id == id)
        .unwrap_or_else(|| panic!("no event {id}"))
}

#[test]
fn partial_dates_keep_their_precision() {
    let data = valid("partial-dates").dataset;
    let ids: Vec<&str> = data.meetings.iter().map(|m| m.id.as_str()).collect();
    // Sorted by start: June 2021 starts on the 1st, before the 23rd.
    assert_eq!(ids, ["soc-2021-06", "soc-2021-06-23"]);
    let june = &data.meetings[0];
    assert_eq!(
        (june.date.to_string(), june.date.precision()),
        ("2021-06".into(), Precision::Month)
    );
    assert_eq!(june.date.human(), "Jun 2021", "no day is invented");
    let end = data.meetings[1].end.unwrap();
    assert_eq!(
        (end.to_string(), end.precision()),
        ("2021-06".into(), Precision::Month)
    );
    let youth = event(&data, "youth-council");
    assert_eq!(
        youth.date.map(|d| (d.to_string(), d.precision())),
        Some(("2021".into(), Precision::Year))
    );
    assert_eq!(youth.end.map(|d| d.to_string()).as_deref(), Some("2022-03"));
    assert_eq!(data.calendar.in_year(2021).len(), 1);
    assert_eq!(data.calendar.in_month(2021, 6).len(), 1);
    assert_eq!(data.calendar.undated.len(), 1);
}

#[test]
fn a_date_as_a_string_equals_the_toml_date() {
    let data = valid("date-as-string").dataset;
    let m = &data.meetings[0];
    assert_eq!(
        m.date.first_day(),
        NaiveDate::from_ymd_opt(2021, 6, 23).unwrap()
    );
    assert_eq!(m.date.precision(), Precision::Day);
    assert_eq!(
        m.planned.map(|d| d.to_string()).as_deref(),
        Some("2021-06-22")
    );
    assert_eq!(
        event(&data, "founder-meeting").date.map(|d| d.precision()),
        Some(Precision::Day)
    );
}

#[test]
fn brackets_inside_strings_are_text_not_nesting() {
    let data = valid("brackets-in-strings").dataset;
    let e = &data.events[0];
    assert_eq!(
        e.summary.as_deref(),
        Some(format!("The organisers' notes: {}\n", "[".repeat(100)).as_str())
    );
    assert!(
        e.notes
            .as_deref()
            .unwrap()
            .contains(&format!("\"{}\"", "[".repeat(100)))
    );
}

#[test]
fn a_bom_is_dropped() {
    let data = valid("bom").dataset;
    assert_eq!(data.participants.len(), 1);
    assert_eq!(data.participants[0].code, "KAZ");
}

#[test]
fn crlf_line_endings_are_read_and_multi_line_strings_use_plain_line_breaks() {
    let raw = fs::read(fixture("valid/crlf/meetings/m.toml")).unwrap();
    assert!(
        raw.windows(2).any(|w| w == b"\r\n"),
        "the fixture really has CRLF"
    );
    let data = valid("crlf").dataset;
    assert_eq!(
        data.meetings[0].summary.as_deref(),
        Some("First line.\nSecond line.")
    );
}

#[test]
fn an_empty_file_and_a_file_of_comments_hold_nothing() {
    for case in ["empty-file", "comments-only"] {
        let loaded = valid(case);
        assert_eq!(loaded.files, 1);
        assert_eq!(loaded.dataset, Dataset::default());
    }
}

#[test]
fn an_empty_directory_is_an_empty_data_set() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("meetings")).unwrap();
    let loaded = load::load_dir(dir.path()).unwrap();
    assert!(
        loaded.diagnostics.is_empty(),
        "{}",
        listing(&loaded.diagnostics)
    );
    assert_eq!(loaded.files, 0);
    assert_eq!(loaded.dataset, Dataset::default());
}

#[test]
fn dot_files_and_dot_directories_are_skipped() {
    // Every dot-entry in the fixture is broken TOML; none may be read.
    let loaded = valid("dot-files");
    assert_eq!(loaded.files, 1);
    assert_eq!(loaded.dataset.participants.len(), 1);
}

#[test]
fn files_not_ending_in_toml_are_ignored() {
    let loaded = valid("non-toml-ignored");
    assert_eq!(loaded.files, 1);
    assert_eq!(loaded.dataset.participants[0].code, "KAZ");
}

#[test]
fn nested_directories_are_read_in_sorted_path_order() {
    let data = valid("nested-order").dataset;
    let ids: Vec<&str> = data.events.iter().map(|e| e.id.as_str()).collect();
    // By path components: a directory's files come together, `a/…` before `a-b/…`.
    assert_eq!(ids, ["e0", "e1", "e2", "e2b", "e3", "e4"]);
}

#[test]
fn names_in_any_script_are_kept_exactly() {
    let data = valid("scripts").dataset;
    let names: Vec<&str> = data.participants.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Қазақстан", "中国", "الأردن"]);
    assert_eq!(data.participants[1].aliases, ["China", "中华人民共和国"]);
    assert_eq!(data.persons[0].name, "Мухтар Тлеуберди");
    assert_eq!(data.persons[1].participant, Some(1));
    assert_eq!(data.glossary[0].term, "СВМДА");
    assert_eq!(data.glossary[0].aliases, ["亚信", "CICA"]);
}

#[test]
fn multi_line_strings_keep_their_line_breaks() {
    let data = valid("multiline").dataset;
    let m = &data.meetings[0];
    assert_eq!(
        m.summary.as_deref(),
        Some("The meeting opened at ten.\nDelegations then spoke.\n\nClosing remarks followed.")
    );
    assert_eq!(
        m.notes.as_deref(),
        Some("Literal line one.\nLiteral line two.")
    );
    assert_eq!(
        m.statements[0].quote.as_deref(),
        Some("The CICA should make efforts\nto build consensus.")
    );
}

#[test]
fn control_characters_never_reach_the_display_strings() {
    // The lint fixture: it loads, with a `control-char` warning (tests/lints.rs).
    let loaded = load_fixture("lints/control-char");
    assert!(loaded.diagnostics.iter().all(|d| !d.is_error()));
    let data = loaded.dataset;
    let title = &data.meetings[0].title;
    assert!(!title.chars().any(char::is_control), "{title:?}");
    assert!(
        title.starts_with("Second ") && title.contains("SOC") && title.contains(" meeting"),
        "{title:?}"
    );
}

#[test]
fn a_decision_without_id_gets_meeting_decision_n() {
    let data = valid("auto-decision-id").dataset;
    let ids: Vec<&str> = data.meetings[0]
        .decisions
        .iter()
        .map(|d| d.id.as_str())
        .collect();
    assert_eq!(
        ids,
        [
            "soc-2021-06-23-decision-1",
            "coordinators-2021",
            "soc-2021-06-23-decision-3"
        ]
    );
    // The automatic id can be referenced like any other.
    assert_eq!(
        data.chairmanships[0].decision.as_deref(),
        Some("soc-2021-06-23-decision-3")
    );
    assert_eq!(
        data.assignments[0].decision.as_deref(),
        Some("coordinators-2021")
    );
}

#[test]
fn an_event_in_a_meeting_file_belongs_to_that_meeting() {
    let data = valid("event-in-meeting-file").dataset;
    assert_eq!(
        event(&data, "think-tank-forum-8").meeting,
        Some(0),
        "implied by the file"
    );
    assert_eq!(
        event(&data, "youth-council").meeting,
        Some(0),
        "named by `meeting`"
    );
    assert_eq!(event(&data, "sme-workshop").meeting, None);
    let mut reported: Vec<&str> = data.meetings[0]
        .events
        .iter()
        .map(|&i| data.events[i].id.as_str())
        .collect();
    reported.sort_unstable();
    assert_eq!(reported, ["think-tank-forum-8", "youth-council"]);
}

#[test]
fn an_absent_status_comes_from_the_dates() {
    let data = valid("status-derived").dataset;
    let m = &data.meetings[0];
    assert_eq!(m.status, None, "nothing is written");
    let day = |y, mo, d| NaiveDate::from_ymd_opt(y, mo, d).unwrap();
    let status = |id: &str, today| {
        let e = event(&data, id);
        effective_status(e.status, e.date.as_ref(), e.end.as_ref(), today)
    };
    assert_eq!(
        effective_status(m.status, Some(&m.date), m.end.as_ref(), day(2021, 6, 24)),
        Some(Status::Held)
    );
    assert_eq!(
        effective_status(m.status, Some(&m.date), m.end.as_ref(), day(2021, 6, 23)),
        Some(Status::Planned)
    );
    assert_eq!(status("past-day", day(2021, 6, 23)), Some(Status::Held));
    // A month is past only once the whole month has ended.
    assert_eq!(
        status("this-month", day(2021, 6, 30)),
        Some(Status::Planned)
    );
    assert_eq!(status("this-month", day(2021, 7, 1)), Some(Status::Held));
    assert_eq!(
        status("written", day(2030, 1, 1)),
        Some(Status::Postponed),
        "a written status wins"
    );
    assert_eq!(status("undated", day(2030, 1, 1)), None);
}

#[test]
fn a_speaker_matches_a_person_by_name_or_alias_exactly() {
    let data = valid("speaker-alias").dataset;
    let people: Vec<Option<usize>> = data.meetings[0]
        .statements
        .iter()
        .map(|s| s.person)
        .collect();
    assert_eq!(people, [Some(0), Some(0), None, None]);
    assert_eq!(data.meetings[0].statements[0].participant, Some(0));
}

#[test]
fn a_speaker_spelt_in_another_case_matches_no_person() {
    let text = "[[person]]\nname = \"Shakhrat Nuryshev\"\n\n[meeting]\nid = \"m\"\ntitle = \"T\"\nbody = \"B\"\n\
                date = 2021-06-23\n\n[[statement]]\nspeaker = \"shakhrat nuryshev\"\nsummary = \"S\"\n";
    let loaded = load::load_str("m.toml", text);
    // A warning that it is nearly a known person is fine; an error is not.
    assert!(!loaded.has_errors(), "{}", listing(&loaded.diagnostics));
    assert_eq!(loaded.dataset.meetings[0].statements[0].person, None);
}

#[test]
fn due_is_a_date_or_words() {
    let data = valid("due").dataset;
    let dues: Vec<String> = data.meetings[0]
        .decisions
        .iter()
        .map(|d| match &d.due {
            Some(Due::Words(w)) => format!("words: {w}"),
            Some(Due::Date(d)) => format!("date: {d}"),
            None => "none".into(),
        })
        .collect();
    assert_eq!(
        dues,
        [
            "words: before the next SOC meeting",
            "date: 2021-12",
            "date: 2022-01-31"
        ]
    );
}

#[test]
fn every_documented_key_is_accepted() {
    let data = valid("all-keys").dataset;
    assert_eq!(data.participants.len(), 3);
    assert_eq!(data.participants[1].kind, ParticipantKind::Organization);
    assert_eq!(data.participants[0].history.len(), 2);
    assert_eq!(data.meetings.len(), 2);
    let m = &data.meetings[1];
    assert_eq!(m.related, ["soc-2021-03", "think-tank-forum-8"]);
    assert_eq!(m.decisions[0].agenda, Some(0));
    assert_eq!(m.decisions[0].assignments.len(), 1);
    assert_eq!(m.statements[0].read_by.as_deref(), Some("A diplomat"));
    assert_eq!(
        m.sources[0].date.map(|d| d.to_string()).as_deref(),
        Some("2021-06-23")
    );
    assert_eq!(data.meetings[0].statements.len(), 4);
    let collective: Vec<bool> = data.meetings[0]
        .statements
        .iter()
        .map(|s| s.collective)
        .collect();
    assert_eq!(
        collective,
        [false, false, false, true],
        "`collective = true` on the last"
    );
    assert_eq!(event(&data, "think-tank-forum-8").organizers, [0, 1]);
    assert_eq!(
        event(&data, "secretariat-meeting").status,
        Some(Status::Postponed)
    );
    assert_eq!(
        data.chairmanships[0].sources[0].publisher.as_deref(),
        Some("CICA")
    );
}

#[test]
fn one_file_may_hold_every_table() {
    let data = valid("one-file-holds-everything").dataset;
    assert_eq!(
        (
            data.participants.len(),
            data.persons.len(),
            data.glossary.len()
        ),
        (1, 1, 1)
    );
    assert_eq!((data.chairmanships.len(), data.assignments.len()), (1, 1));
    let m = &data.meetings[0];
    assert_eq!(
        (m.agenda.len(), m.decisions.len(), m.statements.len()),
        (1, 1, 1)
    );
    assert_eq!(m.agenda_decisions, [[0]]);
    assert_eq!(m.statements[0].person, Some(0));
    assert_eq!(
        data.events[0].meeting,
        Some(0),
        "the file's meeting reported it"
    );
}

#[test]
fn agenda_ids_are_unique_only_within_their_meeting() {
    let data = valid("agenda-ids-per-meeting").dataset;
    assert_eq!(data.meetings.len(), 2);
    for m in &data.meetings {
        assert_eq!(m.agenda[0].id, "opening");
        assert_eq!(m.decisions[0].agenda, Some(0));
    }
    // Each meeting's decision has its own automatic id.
    let ids: Vec<&str> = data
        .meetings
        .iter()
        .map(|m| m.decisions[0].id.as_str())
        .collect();
    assert_eq!(
        ids,
        ["soc-2021-06-23-decision-1", "soc-2021-11-01-decision-1"]
    );
}

/// A file that does not parse hides what it defines; the references into it are not reported
/// as unknown (that would bury the one real error under dozens of false ones).
#[test]
fn a_syntax_error_does_not_cascade_into_unknown_references() {
    let sources = vec![
        load::Source { path: "participants.toml".into(), text: "[[participant]]\ncode = \"KAZ\nname = \"Kazakhstan\"\n".into() },
        load::Source {
            path: "m.toml".into(),
            text: "[meeting]\nid = \"m\"\ntitle = \"T\"\nbody = \"B\"\ndate = 2021-06-23\nchairmanship = \"KAZ\"\n[[statement]]\nparticipant = \"KAZ\"\nsummary = \"s\"\n".into(),
        },
    ];
    let loaded = load::load_sources(&sources, Vec::new());
    assert_eq!(loaded.diagnostics.len(), 1, "{:#?}", loaded.diagnostics);
    let d = &loaded.diagnostics[0];
    assert_eq!(
        (d.file.as_str(), d.line, d.code.as_str()),
        ("participants.toml", 2, "syntax")
    );
    assert!(
        d.help
            .as_deref()
            .unwrap_or("")
            .contains("not checked until every file reads"),
        "{d}"
    );
}
