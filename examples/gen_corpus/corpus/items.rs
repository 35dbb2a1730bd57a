//! A meeting's decisions and statements, linked to its agenda items.

use std::fmt::Write as _;

use chrono::Days;

use super::meeting::Plan;
use super::words::{AREAS, EVENT_KINDS, Lang, TOPICS, paragraph as prose, prose_any};
use super::world::World;
use super::{Rng, kv, paragraph, quote};

/// `(action, subject)`: `{c}` a state, `{a}` an area, `{t}` a topic, `{k}` an event kind.
const DECISIONS: &[(&str, &str)] = &[
    ("approved", "CICA Observer Status for {c}"),
    (
        "adopted",
        "Plan of Action on Confidence Building Measures in the priority area «{a}»",
    ),
    ("approved", "Concept of the CICA {k} on {t}"),
    ("tasked", "Prepare a report on {t}"),
    (
        "recommended",
        "Draft Regulations of the CICA Think Tank Forum",
    ),
    (
        "took note of",
        "Report of the Executive Director on the activities of the Secretariat",
    ),
    (
        "adopted",
        "Budget of the CICA Secretariat for the next financial year",
    ),
    (
        "approved",
        "List of coordinating and co-coordinating countries in the priority area «{a}»",
    ),
    ("welcomed", "Offer of {c} to host the CICA {k} on {t}"),
    ("agreed", "Dates and venue of the next meeting"),
];

const TITLES: &[&str] = &[
    "Deputy Minister of Foreign Affairs of {c}",
    "Ambassador of {c}",
    "Director of the Department of Asian Affairs of the MFA of {c}",
    "Head of the delegation of {c}",
    "Permanent Representative of {c} to CICA",
    "Counsellor of the MFA of {c}",
];

/// Writes 15–25 decisions, each under one of the agenda's decision items (or none when the
/// meeting has no agenda); every other decision has an explicit id. Returns how many.
pub fn decisions(
    out: &mut String,
    rng: &mut Rng,
    w: &World,
    p: &Plan,
    agenda: &[(String, String, &str)],
) -> usize {
    let items: Vec<&str> = agenda
        .iter()
        .filter(|a| a.2 == "decision" || a.2 == "report")
        .map(|a| a.0.as_str())
        .collect();
    let n = rng.range(15, 25);
    for k in 1..=n {
        let (action, subject) = *rng.pick(DECISIONS);
        let state = w.state(rng);
        let subject = subject
            .replace("{c}", state.name)
            .replace("{a}", rng.word(AREAS))
            .replace("{t}", rng.word(TOPICS))
            .replace("{k}", rng.pick(EVENT_KINDS).1);
        out.push_str("\n[[decision]]\n");
        if k % 2 == 1 {
            kv(out, "id", &quote(&decision_id(&p.id, k)));
        }
        if !items.is_empty() {
            kv(out, "agenda", &quote(rng.word(&items)));
        }
        kv(out, "action", &quote(action));
        kv(out, "subject", &quote(&subject));
        let text = format!(
            "The meeting {action} the {subject}. {}",
            prose_any(rng, 150, 450, state.name)
        );
        kv(out, "text", &paragraph(&text));
        if subject.contains(state.name) || rng.chance(20) {
            kv(out, "participants", &format!("[{}]", quote(state.code)));
        }
        if action == "tasked" || rng.chance(10) {
            kv(out, "assignee", &quote("Special Working Group"));
            let due = match (rng.below(3), p.end) {
                (0, _) => quote("before the next SOC meeting"),
                (_, Some(end)) => (end + Days::new(rng.range(30, 365) as u64)).to_string(),
                _ => quote("by the end of the year"),
            };
            kv(out, "due", &due);
        }
        if action == "recommended" {
            kv(out, "forwarded_to", &quote("Ministerial Council"));
        }
        if subject.starts_with("List of") {
            let area = subject
                .split('«')
                .nth(1)
                .unwrap_or("")
                .trim_end_matches('»');
            let roles: Vec<String> = (0..rng.range(1, 3))
                .map(|i| {
                    let role = if i == 0 {
                        "coordinator"
                    } else {
                        "co-coordinator"
                    };
                    format!(
                        "  {{ participant = {}, role = \"{role}\", area = {} }},\n",
                        quote(w.state(rng).code),
                        quote(area)
                    )
                })
                .collect();
            let _ = writeln!(out, "assignments = [\n{}]", roles.concat());
        }
        if rng.chance(8) {
            kv(
                out,
                "notes",
                &quote("The sources differ on the wording; the text follows the press release."),
            );
        }
    }
    n
}

/// The id a decision gets: explicit ids are `<meeting>-d<k>`, distinct from automatic ones.
pub fn decision_id(meeting: &str, k: usize) -> String {
    format!("{meeting}-d{k}")
}

/// Writes 40–60 statements; returns how many.
pub fn statements(
    out: &mut String,
    rng: &mut Rng,
    w: &World,
    agenda: &[(String, String, &str)],
) -> usize {
    let n = rng.range(40, 60);
    for k in 0..n {
        out.push_str("\n[[statement]]\n");
        let mut lang = Lang::draw(rng);
        let code = if rng.chance(4) {
            kv(out, "title", &quote("Member States"));
            None
        } else {
            let person = rng.chance(25);
            let name = if person {
                rng.pick(&w.persons)
            } else {
                rng.pick(&w.speakers)
            };
            let own = name
                .native
                .as_deref()
                .filter(|_| rng.chance(if person { 30 } else { 8 }));
            let spoken = own.unwrap_or(&name.latin);
            if own.is_some() {
                lang = match spoken.chars().next() {
                    Some('\u{0400}'..='\u{04FF}') => Lang::Ru,
                    Some('\u{0600}'..='\u{06FF}') => Lang::Ar,
                    _ => Lang::Zh,
                };
            }
            kv(out, "speaker", &quote(spoken));
            let title = rng.pick(TITLES).replace("{c}", w.name_of(name.code));
            kv(out, "title", &quote(&title));
            kv(out, "participant", &quote(name.code));
            Some(name.code)
        };
        if !agenda.is_empty() && rng.chance(90) {
            let id = if k < 2 {
                "opening"
            } else {
                &rng.pick(agenda).0
            };
            kv(out, "agenda", &quote(id));
        }
        match rng.below(40) {
            0..=3 => kv(out, "delivery", &quote("video")),
            4..=5 => kv(out, "delivery", &quote("written")),
            6 => {
                kv(out, "delivery", &quote("read-out"));
                kv(out, "read_by", &quote(&rng.pick(&w.speakers).latin));
            }
            _ => {}
        }
        let country = code.map_or("the Member States", |c| w.name_of(c));
        let quoted = rng.chance(15);
        if !quoted || rng.chance(30) {
            kv(
                out,
                "summary",
                &paragraph(&prose(rng, lang, 200, 600, country)),
            );
        }
        if quoted {
            kv(
                out,
                "quote",
                &paragraph(&prose(rng, lang, 100, 300, country)),
            );
        }
        if rng.chance(10) {
            kv(out, "notes", &quote("The release gives the honorific H.E."));
        }
    }
    n
}
