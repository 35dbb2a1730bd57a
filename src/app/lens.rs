//! The lens: the dashboard narrowed to one participant, set from its profile. The Decisions
//! and Statements panes keep only the decisions about it and the statements made for it, the
//! calendar only the events it organised (meetings stay), `[` and `]` skip meetings where it
//! has neither; the footer names it and Esc clears it.
//!
//! Everything is read from the participant's item lists built at load
//! ([`Dataset::statements_for`] and its siblings), one meeting's run found by binary search,
//! so a narrowed frame costs what the meeting's own items cost.

use std::borrow::Cow;

use super::{App, Dashboard, ItemRef, Pane, nav};
use crate::dataset::{CalItem, Dataset, in_meeting};

impl Dashboard {
    /// The participant the dashboard is narrowed to.
    pub fn lens(&self) -> Option<usize> {
        self.lens
    }

    /// The overlays that Backspace brings back after a jump from a profile.
    pub fn trail(&self) -> &[super::Overlay] {
        &self.trail
    }

    /// The items of the shown meeting a lens keeps in a list pane, as references (`None`:
    /// no lens, or a pane the lens does not narrow).
    pub(super) fn lens_refs<'d>(&self, data: &'d Dataset, pane: Pane) -> Option<&'d [ItemRef]> {
        let p = self.lens?;
        let all = match pane {
            Pane::Decisions => data.decisions_about(p),
            Pane::Statements => data.statements_for(p),
            Pane::Agenda | Pane::Calendar => return None,
        };
        Some(in_meeting(all, self.meeting))
    }

    /// Whether the calendar shows an entry: meetings always; events, under a lens, only
    /// those its participant organised.
    pub fn calendar_keeps(&self, data: &Dataset, item: CalItem) -> bool {
        match (item, self.lens) {
            (CalItem::Event(e), Some(p)) => data
                .events
                .get(e)
                .is_some_and(|e| e.organizers.contains(&p)),
            _ => true,
        }
    }

    /// The undated events the calendar lists: all of them, or the lens's participant's.
    pub fn undated<'d>(&self, data: &'d Dataset) -> Cow<'d, [usize]> {
        match self.lens {
            None => Cow::Borrowed(&data.calendar.undated),
            Some(p) => Cow::Owned(
                data.events_by(p)
                    .iter()
                    .filter_map(|r| match *r {
                        ItemRef::Event(e) if data.events.get(e)?.date.is_none() => Some(e),
                        _ => None,
                    })
                    .collect(),
            ),
        }
    }

    /// The nearest meeting after (or before) the shown one where the lens's participant has
    /// a decision or a statement.
    pub(super) fn lens_meeting(&self, data: &Dataset, forward: bool) -> Option<usize> {
        let p = self.lens?;
        let m = self.meeting;
        let near = |refs: &[ItemRef]| {
            let key = |r: &ItemRef| r.meeting().unwrap_or(usize::MAX);
            if forward {
                let at = refs.partition_point(|r| key(r) <= m);
                refs.get(at).map(key)
            } else {
                let at = refs.partition_point(|r| key(r) < m);
                at.checked_sub(1).and_then(|i| refs.get(i)).map(key)
            }
        };
        let found = [near(data.decisions_about(p)), near(data.statements_for(p))];
        let found = found.into_iter().flatten();
        if forward { found.min() } else { found.max() }
    }
}

/// Focuses a list pane on one of the shown meeting's items. An item the lens hides clears
/// the lens (saying so), so the item always shows.
pub(super) fn select(app: &mut App, pane: Pane, item: usize) {
    app.dashboard.focus = pane;
    let Some(slot) = nav::slot(pane) else {
        return;
    };
    if app.rows(pane).position(item).is_none() && app.dashboard.lens.is_some() {
        set(app, None);
        app.notify("lens cleared to show the item");
    }
    app.dashboard.cursor[slot] = app.rows(pane).position(item).unwrap_or(0);
}

/// Narrows the dashboard to a participant, or widens it again (`None`). The focused list
/// keeps its selected item when the new rows still show it.
pub(super) fn set(app: &mut App, lens: Option<usize>) {
    let kept: Vec<(usize, Option<usize>)> = [Pane::Decisions, Pane::Statements]
        .into_iter()
        .filter_map(|p| Some((nav::slot(p)?, app.selected(p))))
        .collect();
    app.dashboard.lens = lens;
    for (slot, item) in kept {
        let pane = if slot == 1 {
            Pane::Decisions
        } else {
            Pane::Statements
        };
        let rows = app.rows(pane);
        app.dashboard.cursor[slot] = item.and_then(|i| rows.position(i)).unwrap_or(0);
        app.dashboard.offset[slot] = 0;
    }
}

impl App {
    /// The name of the participant the dashboard is narrowed to, for the footer and titles.
    pub fn lens_name(&self) -> Option<&str> {
        let p = self.dashboard.lens?;
        self.data.participants.get(p).map(|p| p.name.as_str())
    }
}
