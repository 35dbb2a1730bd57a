//! What the loader makes of valid content: names in any script, multi-line and control
//! characters, derived ids and statuses, speakers and persons, and every documented key.

use super::*;

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
    let mut reported: Vec<&str> = (data.events_of(0).iter())
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
