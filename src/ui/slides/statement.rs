//! A statement's slide: the speaker, their title and the participant they spoke for, how the
//! statement was delivered (video, read out, …), and the quote, large, in quotation marks
//! (or the summary when there is no quote).

use ratatui::layout::Alignment;
use ratatui::style::{Modifier, Style};

use super::Ctx;
use super::flow::{Col, wrap_runs};
use crate::dataset::Delivery;
use crate::theme::Theme;

/// The delivery marker the dashboard shows (`[video]`, `[read out]`, …) in the theme's style.
fn delivery(d: Option<Delivery>, t: &Theme) -> Option<(String, Style)> {
    crate::view::delivery_badge(d, t)
}

/// Draws statement `i` of the meeting.
pub fn render(ctx: &Ctx, i: usize, c: &mut Col) {
    let t = c.theme;
    let m = ctx.meeting;
    let Some(s) = m.statements.get(i) else {
        c.para("(no such statement)", t.dim, Alignment::Center);
        return;
    };
    let w = c.width();
    let mut kicker = format!("Statement {} of {}", i + 1, m.statements.len());
    if let Some(a) = s.agenda.and_then(|a| m.agenda.get(a)) {
        kicker.push_str(&format!(" · {}", a.title));
    }
    c.runs(vec![(kicker, t.dim)], Alignment::Center);
    c.gap();

    let name = s.who(ctx.data);
    // On a tall screen the name is big when it fits one big line.
    let big_rows = if c.area.height >= 30 { 4 } else { 0 };
    c.big(&[(&name, t.slide_title)], big_rows, Alignment::Center);
    if let (Some(_), Some(title)) = (&s.speaker, &s.title) {
        c.lines(wrap_runs(&[(title, t.dim)], w), Alignment::Center);
    }
    if let Some(label) = s.voice_note(ctx.data) {
        c.lines(wrap_runs(&[(&label, t.dim)], w), Alignment::Center);
    }
    let mut who: Vec<(String, Style)> = Vec::new();
    if let Some(p) = s
        .participant
        .filter(|_| !s.who_names_participant())
        .and_then(|p| ctx.name(p))
    {
        who.push((p.to_owned(), t.accent.add_modifier(Modifier::BOLD)));
    }
    if let Some(badge) = delivery(s.delivery, t) {
        if !who.is_empty() {
            who.push(("  ".to_owned(), t.slide_text));
        }
        who.push(badge);
    }
    if let Some(r) = &s.read_by {
        // After a `[read out]` marker, "by …" says the rest.
        let read_out = s.delivery == Some(crate::dataset::Delivery::ReadOut);
        let text = match (read_out, who.is_empty()) {
            (true, _) => format!(" by {r}"),
            (false, true) => format!("read out by {r}"),
            (false, false) => format!("  read out by {r}"),
        };
        who.push((text, t.dim));
    }
    if !who.is_empty() {
        let refs: Vec<(&str, Style)> = who.iter().map(|(s, st)| (s.as_str(), *st)).collect();
        c.lines(wrap_runs(&refs, w), Alignment::Center);
    }

    // The words: narrower than the column, so they stand out.
    let inner = if w >= 40 { w - 8 } else { w };
    let said = match (&s.quote, &s.summary) {
        (Some(q), _) => Some((
            format!("“{q}”"),
            t.slide_text.add_modifier(Modifier::BOLD | Modifier::ITALIC),
        )),
        (None, Some(sum)) => Some((sum.clone(), t.slide_text)),
        (None, None) => None,
    };
    if let Some((text, style)) = said {
        c.gap();
        c.lines(wrap_runs(&[(&text, style)], inner), Alignment::Center);
    }
}
