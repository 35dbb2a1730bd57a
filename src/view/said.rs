//! A statement's popup: who spoke — the spelling the source used, and the person's canonical
//! name when that spelling is one of their aliases — for whom, how, under which agenda item,
//! and what was said. The speaker, the participant and the agenda item are links.

use ratatui::style::{Modifier, Style};

use super::Ctx;
use super::detail::{Link, Out, party};
use crate::dataset::Statement;

/// The statement in full; `agenda` is its agenda item's title and link.
pub(super) fn detail(o: &mut Out, ctx: Ctx, s: &Statement, agenda: Option<(String, Option<Link>)>) {
    let speaker = match (s.person, &s.speaker) {
        (Some(p), Some(_)) => Some(Link::Person(p)),
        (None, Some(name)) => Some(Link::Speaker(name.clone())),
        _ => None,
    };
    let shown = s.who(ctx.data);
    o.link(speaker, |o| o.para(&shown, o.theme.bold));
    if let Some(p) = s.person.and_then(|p| ctx.data.persons.get(p)) {
        if s.speaker.as_deref() != Some(p.name.as_str()) {
            o.field("Canonical name", &p.name);
        }
        let others: Vec<&str> = p
            .aliases
            .iter()
            .map(String::as_str)
            .filter(|a| Some(*a) != s.speaker.as_deref())
            .collect();
        if !others.is_empty() {
            o.field("Also written", &others.join(", "));
        }
    }
    if s.speaker.is_some() {
        o.opt("Title", s.title.as_deref());
    }
    if let Some(label) = s.voice_note(ctx.data) {
        o.para(&label, o.theme.dim);
    }
    let party = party(ctx, s.participant.filter(|_| !s.who_names_participant()));
    o.links_field("For", party.into_iter().collect());
    if let Some((badge, _)) = super::delivery_badge(s.delivery, o.theme) {
        o.field("Delivery", badge.trim_matches(['[', ']']));
    }
    o.opt("Read by", s.read_by.as_deref());
    o.links_field("Agenda item", agenda.into_iter().collect());
    if let Some(t) = &s.summary {
        o.heading("Summary");
        o.para(t, Style::new());
    }
    if let Some(q) = &s.quote {
        o.heading("Quote");
        o.para(
            &format!("“{q}”"),
            Style::new().add_modifier(Modifier::ITALIC),
        );
    }
    if let Some(n) = &s.notes {
        o.heading("Notes");
        o.para(n, o.theme.dim);
    }
    o.sources(&s.sources);
}
