//! The agenda slide: the items in order, numbered, each with its kind; "… N more" when they
//! do not all fit.

use ratatui::style::Style;

use super::Ctx;
use super::flow::{Col, hanging};

/// Draws the agenda.
pub fn render(ctx: &Ctx, c: &mut Col) {
    let t = c.theme;
    let agenda = &ctx.meeting.agenda;
    c.heading("Agenda");
    let num_w = agenda.len().to_string().len();
    let w = c.width();
    let items = agenda
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let num = format!("{:>num_w$}. ", i + 1);
            let kind = a.kind.as_deref().map(|k| format!(" · {k}"));
            let mut runs: Vec<(&str, Style)> = vec![(&num, t.accent), (&a.title, t.slide_text)];
            if let Some(k) = &kind {
                runs.push((k, t.dim));
            }
            hanging(&runs, w, num.len())
        })
        .collect();
    c.list(items);
}
