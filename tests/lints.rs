//! Lints: data that loads but is probably a slip gives warnings with stable codes.
//!
//! `tests/fixtures/lints/<code>/` each hold a minimal data set with exactly one warning of that
//! code; `tests/fixtures/lints/ok/<case>/` hold the look-alikes that must stay silent. Smaller
//! variants are written inline. Lines and columns were counted by hand from the texts (columns
//! in characters, 1-based): a word inside a string is reported at the word itself.

use std::path::{Path, PathBuf};

use cica_dash::load::{self, Code, DataSource, Diagnostic, Severity, Source};
use rstest::rstest;

/// The `[meeting]` table that inline cases start with: five lines.
const MEETING: &str = "[meeting]\nid = \"soc-2021-06-23\"\ntitle = \"Second SOC meeting\"\nbody = \"Senior Officials Committee\"\ndate = 2021-06-23\n";

fn fixture(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/lints")
        .join(path)
}

fn listing(diags: &[Diagnostic]) -> String {
    diags.iter().map(|d| format!("  {d}\n")).collect()
}

fn fixture_diags(path: &str) -> Vec<Diagnostic> {
    load::load_dir(&fixture(path))
        .unwrap_or_else(|e| panic!("{path}: {e}"))
        .diagnostics
}

fn inline_diags(files: &[(&str, String)]) -> Vec<Diagnostic> {
    let sources: Vec<Source> = files
        .iter()
        .map(|(path, text)| Source {
            path: (*path).to_owned(),
            text: text.clone(),
        })
        .collect();
    load::load_sources(&sources, Vec::new()).diagnostics
}

/// Asserts that `diags` is exactly one warning, where and what it should be.
fn assert_one_warning(
    diags: &[Diagnostic],
    (file, line, col): (&str, usize, usize),
    code: &str,
    message: &[&str],
    help: &[&str],
) {
    let [d] = diags else {
        panic!("expected exactly one warning, got:\n{}", listing(diags));
    };
    assert!(d.file.ends_with(file), "file {} for {file}", d.file);
    assert_eq!((d.line, d.col), (line, col), "{d}");
    assert_eq!(d.code.as_str(), code, "{d}");
    assert_eq!(d.severity, Severity::Warning, "{d}");
    assert!(!d.is_error());
    for w in message {
        assert!(d.message.contains(w), "message lacks {w:?}: {d}");
    }
    let h = d.help.as_deref().unwrap_or_default();
    for w in help {
        assert!(h.contains(w), "help lacks {w:?}: {d}");
    }
}

#[rstest]
#[case::mixed_script(
    "mixed-script", ("meetings/m.toml", 8, 14),
    &["`Сhina`", "meeting summary", "Latin and Cyrillic"],
    &["`С` is CYRILLIC CAPITAL LETTER ES (U+0421) in a Latin word", "the Latin `C`"],
)]
#[case::near_duplicate(
    "near-duplicate", ("participants.toml", 11, 8),
    &["person `Bakaev`", "nearly the person `Bakayev`"],
    &["participants.toml:7:8", "aliases"],
)]
#[case::held_after_report(
    "held-after-report", ("meetings/m.toml", 10, 8),
    &["event `youth-forum`", "held on 2021-07-01", "meeting `soc-2021-06-23` (2021-06-23)"],
    &["this file's meeting", "status = \"planned\""],
)]
#[case::no_agenda_link(
    "no-agenda-link", ("meetings/m.toml", 20, 1),
    &["decision `soc-2021-06-23-decision-2`", "not linked to an agenda item"],
    &["agenda = ", "`observer-status`, `swg-tasks`"],
)]
#[case::control_char(
    "control-char", ("meetings/m.toml", 3, 9),
    &["`title` holds U+001B (ESCAPE), a control character, and 2 more"],
    &["delete it"],
)]
#[case::whitespace(
    "whitespace", ("participants.toml", 3, 8),
    &["participant name `Kazakhstan `", "trailing whitespace"],
    &["write `Kazakhstan`"],
)]
fn each_lint_fixture_gives_exactly_its_warning(
    #[case] code: &str,
    #[case] at: (&str, usize, usize),
    #[case] message: &[&str],
    #[case] help: &[&str],
) {
    assert_one_warning(&fixture_diags(code), at, code, message, help);
}

