//! When and where a meeting or an event took place, in words: its date range, its format,
//! and the plan beside what happened ("planned 11 Nov 2024 in Baku, held 17 Dec 2024
//! online"), so the details, the header and the slides spell them the same way.

use crate::dataset::{Event, Format, Meeting, PartialDate, Status};

/// A date, or a range `start – end` when an end is given.
pub fn range(date: &PartialDate, end: Option<&PartialDate>) -> String {
    match end {
        Some(end) => format!("{} – {}", date.human(), end.human()),
        None => date.human(),
    }
}

/// A format as words.
pub fn format_word(f: Format) -> &'static str {
    match f {
        Format::InPerson => "in person",
        Format::Online => "online",
        Format::Hybrid => "hybrid",
    }
}

/// The keys of a meeting or an event that say when and where it was planned and held.
#[derive(Debug, Clone, Copy)]
pub struct Plan<'a> {
    pub date: Option<&'a PartialDate>,
    pub end: Option<&'a PartialDate>,
    pub place: Option<&'a str>,
    pub format: Option<Format>,
    /// The status to show (written, or derived from the dates).
    pub status: Option<Status>,
    pub planned: Option<&'a PartialDate>,
    pub planned_place: Option<&'a str>,
}

impl<'a> Plan<'a> {
    /// A meeting's plan, with the status to show.
    pub fn of_meeting(m: &'a Meeting, status: Option<Status>) -> Self {
        Plan {
            date: Some(&m.date),
            end: m.end.as_ref(),
            place: m.place.as_deref(),
            format: m.format,
            status,
            planned: m.planned.as_ref(),
            planned_place: m.planned_place.as_deref(),
        }
    }

    /// An event's plan, with the status to show.
    pub fn of_event(e: &'a Event, status: Option<Status>) -> Self {
        Plan {
            date: e.date.as_ref(),
            end: e.end.as_ref(),
            place: e.place.as_deref(),
            format: e.format,
            status,
            planned: e.planned.as_ref(),
            planned_place: e.planned_place.as_deref(),
        }
    }

    /// The plan beside what happened, when the data gives a planned date or place:
    /// `planned 11 Nov 2024 in Baku, held 17 Dec 2024 online`. A key the data leaves out is
    /// the same as its counterpart (`planned_place` absent: planned where it is held).
    pub fn side_by_side(&self) -> Option<String> {
        if self.planned.is_none() && self.planned_place.is_none() {
            return None;
        }
        let mut text = String::from("planned");
        if let Some(d) = self.planned.or(self.date) {
            text.push(' ');
            text.push_str(&d.human());
        }
        if let Some(p) = self.planned_place.or(self.place) {
            text.push_str(&format!(" in {p}"));
        }
        let verb = match self.status {
            Some(Status::Cancelled) => return Some(format!("{text}, cancelled")),
            Some(Status::Held) => "held",
            Some(Status::Postponed) => "postponed to",
            Some(Status::Planned) | None => "moved to",
        };
        text.push_str(&format!(", {verb}"));
        match self.date {
            Some(d) => text.push_str(&format!(" {}", range(d, self.end))),
            None => text.push_str(" a date not given"),
        }
        if let Some(p) = self.place {
            text.push_str(&format!(" in {p}"));
        }
        match (self.format, self.place) {
            (Some(Format::Online), None) => text.push_str(" online"),
            (Some(f), _) => text.push_str(&format!(" ({})", format_word(f))),
            (None, _) => {}
        }
        Some(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> PartialDate {
        PartialDate::parse(s).expect("a valid date")
    }

    fn plan<'a>(date: &'a PartialDate, planned: &'a PartialDate) -> Plan<'a> {
        Plan {
            date: Some(date),
            end: None,
            place: None,
            format: Some(Format::Online),
            status: Some(Status::Held),
            planned: Some(planned),
            planned_place: Some("Baku"),
        }
    }

    #[test]
    fn the_plan_and_what_happened_read_side_by_side() {
        let (held, first) = (date("2024-12-17"), date("2024-11-11"));
        let p = plan(&held, &first);
        assert_eq!(
            p.side_by_side().as_deref(),
            Some("planned Mon 11 Nov 2024 in Baku, held Tue 17 Dec 2024 online")
        );
        let moved = Plan {
            status: Some(Status::Postponed),
            place: Some("Astana"),
            format: Some(Format::Hybrid),
            ..p
        };
        assert_eq!(
            moved.side_by_side().as_deref(),
            Some(
                "planned Mon 11 Nov 2024 in Baku, postponed to Tue 17 Dec 2024 in Astana (hybrid)"
            )
        );
        let cancelled = Plan {
            status: Some(Status::Cancelled),
            ..p
        };
        assert_eq!(
            cancelled.side_by_side().as_deref(),
            Some("planned Mon 11 Nov 2024 in Baku, cancelled")
        );
    }

    #[test]
    fn a_key_left_out_is_its_counterpart_and_nothing_planned_is_no_line() {
        let (held, month) = (date("2024-12-17"), date("2024-11"));
        let same_place = Plan {
            planned_place: None,
            place: Some("Baku"),
            format: None,
            ..plan(&held, &month)
        };
        assert_eq!(
            same_place.side_by_side().as_deref(),
            Some("planned Nov 2024 in Baku, held Tue 17 Dec 2024 in Baku")
        );
        let same_date = Plan {
            planned: None,
            place: Some("Astana"),
            format: None,
            ..plan(&held, &month)
        };
        assert_eq!(
            same_date.side_by_side().as_deref(),
            Some("planned Tue 17 Dec 2024 in Baku, held Tue 17 Dec 2024 in Astana")
        );
        let nothing = Plan {
            planned: None,
            planned_place: None,
            ..plan(&held, &month)
        };
        assert_eq!(nothing.side_by_side(), None);
    }
}
