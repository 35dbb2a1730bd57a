//! After a reload, profiles, the profile picker and the lens follow their participant (by
//! code) or person (by canonical name), whose indices may have moved; one that is gone closes,
//! with everything stacked above it.

use super::{App, Overlay};
use crate::dataset::Dataset;
use crate::view::profile::Subject;

/// Points everything that names a participant or person by index at the new data.
pub(super) fn apply(app: &mut App, old: &Dataset) {
    let new = std::sync::Arc::clone(&app.data);
    app.dashboard.lens = app.dashboard.lens.and_then(|p| participant(old, &new, p));
    for stack in [&mut app.overlays, &mut app.dashboard.trail] {
        if let Some(gone) = stack.iter_mut().position(|o| !remap(o, old, &new)) {
            stack.truncate(gone);
        }
    }
}

fn participant(old: &Dataset, new: &Dataset, p: usize) -> Option<usize> {
    let code = &old.participants.get(p)?.code;
    new.participant_index.get(code).copied()
}

/// Remaps one overlay; `false` when what it shows is gone.
fn remap(o: &mut Overlay, old: &Dataset, new: &Dataset) -> bool {
    match o {
        Overlay::Profile(s) => {
            let subject = match &s.subject {
                Subject::Participant(p) => participant(old, new, *p).map(Subject::Participant),
                Subject::Person(p) => old.persons.get(*p).and_then(|x| {
                    let at = new.persons.iter().position(|y| y.name == x.name)?;
                    Some(Subject::Person(at))
                }),
                Subject::Speaker(sp) => Some(Subject::speaker(new, &sp.name)),
            };
            let Some(subject) = subject else {
                return false;
            };
            s.subject = subject;
            let rows = crate::view::profile::Rows::new(new, &s.subject).len();
            s.cursor = s.cursor.min(rows.saturating_sub(1));
            true
        }
        Overlay::ProfilePicker(s) => {
            s.matches = super::pick::matches(new, &s.query);
            s.cursor = s.cursor.min(s.matches.len().saturating_sub(1));
            true
        }
        _ => true,
    }
}
