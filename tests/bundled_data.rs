//! The bundled data set holds every fact of the press release (issue 2, item 3).

use cica_dash::dataset::{Dataset, Delivery, Due, ParticipantKind, Standing};
use cica_dash::load::{self, DataSource};

fn bundled() -> Dataset {
    let loaded = load::load(&DataSource::Bundled, load::DEFAULT_MAX_FILE_SIZE).unwrap();
    let errors: Vec<String> = loaded.diagnostics.iter().map(ToString::to_string).collect();
    assert!(
        errors.is_empty(),
        "bundled data has problems:\n{}",
        errors.join("\n")
    );
    loaded.dataset
}

#[test]
fn meeting_header_is_the_second_soc_of_23_june_2021() {
    let data = bundled();
    assert_eq!(data.meetings.len(), 1);
    let m = &data.meetings[0];
    assert_eq!(m.id, "soc-2021-06-23");
    assert_eq!(m.date.to_string(), "2021-06-23");
    assert_eq!(m.body, "Senior Officials Committee");
    assert_eq!(m.chair.as_deref(), Some("Shakhrat Nuryshev"));
    assert_eq!(
        m.chair_title.as_deref(),
        Some("First Deputy Minister of Foreign Affairs of Kazakhstan")
    );
    assert_eq!(
        m.chairmanship.map(|p| data.participants[p].code.as_str()),
        Some("KAZ")
    );
    assert!(m.place.is_none(), "the release names no place");
    assert!(
        m.notes
            .as_deref()
            .unwrap()
            .starts_with("Agenda reconstructed from the press release")
    );
}

#[test]
fn agenda_includes_the_separate_thematic_item() {
    let m = &bundled().meetings[0];
    let thematic = m
        .agenda
        .iter()
        .find(|a| a.kind.as_deref() == Some("thematic discussion"))
        .unwrap();
    assert_eq!(
        thematic.title,
        "Growing role of Asia in international affairs and related adaptation of CICA"
    );
}

#[test]
fn decisions_match_the_release() {
    let data = bundled();
    let m = &data.meetings[0];
    let subjects: Vec<(&str, &str)> = m
        .decisions
        .iter()
        .map(|d| (d.action.as_str(), d.subject.as_str()))
        .collect();
    assert_eq!(subjects.len(), 6, "{subjects:#?}");
    let observer = &m.decisions[0];
    assert_eq!(
        (observer.action.as_str(), observer.subject.as_str()),
        ("approved", "CICA Observer Status for Turkmenistan")
    );
    assert_eq!(data.participants[observer.participants[0]].code, "TKM");
    let cep = &m.decisions[1];
    assert!(cep.subject.contains("Council of Eminent Persons"));
    assert_eq!(
        cep.forwarded_to.as_deref(),
        Some("Ministers of Foreign Affairs of the CICA Member States")
    );
    let list = &m.decisions[2];
    assert_eq!(list.action, "adopted");
    let assigned: Vec<(&str, &str, &str)> = list
        .assignments
        .iter()
        .map(|a| {
            (
                data.participants[a.participant].code.as_str(),
                a.role.as_str(),
                a.area.as_str(),
            )
        })
        .collect();
    assert_eq!(
        assigned,
        [
            (
                "CHN",
                "co-coordinator",
                "Epidemiological safety, public health and pharmaceuticals"
            ),
            (
                "JOR",
                "co-coordinator",
                "Epidemiological safety, public health and pharmaceuticals"
            ),
            (
                "CHN",
                "co-coordinator",
                "Development of secure and effective systems of transportation corridors"
            ),
            ("BGD", "co-coordinator", "Natural disaster management"),
            ("CHN", "co-coordinator", "Human dimension"),
        ]
    );
    assert!(
        m.decisions[3]
            .subject
            .starts_with("General Guidelines for Conducting Events")
    );
    for d in &m.decisions[4..] {
        assert_eq!(d.action, "tasked");
        assert_eq!(d.assignee.as_deref(), Some("Special Working Group"));
        assert_eq!(
            d.due,
            Some(Due::Words("before the next SOC meeting".into()))
        );
    }
    assert!(m.decisions[5].subject.contains("Think Tank Forum"));
    assert!(
        m.decisions.iter().all(|d| d.agenda.is_some()),
        "every decision sits under an agenda item"
    );
}