#[rstest]
// mixed-script
#[case::greek_omicron_in_a_person_name(
    vec![("participants.toml", "[[person]]\nname = \"Kassym-Jomart Tοkayev\"\n".into())],
    ("participants.toml", 2, 23), "mixed-script",
    &["`Tοkayev`", "person name", "Latin and Greek"],
    &["GREEK SMALL LETTER OMICRON (U+03BF)", "the Latin `o`"],
)]
#[case::latin_o_in_a_cyrillic_place(
    vec![("meetings/m.toml", format!("{MEETING}place = \"Мoсква\"\n"))],
    ("meetings/m.toml", 6, 10), "mixed-script",
    &["`Мoсква`", "meeting place", "Cyrillic and Latin"],
    &["LATIN SMALL LETTER O (U+006F) in a Cyrillic word", "the Cyrillic `о`"],
)]
#[case::a_letter_outside_the_name_table(
    vec![("participants.toml", "[[glossary]]\nterm = \"CICA\"\nmeaning = \"Conference\"\naliases = [\"Cօnference\"]\n".into())],
    ("participants.toml", 4, 13), "mixed-script",
    &["`Cօnference`", "glossary alias", "Latin and Armenian"],
    &["(U+0585) is an Armenian letter in a Latin word"],
)]
#[case::an_escaped_letter_points_at_its_string(
    vec![("participants.toml", "[[participant]]\ncode = \"CHN\"\nname = \"\\u0421hina\"\nkind = \"state\"\n".into())],
    ("participants.toml", 3, 8), "mixed-script",
    &["`Сhina`", "participant name"],
    &["U+0421"],
)]
// near-duplicate
#[case::participant_names(
    vec![("participants.toml", "[[participant]]\ncode = \"KAZ\"\nname = \"Kazakhstan\"\nkind = \"state\"\n\n[[participant]]\ncode = \"KZH\"\nname = \"Kazahkstan\"\nkind = \"state\"\n".into())],
    ("participants.toml", 8, 8), "near-duplicate",
    &["participant `Kazahkstan`", "nearly the participant `Kazakhstan`"],
    &["participants.toml:3:8", "aliases"],
)]
#[case::a_speaker_near_a_person(
    vec![
        ("participants.toml", "[[person]]\nname = \"Bakayev\"\n".into()),
        ("meetings/m.toml", format!("{MEETING}\n[[statement]]\nspeaker = \"Bakaev\"\nsummary = \"Spoke.\"\n")),
    ],
    ("meetings/m.toml", 8, 11), "near-duplicate",
    &["speaker `Bakaev` names no person", "nearly the person `Bakayev`"],
    &["add \"Bakaev\" to the `aliases` of `Bakayev`", "participants.toml:2:8"],
)]
#[case::two_speakers(
    vec![("meetings/m.toml", format!("{MEETING}\n[[statement]]\nspeaker = \"Reza Najafi\"\nsummary = \"A.\"\n\n[[statement]]\nspeaker = \"Reza Nadjafi\"\nsummary = \"B.\"\n"))],
    ("meetings/m.toml", 12, 11), "near-duplicate",
    &["speaker `Reza Nadjafi` is nearly the speaker `Reza Najafi`"],
    &["m.toml:8:11", "[[person]]"],
)]
// whitespace: a padded speaker is not also a near duplicate of the person it fails to match
#[case::leading_space_in_a_speaker(
    vec![
        ("participants.toml", "[[person]]\nname = \"Reza Najafi\"\n".into()),
        ("meetings/m.toml", format!("{MEETING}\n[[statement]]\nspeaker = \" Reza Najafi\"\nsummary = \"Spoke.\"\n")),
    ],
    ("meetings/m.toml", 8, 11), "whitespace",
    &["statement speaker ` Reza Najafi`", "leading whitespace"],
    &["write `Reza Najafi`"],
)]
#[case::spaces_around_an_agenda_title(
    vec![("meetings/m.toml", format!("{MEETING}\n[[agenda]]\nid = \"opening\"\ntitle = \" Opening \"\n"))],
    ("meetings/m.toml", 9, 9), "whitespace",
    &["agenda title ` Opening `", "leading and trailing whitespace"],
    &["write `Opening`"],
)]
#[case::a_subject_of_spaces(
    vec![("meetings/m.toml", format!("{MEETING}\n[[decision]]\naction = \"adopted\"\nsubject = \"  \"\n"))],
    ("meetings/m.toml", 9, 11), "whitespace",
    &["decision subject", "only whitespace"],
    &["write the text"],
)]
#[case::a_double_space_and_a_trailing_one_in_a_chair(
    vec![("meetings/m.toml", format!("{MEETING}chair = \"Shakhrat  Nuryshev \"\n"))],
    ("meetings/m.toml", 6, 9), "whitespace",
    &["meeting chair `Shakhrat  Nuryshev `", "trailing whitespace and several spaces between words"],
    &["write `Shakhrat Nuryshev`"],
)]
#[case::a_double_space_inside_an_agenda_title(
    vec![("meetings/m.toml", format!("{MEETING}\n[[agenda]]\nid = \"opening\"\ntitle = \"Opening  remarks\"\n"))],
    ("meetings/m.toml", 9, 9), "whitespace",
    &["agenda title `Opening  remarks` has several spaces between words"],
    &["write `Opening remarks`"],
)]
// control-char: escaped, so the file is valid TOML, in keys no text lint reads
#[case::an_escape_in_a_quote(
    vec![("meetings/m.toml", format!("{MEETING}\n[[statement]]\nspeaker = \"A\"\nquote = \"red \\u001b[31m alert\"\n"))],
    ("meetings/m.toml", 9, 9), "control-char",
    &["`quote` holds U+001B (ESCAPE), a control character"],
    &["delete it"],
)]
#[case::a_right_to_left_override_in_an_alias(
    vec![("participants.toml", "[[participant]]\ncode = \"IRN\"\nname = \"Iran\"\nkind = \"state\"\naliases = [\"Iran\", \"\\u202Enari\\u202C\"]\n".into())],
    ("participants.toml", 5, 20), "control-char",
    &["`aliases` holds U+202E (RIGHT-TO-LEFT OVERRIDE), a bidi control, and 1 more"],
    &["bidi control reorders the text"],
)]
#[case::a_tab_in_a_source_title(
    vec![("meetings/m.toml", format!("{MEETING}\n[[meeting.sources]]\ntitle = \"Press\\trelease\"\n"))],
    ("meetings/m.toml", 8, 9), "control-char",
    &["`title` holds U+0009 (TAB)"],
    &["write a space"],
)]
// held-after-report, through an explicit `meeting` and with a month for a date
#[case::an_explicit_meeting_and_a_later_month(
    vec![
        ("meetings/m.toml", MEETING.into()),
        ("events.toml", "[[event]]\nid = \"july-forum\"\ntitle = \"July forum\"\ndate = \"2021-07\"\nstatus = \"held\"\nmeeting = \"soc-2021-06-23\"\n".into()),
    ],
    ("events.toml", 4, 8), "held-after-report",
    &["event `july-forum`", "held on 2021-07,", "meeting `soc-2021-06-23`"],
    &["its `meeting`", "by 2021-06-23"],
)]
// no-agenda-link, with the agenda item whose title is nearest the subject suggested
#[case::the_nearest_agenda_item_is_suggested(
    vec![("meetings/m.toml", format!("{MEETING}\n[[agenda]]\nid = \"swg-tasks\"\ntitle = \"Tasks of the Special Working Group\"\n\n[[decision]]\naction = \"tasked\"\nsubject = \"Tasks for the Special Working Group\"\n"))],
    ("meetings/m.toml", 11, 1), "no-agenda-link",
    &["decision `soc-2021-06-23-decision-1`"],
    &["add `agenda = \"swg-tasks\"`", "“Tasks of the Special Working Group”"],
)]
fn inline_variants_give_exactly_one_warning(
    #[case] files: Vec<(&str, String)>,
    #[case] at: (&str, usize, usize),
    #[case] code: &str,
    #[case] message: &[&str],
    #[case] help: &[&str],
) {
    assert_one_warning(&inline_diags(&files), at, code, message, help);
}

