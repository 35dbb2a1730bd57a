//! The chart of the statistics screen: a ratatui [`Sparkline`] of the chart's items per year
//! with its first and last year under it, then a horizontal [`BarChart`] — a ranked row per
//! participant, action or organiser, or per year for meetings and events side by side — with
//! each count printed beside its bar. Labels are cut between graphemes to their column, so
//! names in any script keep the bars in line; rows that do not fit scroll, and the last line
//! says how many more there are.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Bar, BarChart, Sparkline, Widget};

use super::stats::counted;
use crate::app::App;
use crate::app::stats::StatsState;
use crate::dataset::stats::{Counts, Key, YearCounts};
use crate::text::{fit, truncate, width};
use crate::theme::Theme;
use crate::view::stats::{self as geo, Chart, Geometry, number};

/// The width of the series' names left of the sparkline.
const SERIES_W: u16 = 11;

/// The most columns one year takes in the sparkline.
const MAX_COLUMN_W: usize = 4;

/// What a series counts in one year.
type Count = fn(&YearCounts) -> u32;

/// A series of the sparkline: its name (one, many) and what it counts.
type Series = (&'static str, &'static str, Count);

/// The series a chart's sparkline shows.
fn series(chart: Chart) -> &'static [Series] {
    match chart {
        Chart::Statements => &[("statement", "statements", |y| y.statements)],
        Chart::Years => &[
            ("meeting", "meetings", |y| y.meetings),
            ("event", "events", |y| y.events),
        ],
        Chart::Decisions => &[("decision", "decisions", |y| y.decisions)],
        Chart::Organisers => &[("event", "events", |y| y.events)],
    }
}

/// Draws the sparkline and the bars.
pub fn render(app: &App, s: &StatsState, g: &Geometry, buf: &mut Buffer) {
    let t = app.theme();
    let c = &s.counts;
    let series = series(s.chart);
    caption(t, s.chart, c, series, g.caption, buf);
    // Each series gets an equal share of the lines; on a screen too short for all, the first.
    let lines = (g.spark.height / series.len() as u16).max(1);
    for (i, (_, name, count)) in series.iter().enumerate() {
        let y = g.spark.y + i as u16 * lines;
        if y + lines <= g.spark.bottom() {
            let area = Rect::new(g.spark.x, y, g.spark.width, lines);
            spark(t, name, c, *count, area, buf);
        }
    }
    axis(t, c, g.axis, buf);
    match s.chart {
        Chart::Years => years(t, s, g, buf),
        _ => bars(t, s, g, buf),
    }
}

/// The chart's totals, and the peak of each series of the sparkline.
fn caption(t: &Theme, chart: Chart, c: &Counts, series: &[Series], area: Rect, buf: &mut Buffer) {
    let peaks: Vec<String> = series
        .iter()
        .filter_map(|(one, many, count)| {
            let peak = c.per_year.iter().max_by_key(|y| (count(y), -y.year))?;
            let n = count(peak);
            (n > 0).then(|| format!("{} in {}", counted(n, one, many), peak.year))
        })
        .collect();
    let mut text = super::stats::totals(chart, c);
    if !peaks.is_empty() {
        text.push_str(&format!(" · most: {}", peaks.join(", ")));
    }
    let text = truncate(&text, usize::from(area.width));
    buf.set_string(area.x, area.y, &text, t.bold);
}

/// The columns of the sparkline: how many years each column sums and how many columns each
/// of those takes, so that the years fill the width without any being left out.
fn columns(years: usize, room: usize) -> (usize, usize) {
    if years == 0 || room == 0 {
        return (1, 1);
    }
    let per = years.div_ceil(room);
    let buckets = years.div_ceil(per);
    (per, (room / buckets).clamp(1, MAX_COLUMN_W))
}

/// One series' sparkline, its name on the left.
fn spark(t: &Theme, name: &str, c: &Counts, count: Count, area: Rect, buf: &mut Buffer) {
    buf.set_string(area.x, area.bottom() - 1, fit(name, 10), t.dim);
    if area.height > 1 {
        buf.set_string(area.x, area.y, "per year", t.dim);
    }
    let room = usize::from(area.width.saturating_sub(SERIES_W));
    let (per, wide) = columns(c.per_year.len(), room);
    let data: Vec<u64> = c
        .per_year
        .chunks(per)
        .flat_map(|ys| std::iter::repeat_n(ys.iter().map(|y| u64::from(count(y))).sum(), wide))
        .collect();
    let rect = Rect::new(area.x + SERIES_W, area.y, room as u16, area.height);
    Sparkline::default()
        .data(&data)
        .style(t.progress)
        .render(rect, buf);
}

/// The first and last year under the sparkline (and how many years a column sums).
fn axis(t: &Theme, c: &Counts, area: Rect, buf: &mut Buffer) {
    let (Some(first), Some(last)) = (c.per_year.first(), c.per_year.last()) else {
        return;
    };
    let room = usize::from(area.width.saturating_sub(SERIES_W));
    let (per, wide) = columns(c.per_year.len(), room);
    let used = c.per_year.len().div_ceil(per) * wide;
    let x = area.x + SERIES_W;
    if per > 1 {
        buf.set_string(area.x, area.y, fit(&format!("{per} y/col"), 10), t.dim);
    }
    buf.set_string(x, area.y, first.year.to_string(), t.dim);
    let end = last.year.to_string();
    if first.year != last.year && used >= 10 {
        let at = x + (used - end.len()) as u16;
        buf.set_string(at, area.y, end, t.dim);
    }
}

