//! The coordination slide: every assignment the meeting's decisions made, as a table of
//! area, role, participant and state (the period, or the decision's verb). Cells wrap within
//! their columns; on a narrow screen the table becomes a list.

use ratatui::layout::Alignment;
use ratatui::style::Style;

use super::Ctx;
use super::flow::{Col, Runs, hanging};
use crate::dataset::Assignment;
use crate::text::{fit, width, wrap};

/// An assignment's period: `from 23 Jun 2021 until 2022`, `from Jun 2021`, `until 2022`.
pub fn period(a: &Assignment) -> Option<String> {
    match (a.from, a.until) {
        (Some(f), Some(u)) => Some(format!("from {} until {}", f.human(), u.human())),
        (Some(f), None) => Some(format!("from {}", f.human())),
        (None, Some(u)) => Some(format!("until {}", u.human())),
        (None, None) => None,
    }
}

/// Draws the table.
pub fn render(ctx: &Ctx, c: &mut Col) {
    let t = c.theme;
    c.heading("Coordination");
    let rows: Vec<[String; 4]> = ctx
        .meeting
        .decisions
        .iter()
        .flat_map(|d| {
            d.assignments.iter().map(|a| {
                [
                    a.area.clone(),
                    a.role.clone(),
                    ctx.name(a.participant).unwrap_or("?").to_owned(),
                    period(a).unwrap_or_else(|| d.action.clone()),
                ]
            })
        })
        .collect();
    let w = c.width();
    let widest = |k: usize, cap: usize, min: usize| {
        rows.iter()
            .map(|r| width(&r[k]))
            .max()
            .unwrap_or(0)
            .clamp(min, cap)
    };
    let (role_w, part_w, state_w) = (widest(1, 16, 4), widest(2, 20, 11), widest(3, 26, 5));
    let mut state_w = state_w;
    let mut area_w = w.saturating_sub(role_w + part_w + state_w + 6);
    // Give the area column's spare cells to a long state (a period) before wrapping it.
    let spare = area_w.saturating_sub(widest(0, usize::MAX, 4));
    let grow = spare.min(widest(3, usize::MAX, 5).saturating_sub(state_w));
    state_w += grow;
    area_w -= grow;
    if area_w < 12 {
        // Too narrow for four columns: one wrapped line per assignment.
        let items = rows
            .iter()
            .map(|[area, role, part, state]| {
                hanging(
                    &[
                        ("• ", t.accent),
                        (area, t.slide_text),
                        (" — ", t.dim),
                        (part, t.bold),
                        (&format!(", {role} ({state})"), t.slide_text),
                    ],
                    w,
                    2,
                )
            })
            .collect();
        return c.list(items);
    }
    let widths = [area_w, role_w, part_w, state_w];
    let header = ["Area", "Role", "Participant", "State"];
    c.runs(
        row_line(&header.map(str::to_owned), &widths, t.label),
        Alignment::Left,
    );
    c.runs(vec![("─".repeat(w), t.border)], Alignment::Left);
    let styles = [t.slide_text, t.slide_text, t.bold, t.dim];
    let items = rows
        .iter()
        .map(|r| {
            let cells: Vec<Vec<String>> = r
                .iter()
                .zip(widths)
                .map(|(text, cw)| wrap(text, cw))
                .collect();
            let height = cells.iter().map(Vec::len).max().unwrap_or(1);
            (0..height)
                .map(|i| {
                    let mut line: Runs = Vec::new();
                    for (k, cell) in cells.iter().enumerate() {
                        let text = cell.get(i).map_or("", String::as_str);
                        let sep = if k < 3 { "  " } else { "" };
                        line.push((format!("{}{sep}", fit(text, widths[k])), styles[k]));
                    }
                    line
                })
                .collect()
        })
        .collect();
    c.list(items);
}

/// One row of cells, each padded to its column.
fn row_line(cells: &[String; 4], widths: &[usize; 4], style: Style) -> Runs {
    let text: Vec<String> = cells
        .iter()
        .zip(widths)
        .map(|(cell, &w)| fit(cell, w))
        .collect();
    vec![(text.join("  ").trim_end().to_owned(), style)]
}
