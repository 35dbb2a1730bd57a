//! A profile on screen (`c`, or Enter on a participant or speaker anywhere): the cursor moves
//! over its list's rows, Tab between sections; Enter shows the row's item on the dashboard —
//! narrowed to the participant (the lens) — or opens the profile it names; `l` narrows the
//! dashboard without choosing an item; Backspace and Esc go back.

use super::{Action, App, Effect, Overlay, nav::step};
use crate::bindings::{Context, key_label};
use crate::view::detail::{Link, Target};
use crate::view::profile::{self, Rows, Subject};

/// A profile's state: whose it is, the selected row and the first row shown.
#[derive(Debug, Clone, PartialEq)]
pub struct ProfileState {
    pub subject: Subject,
    /// The selected row of the list (a selectable one when there is any).
    pub cursor: usize,
    /// The first row shown.
    pub offset: usize,
}

/// Opens a subject's profile above what is on screen.
pub(super) fn open(app: &mut App, subject: Subject) {
    let rows = Rows::new(&app.data, &subject);
    let cursor = rows.selectable(0, true).unwrap_or(0);
    app.overlays.push(Overlay::Profile(Box::new(ProfileState {
        subject,
        cursor,
        offset: 0,
    })));
}

/// Follows a link from a popup or a profile to a profile; `false` when it names an item.
pub(super) fn open_link(app: &mut App, link: &Link) -> bool {
    let subject = match link {
        Link::Participant(p) => Subject::Participant(*p),
        Link::Person(p) => Subject::Person(*p),
        Link::Speaker(name) => Subject::speaker(&app.data, name),
        Link::Item(_) => return false,
    };
    open(app, subject);
    true
}

/// Keys while a profile is on top.
pub(super) fn handle(app: &mut App, action: Action) -> Effect {
    let Some(Overlay::Profile(state)) = app.overlays.last() else {
        return Effect::None;
    };
    let mut s = (**state).clone();
    let rows = Rows::new(&app.data, &s.subject);
    let (layout, _) = profile::layout(app.ctx(), &s.subject, app.screen_area());
    let page = usize::from(layout.list.height).max(1);
    let len = rows.len();
    let to = |at: usize, forward: bool| rows.selectable(at, forward).unwrap_or(s.cursor);
    s.cursor = match action {
        Action::Down | Action::ScrollDown { .. } => to(step(s.cursor, 1, len), true),
        Action::Up | Action::ScrollUp { .. } => to(step(s.cursor, -1, len), false),
        Action::PageDown => to(step(s.cursor, page as isize, len), true),
        Action::PageUp => to(step(s.cursor, -(page as isize), len), false),
        Action::First => to(0, true),
        Action::Last => to(len.saturating_sub(1), false),
        Action::NextLink => rows.section(s.cursor, true).unwrap_or(s.cursor),
        Action::PrevLink => rows.section(s.cursor, false).unwrap_or(s.cursor),
        Action::Click { x, y } => {
            let inside = crate::view::layout::contains(layout.list, x, y);
            let row = s.offset + usize::from(y.saturating_sub(layout.list.y));
            if !inside || row >= len || !rows.get(row).is_some_and(profile::Row::selectable) {
                return Effect::None;
            }
            if row == s.cursor {
                return follow(app, &s);
            }
            row
        }
        Action::Open => return follow(app, &s),
        Action::Lens => return lens(app, &s),
        Action::Record => {
            let target = match s.subject {
                Subject::Participant(p) => Target::Participant(p),
                Subject::Person(p) => Target::Person(p),
                Subject::Speaker(_) => {
                    app.notify("a speaker with no [[person]] has no other record");
                    return Effect::None;
                }
            };
            super::follow::push_detail(app, target);
            return Effect::None;
        }
        Action::ToggleHelp => {
            app.overlays.push(Overlay::Help { scroll: 0 });
            return Effect::None;
        }
        Action::Back => {
            app.overlays.pop();
            return Effect::None;
        }
        Action::Close => {
            super::follow::close_chain(app);
            return Effect::None;
        }
        _ => s.cursor,
    };
    s.offset = super::scrolled(s.offset, s.cursor, page, len);
    if let Some(Overlay::Profile(top)) = app.overlays.last_mut() {
        **top = s;
    }
    Effect::None
}

/// Enter on a row: its item on the dashboard, or the profile it names.
fn follow(app: &mut App, s: &ProfileState) -> Effect {
    let row = Rows::new(&app.data, &s.subject).get(s.cursor);
    let Some(link) = row.and_then(|r| r.link(&app.data)) else {
        app.notify(match row {
            Some(profile::Row::Role(_)) => "no decision is recorded for this role",
            Some(profile::Row::Term(..)) => "no decision is recorded for this term",
            _ => "nothing to open here",
        });
        return Effect::None;
    };
    if !open_link(app, &link)
        && let Link::Item(item) = link
    {
        let lens = match s.subject {
            Subject::Participant(p) => Some(p),
            _ => None,
        };
        super::follow::jump(app, item, lens);
    }
    Effect::None
}

/// `l`: the dashboard narrowed to the participant, on the meeting it was showing.
fn lens(app: &mut App, s: &ProfileState) -> Effect {
    let Subject::Participant(p) = s.subject else {
        app.notify("the lens narrows to a state or organisation; a person has none");
        return Effect::None;
    };
    super::follow::to_dashboard(app);
    super::lens::set(app, Some(p));
    let name = app.lens_name().unwrap_or_default().to_owned();
    let key = |a: Action| key_label(Context::Main, &a);
    let (prev, next) = (key(Action::PrevMeeting), key(Action::NextMeeting));
    let (close, back) = (key(Action::Close), key(Action::Back));
    app.notify(format!(
        "narrowed to {name}: {prev} {next} its meetings · {close} shows all · {back} back"
    ));
    Effect::None
}