#[test]
fn eleven_statements_with_names_titles_and_states() {
    let data = bundled();
    let m = &data.meetings[0];
    assert_eq!(m.statements.len(), 11);
    let by_code = |code: &str| {
        m.statements
            .iter()
            .find(|s| {
                s.participant
                    .is_some_and(|p| data.participants[p].code == code)
            })
            .unwrap_or_else(|| panic!("no statement for {code}"))
    };
    for (code, speaker) in [
        ("KAZ", "Shakhrat Nuryshev"),
        ("IND", "Harsh Vardhan Shringla"),
        ("KHM", "Chring Botum Rangsay"),
        ("BHR", "Shaikh Abdulla bin Ahmed bin Abdulla Al Khalifa"),
        ("IRN", "Reza Najafi"),
        ("TUR", "Berna Kasnakli Versteden"),
        ("RUS", "Natalya Stepkina"),
        ("VNM", "Hai Luu Nguyen"),
        ("CHN", "Zhang Hongjian"),
        ("UN", "Vladimir Voronkov"),
    ] {
        let s = by_code(code);
        assert_eq!(s.speaker.as_deref(), Some(speaker));
        assert!(s.title.is_some(), "{speaker} has a title");
        assert!(s.person.is_some(), "{speaker} is linked to a [[person]]");
    }
    assert_eq!(by_code("UN").delivery, Some(Delivery::Video));
    assert!(
        by_code("RUS")
            .quote
            .as_deref()
            .unwrap()
            .starts_with("When Member States seat at common table")
    );
    assert!(
        by_code("CHN")
            .quote
            .as_deref()
            .unwrap()
            .starts_with("The CICA should make efforts")
    );
    let collective: Vec<_> = m
        .statements
        .iter()
        .filter(|s| s.speaker.is_none())
        .collect();
    assert_eq!(collective.len(), 1);
    assert!(
        collective[0].collective,
        "the release: \"Member States expressed common view\", marked `collective = true`"
    );
    assert!(
        collective[0]
            .summary
            .as_deref()
            .unwrap()
            .starts_with("Member States expressed common view")
    );
}

#[test]
fn events_eleven_undated_and_the_founder_meeting() {
    let data = bundled();
    assert_eq!(data.events.len(), 12);
    assert_eq!(data.calendar.undated.len(), 11);
    let organisers = |id: &str| -> Vec<&str> {
        let e = data.events.iter().find(|e| e.id == id).unwrap();
        e.organizers
            .iter()
            .map(|&p| data.participants[p].code.as_str())
            .collect()
    };
    assert_eq!(organisers("think-tank-forum-8"), ["CHN"]);
    assert_eq!(
        organisers("youth-countering-radicalism-conference"),
        ["UZB"]
    );
    assert_eq!(organisers("volunteerism-disaster-risk-seminar"), ["BGD"]);
    assert_eq!(organisers("sme-workshop"), ["THA"]);
    assert_eq!(organisers("renewable-energy-workshop"), ["IND"]);
    assert_eq!(organisers("youth-council"), ["KAZ"]);
    let founder = data.events.iter().find(|e| e.date.is_some()).unwrap();
    assert_eq!(founder.date.unwrap().to_string(), "2021-05-26");
    assert!(founder.title.contains("Nursultan Nazarbayev"));
    assert!(
        data.events.iter().all(|e| e.meeting == Some(0)),
        "all were reported at the meeting"
    );
}

#[test]
fn participants_every_state_and_organisation_named() {
    let data = bundled();
    let codes: Vec<&str> = data.participants.iter().map(|p| p.code.as_str()).collect();
    for c in [
        "KAZ", "TKM", "CHN", "JOR", "BGD", "UZB", "THA", "TUR", "IND", "KHM", "BHR", "IRN", "RUS",
        "VNM", "UN", "ASEAN",
    ] {
        assert!(codes.contains(&c), "{c} missing");
    }
    assert_eq!(
        data.participant("TKM").unwrap().status,
        Some(Standing::Observer)
    );
    assert_eq!(
        data.participant("UN").unwrap().kind,
        ParticipantKind::Organization
    );
    assert!(
        data.participants.iter().all(|p| p.status.is_some()),
        "every participant has a status"
    );
}
