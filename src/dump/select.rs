//! Which meetings and events an export covers: `--meeting` (a meeting and the events it
//! reported), `--from` and `--to` (those whose period overlaps the range), or everything.

use super::period;
use crate::dataset::Dataset;
use crate::model::PartialDate;

/// What the command line asked to narrow the export to.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Filter {
    /// The one meeting to export, by index into [`Dataset::meetings`].
    pub meeting: Option<usize>,
    /// The first period wanted: items that end before its first day are left out.
    pub from: Option<PartialDate>,
    /// The last period wanted: items that begin after its last day are left out.
    pub to: Option<PartialDate>,
}

/// The meetings and events an export covers, in data order, with the filter that chose them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Selection {
    /// Indices into [`Dataset::meetings`] (sorted by date).
    pub meetings: Vec<usize>,
    /// Indices into [`Dataset::events`].
    pub events: Vec<usize>,
    /// The filter they were chosen by.
    pub filter: Filter,
}

impl Filter {
    /// Whether nothing is filtered: the export covers the whole data set.
    pub fn is_empty(&self) -> bool {
        *self == Filter::default()
    }

    /// The meetings and events of `data` this filter lets through. With a date range, an
    /// event without a date is left out: it cannot be said to fall in the range.
    pub fn select(self, data: &Dataset) -> Selection {
        let meetings = (0..data.meetings.len())
            .filter(|&i| self.meeting.is_none_or(|m| m == i))
            .filter(|&i| {
                let m = &data.meetings[i];
                self.overlaps(Some(&m.date), m.end.as_ref())
            })
            .collect();
        let events = (0..data.events.len())
            .filter(|&i| {
                let e = &data.events[i];
                self.meeting.is_none_or(|m| e.meeting == Some(m))
                    && self.overlaps(e.date.as_ref(), e.end.as_ref())
            })
            .collect();
        Selection {
            meetings,
            events,
            filter: self,
        }
    }

    /// Whether an item dated `date` (to `end`) overlaps the range.
    fn overlaps(&self, date: Option<&PartialDate>, end: Option<&PartialDate>) -> bool {
        if self.from.is_none() && self.to.is_none() {
            return true;
        }
        let Some(date) = date else { return false };
        let (first, last) = period(date, end);
        self.from.is_none_or(|f| last >= f.first_day())
            && self.to.is_none_or(|t| first <= t.last_day())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> PartialDate {
        PartialDate::parse(s).unwrap()
    }

    fn range(from: &str, to: &str) -> Filter {
        Filter {
            meeting: None,
            from: Some(d(from)),
            to: Some(d(to)),
        }
    }

    #[test]
    fn partial_dates_overlap_as_whole_periods() {
        // June 2021 overlaps a range ending on its 1st, and one beginning on its 30th.
        let june = d("2021-06");
        assert!(range("2021-01-01", "2021-06-01").overlaps(Some(&june), None));
        assert!(range("2021-06-30", "2022").overlaps(Some(&june), None));
        assert!(!range("2021-07-01", "2022").overlaps(Some(&june), None));
        // A range given as a year covers its 31 December.
        assert!(range("2020", "2021").overlaps(Some(&d("2021-12-31")), None));
        // A meeting of 30 May to 2 June falls in June through its end.
        let may30 = d("2021-05-30");
        assert!(range("2021-06", "2021-06").overlaps(Some(&may30), Some(&d("2021-06-02"))));
        assert!(!range("2021-06", "2021-06").overlaps(Some(&may30), None));
    }

    #[test]
    fn an_undated_item_is_in_no_range_but_in_no_filter_at_all() {
        assert!(!range("2000", "2100").overlaps(None, None));
        assert!(Filter::default().overlaps(None, None));
        let from_only = Filter {
            from: Some(d("2021")),
            ..Filter::default()
        };
        assert!(from_only.overlaps(Some(&d("2030-01-01")), None));
        assert!(!from_only.overlaps(Some(&d("2020-12-31")), None));
    }
}
