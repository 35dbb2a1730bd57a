//! Properties of the loader over inputs nobody wrote by hand: it never panics, every
//! diagnostic points inside the file it names, and date validation agrees with the calendar.

use chrono::{Datelike, NaiveDate};
use cica_dash::load::{self, Code, Diagnostic, Loaded, source};
use proptest::prelude::*;

/// Every diagnostic names the file and a position inside its text.
fn assert_positions_inside(loaded: &Loaded, name: &str, text: &str) {
    let lines: Vec<&str> = text.split('\n').collect();
    for d in &loaded.diagnostics {
        assert_eq!(d.file, name, "{d}");
        assert!(
            d.line >= 1 && d.line <= lines.len(),
            "line out of range: {d}"
        );
        let width = lines[d.line - 1].chars().count();
        assert!(d.col >= 1 && d.col <= width + 1, "column out of range: {d}");
        if let Some(span) = &d.span {
            assert!(span.start <= text.len(), "span past the end: {d}");
        }
    }
}

mod inputs;

use inputs::{near_toml, toml_tables};

/// The indices a loaded data set stores instead of references all point at something.
fn assert_indices_in_bounds(loaded: &Loaded) {
    let data = &loaded.dataset;
    let participant = |p: &usize| assert!(*p < data.participants.len(), "participant index {p}");
    data.persons
        .iter()
        .filter_map(|p| p.participant.as_ref())
        .for_each(participant);
    data.chairmanships
        .iter()
        .map(|c| &c.participant)
        .for_each(participant);
    data.assignments
        .iter()
        .map(|a| &a.participant)
        .for_each(participant);
    for e in &data.events {
        e.organizers.iter().for_each(participant);
        assert!(e.meeting.is_none_or(|m| m < data.meetings.len()));
    }
    assert_eq!(data.meeting_events.len(), data.meetings.len());
    for (mi, m) in data.meetings.iter().enumerate() {
        m.chairmanship.iter().for_each(participant);
        assert!(data.events_of(mi).iter().all(|&e| e < data.events.len()));
        for d in &m.decisions {
            d.participants.iter().for_each(participant);
            d.assignments
                .iter()
                .map(|a| &a.participant)
                .for_each(participant);
            assert!(d.agenda.is_none_or(|a| a < m.agenda.len()));
        }
        for s in &m.statements {
            s.participant.iter().for_each(participant);
            assert!(s.agenda.is_none_or(|a| a < m.agenda.len()));
            assert!(s.person.is_none_or(|p| p < data.persons.len()));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let valid_text = std::str::from_utf8(&bytes).ok().filter(|t| !t.contains('\0')).is_some();
        match source::decode("f.toml", bytes) {
            Ok(src) => {
                prop_assert!(valid_text, "decode accepted invalid UTF-8 or a NUL");
                let loaded = load::load_sources(std::slice::from_ref(&src), Vec::new());
                assert_positions_inside(&loaded, "f.toml", &src.text);
                assert_indices_in_bounds(&loaded);
            }
            Err(d) => {
                prop_assert!(!valid_text, "decode refused good text: {}", d);
                prop_assert_eq!(d.code, Code::Encoding);
                prop_assert!(d.line >= 1 && d.col >= 1);
            }
        }
    }

    #[test]
    fn near_toml_text_never_panics_and_is_deterministic(text in near_toml()) {
        let first = load::load_str("n.toml", &text);
        // load_str drops a leading BOM, as reading a file does.
        assert_positions_inside(&first, "n.toml", text.trim_start_matches('\u{feff}'));
        assert_indices_in_bounds(&first);
        let again: Vec<Diagnostic> = load::load_str("n.toml", &text).diagnostics;
        prop_assert_eq!(&first.diagnostics, &again);
    }

    #[test]
    fn toml_of_this_format_never_panics(a in toml_tables(), b in toml_tables()) {
        let sources = [
            source::decode("a.toml", a.into_bytes()).unwrap(),
            source::decode("meetings/b.toml", b.into_bytes()).unwrap(),
        ];
        let loaded = load::load_sources(&sources, Vec::new());
        for src in &sources {
            let own = Loaded {
                diagnostics: loaded.diagnostics.iter().filter(|d| d.file == src.path).cloned().collect(),
                ..Loaded::default()
            };
            assert_positions_inside(&own, &src.path, &src.text);
        }
        assert_indices_in_bounds(&loaded);
    }

    #[test]
    fn a_day_is_valid_exactly_when_the_calendar_has_it(
        y in 1000i32..3000,
        m in 0u32..15,
        d in 0u32..33,
        quoted in any::<bool>(),
    ) {
        let date = format!("{y:04}-{m:02}-{d:02}");
        let value = if quoted { format!("\"{date}\"") } else { date.clone() };
        let text = format!("[[event]]\nid = \"e\"\ntitle = \"E\"\ndate = {value}\n");
        let loaded = load::load_str("d.toml", &text);
        let exists = NaiveDate::from_ymd_opt(y, m, d).is_some();
        if exists {
            prop_assert!(loaded.diagnostics.is_empty(), "{date}: {:?}", loaded.diagnostics);
            let got = loaded.dataset.events[0].date.map(|p| p.to_string());
            prop_assert_eq!(got, Some(date));
        } else {
            prop_assert_eq!(loaded.diagnostics.len(), 1, "{}: {:?}", date, loaded.diagnostics);
            prop_assert_eq!(loaded.diagnostics[0].code, Code::BadDate, "{}", date);
            prop_assert_eq!((loaded.diagnostics[0].line, loaded.diagnostics[0].col), (4, 8));
        }
    }

    #[test]
    fn an_end_is_refused_exactly_when_its_whole_period_is_before_the_start(
        start in 0i64..800,
        end in 0i64..800,
        precision in 0usize..3,
    ) {
        let base = NaiveDate::from_ymd_opt(2020, 1, 1).unwrap();
        let start = base + chrono::Days::new(start as u64);
        let end_day = base + chrono::Days::new(end as u64);
        let (end_text, end_last) = match precision {
            0 => (end_day.format("%Y-%m-%d").to_string(), end_day),
            1 => {
                let first = end_day.with_day0(0).unwrap();
                let next = first.checked_add_months(chrono::Months::new(1)).unwrap();
                (end_day.format("%Y-%m").to_string(), next.pred_opt().unwrap())
            }
            _ => {
                let last = NaiveDate::from_ymd_opt(end_day.year(), 12, 31).unwrap();
                (end_day.format("%Y").to_string(), last)
            }
        };
        let text = format!(
            "[[event]]\nid = \"e\"\ntitle = \"E\"\ndate = {}\nend = \"{end_text}\"\n",
            start.format("%Y-%m-%d")
        );
        let loaded = load::load_str("r.toml", &text);
        let codes: Vec<Code> = loaded.diagnostics.iter().map(|d| d.code).collect();
        if end_last < start {
            prop_assert_eq!(codes, vec![Code::BadRange], "{} .. {}", start, end_text);
        } else {
            prop_assert!(codes.is_empty(), "{} .. {}: {:?}", start, end_text, loaded.diagnostics);
        }
    }
}
