//! `render --plain`: one meeting as linear, labelled text for a screen reader or a braille
//! display — no box drawing, no columns, no colour, one paragraph per line. Each item says
//! what it is and where it stands ("Decision 2 of 6"), then the same labelled fields its
//! detail popup shows, so the plain text and the screen never disagree.

use ratatui::text::Line;

use super::Ctx;
use super::detail::{self, Target};
use crate::dataset::ItemRef;

/// Wide enough that no field is wrapped: a screen reader reads a paragraph as one line.
const UNWRAPPED: u16 = u16::MAX;

/// The meeting `mi` as plain text: the meeting, then its agenda, decisions, statements and
/// the events it reported, each section with its count.
pub fn meeting(ctx: Ctx, mi: usize) -> String {
    let Some(m) = ctx.data.meetings.get(mi) else {
        return String::new();
    };
    let mut out = Vec::new();
    out.push("Meeting.".to_owned());
    item(&mut out, ctx, ItemRef::Meeting(mi));
    let events: Vec<usize> = (ctx.data.events.iter().enumerate())
        .filter(|(_, e)| e.meeting == Some(mi))
        .map(|(i, _)| i)
        .collect();
    let sections: [(&str, &str, Vec<ItemRef>); 4] = [
        (
            "Agenda",
            "Agenda item",
            (0..m.agenda.len())
                .map(|i| ItemRef::Agenda(mi, i))
                .collect(),
        ),
        (
            "Decisions",
            "Decision",
            (0..m.decisions.len())
                .map(|i| ItemRef::Decision(mi, i))
                .collect(),
        ),
        (
            "Statements",
            "Statement",
            (0..m.statements.len())
                .map(|i| ItemRef::Statement(mi, i))
                .collect(),
        ),
        (
            "Events",
            "Event",
            events.into_iter().map(ItemRef::Event).collect(),
        ),
    ];
    for (heading, one, items) in sections {
        out.push(String::new());
        let n = items.len();
        out.push(match n {
            0 => format!("{heading}: none."),
            1 => format!("{heading}: 1 item."),
            n => format!("{heading}: {n} items."),
        });
        for (k, r) in items.into_iter().enumerate() {
            out.push(String::new());
            out.push(format!("{one} {} of {n}.", k + 1));
            item(&mut out, ctx, r);
        }
    }
    let mut text = out.join("\n");
    text.push('\n');
    text
}

/// What a detail popup of `target` says, as plain text: what `y` copies.
pub fn text(ctx: Ctx, target: Target) -> String {
    let mut out = Vec::new();
    lines(&mut out, ctx, target);
    out.join("\n")
}

fn item(out: &mut Vec<String>, ctx: Ctx, r: ItemRef) {
    lines(out, ctx, Target::Item(r));
}

/// A detail's lines, without styles, blank lines collapsed.
fn lines(out: &mut Vec<String>, ctx: Ctx, target: Target) {
    let mut started = false;
    for line in detail::lines(ctx, target, UNWRAPPED) {
        let text = plain(&line);
        if text.is_empty() && (!started || out.last().is_none_or(String::is_empty)) {
            continue;
        }
        started = true;
        out.push(text);
    }
    while out.last().is_some_and(String::is_empty) {
        out.pop();
    }
}

fn plain(line: &Line) -> String {
    let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
    text.trim_end().to_owned()
}
