//! A profile: everything the data says of one participant, person or speaker across
//! meetings — who they are (the identity block, [`identity`]) and what they did (the list,
//! [`Rows`]) — and where both go on screen ([`layout`]), shared by drawing and `update`.

mod identity;
mod rows;

use std::sync::Arc;

use ratatui::layout::Rect;
use ratatui::text::Line;

pub use identity::identity;
pub use rows::{Row, Rows, Section};

use super::Ctx;
use crate::dataset::{Dataset, ItemRef};

/// Whose profile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    /// A state or organisation, by index.
    Participant(usize),
    /// A person, by index.
    Person(usize),
    /// A speaker with no `[[person]]`: the statements with exactly this spelling.
    Speaker(Arc<Speaker>),
}

/// A speaker with no `[[person]]`, and what was found under their exact spelling.
#[derive(Debug, PartialEq, Eq)]
pub struct Speaker {
    pub name: String,
    /// Their statements, by meeting.
    pub statements: Vec<ItemRef>,
    /// The participants those statements were made for, each once, in order of first use.
    pub participants: Vec<usize>,
}

impl Subject {
    /// The profile of the speaker spelt exactly `name`. It reads every statement once: it is
    /// built when the profile opens, never per frame.
    pub fn speaker(data: &Dataset, name: &str) -> Subject {
        let mut s = Speaker {
            name: name.to_owned(),
            statements: Vec::new(),
            participants: Vec::new(),
        };
        for (mi, m) in data.meetings.iter().enumerate() {
            for (si, st) in m.statements.iter().enumerate() {
                if st.person.is_none() && st.speaker.as_deref() == Some(name) {
                    s.statements.push(ItemRef::Statement(mi, si));
                    if let Some(p) = st.participant
                        && !s.participants.contains(&p)
                    {
                        s.participants.push(p);
                    }
                }
            }
        }
        Subject::Speaker(Arc::new(s))
    }

    /// The profile's name: `Russia (RUS)`, or the person's canonical name.
    pub fn name(&self, data: &Dataset) -> String {
        match self {
            Subject::Participant(p) => data
                .participants
                .get(*p)
                .map(|p| format!("{} ({})", p.name, p.code))
                .unwrap_or_default(),
            Subject::Person(p) => data
                .persons
                .get(*p)
                .map(|p| p.name.clone())
                .unwrap_or_default(),
            Subject::Speaker(s) => s.name.clone(),
        }
    }

    /// What kind of profile it is, for its title.
    pub fn kind(&self) -> &'static str {
        match self {
            Subject::Participant(_) => "Participant",
            Subject::Person(_) | Subject::Speaker(_) => "Person",
        }
    }

    /// Whether the subject still exists in `data` (after a reload).
    pub fn exists(&self, data: &Dataset) -> bool {
        match self {
            Subject::Participant(p) => *p < data.participants.len(),
            Subject::Person(p) => *p < data.persons.len(),
            Subject::Speaker(_) => true,
        }
    }
}

/// Below this width the identity block goes above the list instead of beside it.
pub const SIDE_BY_SIDE_WIDTH: u16 = 110;

/// Where a profile's parts go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Layout {
    /// The title line.
    pub title: Rect,
    /// The identity block.
    pub identity: Rect,
    /// The list of sections.
    pub list: Rect,
    /// The key hints.
    pub footer: Rect,
    /// Whether the identity block is beside the list (else above it, cut to fit).
    pub side_by_side: bool,
}

/// The profile's layout on `area`, and its identity lines as they fit there.
pub fn layout(ctx: Ctx, subject: &Subject, area: Rect) -> (Layout, Vec<Line<'static>>) {
    let title = Rect {
        height: 1.min(area.height),
        ..area
    };
    let footer = Rect {
        y: area.bottom().saturating_sub(1),
        height: 1.min(area.height),
        ..area
    };
    let body_y = area.y + 2.min(area.height);
    let body_h = footer.y.saturating_sub(body_y);
    if area.width >= SIDE_BY_SIDE_WIDTH {
        let w = (area.width / 3).clamp(32, 50);
        let identity = Rect::new(area.x + 1, body_y, w - 1, body_h);
        let list_x = identity.right() + 2;
        let list = Rect::new(
            list_x,
            body_y,
            area.right().saturating_sub(list_x + 1),
            body_h,
        );
        let lines = identity::identity(ctx, subject, identity.width, usize::from(body_h));
        let layout = Layout {
            title,
            identity,
            list,
            footer,
            side_by_side: true,
        };
        return (layout, lines);
    }
    let width = area.width.saturating_sub(2);
    let cap = usize::from(body_h / 3).max(3);
    let lines = identity::identity(ctx, subject, width, cap);
    let ih = (lines.len() as u16).min(body_h);
    let identity = Rect::new(area.x + 1, body_y, width, ih);
    // A rule between the identity block and the list.
    let list_y = (identity.bottom() + 1).min(footer.y);
    let list = Rect::new(area.x + 1, list_y, width, footer.y.saturating_sub(list_y));
    let layout = Layout {
        title,
        identity,
        list,
        footer,
        side_by_side: false,
    };
    (layout, lines)
}

/// The profile picker's popup on `screen`, for a data set of `participants`.
pub fn pick_area(participants: usize, screen: Rect) -> Rect {
    super::layout::picker_area(participants + 2, screen)
}

/// The picker's list of matches inside its popup, and the first match shown with the
/// cursor's on screen (the query and a gap take the first two lines).
pub fn pick_list(area: Rect, cursor: usize) -> (Rect, usize) {
    let inner = super::layout::inner(area);
    let list = Rect {
        y: inner.y + 2.min(inner.height),
        height: inner.height.saturating_sub(2),
        ..inner
    };
    let h = usize::from(list.height).max(1);
    (list, cursor.saturating_sub(h - 1))
}
