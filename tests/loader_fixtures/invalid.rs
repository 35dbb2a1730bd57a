//! Each invalid fixture: exactly one problem, at its file, line and column, with its code,
//! message and help.

use super::*;

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

/// Every directory under `dir` is a case named in `cases` (the source of the file listing
/// them), so no fixture goes unchecked.
pub(crate) fn assert_every_fixture_has_a_case(dir: &str, cases: &str) {
    let mut missing = Vec::new();
    for entry in fs::read_dir(fixture(dir)).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        if !cases.contains(&format!("\"{name}\"")) {
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
    assert_every_fixture_has_a_case("invalid", include_str!("invalid.rs"));
}
