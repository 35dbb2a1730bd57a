//! Profiles: every list of a participant's and a person's profile is complete, checked
//! against the data files read with `toml::Table` (never through the loader), on a hand-made
//! fixture of three meetings and on a generated corpus; aliases resolve to the canonical name;
//! speakers with no `[[person]]` group by their exact spelling.

#[path = "../common/mod.rs"]
mod common;
mod files;
mod lens;
mod links;

#[allow(dead_code)]
#[path = "../../examples/gen_corpus/corpus/mod.rs"]
mod corpus;

use cica_dash::app::App;
use cica_dash::dataset::{Dataset, ItemRef, RoleRef};
use cica_dash::view::profile::{Row, Rows, Section, Subject};
use files::Files;

pub const FIXTURE: &str = "tests/fixtures/profiles";

/// The fixture, loaded without a problem.
pub fn fixture() -> Dataset {
    let loaded = cica_dash::load::load_dir(std::path::Path::new(FIXTURE)).unwrap();
    assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
    loaded.dataset
}

/// The fixture on the dashboard.
pub fn fixture_app() -> App {
    common::app_in(FIXTURE)
}

/// What a profile lists, section by section, in the files' terms.
#[derive(Debug, Default)]
struct Listed {
    headings: Vec<(Section, usize)>,
    statements: Vec<(String, String)>,
    decisions: Vec<(String, String)>,
    events: Vec<String>,
    roles: Vec<(String, String)>,
    terms: usize,
    chaired: Vec<String>,
    represents: Vec<String>,
}

fn listed(data: &Dataset, subject: &Subject) -> Listed {
    let rows = Rows::new(data, subject);
    let mut out = Listed::default();
    let mut section = None;
    for i in 0..rows.len() {
        let row = rows.get(i).expect("every row below len() exists");
        match row {
            Row::Heading(s, n) => {
                section = Some(s);
                out.headings.push((s, n));
            }
            Row::Item(ItemRef::Statement(m, s)) => {
                assert_eq!(section, Some(Section::Statements));
                let st = &data.meetings[m].statements[s];
                let said = st.summary.clone().or(st.quote.clone()).unwrap_or_default();
                out.statements.push((data.meetings[m].id.clone(), said));
            }
            Row::Item(ItemRef::Decision(m, d)) => {
                assert_eq!(section, Some(Section::Decisions));
                let subject = data.meetings[m].decisions[d].subject.clone();
                out.decisions.push((data.meetings[m].id.clone(), subject));
            }
            Row::Item(ItemRef::Event(e)) => {
                assert_eq!(section, Some(Section::Events));
                out.events.push(data.events[e].title.clone());
            }
            Row::Item(ItemRef::Meeting(m)) => {
                assert_eq!(section, Some(Section::Chair));
                out.chaired.push(data.meetings[m].id.clone());
            }
            Row::Item(ItemRef::Agenda(..)) => panic!("profiles list no agenda items"),
            Row::Role(r) => {
                assert_eq!(section, Some(Section::Roles));
                let a = match r {
                    RoleRef::Standing(i) => &data.assignments[i],
                    RoleRef::Decision(m, d, k) => &data.meetings[m].decisions[d].assignments[k],
                };
                out.roles.push((a.role.clone(), a.area.clone()));
            }
            Row::Term(..) => out.terms += 1,
            Row::Outside(_) => {}
            Row::Participant(p) => out.represents.push(data.participants[p].code.clone()),
        }
    }
    out
}

fn sorted<T: Ord>(mut v: Vec<T>) -> Vec<T> {
    v.sort();
    v
}

