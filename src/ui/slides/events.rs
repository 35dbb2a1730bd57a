//! The events slide: what the meeting reported, dated events by date first, then undated
//! ones in the order reported; each with its organisers and place.

use ratatui::style::Style;

use super::Ctx;
use super::flow::{Col, hanging};
use crate::dataset::Event;

/// Draws the events.
pub fn render(ctx: &Ctx, c: &mut Col) {
    let t = c.theme;
    c.heading("Events reported");
    let mut events: Vec<&Event> = (ctx.data.events_of(ctx.index).iter())
        .filter_map(|&e| ctx.data.event(e))
        .collect();
    // Stable: undated events keep the order the meeting reported them in.
    events.sort_by_key(|e| (e.date.is_none(), e.date.map(|d| d.first_day())));
    let w = c.width();
    let items = events
        .iter()
        .map(|e| {
            let mut runs: Vec<(String, Style)> = Vec::new();
            if let Some(d) = e.date {
                let when = match e.end {
                    Some(end) if end != d => format!("{} – {}", d.human(), end.human()),
                    _ => d.human(),
                };
                runs.push((format!("{when}  "), t.accent));
            } else {
                runs.push(("• ".to_owned(), t.accent));
            }
            runs.push((e.title.clone(), t.bold));
            let orgs: Vec<&str> = e.organizers.iter().filter_map(|&p| ctx.name(p)).collect();
            if !orgs.is_empty() {
                runs.push((format!(" — {}", orgs.join(", ")), t.slide_text));
            }
            if let Some(p) = &e.place {
                runs.push((format!(" · {p}"), t.dim));
            }
            let refs: Vec<(&str, Style)> = runs.iter().map(|(s, st)| (s.as_str(), *st)).collect();
            hanging(&refs, w, 2)
        })
        .collect();
    c.list(items);
}
