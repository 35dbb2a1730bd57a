//! Where the parts of the timeline screen are (header, column headings, the chairmanship
//! band beside the rows, the rows, the footer) as pure functions of the terminal size, so
//! `update` keeps the selection on screen and hit-tests clicks with the geometry the drawing
//! uses; and the dates as the timeline writes them.

use chrono::Datelike;
use ratatui::layout::Rect;

pub mod facts;

use super::layout;
use super::roles::short;
use crate::dataset::PartialDate;
use crate::model::Precision;

/// From this width of the rows on, an entry is one line of columns; below it, two lines.
pub const TABLE_MIN_WIDTH: u16 = 155;
/// From this screen width on, the band names the chairing state in full.
const WIDE_BAND_FROM: u16 = 120;

/// What a row of the timeline is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Zoom {
    /// A meeting or an event.
    #[default]
    Items,
    /// A year, with its counts.
    Years,
}

/// The parts of the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Geometry {
    /// Two lines: the title and counts, the legend and the position.
    pub header: Rect,
    /// The column headings.
    pub heading: Rect,
    /// The chairmanship band, beside the rows.
    pub band: Rect,
    /// The rows.
    pub rows: Rect,
    pub footer: Rect,
    /// The lines a row takes: 1 (a table row, or a year) or 2.
    pub row_h: u16,
    /// Whether the band names the states in full (else by code).
    pub names: bool,
}

/// The screen's parts at a size, for a zoom.
pub fn geometry(screen: Rect, zoom: Zoom) -> Geometry {
    let line = |y: u16, h: u16| {
        let top = y.min(screen.bottom());
        Rect::new(screen.x, top, screen.width, h.min(screen.bottom() - top))
    };
    let header = line(screen.y, 2);
    let heading = line(screen.y + 2, 1);
    let footer = line(screen.bottom().saturating_sub(1), 1);
    let body_y = heading.bottom();
    let body_h = footer.y.saturating_sub(body_y);
    let names = screen.width >= WIDE_BAND_FROM;
    let band_w = if names { 16 } else { 11 };
    // A margin of one cell each side, and one between the band and the rows.
    let inner_w = screen.width.saturating_sub(2);
    let band = Rect::new(screen.x + 1, body_y, band_w.min(inner_w), body_h);
    let rows_x = band.right() + 1;
    let rows_w = (screen.x + screen.width).saturating_sub(rows_x + 1);
    let rows = Rect::new(rows_x.min(screen.right()), body_y, rows_w, body_h);
    let row_h = if zoom == Zoom::Years || rows_w >= TABLE_MIN_WIDTH {
        1
    } else {
        2
    };
    Geometry {
        header,
        heading,
        band,
        rows,
        footer,
        row_h,
        names,
    }
}

impl Geometry {
    /// How many rows fit (at least one, so moving by a page always moves).
    pub fn rows_fit(&self) -> usize {
        usize::from(self.rows.height / self.row_h).max(1)
    }

    /// Whether an entry is one line of columns.
    pub fn table(&self) -> bool {
        self.row_h == 1
    }

    /// The visible row under a click on the band or the rows (0 is the first shown).
    pub fn row_at(&self, x: u16, y: u16) -> Option<usize> {
        let across = Rect::new(
            self.band.x,
            self.rows.y,
            self.rows.right().saturating_sub(self.band.x),
            self.rows.height,
        );
        if !layout::contains(across, x, y) {
            return None;
        }
        let i = usize::from((y - self.rows.y) / self.row_h);
        (i < self.rows_fit()).then_some(i)
    }
}

/// A date at its precision, as a range when it has an end: `23 Jun 2021`, `Jun 2021`,
/// `2021`, `23–25 Jun 2021`, `28 Jun – 2 Jul 2021`, `Jun – Jul 2021`,
/// `30 Dec 2021 – 2 Jan 2022`.
pub fn when(date: PartialDate, end: Option<PartialDate>) -> String {
    let Some(end) = end.filter(|e| *e != date) else {
        return short(date);
    };
    let (a, b) = (date.first_day(), end.first_day());
    let same_year = a.year() == b.year();
    match (date.precision(), end.precision()) {
        (Precision::Day, Precision::Day) if same_year && a.month() == b.month() => {
            format!("{}–{}", a.day(), short(end))
        }
        (Precision::Day, Precision::Day) if same_year => {
            format!("{} – {}", a.format("%-d %b"), short(end))
        }
        (Precision::Month, Precision::Month) if same_year => {
            format!("{} – {}", a.format("%b"), short(end))
        }
        _ => format!("{} – {}", short(date), short(end)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> PartialDate {
        PartialDate::parse(s).unwrap()
    }

    #[test]
    fn dates_keep_their_precision_and_ranges_share_what_they_can() {
        assert_eq!(when(d("2021-06-23"), None), "23 Jun 2021");
        assert_eq!(when(d("2021-06"), None), "Jun 2021");
        assert_eq!(when(d("2021"), None), "2021");
        assert_eq!(when(d("2021-06-23"), Some(d("2021-06-23"))), "23 Jun 2021");
        assert_eq!(
            when(d("2021-06-23"), Some(d("2021-06-25"))),
            "23–25 Jun 2021"
        );
        assert_eq!(
            when(d("2021-06-28"), Some(d("2021-07-02"))),
            "28 Jun – 2 Jul 2021"
        );
        assert_eq!(when(d("2021-06"), Some(d("2021-07"))), "Jun – Jul 2021");
        assert_eq!(
            when(d("2021-12-30"), Some(d("2022-01-02"))),
            "30 Dec 2021 – 2 Jan 2022"
        );
        assert_eq!(
            when(d("2021-06-23"), Some(d("2021-07"))),
            "23 Jun 2021 – Jul 2021"
        );
    }

    #[test]
    fn a_narrow_screen_gives_two_lines_an_entry_and_a_wide_one_a_table() {
        let narrow = geometry(Rect::new(0, 0, 80, 24), Zoom::Items);
        assert_eq!((narrow.row_h, narrow.rows_fit()), (2, 10));
        assert_eq!(narrow.rows.width, 80 - 1 - 11 - 1 - 1);
        let mid = geometry(Rect::new(0, 0, 160, 48), Zoom::Items);
        assert_eq!((mid.row_h, mid.rows_fit(), mid.rows.width), (2, 22, 141));
        // 174 columns leave the 155 a table needs beside the band and the margins.
        let wide = geometry(Rect::new(0, 0, 174, 48), Zoom::Items);
        assert_eq!((wide.row_h, wide.rows_fit()), (1, 44));
        assert_eq!(geometry(Rect::new(0, 0, 173, 48), Zoom::Items).row_h, 2);
        assert_eq!(geometry(Rect::new(0, 0, 80, 24), Zoom::Years).row_h, 1);
        assert_eq!(narrow.row_at(1, 3), Some(0), "the band's first cell");
        assert_eq!(narrow.row_at(40, 6), Some(1));
        assert_eq!(narrow.row_at(40, 2), None, "the headings");
        assert_eq!(narrow.row_at(0, 3), None, "the margin");
    }
}
