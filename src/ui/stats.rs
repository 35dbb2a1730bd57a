//! The statistics screen: the title, the charts' tabs, the filter (years and participant, or
//! the range being typed) with the chart's totals, then the chart ([`super::stats_chart`]) and
//! the footer. Every count is printed as a number, so nothing is carried by colour alone.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::app::App;
use crate::app::stats::StatsState;
use crate::dataset::stats::Counts;
use crate::text::{truncate, width};
use crate::view::stats::{self as geo, Chart, number};

/// Draws the screen.
pub fn render(app: &App, s: &StatsState, area: Rect, buf: &mut Buffer) {
    let g = geo::geometry(area);
    title(app, s, g.title, buf);
    tabs(app, s, g.tabs, buf);
    filter(app, s, g.filter, buf);
    super::stats_chart::render(app, s, &g, buf);
    super::footer::render(app, g.footer, buf);
}

/// `n` and its noun, the number grouped by thousands: "1 event", "12,345 statements".
pub fn counted(n: u32, one: &str, many: &str) -> String {
    format!("{} {}", number(n), if n == 1 { one } else { many })
}

/// The years counted, as the screen says them.
pub fn years(c: &Counts, span: Option<(i32, i32)>) -> String {
    let range = |(a, b): (i32, i32)| {
        if a == b {
            a.to_string()
        } else {
            format!("{a}–{b}")
        }
    };
    match (c.years, span) {
        (Some(r), _) => range(r),
        (None, Some(r)) => format!("all ({})", range(r)),
        (None, None) => "all".to_owned(),
    }
}

fn title(app: &App, s: &StatsState, area: Rect, buf: &mut Buffer) {
    let t = app.theme();
    let line = Line::from(vec![
        Span::styled(" CICA ", t.badge),
        Span::styled(" Statistics", t.bold),
        Span::styled(format!(" · {}", s.chart.title()), t.base),
    ]);
    buf.set_line(area.x, area.y, &line, area.width);
    let data = app.data();
    let right = format!(
        "{} · {}",
        counted(data.meetings.len() as u32, "meeting", "meetings"),
        counted(data.events.len() as u32, "event", "events")
    );
    if usize::from(area.width) > line.width() + width(&right) {
        let x = area.right() - width(&right) as u16;
        buf.set_string(x, area.y, &right, t.dim);
    }
}

fn tabs(app: &App, s: &StatsState, area: Rect, buf: &mut Buffer) {
    let t = app.theme();
    for (chart, label, at) in geo::tabs(area.width) {
        let style = if chart == s.chart {
            t.tab_active
        } else {
            t.tab
        };
        let room = area.width.saturating_sub(at);
        if room > 0 {
            buf.set_stringn(area.x + at, area.y, &label, usize::from(room), style);
        }
    }
}

/// The totals of the chart shown, for the line over the sparkline.
pub fn totals(chart: Chart, c: &Counts) -> String {
    let n = &c.totals;
    let undated = match (c.undated_events, c.years) {
        (0, _) => String::new(),
        (u, None) => format!(" ({} undated)", number(u)),
        (u, Some(_)) => format!(" ({} undated left out)", number(u)),
    };
    match chart {
        Chart::Statements => counted(n.statements, "statement", "statements"),
        Chart::Years => format!(
            "{} · {}{undated}",
            counted(n.meetings, "meeting", "meetings"),
            counted(n.events, "event", "events")
        ),
        Chart::Decisions => format!(
            "{} · {}",
            counted(n.decisions, "decision", "decisions"),
            counted(c.decisions.len() as u32, "action", "actions")
        ),
        Chart::Organisers => format!(
            "{}{undated} · {}",
            counted(n.events, "event", "events"),
            counted(c.organisers.len() as u32, "organiser", "organisers")
        ),
    }
}

/// The years and the participant counted, or the range being typed.
fn filter(app: &App, s: &StatsState, area: Rect, buf: &mut Buffer) {
    let t = app.theme();
    let w = usize::from(area.width);
    if let Some(typed) = &s.typed {
        let line = Line::from(vec![
            Span::styled("Years: ", t.label),
            Span::styled(format!("{typed}▏"), t.bold),
            Span::styled(
                "  2015, 2015-2020, 2015- or -2020 · Enter counts them · Esc drops",
                t.dim,
            ),
        ]);
        buf.set_line(area.x, area.y, &line, area.width);
        return;
    }
    let who = match &s.participant {
        Some((p, code)) => {
            let name = app.data().participants.get(*p).map_or("", |p| &p.name);
            format!("{name} ({code})")
        }
        None => "all".to_owned(),
    };
    let when = years(&s.counts, s.span(app.data()));
    let fixed = width("Years: ") + width(&when) + width(" · Participant: ");
    let narrowed = |on: bool| if on { t.filter } else { t.bold };
    let line = Line::from(vec![
        Span::styled("Years: ", t.label),
        Span::styled(when, narrowed(s.years.is_some())),
        Span::styled(" · Participant: ", t.label),
        Span::styled(
            truncate(&who, w.saturating_sub(fixed)).into_owned(),
            narrowed(s.participant.is_some()),
        ),
    ]);
    buf.set_line(area.x, area.y, &line, area.width);
}
