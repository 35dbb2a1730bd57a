//! The minutes' decisions and statements, each under a numbered heading of its own.

use super::{note, participant, sources};
use crate::dataset::{Dataset, Decision, Due, Meeting, Statement};
use crate::dump::md::{block, inline};

/// A decision: its action and subject, what it is about, its text, the roles it gives.
pub(super) fn decision(out: &mut String, data: &Dataset, m: &Meeting, i: usize, d: &Decision) {
    out.push_str(&format!(
        "### {}. {}: {}\n\n",
        i + 1,
        inline(&d.action),
        inline(&d.subject)
    ));
    let mut facts = Vec::new();
    if let Some(a) = d.agenda.and_then(|a| Some((a, m.agenda.get(a)?))) {
        facts.push(format!(
            "**Agenda item:** {}. {}",
            a.0 + 1,
            inline(&a.1.title)
        ));
    }
    if !d.participants.is_empty() {
        let names: Vec<String> = d
            .participants
            .iter()
            .map(|&p| participant(data, p))
            .collect();
        facts.push(format!("**Concerning:** {}", names.join(", ")));
    }
    if let Some(a) = &d.assignee {
        facts.push(format!("**Assigned to:** {}", inline(a)));
    }
    match &d.due {
        Some(Due::Date(date)) => facts.push(format!("**Due:** {}", date.long())),
        Some(Due::Words(w)) => facts.push(format!("**Due:** {}", inline(w))),
        None => {}
    }
    if let Some(f) = &d.forwarded_to {
        facts.push(format!("**Forwarded to:** {}", inline(f)));
    }
    for f in &facts {
        out.push_str(&format!("- {f}\n"));
    }
    if !facts.is_empty() {
        out.push('\n');
    }
    if let Some(t) = &d.text {
        out.push_str(&format!("{}\n\n", block(t, "")));
    }
    if !d.assignments.is_empty() {
        out.push_str(&format!("Assignments ({}):\n\n", d.assignments.len()));
        for a in &d.assignments {
            let period = match (&a.from, &a.until) {
                (Some(f), Some(u)) => format!(", from {} until {}", f.long(), u.long()),
                (Some(f), None) => format!(", from {}", f.long()),
                (None, Some(u)) => format!(", until {}", u.long()),
                (None, None) => String::new(),
            };
            let who = participant(data, a.participant);
            out.push_str(&format!(
                "- {who}: {} for {}{period}\n",
                inline(&a.role),
                inline(&a.area)
            ));
        }
        out.push('\n');
    }
    sources(out, &d.sources);
    note(out, d.notes.as_deref());
}

/// A statement: who spoke for whom, under which agenda item, what was said.
pub(super) fn statement(out: &mut String, data: &Dataset, m: &Meeting, i: usize, s: &Statement) {
    let who = inline(&s.who(data));
    let for_whom = s
        .participant
        .filter(|_| !s.who_names_participant())
        .map(|p| format!(" — {}", participant(data, p)));
    out.push_str(&format!(
        "### {}. {who}{}\n\n",
        i + 1,
        for_whom.unwrap_or_default()
    ));
    let mut about = Vec::new();
    if s.speaker.is_some()
        && let Some(t) = &s.title
    {
        about.push(format!("*{}*", inline(t)));
    }
    about.extend(s.voice_note(data).map(|v| inline(&v)));
    if let Some(a) = s.agenda.and_then(|a| Some((a, m.agenda.get(a)?))) {
        about.push(format!(
            "under agenda item {}. {}",
            a.0 + 1,
            inline(&a.1.title)
        ));
    }
    if let Some(d) = s.delivery {
        about.push(format!(
            "delivery: {}",
            crate::dump::word(d).replace('-', " ")
        ));
    }
    if let Some(r) = &s.read_by {
        about.push(format!("read by {}", inline(r)));
    }
    if !about.is_empty() {
        out.push_str(&format!("{}\n\n", about.join(" · ")));
    }
    if let Some(t) = &s.summary {
        out.push_str(&format!("{}\n\n", block(t, "")));
    }
    if let Some(q) = &s.quote {
        out.push_str(&format!("> “{}”\n\n", block(q, "> ")));
    }
    sources(out, &s.sources);
    note(out, s.notes.as_deref());
}
