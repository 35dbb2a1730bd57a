//! Detail popups' links lead where they say: every item a popup names is a link, and Tab,
//! Enter and Backspace walk them and back the way you came.

use cica_dash::app::{App, ItemRef, Overlay, Target};
use cica_dash::view::detail::{self, Link};
use cica_dash::view::profile::Subject;

use super::fixture_app;
use super::lens::{press, russia, subject};

fn links(app: &App, target: Target) -> Vec<Link> {
    let c = detail::content(app.ctx(), target, 70);
    c.links.into_iter().map(|(_, l)| l).collect()
}

#[test]
fn every_item_a_popup_names_is_a_link() {
    let app = fixture_app();
    let d = app.data();
    let (rus, kaz, chn) = (
        d.participant_index["RUS"],
        d.participant_index["KAZ"],
        d.participant_index["CHN"],
    );
    let (m2019, m2020, m2021) = (0, 1, 2);
    assert_eq!(d.meetings[m2021].id, "soc-2021-06");
    // A decision: its agenda item, the participants it concerns, its assignments' ones.
    assert_eq!(
        links(&app, Target::Item(ItemRef::Decision(m2020, 0))),
        [
            Link::Participant(rus),
            Link::Participant(kaz),
            Link::Participant(rus)
        ]
    );
    assert_eq!(
        links(&app, Target::Item(ItemRef::Decision(m2019, 1))),
        [
            Link::Item(ItemRef::Agenda(m2019, 1)),
            Link::Participant(rus),
            Link::Participant(chn)
        ]
    );
    // An agenda item: its decisions and statements.
    assert_eq!(
        links(&app, Target::Item(ItemRef::Agenda(m2019, 1))),
        [
            Link::Item(ItemRef::Decision(m2019, 1)),
            Link::Item(ItemRef::Decision(m2019, 2)),
            Link::Item(ItemRef::Statement(m2019, 1)),
        ]
    );
    // A statement: the speaker (a person, or a spelling), the participant, the agenda item.
    assert_eq!(
        links(&app, Target::Item(ItemRef::Statement(m2019, 2))),
        [Link::Speaker("Ivan Petrov".into()), Link::Participant(rus)]
    );
    // A meeting: its chairmanship and its related meetings and events.
    let forum = d
        .events
        .iter()
        .position(|e| e.id == "rus-forum-2019")
        .unwrap();
    let seminar = d.events.iter().position(|e| e.id == "rus-seminar").unwrap();
    assert_eq!(
        links(&app, Target::Item(ItemRef::Meeting(m2021))),
        [
            Link::Participant(rus),
            Link::Item(ItemRef::Meeting(m2019)),
            Link::Item(ItemRef::Event(forum)),
            Link::Item(ItemRef::Event(seminar)),
        ]
    );
    // An event: its organisers and the meeting that reported it.
    assert_eq!(
        links(&app, Target::Item(ItemRef::Event(forum))),
        [
            Link::Participant(rus),
            Link::Participant(chn),
            Link::Item(ItemRef::Meeting(m2019)),
        ]
    );
}

#[test]
fn tab_enter_and_backspace_walk_the_links() {
    let mut app = fixture_app();
    // The 2020 decision: Enter follows the first link, Russia, into its profile.
    press(&mut app, "[2<Enter><Enter>");
    assert_eq!(subject(&app), Some(russia(&app)));
    press(&mut app, "<BS><Tab><Enter>");
    let kaz = app.data().participant_index["KAZ"];
    assert_eq!(
        subject(&app),
        Some(Subject::Participant(kaz)),
        "Tab: the second link"
    );
    // Back to the decision, then Esc closes the whole chain.
    press(&mut app, "<BS>");
    assert!(matches!(app.overlay(), Some(Overlay::Detail { .. })));
    press(&mut app, "<Enter><Esc>");
    assert_eq!(
        app.overlay(),
        None,
        "Esc closes the profile and the popup it came from"
    );
}
