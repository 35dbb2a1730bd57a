//! Validation of a meeting's agenda items, decisions and statements.

use std::collections::HashMap;
use std::ops::Range;

use toml::Spanned;

use super::ctx::{Ctx, exact, one, own1, take1, takem};
use super::diag::Code;
use super::meetings::auto_decision_id;
use super::suggest;
use crate::dataset::{AgendaItem, Assignment, Decision, Due, Statement};
use crate::model::{RawAgenda, RawDate, RawDecision, RawStatement, SDate, SStr};

/// Validates the agenda: ids unique within the meeting.
pub fn agenda(ctx: &mut Ctx, raw: Vec<Spanned<RawAgenda>>) -> Vec<AgendaItem> {
    let mut seen: HashMap<&str, Range<usize>> = HashMap::new();
    for a in &raw {
        let id = &a.get_ref().id;
        if !ctx.check_id(id) {
            continue;
        }
        if let Some(first) = seen.get(id.get_ref().as_str()) {
            let at = ctx.location(ctx.file, first);
            ctx.error(
                id.span(),
                Code::Duplicate,
                format!("duplicate agenda id `{}`", id.get_ref()),
            )
            .help = Some(format!(
                "first used at {at}; agenda ids are unique within their meeting"
            ));
        } else {
            seen.insert(id.get_ref(), id.span());
        }
    }
    drop(seen);
    let items = raw.into_iter().map(|a| {
        let r = a.into_inner();
        AgendaItem {
            id: r.id.into_inner(),
            title: own1(r.title),
            kind: take1(r.kind),
            summary: takem(r.summary),
        }
    });
    exact(items.collect())
}

/// Resolves an agenda reference to its index in the meeting.
fn agenda_ref(ctx: &mut Ctx, id: &Option<SStr>, agenda_ids: &[&str]) -> Option<usize> {
    let id = id.as_ref()?;
    let s = id.get_ref().as_str();
    if let Some(i) = agenda_ids.iter().position(|a| *a == s) {
        return Some(i);
    }
    if ctx.broken.contains(s) {
        return None;
    }
    let help = suggest::help(s, agenda_ids.iter().copied(), "this meeting's agenda ids");
    let msg = if agenda_ids.is_empty() {
        format!("unknown agenda item `{s}`: this meeting has no [[agenda]]")
    } else {
        format!("unknown agenda item `{s}`")
    };
    ctx.error(id.span(), Code::UnknownRef, msg).help = help;
    None
}

/// Whether a string looks like an attempt at a date (`2021-13-40`) rather than words.
fn date_shaped(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_digit()) && s.chars().all(|c| c.is_ascii_digit() || c == '-')
}

fn due(ctx: &mut Ctx, raw: &Option<SDate>) -> Option<Due> {
    let d = raw.as_ref()?;
    match d.get_ref() {
        RawDate::Text(s) if !date_shaped(s) => Some(Due::Words(one(s))),
        _ => ctx.date(d).map(Due::Date),
    }
}

/// Validates decisions; absent ids become `<meeting>-decision-<n>`.
pub fn decisions(
    ctx: &mut Ctx,
    meeting: &str,
    raw: Vec<Spanned<RawDecision>>,
    agenda_ids: &[&str],
) -> Vec<Decision> {
    let decisions = raw.into_iter().enumerate().map(|(n, d)| {
        let r = d.into_inner();
        let agenda = agenda_ref(ctx, &r.agenda, agenda_ids);
        let participants = r
            .participants
            .iter()
            .filter_map(|p| ctx.participant(p))
            .collect();
        let assignments = r.assignments.into_iter().filter_map(|a| {
            let participant = ctx.participant(&a.participant);
            let from = ctx.opt_date(&a.from);
            let until = ctx.end_date(from, &a.until, "until");
            Some(Assignment {
                participant: participant?,
                role: own1(a.role),
                area: own1(a.area),
                from,
                until,
                decision: None,
                notes: None,
                sources: Vec::new(),
            })
        });
        let assignments = exact(assignments.collect());
        Decision {
            id: r
                .id
                .map_or_else(|| auto_decision_id(meeting, n + 1), Spanned::into_inner),
            agenda,
            action: own1(r.action),
            subject: own1(r.subject),
            text: takem(r.text),
            participants,
            assignee: take1(r.assignee),
            due: due(ctx, &r.due),
            forwarded_to: take1(r.forwarded_to),
            assignments,
            notes: takem(r.notes),
            sources: ctx.take_sources(r.sources),
        }
    });
    exact(decisions.collect())
}

/// Validates statements: each needs a summary or a quote.
pub fn statements(
    ctx: &mut Ctx,
    raw: Vec<Spanned<RawStatement>>,
    agenda_ids: &[&str],
) -> Vec<Statement> {
    let statements = raw.into_iter().map(|s| {
        let span = s.span();
        let r = s.into_inner();
        if r.summary.is_none() && r.quote.is_none() {
            ctx.error(
                span,
                Code::Incomplete,
                "a statement needs a `summary` or a `quote`",
            )
            .help = Some(
                "add `summary = \"…\"` (a paraphrase) or `quote = \"…\"` (the exact words)".into(),
            );
        }
        Statement {
            speaker: take1(r.speaker),
            collective: r.collective.unwrap_or(false),
            person: None,
            title: take1(r.title),
            participant: r.participant.as_ref().and_then(|p| ctx.participant(p)),
            agenda: agenda_ref(ctx, &r.agenda, agenda_ids),
            delivery: r.delivery,
            read_by: take1(r.read_by),
            summary: takem(r.summary),
            quote: takem(r.quote),
            notes: takem(r.notes),
            sources: ctx.take_sources(r.sources),
        }
    });
    exact(statements.collect())
}