#[rstest]
#[case::pure_cyrillic_and_other_single_script_words("ok/pure-cyrillic")]
#[case::alias_linked_spellings_and_distinct_names("ok/alias-linked")]
#[case::held_events_before_or_on_the_meetings_last_day("ok/held-before")]
#[case::partial_dates_compare_by_whole_periods("ok/partial-period")]
fn look_alikes_give_no_warning(#[case] path: &str) {
    let diags = fixture_diags(path);
    assert!(
        diags.is_empty(),
        "{path} should be clean:\n{}",
        listing(&diags)
    );
}

#[rstest]
#[case::decisions_of_a_meeting_without_agenda(
    vec![("meetings/m.toml", format!("{MEETING}\n[[decision]]\naction = \"adopted\"\nsubject = \"Guidelines\"\n"))],
)]
#[case::held_events_without_a_date_or_not_held(
    vec![("meetings/m.toml", format!("{MEETING}\n[[event]]\nid = \"a\"\ntitle = \"Undated\"\nstatus = \"held\"\n\n[[event]]\nid = \"b\"\ntitle = \"Later, status left out\"\ndate = 2021-07-01\n"))],
)]
#[case::names_that_differ_by_a_number_or_a_short_word(
    vec![("participants.toml", "[[participant]]\ncode = \"S1\"\nname = \"State 1\"\nkind = \"state\"\n\n[[participant]]\ncode = \"S2\"\nname = \"State 2\"\nkind = \"state\"\n\n[[person]]\nname = \"Wang Yi\"\n\n[[person]]\nname = \"Wang Li\"\n".into())],
)]
#[case::a_name_and_its_own_alias(
    vec![("participants.toml", "[[person]]\nname = \"Nursultan Nazarbayev\"\naliases = [\"Nursultan Nazarbaev\"]\n".into())],
)]
fn inline_look_alikes_give_no_warning(#[case] files: Vec<(&str, String)>) {
    let diags = inline_diags(&files);
    assert!(diags.is_empty(), "should be clean:\n{}", listing(&diags));
}

#[test]
fn a_lint_does_not_stop_the_data_set_from_loading() {
    let loaded = load::load_dir(&fixture("near-duplicate")).unwrap();
    assert!(!loaded.has_errors());
    assert_eq!(loaded.dataset.persons.len(), 2);
    assert_eq!(loaded.diagnostics[0].code, Code::NearDuplicate);
}

#[test]
fn the_bundled_data_has_no_warnings() {
    let loaded = load::load(&DataSource::Bundled, load::DEFAULT_MAX_FILE_SIZE).unwrap();
    assert!(
        loaded.diagnostics.is_empty(),
        "{}",
        listing(&loaded.diagnostics)
    );
}
