//! The detail popup's content: one item's full text, word-wrapped, with everything linked
//! to it, as a pure function of the data, the target and the width, so `update` can clamp
//! scrolling to the real content height and the ui draws the same lines.

use chrono::NaiveDate;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

use super::Ctx;
pub(super) use super::out::Out;
use crate::dataset::{Due, ItemRef};

/// What a detail popup shows: an item anywhere in the data set, or a calendar day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// A meeting, agenda item, decision, statement or event, by data-set-wide reference.
    Item(ItemRef),
    /// A calendar day, with the undated events.
    Day(NaiveDate),
    /// A participant, by index into the data set's participants.
    Participant(usize),
    /// A person, by index into the data set's persons.
    Person(usize),
    /// A glossary term, by index into the data set's glossary.
    Term(usize),
    /// A standing `[[assignment]]`, by index into the data set's assignments.
    Assignment(usize),
}

impl Target {
    /// The popup's title.
    pub fn title(self) -> &'static str {
        match self {
            Target::Item(ItemRef::Agenda(..)) => "Agenda item",
            Target::Item(ItemRef::Decision(..)) => "Decision",
            Target::Item(ItemRef::Statement(..)) => "Statement",
            Target::Item(ItemRef::Event(..)) => "Event",
            Target::Item(ItemRef::Meeting(..)) => "Meeting",
            Target::Day(_) => "Calendar",
            Target::Participant(_) => "Participant",
            Target::Person(_) => "Person",
            Target::Term(_) => "Glossary",
            Target::Assignment(_) => "Standing assignment",
        }
    }
}

/// The popup's content, wrapped to `width`.
pub fn lines(ctx: Ctx, target: Target, width: u16) -> Vec<Line<'static>> {
    let mut o = Out {
        w: usize::from(width).max(1),
        theme: ctx.theme,
        lines: Vec::new(),
    };
    let data = ctx.data;
    let party = |p: Option<usize>| {
        p.and_then(|p| data.participants.get(p))
            .map(|p| format!("{} ({})", p.name, p.code))
    };
    let item = match target {
        Target::Day(day) => {
            super::day::detail(&mut o, ctx, day);
            return o.lines;
        }
        Target::Item(ItemRef::Event(e)) => {
            super::day::entry_detail(&mut o, ctx, crate::dataset::CalItem::Event(e));
            return o.lines;
        }
        Target::Participant(p) => {
            super::people::participant(&mut o, ctx, p);
            return o.lines;
        }
        Target::Person(p) => {
            super::people::person(&mut o, ctx, p);
            return o.lines;
        }
        Target::Term(t) => {
            super::people::term(&mut o, ctx, t);
            return o.lines;
        }
        Target::Assignment(a) => {
            super::roles::assignment(&mut o, ctx, a);
            return o.lines;
        }
        Target::Item(item) => item,
    };
    let Some(m) = item.meeting().and_then(|mi| data.meetings.get(mi)) else {
        return o.lines;
    };
    match item {
        ItemRef::Agenda(_, i) => {
            let Some(a) = m.agenda.get(i) else {
                return o.lines;
            };
            o.para(&format!("{}. {}", i + 1, a.title), o.theme.bold);
            o.opt("Kind", a.kind.as_deref());
            o.opt("Id", Some(&a.id));
            if let Some(s) = &a.summary {
                o.gap();
                o.para(s, Style::new());
            }
            let ds = m.agenda_decisions.get(i).map_or(&[][..], Vec::as_slice);
            o.heading(&format!("Decisions ({})", ds.len()));
            for &d in ds {
                o.para(
                    &format!("• {} {}", m.decisions[d].action, m.decisions[d].subject),
                    Style::new(),
                );
            }
            let ss = m.agenda_statements.get(i).map_or(&[][..], Vec::as_slice);
            o.heading(&format!("Statements ({})", ss.len()));
            for &s in ss {
                let st = &m.statements[s];
                let who = st.who(data);
                let p = party(st.participant.filter(|_| !st.who_names_participant()))
                    .map(|p| format!(" — {p}"))
                    .unwrap_or_default();
                o.para(&format!("• {who}{p}"), Style::new());
            }
        }
        ItemRef::Decision(_, i) => {
            let Some(d) = m.decisions.get(i) else {
                return o.lines;
            };
            o.lines.push(Line::from(vec![Span::styled(
                format!("{} ", d.action),
                o.theme.decision(&d.action),
            )]));
            o.para(&d.subject, o.theme.bold);
            o.gap();
            o.opt(
                "Agenda item",
                d.agenda
                    .and_then(|a| m.agenda.get(a))
                    .map(|a| a.title.as_str()),
            );
            let names: Vec<String> = d
                .participants
                .iter()
                .map(|&p| party(Some(p)).unwrap_or_default())
                .collect();
            o.opt(
                "Concerns",
                (!names.is_empty()).then(|| names.join(", ")).as_deref(),
            );
            o.opt("Assignee", d.assignee.as_deref());
            let due = d.due.as_ref().map(|due| match due {
                Due::Date(date) => date.human(),
                Due::Words(w) => w.clone(),
            });
            o.opt("Due", due.as_deref());
            o.opt("Forwarded to", d.forwarded_to.as_deref());
            o.opt("Id", Some(&d.id));
            if let Some(t) = &d.text {
                o.heading("Text");
                o.para(t, Style::new());
            }
            if !d.assignments.is_empty() {
                o.heading("Assignments");
                for a in &d.assignments {
                    let who = party(Some(a.participant)).unwrap_or_default();
                    o.para(&format!("• {who}: {} — {}", a.role, a.area), Style::new());
                }
            }
            if let Some(n) = &d.notes {
                o.heading("Notes");
                o.para(n, o.theme.dim);
            }
            o.sources(&d.sources);
        }
        ItemRef::Statement(_, i) => {
            let Some(s) = m.statements.get(i) else {
                return o.lines;
            };
            o.para(&s.who(data), o.theme.bold);
            if s.speaker.is_some() {
                o.opt("Title", s.title.as_deref());
            }
            if let Some(label) = s.voice_note(data) {
                o.para(&label, o.theme.dim);
            }
            o.opt("For", party(s.participant).as_deref());
            if let Some((badge, _)) = super::delivery_badge(s.delivery, o.theme) {
                o.field("Delivery", badge.trim_matches(['[', ']']));
            }
            o.opt("Read by", s.read_by.as_deref());
            o.opt(
                "Agenda item",
                s.agenda
                    .and_then(|a| m.agenda.get(a))
                    .map(|a| a.title.as_str()),
            );
            if let Some(p) = s
                .person
                .and_then(|p| data.persons.get(p))
                .filter(|p| !p.aliases.is_empty())
            {
                o.field("Also written", &p.aliases.join(", "));
            }
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
        ItemRef::Meeting(_) => super::meeting::detail(&mut o, ctx, m),
        ItemRef::Event(_) => {}
    }
    o.lines
}
