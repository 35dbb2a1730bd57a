//! The title slide (the meeting's title in big letters, body, date, place, chair and a
//! PLANNED / POSTPONED / CANCELLED marker) and the closing slide (the title again, with the
//! meeting's sources).

use ratatui::layout::Alignment;
use ratatui::style::Style;

use super::Ctx;
use super::flow::{Col, Runs, hanging, wrap_runs};
use crate::dataset::{Source, Status, effective_status};

/// A block of wrapped lines, or a blank row.
enum Block {
    Lines(Vec<Runs>),
    Gap,
}

fn rows(blocks: &[Block]) -> u16 {
    let n: usize = blocks
        .iter()
        .map(|b| match b {
            Block::Lines(l) => l.len(),
            Block::Gap => 1,
        })
        .sum();
    u16::try_from(n).unwrap_or(u16::MAX)
}

fn draw(c: &mut Col, blocks: Vec<Block>) {
    for b in blocks {
        match b {
            Block::Lines(l) => {
                c.lines(l, Alignment::Center);
            }
            Block::Gap => c.gap(),
        }
    }
}

/// The marker for a meeting that has not (or will not) take place as a held meeting.
pub fn status_marker(status: Option<Status>) -> Option<&'static str> {
    match status? {
        Status::Planned => Some("PLANNED"),
        Status::Postponed => Some("POSTPONED"),
        Status::Cancelled => Some("CANCELLED"),
        Status::Held => None,
    }
}

/// The meeting's date or dates, spelt out.
fn when(ctx: &Ctx) -> String {
    let m = ctx.meeting;
    match &m.end {
        Some(end) if *end != m.date => format!("{} – {}", m.date.long(), end.long()),
        _ => m.date.long(),
    }
}

/// The title slide.
pub fn title(ctx: &Ctx, c: &mut Col) {
    let m = ctx.meeting;
    let t = c.theme;
    let w = c.width();
    let above = vec![
        Block::Lines(wrap_runs(&[(&m.body, t.accent)], w)),
        Block::Gap,
    ];
    let mut below = vec![
        Block::Gap,
        Block::Lines(wrap_runs(&[(&when(ctx), t.bold)], w)),
    ];
    if let Some(p) = &m.place {
        below.push(Block::Lines(wrap_runs(&[(p, t.slide_text)], w)));
    }
    if let Some(chair) = &m.chair {
        below.push(Block::Gap);
        below.push(Block::Lines(wrap_runs(
            &[("Chair: ", t.label), (chair, t.bold)],
            w,
        )));
        if let Some(ct) = &m.chair_title {
            below.push(Block::Lines(wrap_runs(&[(ct, t.dim)], w)));
        }
    }
    let status = effective_status(m.status, Some(&m.date), m.end.as_ref(), ctx.today);
    if let Some(mark) = status_marker(status) {
        below.push(Block::Gap);
        let mut line = vec![(format!(" {mark} "), t.badge)];
        if let (Some(p), Some(Status::Postponed)) = (&m.planned, status) {
            line.push((format!("  was planned for {}", p.long()), t.dim));
        }
        below.push(Block::Lines(vec![line]));
    }
    let big_rows = c
        .area
        .height
        .saturating_sub(rows(&above) + rows(&below) + 1);
    draw(c, above);
    c.big(&[(&m.title, t.slide_title)], big_rows, Alignment::Center);
    draw(c, below);
}

/// The closing slide.
pub fn closing(ctx: &Ctx, c: &mut Col) {
    let m = ctx.meeting;
    let t = c.theme;
    let w = c.width();
    let big_rows = c.area.height / 2;
    c.big(&[(&m.title, t.slide_title)], big_rows, Alignment::Center);
    c.gap();
    let line = format!("{} · {}", m.body, when(ctx));
    c.lines(wrap_runs(&[(&line, t.dim)], w), Alignment::Center);
    if m.sources.is_empty() {
        return;
    }
    c.gap();
    let heading = if m.sources.len() == 1 {
        "Source"
    } else {
        "Sources"
    };
    c.runs(vec![(heading.to_owned(), t.label)], Alignment::Left);
    let items = m.sources.iter().map(|s| source(s, c, w)).collect();
    c.list(items);
}

/// One source: `• title — publisher · date · url`, wrapped under its bullet.
fn source(s: &Source, c: &Col, w: usize) -> Vec<Runs> {
    let t = c.theme;
    let mut runs: Vec<(String, Style)> = vec![("• ".to_owned(), t.accent)];
    if let Some(title) = &s.title {
        runs.push((title.clone(), t.slide_text));
    }
    let mut rest: Vec<String> = s.publisher.iter().cloned().collect();
    rest.extend(s.date.map(|d| d.long()));
    if !rest.is_empty() {
        let sep = if s.title.is_some() { " — " } else { "" };
        runs.push((format!("{sep}{}", rest.join(" · ")), t.dim));
    }
    if let Some(url) = &s.url {
        let sep = if runs.len() > 1 { " · " } else { "" };
        runs.push((format!("{sep}{url}"), t.accent));
    }
    let refs: Vec<(&str, Style)> = runs.iter().map(|(s, st)| (s.as_str(), *st)).collect();
    hanging(&refs, w, 2)
}
