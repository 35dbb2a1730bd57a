//! The detail popup's content: one item's full text, word-wrapped, with everything linked
//! to it, as a pure function of the data, the target and the width, so `update` can clamp
//! scrolling to the real content height and the ui draws the same lines. The lines that name
//! another item are links ([`Content::links`]), which Enter follows.

use std::ops::Range;

use chrono::NaiveDate;
use ratatui::style::Style;
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

/// Where a line of a popup or a profile leads when followed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Link {
    /// A meeting, agenda item, decision, statement or event.
    Item(ItemRef),
    /// A state or organisation: its profile.
    Participant(usize),
    /// A person: their profile.
    Person(usize),
    /// A speaker with no `[[person]]`, by the exact spelling: their profile.
    Speaker(String),
}

/// A popup's lines and the links among them.
pub struct Content {
    pub lines: Vec<Line<'static>>,
    /// The lines of each link (consecutive, in order), and where it leads.
    pub links: Vec<(Range<usize>, Link)>,
}

impl Content {
    /// The selected link if it is on screen (lines `scroll..scroll + height`); a popup
    /// follows only a link the reader can see.
    pub fn visible(&self, link: Option<usize>, scroll: usize, height: usize) -> Option<usize> {
        let (lines, _) = self.links.get(link?)?;
        (lines.start >= scroll && lines.start < scroll + height).then_some(link?)
    }

    /// The first link that starts on screen at or after (before, when `forward` is false)
    /// line `from`, for Tab and for a selection that scrolled away.
    pub fn nearest(&self, from: usize, forward: bool) -> Option<usize> {
        if forward {
            self.links.iter().position(|(l, _)| l.start >= from)
        } else {
            self.links.iter().rposition(|(l, _)| l.start <= from)
        }
    }
}

/// The popup's lines, wrapped to `width`.
pub fn lines(ctx: Ctx, target: Target, width: u16) -> Vec<Line<'static>> {
    content(ctx, target, width).lines
}

/// A participant as `Name (CODE)`, with the link to its profile.
pub(super) fn party(ctx: Ctx, p: Option<usize>) -> Option<(String, Option<Link>)> {
    let i = p?;
    let p = ctx.data.participants.get(i)?;
    Some((
        format!("{} ({})", p.name, p.code),
        Some(Link::Participant(i)),
    ))
}

/// The popup's content, wrapped to `width`, with its links.
pub fn content(ctx: Ctx, target: Target, width: u16) -> Content {
    let mut o = Out::new(width, ctx.theme);
    build(&mut o, ctx, target);
    Content {
        lines: o.lines,
        links: o.links,
    }
}

fn build(o: &mut Out, ctx: Ctx, target: Target) {
    let data = ctx.data;
    let item = match target {
        Target::Day(day) => return super::day::detail(o, ctx, day),
        Target::Item(ItemRef::Event(e)) => return super::event::detail(o, ctx, e, false),
        Target::Participant(p) => return super::people::participant(o, ctx, p),
        Target::Person(p) => return super::people::person(o, ctx, p),
        Target::Term(t) => return super::people::term(o, ctx, t),
        Target::Assignment(a) => return super::roles::assignment(o, ctx, a),
        Target::Item(item) => item,
    };
    let Some((mi, m)) = item
        .meeting()
        .and_then(|mi| Some((mi, data.meetings.get(mi)?)))
    else {
        return;
    };
    let agenda_link = |a: Option<usize>| {
        let a = a?;
        let title = &m.agenda.get(a)?.title;
        Some((title.clone(), Some(Link::Item(ItemRef::Agenda(mi, a)))))
    };
    match item {
        ItemRef::Agenda(_, i) => {
            let Some(a) = m.agenda.get(i) else {
                return;
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
                let text = format!("• {} {}", m.decisions[d].action, m.decisions[d].subject);
                let link = Link::Item(ItemRef::Decision(mi, d));
                o.link(Some(link), |o| o.para(&text, Style::new()));
            }
            let ss = m.agenda_statements.get(i).map_or(&[][..], Vec::as_slice);
            o.heading(&format!("Statements ({})", ss.len()));
            for &s in ss {
                let st = &m.statements[s];
                let who = st.who(ctx.data);
                let p = party(ctx, st.participant.filter(|_| !st.who_names_participant()))
                    .map(|(p, _)| format!(" — {p}"))
                    .unwrap_or_default();
                let link = Link::Item(ItemRef::Statement(mi, s));
                o.link(Some(link), |o| o.para(&format!("• {who}{p}"), Style::new()));
            }
        }
        ItemRef::Decision(_, i) => {
            let Some(d) = m.decisions.get(i) else {
                return;
            };
            o.lines.push(Line::from(vec![Span::styled(
                format!("{} ", d.action),
                o.theme.decision(&d.action),
            )]));
            o.para(&d.subject, o.theme.bold);
            o.gap();
            o.links_field("Agenda item", agenda_link(d.agenda).into_iter().collect());
            let names = d.participants.iter().filter_map(|&p| party(ctx, Some(p)));
            o.links_field("Concerns", names.collect());
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
                    let (who, link) = party(ctx, Some(a.participant)).unwrap_or_default();
                    let text = format!("• {who}: {} — {}", a.role, a.area);
                    o.link(link, |o| o.para(&text, Style::new()));
                }
            }
            if let Some(n) = &d.notes {
                o.heading("Notes");
                o.para(n, o.theme.dim);
            }
            o.sources(&d.sources);
        }
        ItemRef::Statement(_, i) => {
            if let Some(s) = m.statements.get(i) {
                super::said::detail(o, ctx, s, agenda_link(s.agenda));
            }
        }
        ItemRef::Meeting(_) => super::meeting::detail(o, ctx, mi),
        ItemRef::Event(_) => {}
    }
}
