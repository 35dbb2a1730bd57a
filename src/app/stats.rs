//! The statistics screen (`S`): four charts of counts (statements per participant, meetings
//! and events per year, decisions by action, events by organiser), narrowed to a range of
//! years (`[` `]` `{` `}`, or typed after `y`) and to one participant (`p`, the profile
//! picker). It opens narrowed to the dashboard's lens, if one is set.
//!
//! The counts are computed here, in `update`, when the screen opens, a filter changes or the
//! data is reloaded, and kept in the state: a frame only draws them. They come from the data
//! set's [`Tally`] (built once per data set) or a participant's (built when it is chosen).

use std::sync::Arc;

use super::pick::PickFor;
use super::{Action, App, Effect, Overlay, Screen};
use crate::bindings::Context;
use crate::dataset::Dataset;
use crate::dataset::stats::{Counts, Scope, Tally};
use crate::view::stats::{self as geo, Chart};
use crate::view::{help, layout};

/// The longest year range that can be typed (`2015-2020`).
const TYPED_LEN: usize = 9;

/// The statistics screen's state.
#[derive(Debug, Clone, PartialEq)]
pub struct StatsState {
    /// The chart shown.
    pub chart: Chart,
    /// The first and last year counted (`None`: every year, undated events too).
    pub years: Option<(i32, i32)>,
    /// The participant whose items are counted, with its code to follow it through a reload.
    pub participant: Option<(usize, String)>,
    /// The participant's tally, while narrowed to one.
    scoped: Option<Arc<Tally>>,
    /// The counts of the filter: what the charts draw.
    pub counts: Counts,
    /// The first row of the chart shown.
    pub scroll: usize,
    /// A year range being typed after `y`.
    pub typed: Option<String>,
}

impl StatsState {
    /// Every year, narrowed to a participant or not.
    fn new(data: &Dataset, participant: Option<usize>) -> Self {
        let mut s = StatsState {
            chart: Chart::default(),
            years: None,
            participant: None,
            scoped: None,
            counts: Counts::default(),
            scroll: 0,
            typed: None,
        };
        narrow(data, &mut s, participant);
        s
    }

    /// The first and last year of the data set's dated meetings and events.
    pub fn span(&self, data: &Dataset) -> Option<(i32, i32)> {
        data.tally().span
    }
}

/// Counts the filter's items again.
fn recount(data: &Dataset, s: &mut StatsState) {
    let tally = s.scoped.as_deref().unwrap_or_else(|| data.tally());
    s.counts = tally.counts(data, s.years);
}

/// Narrows the counts to a participant's items, or widens them to everyone's.
fn narrow(data: &Dataset, s: &mut StatsState, participant: Option<usize>) {
    let p = participant.and_then(|p| Some((p, data.participants.get(p)?.code.clone())));
    s.scoped = p
        .as_ref()
        .map(|(p, _)| Arc::new(Tally::build(data, Scope::Participant(*p))));
    s.participant = p;
    s.scroll = 0;
    recount(data, s);
}

/// `S`: the statistics of every year, narrowed to the lens's participant when one is set.
pub(super) fn open(app: &mut App) {
    let s = StatsState::new(&app.data, app.dashboard.lens);
    app.screen = Screen::Statistics(Box::new(s));
}

/// The picker chose a participant to narrow the counts to.
pub(super) fn chosen(app: &mut App, participant: usize) {
    let data = Arc::clone(&app.data);
    if let Screen::Statistics(s) = &mut app.screen {
        narrow(&data, s, Some(participant));
    }
}

/// After a reload: the participant followed by its code (or dropped, saying so), the counts
/// taken again from the new data.
pub(super) fn reloaded(app: &mut App) {
    let data = Arc::clone(&app.data);
    let Screen::Statistics(s) = &mut app.screen else {
        return;
    };
    let code = s.participant.as_ref().map(|(_, c)| c.clone());
    let now = code
        .as_ref()
        .and_then(|c| data.participant_index.get(c).copied());
    narrow(&data, s, now);
    if let (Some(code), None) = (code, now) {
        app.notify(format!(
            "{code} is no longer in the data: counting everyone"
        ));
    }
}

