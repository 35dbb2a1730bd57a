//! The meeting popup (`i`) and an event's popup show every key of their tables, the plan
//! beside what happened, and the events a meeting reported; related items are named by title
//! and date and can be followed. Snapshots at 80×24 and 160×48, with what was read in them.

mod common;

use cica_dash::app::{Overlay, Target};
use cica_dash::dataset::ItemRef;
use common::*;

const PARTICIPANTS: &str = "[[participant]]\ncode = \"AZE\"\nname = \"Azerbaijan\"\nkind = \"state\"\n\
    [[participant]]\ncode = \"KAZ\"\nname = \"Kazakhstan\"\nkind = \"state\"\n";

const COUNCIL: &str = r#"[meeting]
id = "mc-2024"
title = "Ministerial Council"
body = "Council of Ministers of Foreign Affairs"
date = 2024-12-17
format = "online"
status = "held"
planned = 2024-11-11
planned_place = "Baku"
related = ["soc-2024", "think-tank-2024"]
chairmanship = "AZE"
summary = "The Council met online after the meeting planned in Baku was moved."
notes = "The date of the planned meeting is from an announcement."
sources = [{ title = "Press release", publisher = "CICA Secretariat", url = "https://example.org/mc" }]

[[event]]
id = "think-tank-2024"
title = "CICA Think Tank Forum"
kind = "forum"
organizers = ["AZE", "KAZ"]
date = 2024-10-03
end = 2024-10-04
place = "Baku"
format = "hybrid"
status = "held"
planned = "2024-09"
planned_place = "Shusha"
summary = "Experts discussed the CICA Catalogue of Confidence Building Measures."
notes = "The planned month is from the Council's report."
sources = [{ title = "Forum report", date = "2024-10", publisher = "ADA University" }]

[[event]]
id = "youth-forum"
title = "Youth Forum"
"#;

const SOC: &str = "[meeting]\nid = \"soc-2024\"\ntitle = \"Senior Officials Committee\"\n\
    body = \"Senior Officials Committee\"\ndate = 2024-10-10\nplace = \"Astana\"\n";

fn app() -> cica_dash::app::App {
    app_from(&[
        ("participants.toml", PARTICIPANTS),
        ("meetings/mc.toml", COUNCIL),
        ("meetings/soc.toml", SOC),
    ])
}

/// `]` goes from the SOC (October) to the Council (December); `i` opens its record.
const MEETING: &str = "]i";
/// The links of the record are the chairmanship, the two related items and the two events:
/// two Tabs from the first reach the related forum.
const EVENT: &str = "]i<Tab><Tab><Enter>";

#[test]
fn the_meeting_record_at_160x48() {
    let text = screen(&mut app(), MEETING, 160, 48);
    for fact in [
        "Format: online",
        "Schedule: planned Mon 11 Nov 2024 in Baku, held Tue 17 Dec 2024 online",
        "Related: ◆ Senior Officials Committee (Thu 10 Oct 2024)",
        "         • CICA Think Tank Forum (Thu 3 Oct 2024)",
        "Id: mc-2024",
        "Events reported (2)",
        "• CICA Think Tank Forum (Thu 3 Oct 2024)",
        "• Youth Forum (undated)",
        "Press release · CICA Secretariat · https://example.org/mc",
    ] {
        assert!(text.contains(fact), "{fact} missing:\n{text}");
    }
    assert!(!text.contains("soc-2024"), "related items by title, not id");
    insta::assert_snapshot!("details_meeting_160x48", text);
}

#[test]
fn the_meeting_record_at_80x24() {
    let text = screen(&mut app(), MEETING, 80, 24);
    // The schedule wraps under its label in the narrow popup.
    assert!(
        text.contains("Schedule: planned Mon 11 Nov 2024 in Baku, held Tue 17 Dec"),
        "{text}"
    );
    assert!(text.contains("Id: mc-2024"), "{text}");
    insta::assert_snapshot!("details_meeting_80x24", text);
    let end = screen(&mut app(), &format!("{MEETING}G"), 80, 24);
    assert!(end.contains("Events reported (2)"), "{end}");
    assert!(end.contains("• Youth Forum (undated)"), "{end}");
}

#[test]
fn the_event_record_at_160x48() {
    let mut app = app();
    let text = screen(&mut app, EVENT, 160, 48);
    assert!(
        matches!(
            app.overlay(),
            Some(Overlay::Detail {
                target: Target::Item(ItemRef::Event(_)),
                ..
            })
        ),
        "the related event was followed"
    );
    for fact in [
        "• CICA Think Tank Forum",
        "Kind: forum",
        "Organisers: Azerbaijan (AZE)",
        "            Kazakhstan (KAZ)",
        "Date: Thu 3 Oct 2024 – Fri 4 Oct 2024",
        "Place: Baku",
        "Format: hybrid",
        "Status: held",
        "Schedule: planned Sep 2024 in Shusha, held Thu 3 Oct 2024 – Fri 4 Oct 2024 in Baku (hybrid)",
        "Reported at: Ministerial Council (Tue 17 Dec 2024)",
        "Id: think-tank-2024",
        "Experts discussed the CICA Catalogue",
        "The planned month is from the Council's report.",
        "• Forum report · ADA University · Oct 2024",
    ] {
        assert!(text.contains(fact), "{fact} missing:\n{text}");
    }
    insta::assert_snapshot!("details_event_160x48", text);
}

#[test]
fn the_event_record_at_80x24() {
    let text = screen(&mut app(), EVENT, 80, 24);
    for fact in [
        "Kind: forum",
        "Organisers: Azerbaijan (AZE)",
        "Format: hybrid",
    ] {
        assert!(text.contains(fact), "{fact} missing:\n{text}");
    }
    assert!(
        text.contains("Schedule: planned Sep 2024 in Shusha, held"),
        "{text}"
    );
    insta::assert_snapshot!("details_event_80x24", text);
}

#[test]
fn an_undated_event_says_so_and_a_meeting_lists_its_events_on_its_day() {
    // From the Council's record: the last link is the undated Youth Forum.
    let text = screen(&mut app(), "]i<S-Tab><Enter>", 160, 48);
    assert!(text.contains("Date: not given"), "{text}");
    assert!(text.contains("Reported at: Ministerial Council"), "{text}");
    // The calendar's popup of the Council's day lists its events as links.
    let day = screen(&mut app(), "]4<Enter>", 160, 48);
    assert!(
        day.contains("Events: • CICA Think Tank Forum (Thu 3 Oct 2024)"),
        "{day}"
    );
}