/// The last line of a chart that does not fit: how many rows are above and below.
fn more(t: &Theme, total: usize, first: usize, shown: usize, area: Rect, buf: &mut Buffer) {
    if shown >= total || area.height == 0 {
        return;
    }
    let below = total - first - shown;
    let text = match below {
        0 => format!(
            "rows {}–{} of {total} · {first} above (k scrolls back)",
            first + 1,
            first + shown
        ),
        _ => format!(
            "… and {below} more (rows {}–{} of {total}; j scrolls)",
            first + 1,
            first + shown
        ),
    };
    let y = area.y + shown as u16;
    buf.set_string(area.x, y, truncate(&text, usize::from(area.width)), t.dim);
}

/// A bar chart: rank, label, count and bar, one row each. The count stands beside its label,
/// where the eye reads it, and the bar takes the rest of the line.
fn bars(t: &Theme, s: &StatsState, g: &Geometry, buf: &mut Buffer) {
    let all = s.chart.bars(&s.counts);
    let area = g.bars;
    let (name, unit) = match s.chart {
        Chart::Statements => ("Participant", "statements"),
        Chart::Decisions => ("Action", "decisions"),
        _ => ("Organiser", "events"),
    };
    if all.is_empty() {
        let text = format!("No {unit} to count: a shows every year and participant.");
        buf.set_string(
            area.x,
            area.y,
            truncate(&text, usize::from(area.width)),
            t.dim,
        );
        return;
    }
    let shown = geo::shown(all.len(), area.height);
    let first = geo::clamp_scroll(s.scroll, all.len(), area.height);
    let max = all.iter().map(|b| b.count).max().unwrap_or(1);
    let rank_w = all.len().to_string().len();
    let count_w = width(&number(max));
    let longest = all.iter().map(|b| width(&b.label)).max().unwrap_or(0);
    let w = usize::from(area.width);
    // Rank, label and count take at most two fifths of the line (a long name is cut).
    let fixed = rank_w + 1 + 1 + count_w + 1;
    let label_w = longest.clamp(width(unit).saturating_sub(count_w + 1), (w * 2 / 5).max(12));
    let label_w = label_w.min(w.saturating_sub(fixed + 4));
    head(
        t,
        &format!("{:>rank_w$} {name}", "#"),
        unit,
        fixed - 1 + label_w,
        g.head,
        buf,
    );
    let rows: Vec<Bar> = all[first..first + shown]
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let style = if b.key == Key::Unnamed { t.dim } else { t.base };
            let label = Line::from(vec![
                Span::styled(format!("{:>rank_w$} ", first + i + 1), t.dim),
                Span::styled(fit(&b.label, label_w), style),
                Span::styled(format!(" {:>count_w$}", number(b.count)), t.bold),
            ]);
            Bar::default()
                .label(label)
                .value(u64::from(b.count))
                .text_value("")
        })
        .collect();
    let chart = Rect::new(area.x, area.y, area.width, shown as u16);
    draw_bars(t, rows, u64::from(max), chart, buf);
    more(t, all.len(), first, shown, area, buf);
}

/// The headings over the bars: `left` over the labels, `unit` ending over the counts.
fn head(t: &Theme, left: &str, unit: &str, counts_end: usize, area: Rect, buf: &mut Buffer) {
    buf.set_string(area.x, area.y, left, t.label);
    let x = counts_end.saturating_sub(width(unit)).max(width(left) + 1);
    if x + width(unit) <= usize::from(area.width) {
        buf.set_string(area.x + x as u16, area.y, unit, t.label);
    }
}

/// Horizontal bars, one a row, scaled to `max` (so scrolling keeps the scale).
fn draw_bars(t: &Theme, rows: Vec<Bar>, max: u64, area: Rect, buf: &mut Buffer) {
    BarChart::horizontal(rows)
        .bar_width(1)
        .bar_gap(0)
        .max(max.max(1))
        .bar_style(t.progress)
        .label_style(Style::default())
        .render(area, buf);
}

/// Meetings and events per year, side by side: year, count and bar in each half.
fn years(t: &Theme, s: &StatsState, g: &Geometry, buf: &mut Buffer) {
    let c = &s.counts;
    let area = g.bars;
    let total = c.per_year.len();
    if total == 0 {
        buf.set_string(area.x, area.y, "No dated meetings or events.", t.dim);
        return;
    }
    let shown = geo::shown(total, area.height);
    let first = geo::clamp_scroll(s.scroll, total, area.height);
    let half = area.width / 2;
    let left = Rect {
        width: half.saturating_sub(1),
        ..area
    };
    let right = Rect {
        x: area.x + half + 1,
        width: area.width - half - 1,
        ..area
    };
    let parts: [(&str, Count, Rect); 2] = [
        ("meetings", |y| y.meetings, left),
        ("events", |y| y.events, right),
    ];
    let visible = &c.per_year[first..first + shown];
    for (unit, count, part) in parts {
        let max = c.per_year.iter().map(count).max().unwrap_or(0);
        let count_w = width(&number(max));
        head(
            t,
            "Year",
            unit,
            5 + count_w,
            Rect {
                x: part.x,
                ..g.head
            },
            buf,
        );
        let rows: Vec<Bar> = visible
            .iter()
            .map(|y| {
                let label = Line::from(vec![
                    Span::styled(y.year.to_string(), t.base),
                    Span::styled(format!(" {:>count_w$}", number(count(y))), t.bold),
                ]);
                Bar::default()
                    .label(label)
                    .value(u64::from(count(y)))
                    .text_value("")
            })
            .collect();
        let chart = Rect {
            height: shown as u16,
            ..part
        };
        draw_bars(t, rows, u64::from(max), chart, buf);
    }
    more(t, total, first, shown, area, buf);
}