/// Keys on the statistics screen (no overlay open).
pub(super) fn handle(app: &mut App, action: Action) -> Effect {
    let data = Arc::clone(&app.data);
    let height = geo::geometry(app.screen_area()).bars.height;
    let Screen::Statistics(s) = &mut app.screen else {
        return Effect::None;
    };
    if let Some(typed) = &mut s.typed {
        match action {
            Action::Input(c) if (c.is_ascii_digit() || c == '-') && typed.len() < TYPED_LEN => {
                typed.push(c)
            }
            Action::Backspace => {
                typed.pop();
            }
            Action::Close => s.typed = None,
            Action::Open => {
                let text = s.typed.take().unwrap_or_default();
                if let Err(message) = apply_typed(&data, s, &text) {
                    app.notify(message);
                }
            }
            _ => {}
        }
        return Effect::None;
    }
    let rows = s.chart.rows(&s.counts);
    let page = geo::shown(rows, height).max(1) as isize;
    let scroll_by = |s: &mut StatsState, by: isize| {
        let to = s.scroll.saturating_add_signed(by);
        s.scroll = geo::clamp_scroll(to, rows, height);
    };
    match action {
        Action::Close => app.screen = Screen::Dashboard,
        Action::ToggleHelp => {
            // The help lists every screen's keys: it opens at this one's.
            let popup = layout::inner(layout::big_popup(app.screen_area()));
            let lines = help::lines(&app.theme, popup.width, false);
            let title = Context::Statistics.title();
            let at = lines.iter().position(|l| l.to_string() == title);
            app.overlays.push(Overlay::Help {
                scroll: at.unwrap_or(0),
            });
        }
        Action::FocusNext | Action::FocusPrev => {
            let step = if matches!(action, Action::FocusNext) {
                1
            } else {
                -1
            };
            s.chart = s.chart.cycle(step);
            s.scroll = 0;
        }
        Action::ShowChart(i) => {
            s.chart = Chart::ALL.get(i).copied().unwrap_or(s.chart);
            s.scroll = 0;
        }
        Action::Down | Action::ScrollDown { .. } => scroll_by(s, 1),
        Action::Up | Action::ScrollUp { .. } => scroll_by(s, -1),
        Action::PageDown => scroll_by(s, page),
        Action::PageUp => scroll_by(s, -page),
        Action::First => s.scroll = 0,
        Action::Last => scroll_by(s, isize::MAX),
        Action::StartYear(by) | Action::EndYear(by) => {
            let start = matches!(action, Action::StartYear(_));
            if let Err(message) = shift_years(&data, s, start, by) {
                app.notify(message);
            }
        }
        Action::TypeYears => s.typed = Some(String::new()),
        Action::ClearFilters => {
            s.years = None;
            narrow(&data, s, None);
        }
        Action::PickProfile => {
            let named = s.participant.as_ref().map(|(p, _)| *p);
            super::pick::open_for(app, PickFor::Statistics, named);
        }
        Action::Click { x, y } => click(app, x, y),
        _ => {}
    }
    Effect::None
}

/// A click on a chart's tab shows it.
fn click(app: &mut App, x: u16, y: u16) {
    let g = geo::geometry(app.screen_area());
    let Screen::Statistics(s) = &mut app.screen else {
        return;
    };
    if y == g.tabs.y
        && let Some(chart) = geo::tab_at(g.tabs, x)
    {
        s.chart = chart;
        s.scroll = 0;
    }
}

/// Sets the years counted; a range covering the whole span counts every year again.
fn set_years(data: &Dataset, s: &mut StatsState, years: (i32, i32)) {
    s.years = (s.span(data) != Some(years)).then_some(years);
    s.scroll = 0;
    recount(data, s);
}

/// Moves the first (or last) year of the range, within the data's span and never past the
/// other end.
fn shift_years(data: &Dataset, s: &mut StatsState, start: bool, by: i32) -> Result<(), String> {
    let Some((first, last)) = s.span(data) else {
        return Err("no dated meetings or events to count by year".to_owned());
    };
    let (a, b) = s.years.unwrap_or((first, last));
    let (lo, hi) = if start { (first, b) } else { (a, last) };
    let at = if start { a } else { b };
    let to = at.saturating_add(by).clamp(lo, hi);
    if to == at {
        return Err(match (start, by < 0) {
            (true, true) => format!("the data starts in {first}"),
            (false, false) => format!("the data ends in {last}"),
            _ => format!("the range is one year: {a}"),
        });
    }
    set_years(data, s, if start { (to, b) } else { (a, to) });
    Ok(())
}

/// Applies a typed range: `2015`, `2015-2020`, `2015-`, `-2020`, or nothing for every year.
fn apply_typed(data: &Dataset, s: &mut StatsState, text: &str) -> Result<(), String> {
    let Some((first, last)) = s.span(data) else {
        return Err("no dated meetings or events to count by year".to_owned());
    };
    let Some((a, b)) = parse_years(text, (first, last)) else {
        return Err(format!(
            "not a year range: {text} (2015, 2015-2020, 2015- or -2020)"
        ));
    };
    if b < first || a > last {
        return Err(format!("no data in {a}–{b}: it spans {first}–{last}"));
    }
    set_years(data, s, (a.max(first), b.min(last)));
    Ok(())
}

/// A typed year range, its open ends filled from `span`; an empty text is the whole span.
pub fn parse_years(text: &str, span: (i32, i32)) -> Option<(i32, i32)> {
    let year = |t: &str, open: i32| -> Option<i32> {
        if t.is_empty() {
            return Some(open);
        }
        (t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit()))
            .then(|| t.parse().ok())
            .flatten()
    };
    let (a, b) = match text.split_once('-') {
        Some((a, b)) => (year(a, span.0)?, year(b, span.1)?),
        None => {
            let y = year(text, span.0)?;
            (y, if text.is_empty() { span.1 } else { y })
        }
    };
    (a <= b).then_some((a, b))
}

#[cfg(test)]
mod tests {
    use super::parse_years;

    #[test]
    fn typed_ranges() {
        let span = (1992, 2030);
        assert_eq!(parse_years("", span), Some(span));
        assert_eq!(parse_years("2015", span), Some((2015, 2015)));
        assert_eq!(parse_years("2015-2020", span), Some((2015, 2020)));
        assert_eq!(parse_years("2015-", span), Some((2015, 2030)));
        assert_eq!(parse_years("-2020", span), Some((1992, 2020)));
        assert_eq!(parse_years("2020-2015", span), None);
        assert_eq!(parse_years("201", span), None);
        assert_eq!(parse_years("2015-20", span), None);
        assert_eq!(parse_years("-", span), Some(span));
        assert_eq!(parse_years("2015--2016", span), None);
    }
}
