//! A profile's identity block: for a participant its name, code, kind, status and since,
//! the history of its standings, its other names and the editorial notes; for a person the
//! canonical name, whom they speak for and every spelling with how often the sources use it.

use ratatui::style::Style;
use ratatui::text::Line;

use super::Subject;
use crate::action::Action;
use crate::bindings::{Context, key_label};
use crate::dataset::PartialDate;
use crate::view::Ctx;
use crate::view::out::Out;
use crate::view::standing_word as standing;

/// The identity block wrapped to `width`, at most `cap` lines: when it is longer, the last
/// line says where the whole record is.
pub fn identity(ctx: Ctx, subject: &Subject, width: u16, cap: usize) -> Vec<Line<'static>> {
    let mut o = Out::new(width, ctx.theme);
    match subject {
        Subject::Participant(p) => participant(&mut o, ctx, *p),
        Subject::Person(p) => person(&mut o, ctx, *p),
        Subject::Speaker(s) => {
            o.para(&s.name, o.theme.bold);
            o.para(
                "No [[person]] record: the statements spelt exactly so.",
                o.theme.dim,
            );
        }
    }
    let mut lines = o.lines;
    if lines.len() > cap {
        lines.truncate(cap.saturating_sub(1));
        let key = key_label(Context::Profile, &Action::Record);
        let more = format!("… {key} shows the whole record");
        lines.push(Line::styled(more, ctx.theme.dim));
    }
    lines
}

/// "1992 – 2001", "from 1992", "until 1992", or nothing.
fn period(from: Option<PartialDate>, until: Option<PartialDate>) -> String {
    match (from, until) {
        (Some(f), Some(u)) => format!("{} – {}", f.human(), u.human()),
        (Some(f), None) => format!("from {}", f.human()),
        (None, Some(u)) => format!("until {}", u.human()),
        (None, None) => String::new(),
    }
}

fn participant(o: &mut Out, ctx: Ctx, i: usize) {
    let Some((p, kind)) = crate::view::people::participant_heading(o, ctx.data, i) else {
        return;
    };
    let status = match (p.status, p.since) {
        (Some(s), Some(d)) => format!(" · {} since {}", standing(s), d.human()),
        (Some(s), None) => format!(" · {}", standing(s)),
        (None, Some(d)) => format!(" · since {}", d.human()),
        (None, None) => String::new(),
    };
    o.para(&format!("{kind}{status}"), Style::new());
    if !p.history.is_empty() {
        let steps: Vec<String> = p
            .history
            .iter()
            .map(|h| format!("{} {}", standing(h.status), period(h.from, h.until)))
            .map(|s| s.trim_end().to_owned())
            .collect();
        o.field("History", &steps.join(", then "));
    }
    if !p.aliases.is_empty() {
        o.field("Also written", &p.aliases.join(", "));
    }
    if let Some(n) = &p.notes {
        o.field("Notes", n);
    }
}

fn person(o: &mut Out, ctx: Ctx, i: usize) {
    let Some(p) = ctx.data.persons.get(i) else {
        return;
    };
    o.para(&p.name, o.theme.bold);
    let party = p.participant.and_then(|p| ctx.data.participants.get(p));
    o.opt(
        "For",
        party.map(|p| format!("{} ({})", p.name, p.code)).as_deref(),
    );
    o.para("Written as", o.theme.label);
    let said = ctx.data.statements_of(i);
    for (k, spelling) in std::iter::once(&p.name).chain(&p.aliases).enumerate() {
        let uses = said
            .iter()
            .filter(|r| speaker(ctx, **r) == Some(spelling.as_str()))
            .count();
        let uses = crate::view::count(uses, "statement", "statements");
        let canonical = if k == 0 { " · canonical" } else { "" };
        o.para(&format!("• {spelling}{canonical} · {uses}"), Style::new());
    }
}

/// The speaker of a statement, as the source spells it.
fn speaker<'a>(ctx: Ctx<'a>, r: crate::dataset::ItemRef) -> Option<&'a str> {
    let crate::dataset::ItemRef::Statement(m, s) = r else {
        return None;
    };
    ctx.data
        .meetings
        .get(m)?
        .statements
        .get(s)?
        .speaker
        .as_deref()
}
