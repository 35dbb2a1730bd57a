//! Where the parts of the statistics screen are — title, chart tabs, filter line, the
//! per-year sparkline and its axis, the bars and the footer — and how many bars fit, as pure
//! functions of the terminal size, so `update` clamps scrolling with the geometry the drawing
//! uses. The charts themselves are named here too, as both sides need them.

use ratatui::layout::Rect;

use crate::dataset::stats::{Bar, Counts};

/// One of the statistics screen's charts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Chart {
    /// Statements per participant.
    #[default]
    Statements,
    /// Meetings and events per year.
    Years,
    /// Decisions by action.
    Decisions,
    /// Events by organiser.
    Organisers,
}

impl Chart {
    /// Every chart, in tab order.
    pub const ALL: [Chart; 4] = [
        Chart::Statements,
        Chart::Years,
        Chart::Decisions,
        Chart::Organisers,
    ];

    /// The chart's tab label.
    pub fn title(self) -> &'static str {
        match self {
            Chart::Statements => "Statements per participant",
            Chart::Years => "Meetings and events per year",
            Chart::Decisions => "Decisions by action",
            Chart::Organisers => "Events by organiser",
        }
    }

    /// A shorter label, for narrow screens.
    pub fn short(self) -> &'static str {
        match self {
            Chart::Statements => "Statements",
            Chart::Years => "Per year",
            Chart::Decisions => "Decisions",
            Chart::Organisers => "Organisers",
        }
    }

    /// Position in tab order (0-based).
    pub fn index(self) -> usize {
        Chart::ALL.iter().position(|c| *c == self).unwrap_or(0)
    }

    /// The chart `step` places further in tab order, wrapping around.
    pub fn cycle(self, step: isize) -> Chart {
        let n = Chart::ALL.len() as isize;
        Chart::ALL[(self.index() as isize + step).rem_euclid(n) as usize]
    }

    /// The chart's rows: its bars, or for the years chart one row per year.
    pub fn rows(self, c: &Counts) -> usize {
        match self {
            Chart::Years => c.per_year.len(),
            _ => self.bars(c).len(),
        }
    }

    /// The bars of a bar chart (none for the years chart, whose rows are `per_year`).
    pub fn bars(self, c: &Counts) -> &[Bar] {
        match self {
            Chart::Statements => &c.statements,
            Chart::Decisions => &c.decisions,
            Chart::Organisers => &c.organisers,
            Chart::Years => &[],
        }
    }
}

/// The parts of the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Geometry {
    /// The screen's title and the filter's summary.
    pub title: Rect,
    /// The charts' tabs.
    pub tabs: Rect,
    /// The filter: years and participant (or the range being typed), and the totals.
    pub filter: Rect,
    /// What the sparkline shows, and its peak.
    pub caption: Rect,
    /// The sparkline of the chart's items per year.
    pub spark: Rect,
    /// The first and last year under the sparkline.
    pub axis: Rect,
    /// The column headings of the bars.
    pub head: Rect,
    /// The bars, one a row; its last row says how many more there are when they do not fit.
    pub bars: Rect,
    /// Key hints and notices.
    pub footer: Rect,
}

/// The screen's parts on `area`.
pub fn geometry(area: Rect) -> Geometry {
    let inner = Rect::new(
        area.x.saturating_add(1),
        area.y,
        area.width.saturating_sub(2),
        area.height,
    );
    let spark_h = (area.height.saturating_sub(7) / 5).clamp(1, 8);
    let mut y = inner.y;
    let mut take = |h: u16| {
        let h = h.min(inner.bottom().saturating_sub(y));
        let r = Rect::new(inner.x, y, inner.width, h);
        y += h;
        r
    };
    let title = take(1);
    let tabs = take(1);
    let filter = take(1);
    let caption = take(1);
    let spark = take(spark_h);
    let axis = take(1);
    let head = take(1);
    let bars = take(inner.height.saturating_sub(7 + spark_h));
    Geometry {
        title,
        tabs,
        filter,
        caption,
        spark,
        axis,
        head,
        bars,
        footer: Rect::new(area.x, area.bottom().saturating_sub(1), area.width, 1),
    }
}

/// The charts' tabs on a line of `width` cells: each chart with its label (` 1 Statements
/// per participant `, or the short one when the long ones do not fit) and its offset.
pub fn tabs(width: u16) -> Vec<(Chart, String, u16)> {
    let label = |c: Chart, long: bool| {
        let title = if long { c.title() } else { c.short() };
        format!(" {} {title} ", c.index() + 1)
    };
    let fits = |long: bool| {
        let w: usize = Chart::ALL.iter().map(|&c| label(c, long).len() + 1).sum();
        w <= usize::from(width)
    };
    let long = fits(true);
    let mut x = 0;
    Chart::ALL
        .iter()
        .map(|&c| {
            let l = label(c, long);
            let at = x;
            x += l.len() as u16 + 1;
            (c, l, at)
        })
        .collect()
}

/// The chart whose tab is at column `x` of the tab line `area`.
pub fn tab_at(area: Rect, x: u16) -> Option<Chart> {
    let dx = x.checked_sub(area.x)?;
    tabs(area.width)
        .into_iter()
        .find(|(_, l, at)| (*at..*at + l.len() as u16).contains(&dx))
        .map(|(c, _, _)| c)
}

/// How many of `total` rows show in `height` lines: all, or one less than fit, the last line
/// saying how many more there are.
pub fn shown(total: usize, height: u16) -> usize {
    let h = usize::from(height);
    if total <= h {
        total
    } else {
        h.saturating_sub(1)
    }
}

/// The first row shown, kept so that the last page is full.
pub fn clamp_scroll(scroll: usize, total: usize, height: u16) -> usize {
    scroll.min(total.saturating_sub(shown(total, height)))
}

/// A count with thousands separated by commas: `12,345`.
pub fn number(n: u32) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_group_thousands() {
        assert_eq!(number(0), "0");
        assert_eq!(number(999), "999");
        assert_eq!(number(1000), "1,000");
        assert_eq!(number(98_765), "98,765");
        assert_eq!(number(1_234_567), "1,234,567");
    }

    #[test]
    fn rows_that_do_not_fit_leave_a_line_for_how_many_more() {
        assert_eq!(shown(5, 10), 5);
        assert_eq!(shown(10, 10), 10);
        assert_eq!(shown(11, 10), 9);
        assert_eq!(clamp_scroll(50, 11, 10), 2);
        assert_eq!(clamp_scroll(1, 3, 10), 0);
    }

    #[test]
    fn the_parts_stack_without_overlap_and_fill_the_screen() {
        for (w, h) in [(40, 12), (80, 24), (160, 48), (200, 60)] {
            let g = geometry(Rect::new(0, 0, w, h));
            let parts = [
                g.title, g.tabs, g.filter, g.caption, g.spark, g.axis, g.head, g.bars,
            ];
            for pair in parts.windows(2) {
                assert_eq!(pair[0].bottom(), pair[1].y, "{w}x{h}: {parts:?}");
            }
            assert_eq!(g.bars.bottom(), g.footer.y, "{w}x{h}");
            assert!(g.spark.height >= 1 && g.bars.height >= 3, "{w}x{h}: {g:?}");
        }
    }
}
