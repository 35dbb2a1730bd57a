//! The words the coordination view and its popups say about a role: its period, the meeting
//! whose decision gave it, and a standing assignment's detail popup (for roles that no
//! decision in the data gave).

use chrono::NaiveDate;
use ratatui::style::Style;

use super::Ctx;
use super::detail::Out;
use crate::dataset::coord::{Role, RoleSource};
use crate::dataset::{Dataset, Meeting, PartialDate};
use crate::model::Precision;

/// A date as short as it can be read: `23 Jun 2021`, `Jun 2021`, `2021`.
pub fn short(d: PartialDate) -> String {
    let f = match d.precision() {
        Precision::Day => "%-d %b %Y",
        Precision::Month => "%b %Y",
        Precision::Year => "%Y",
    };
    d.first_day().format(f).to_string()
}

/// A day as the view's status line shows it: `Sat 28 Nov 2026`.
pub fn day(d: NaiveDate) -> String {
    d.format("%a %-d %b %Y").to_string()
}

/// A role's period, short: `May 2019 – 2021`, `from 23 Jun 2021`, `until 2024`, `no dates`.
/// The start is the role's `from`, or the date of the meeting whose decision gave it.
pub fn period(role: &Role) -> String {
    match (role.start, role.until) {
        (Some(s), Some(u)) => format!("{} – {}", short(s), short(u)),
        (Some(s), None) => format!("from {}", short(s)),
        (None, Some(u)) => format!("until {}", short(u)),
        (None, None) => "no dates".to_owned(),
    }
}

/// The meeting whose decision gave the role.
pub fn meeting<'a>(data: &'a Dataset, role: &Role) -> Option<&'a Meeting> {
    let (m, _) = match role.source {
        RoleSource::Decision {
            meeting, decision, ..
        } => (meeting, decision),
        RoleSource::Standing { decision, .. } => decision?,
    };
    data.meeting(m)
}

/// The body's short name: the glossary term that means it (`SOC` for "Senior Officials
/// Committee"), else the body as written.
pub fn body_short<'a>(data: &'a Dataset, body: &'a str) -> &'a str {
    data.glossary
        .iter()
        .find(|t| t.meaning.eq_ignore_ascii_case(body))
        .map_or(body, |t| t.term.as_str())
}

/// Where the role comes from, short: `23 Jun 2021 · SOC`, or `standing` for a standing
/// assignment no decision in the data gave.
pub fn source(data: &Dataset, role: &Role) -> String {
    match meeting(data, role) {
        Some(m) => format!("{} · {}", short(m.date), body_short(data, &m.body)),
        None => "standing".to_owned(),
    }
}

/// Where the role comes from, in full: the decision and its meeting.
pub fn source_long(data: &Dataset, role: &Role) -> String {
    let decision = role.decision().and_then(|item| match item {
        crate::dataset::ItemRef::Decision(m, d) => data.meetings.get(m)?.decisions.get(d),
        _ => None,
    });
    match (decision, meeting(data, role)) {
        (Some(d), Some(m)) => format!(
            "{} {} — {}, {}",
            d.action,
            d.subject,
            m.title,
            m.date.human()
        ),
        _ => "a standing assignment (no decision in the data)".to_owned(),
    }
}

/// The detail popup of a standing assignment: who, what, when, why, and its sources.
pub(super) fn assignment(o: &mut Out, ctx: Ctx, i: usize) {
    let Some(a) = ctx.data.assignments.get(i) else {
        return;
    };
    let who = ctx
        .data
        .participants
        .get(a.participant)
        .map(|p| format!("{} ({})", p.name, p.code))
        .unwrap_or_default();
    o.para(&who, o.theme.bold);
    o.para(&format!("{} — {}", a.role, a.area), Style::new());
    o.gap();
    o.opt("From", a.from.map(|d| d.human()).as_deref());
    o.opt("Until", a.until.map(|d| d.human()).as_deref());
    o.opt("Decision", a.decision.as_deref());
    if let Some(n) = &a.notes {
        o.heading("Notes");
        o.para(n, o.theme.dim);
    }
    o.sources(&a.sources);
}
