//! A decision's slide: the action verb (in its kind's colour) and subject, large; the full
//! text; whom it concerns; its assignments, due date and the body it was forwarded to.

use ratatui::layout::Alignment;
use ratatui::style::Style;

use super::Ctx;
use super::coordination::period;
use super::flow::{Col, Runs, cut, hanging, wrap_runs};
use crate::dataset::Due;

/// Draws decision `i` of the meeting.
pub fn render(ctx: &Ctx, i: usize, c: &mut Col) {
    let t = c.theme;
    let m = ctx.meeting;
    let Some(d) = m.decisions.get(i) else {
        c.para("(no such decision)", t.dim, Alignment::Left);
        return;
    };
    let w = c.width();
    let mut kicker = format!("Decision {} of {}", i + 1, m.decisions.len());
    if let Some(a) = d.agenda {
        kicker.push_str(&format!(" · agenda item {}", a + 1));
    }
    c.para(&kicker, t.dim, Alignment::Left);
    c.gap();
    let big_rows = c.area.height / 3;
    let verb = t.decision(&d.action);
    c.big(
        &[(&d.action, verb), (" ", verb), (&d.subject, t.slide_title)],
        big_rows,
        Alignment::Left,
    );

    // Whom it concerns, who must act and by when: short, so they are kept whole below the
    // text, which gives up rows first.
    let names: Vec<&str> = d.participants.iter().filter_map(|&p| ctx.name(p)).collect();
    let due = d.due.as_ref().map(|due| match due {
        Due::Date(date) => date.long(),
        Due::Words(w) => w.clone(),
    });
    let fields: Vec<(&str, String)> = [
        ("Concerns", (!names.is_empty()).then(|| names.join(", "))),
        ("Assigned to", d.assignee.clone()),
        ("Due", due),
        ("Forwarded to", d.forwarded_to.clone()),
    ]
    .into_iter()
    .filter_map(|(l, v)| v.map(|v| (l, v)))
    .collect();
    let field_rows: usize = fields
        .iter()
        .map(|(l, v)| {
            let head = format!("{l}: ");
            hanging(&[(&head, t.label), (v, t.slide_text)], w, head.len()).len()
        })
        .sum();
    let items: Vec<Vec<Runs>> = d
        .assignments
        .iter()
        .map(|a| {
            let who = ctx.name(a.participant).unwrap_or("?");
            let mut runs: Vec<(String, Style)> = vec![
                ("• ".to_owned(), t.accent),
                (who.to_owned(), t.bold),
                (format!(", {}", a.role), t.slide_text),
                (format!(" — {}", a.area), t.slide_text),
            ];
            if let Some(p) = period(a) {
                runs.push((format!(" ({p})"), t.dim));
            }
            let refs: Vec<(&str, Style)> = runs.iter().map(|(s, st)| (s.as_str(), *st)).collect();
            hanging(&refs, w, 2)
        })
        .collect();
    // Room for the heading, the first three assignments and a "… N more" row.
    let assignment_rows = match items.len() {
        0 => 0,
        n => 2 + items.iter().take(3).map(Vec::len).sum::<usize>() + usize::from(n > 3),
    };

    if let Some(text) = &d.text {
        c.gap();
        let reserve = usize::from(!fields.is_empty()) + field_rows + assignment_rows;
        let room = usize::from(c.left()).saturating_sub(reserve).max(2);
        let (lines, _) = cut(wrap_runs(&[(text, t.slide_text)], w), room);
        c.lines(lines, Alignment::Left);
    }
    if !fields.is_empty() {
        c.gap();
    }
    for (label, value) in &fields {
        c.field(label, value);
    }
    if d.assignments.is_empty() {
        return;
    }
    c.gap();
    c.runs(vec![("Assignments".to_owned(), t.label)], Alignment::Left);
    c.list(items);
}