/// Every list of every participant's profile and every person's statements, against the
/// files; and each heading's count is the number of rows under it.
fn check_all(data: &Dataset, files: &Files) {
    for code in files.codes() {
        let p = data.participant_index[&code];
        let l = listed(data, &Subject::Participant(p));
        let ctx = format!("profile of {code}");
        assert_eq!(
            sorted(l.statements.clone()),
            sorted(files.statements_for(&code)),
            "{ctx}"
        );
        assert_eq!(
            sorted(l.decisions.clone()),
            sorted(files.decisions_about(&code)),
            "{ctx}"
        );
        assert_eq!(
            sorted(l.events.clone()),
            sorted(files.events_by(&code)),
            "{ctx}"
        );
        assert_eq!(sorted(l.roles.clone()), sorted(files.roles(&code)), "{ctx}");
        assert_eq!(l.terms, files.terms(&code), "{ctx}");
        assert_eq!(
            sorted(l.chaired.clone()),
            sorted(files.chaired(&code)),
            "{ctx}"
        );
        let count = |s: Section| l.headings.iter().find(|h| h.0 == s).map(|h| h.1);
        assert_eq!(
            count(Section::Statements),
            Some(l.statements.len()),
            "{ctx}"
        );
        assert_eq!(count(Section::Decisions), Some(l.decisions.len()), "{ctx}");
        assert_eq!(count(Section::Events), Some(l.events.len()), "{ctx}");
        assert_eq!(count(Section::Roles), Some(l.roles.len()), "{ctx}");
        assert_eq!(count(Section::Chair), Some(l.terms), "{ctx}");
    }
    for (i, names) in files.persons().iter().enumerate() {
        let spellings: Vec<&str> = names.iter().map(String::as_str).collect();
        let l = listed(data, &Subject::Person(i));
        assert_eq!(
            sorted(l.statements),
            sorted(files.statements_by(&spellings)),
            "profile of {}",
            names[0]
        );
    }
}

#[test]
fn the_russia_profile_lists_every_russian_statement_with_none_missing() {
    let data = fixture();
    let files = Files::read(FIXTURE);
    let expected = files.statements_for("RUS");
    assert_eq!(
        expected.len(),
        7,
        "the fixture has seven Russian statements"
    );
    let l = listed(&data, &Subject::Participant(data.participant_index["RUS"]));
    assert_eq!(sorted(l.statements.clone()), sorted(expected));
    let meetings: std::collections::BTreeSet<&str> =
        l.statements.iter().map(|s| s.0.as_str()).collect();
    assert_eq!(meetings.len(), 3, "they span all three meetings");
}

#[test]
fn every_list_of_every_profile_is_complete_on_the_fixture() {
    let data = fixture();
    let files = Files::read(FIXTURE);
    check_all(&data, &files);
    let l = listed(&data, &Subject::Participant(data.participant_index["RUS"]));
    assert_eq!(
        l.decisions.len(),
        3,
        "named, given a role, and both at once (listed once)"
    );
    assert_eq!(l.roles.len(), 4, "two standing, two from decisions");
    assert_eq!(
        l.chaired,
        ["soc-2019-05", "mc-2020-03", "soc-2021-06"],
        "in date order: two within the 2019–Jun 2020 term, then one outside it"
    );
    assert_eq!(
        l.events,
        [
            "Energy Forum",
            "Seminar on cyber security",
            "Workshop, date unknown"
        ],
        "by date, the undated last"
    );
}

#[test]
fn every_list_of_every_profile_is_complete_on_a_generated_corpus() {
    let set = corpus::generate(12, 3);
    let sources: Vec<cica_dash::load::Source> = set
        .files
        .iter()
        .map(|(path, text)| cica_dash::load::Source {
            path: path.clone(),
            text: text.clone(),
        })
        .collect();
    let loaded = cica_dash::load::load_sources(&sources, Vec::new());
    assert!(!loaded.has_errors());
    let files = Files::parse(&set.files);
    let statements: usize = files
        .codes()
        .iter()
        .map(|c| files.statements_for(c).len())
        .sum();
    assert!(statements > 400, "enough to mean something: {statements}");
    check_all(&loaded.dataset, &files);
}

#[test]
fn a_person_profile_lists_statements_under_every_spelling() {
    let data = fixture();
    let stepkina = data
        .persons
        .iter()
        .position(|p| p.name == "Natalya Stepkina")
        .unwrap();
    let l = listed(&data, &Subject::Person(stepkina));
    let said: Vec<&str> = l.statements.iter().map(|s| s.1.as_str()).collect();
    assert_eq!(
        said,
        [
            "Opened for Russia.",
            "Spoke on the coordinators, in Russian.",
            "Abbreviated spelling."
        ],
        "canonical, Cyrillic and abbreviated spellings, in meeting order"
    );
    assert_eq!(l.represents, ["RUS"]);
}

#[test]
fn speakers_with_no_person_group_by_their_exact_spelling() {
    let data = fixture();
    let petrov = Subject::speaker(&data, "Ivan Petrov");
    let l = listed(&data, &petrov);
    assert_eq!(l.statements.len(), 3, "two for Russia, one for Kazakhstan");
    assert_eq!(
        l.represents,
        ["RUS", "KAZ"],
        "each participant once, first use first"
    );
    let nobody = listed(&data, &Subject::speaker(&data, "ivan petrov"));
    assert!(nobody.statements.is_empty(), "the spelling must be exact");
}
