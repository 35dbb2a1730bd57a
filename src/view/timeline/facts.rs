//! What a row of the timeline says about a meeting or an event, before it is laid out: its
//! dates, title, body (an event's kind), status, place, counts, and its chair (the meeting's
//! own, or the band's at its date, marked derived) or an event's organisers.

use ratatui::style::{Modifier, Style};
use ratatui::text::Span;

use crate::dataset::timeline::{BandAt, Chair, Timeline};
use crate::dataset::{CalItem, Dataset, Format, PartialDate, Status, effective_status};
use crate::text::count;
use crate::theme::Theme;
use crate::view::{Ctx, status_word};

/// What a row says about a meeting or an event, before it is laid out.
pub struct Facts {
    pub date: Option<PartialDate>,
    pub end: Option<PartialDate>,
    pub mark: Span<'static>,
    pub title: String,
    pub body: String,
    pub status: Option<Status>,
    pub place: String,
    /// Decisions and statements (meetings only).
    pub counts: Option<(usize, usize)>,
    /// The chair (meetings), or the organisers (events), and its style.
    pub who: (String, Style),
}

/// What entry `k` of the timeline says; `names` asks for states by name rather than by code.
pub fn facts(ctx: Ctx, t: &Timeline, k: usize, names: bool) -> Option<Facts> {
    let (data, th, today) = (ctx.data, ctx.theme, ctx.today);
    let place = |p: &Option<String>, f: Option<Format>| match (p, f) {
        (Some(p), _) => p.clone(),
        (None, Some(Format::Online)) => "online".to_owned(),
        _ => String::new(),
    };
    Some(match t.entries.get(k)?.item {
        CalItem::Meeting(m) => {
            let m = data.meetings.get(m)?;
            let who = match t.chair(data, k)? {
                Chair::Own(p) => (participant(data, p, names), th.base),
                Chair::Derived(BandAt::None) => ("not on record".to_owned(), th.dim),
                Chair::Derived(at) => (
                    format!("{} (derived)", terms(data, t, at, names)),
                    th.dim.add_modifier(Modifier::ITALIC),
                ),
            };
            Facts {
                date: Some(m.date),
                end: m.end,
                mark: Span::styled("◆ ", th.accent),
                title: m.title.clone(),
                body: m.body.clone(),
                status: effective_status(m.status, Some(&m.date), m.end.as_ref(), today),
                place: place(&m.place, m.format),
                counts: Some((m.decisions.len(), m.statements.len())),
                who,
            }
        }
        CalItem::Event(e) => {
            let e = data.events.get(e)?;
            let codes: Vec<&str> = e
                .organizers
                .iter()
                .filter_map(|&p| data.participants.get(p))
                .map(|p| p.code.as_str())
                .collect();
            let who = if codes.is_empty() {
                String::new()
            } else {
                format!("by {}", codes.join(", "))
            };
            Facts {
                date: e.date,
                end: e.end,
                mark: Span::styled("• ", th.link),
                title: e.title.clone(),
                body: e.kind.clone().unwrap_or_else(|| "event".to_owned()),
                status: effective_status(e.status, e.date.as_ref(), e.end.as_ref(), today),
                place: place(&e.place, e.format),
                counts: None,
                who: (who, th.dim),
            }
        }
    })
}

/// A participant by name, or by code on a narrow screen.
pub fn participant(data: &Dataset, p: usize, names: bool) -> String {
    data.participants.get(p).map_or("?".to_owned(), |p| {
        if names {
            p.name.clone()
        } else {
            p.code.clone()
        }
    })
}

/// The chairing states of the band's terms: `Kazakhstan` (`KAZ` on a narrow screen), or
/// `KAZ → TUR` across a handover.
pub fn terms(data: &Dataset, t: &Timeline, at: BandAt, names: bool) -> String {
    let of = |k: usize, names: bool| {
        t.band
            .terms
            .get(k)
            .map_or("?".to_owned(), |x| participant(data, x.participant, names))
    };
    match at {
        BandAt::None => String::new(),
        BandAt::One(a) => of(a, names),
        BandAt::Across(a, b) => format!("{} → {}", of(a, false), of(b, false)),
    }
}

/// A status worth a word: held goes without saying.
pub fn status_text(s: Option<Status>, th: &Theme) -> (&'static str, Style) {
    match s {
        Some(Status::Planned) => (status_word(Status::Planned), th.accent),
        Some(Status::Postponed) => (status_word(Status::Postponed), th.link),
        Some(Status::Cancelled) => (status_word(Status::Cancelled), th.error),
        Some(Status::Held) | None => ("", th.base),
    }
}

/// A count with its noun, or nothing for none: an empty cell says it as well, with less to
/// read.
pub fn some(n: usize, one: &str, many: &str) -> String {
    if n == 0 {
        String::new()
    } else {
        count(n, one, many)
    }
}
