//! Actions on the presentation screen: moving through the slides, typing a slide number, the
//! blank screen, the timer, the clock and footer, kiosk mode, leaving, and what the other view
//! (audience or presenter) reports. Whatever changes the shared state (slide, blank, timer)
//! comes back as an [`Effect::Sync`] for the loop to send; what arrives from the other view
//! is applied without being sent back, so the two never echo.

use super::presentation::Presentation;
use super::{Action, App, Effect, Overlay, PeerEvent, Screen};
use crate::sync::protocol::Msg;

/// Applies an action to the presentation (no overlay open).
pub(super) fn handle(app: &mut App, action: Action) -> Effect {
    let now = app.now.mono;
    let screen = app.screen_area();
    let Screen::Presentation(p) = &mut app.screen else {
        return Effect::None;
    };
    let before = p.state(now);
    if let Action::Peer(event) = action {
        let audience = !p.options.presenter;
        let effect = peer(p, event.clone(), now);
        // The audience view's footer says so for a moment; the presenter view's status line
        // shows the link all the time.
        match event {
            PeerEvent::Connected if audience => app.notify("the presenter view is following"),
            PeerEvent::Disconnected if audience => app.notify("the presenter view left"),
            _ => {}
        }
        return effect;
    }
    let mut say = None;
    // Kiosk mode: any key pauses the automatic advance; Space resumes it.
    let at_the_end = p.slide + 1 >= p.deck.len() && !p.has_meetings_after();
    if let Some(auto) = &mut p.auto {
        match action {
            Action::Advance if auto.paused && at_the_end && !auto.looping => {
                app.notify("this is the last slide");
                return Effect::None;
            }
            Action::Advance if auto.paused => {
                auto.resume(now);
                app.notify("automatic advance resumed");
                return Effect::None;
            }
            Action::Advance => {
                auto.paused = true;
                app.notify("automatic advance paused: Space resumes");
                return Effect::None;
            }
            Action::Click { .. } | Action::ScrollUp { .. } | Action::ScrollDown { .. } => {}
            _ => auto.paused = true,
        }
    }
    let last = p.deck.len().saturating_sub(1);
    match action {
        Action::NextSlide | Action::Advance | Action::ScrollDown { .. } | Action::Click { .. } => {
            if p.slide < last {
                p.go(p.slide + 1);
            } else if p.has_meetings_after() {
                p.next_meeting(&app.data);
            } else {
                say = Some("this is the last slide".to_owned());
            }
        }
        Action::PrevSlide | Action::ScrollUp { .. } | Action::Backspace if p.entry.is_empty() => {
            if p.slide > 0 {
                p.go(p.slide - 1);
            } else if p.has_meetings_before() {
                p.previous_meeting(&app.data);
            } else {
                say = Some("this is the first slide".to_owned());
            }
        }
        Action::Down | Action::Up if p.options.presenter => {
            let notes = crate::view::deck::presenter_areas(screen).notes;
            let inner = crate::view::layout::inner(notes);
            let text = p.deck.notes(&app.data, p.slide);
            let total = crate::view::deck::notes_lines(&text, inner.width).len();
            p.notes_scroll = super::nav::scroll_by(p.notes_scroll, &action, total, inner.height);
        }
        Action::First => p.go(0),
        Action::Last => p.go(last),
        Action::Digit(d) if p.entry.len() < 5 => p.entry.push(char::from(b'0' + d.min(9))),
        Action::Digit(_) => {}
        Action::Backspace => {
            p.entry.pop();
        }
        Action::Open => say = jump(p),
        Action::ToggleOverview => {
            let cursor = p.slide;
            app.overlays.push(Overlay::Overview { cursor });
        }
        Action::ToggleBlank => p.blank = !p.blank,
        Action::TimerToggle => p.timer.toggle(now),
        Action::TimerReset => p.timer.reset(),
        Action::ToggleClock => p.clock = !p.clock,
        Action::ToggleFooter => p.footer = !p.footer,
        Action::ToggleHelp => app.overlays.push(Overlay::Help { scroll: 0 }),
        Action::Close if !p.entry.is_empty() => p.entry.clear(),
        Action::Close => return leave(app),
        _ => {}
    }
    if let Some(text) = say {
        app.notify(text);
    }
    changes(app, &before)
}

/// What the other view must hear after a change here: the parts of the state that differ.
fn changes(app: &mut App, before: &[Msg]) -> Effect {
    let now = app.now.mono;
    let Screen::Presentation(p) = &mut app.screen else {
        return Effect::None;
    };
    let changed: Vec<Msg> = p
        .state(now)
        .into_iter()
        .filter(|m| !before.contains(m))
        .collect();
    if changed.is_empty() {
        return Effect::None;
    }
    p.moved = true;
    if p.options.linked {
        Effect::Sync(changed)
    } else {
        Effect::None
    }
}

/// Goes to a slide (from the overview), telling the other view.
pub(super) fn goto(app: &mut App, slide: usize) -> Effect {
    let now = app.now.mono;
    let Screen::Presentation(p) = &mut app.screen else {
        return Effect::None;
    };
    let before = p.state(now);
    p.go(slide);
    changes(app, &before)
}

/// Enter: goes to the slide whose number was typed; says so when there is no such slide.
fn jump(p: &mut Presentation) -> Option<String> {
    if p.entry.is_empty() {
        return None;
    }
    let wanted: usize = p.entry.parse().unwrap_or(0);
    p.entry.clear();
    let n = p.deck.len();
    if (1..=n).contains(&wanted) {
        p.go(wanted - 1);
        None
    } else {
        Some(format!("no slide {wanted}: the deck has slides 1 to {n}"))
    }
}

/// Esc or q: back to the dashboard on the deck's meeting, or quit when started by `present`.
fn leave(app: &mut App) -> Effect {
    let Screen::Presentation(p) = &app.screen else {
        return Effect::None;
    };
    if p.options.standalone {
        return Effect::Quit;
    }
    let meeting = p.deck.meeting;
    app.screen = Screen::Dashboard;
    if meeting != app.dashboard.meeting {
        app.dashboard.show_meeting(&app.data, meeting);
    }
    Effect::None
}

/// Applies what the other view said. When the two meet, the one that has been presenting
/// (whose slide, blank screen or timer has changed since it started) sends its whole state
/// and a freshly started one takes it: a restarted audience view picks up the presenter's
/// slide and timer, and a restarted presenter view the audience's. (When both have moved
/// while apart, both send and each takes the other's: the next move puts them in step.)
fn peer(p: &mut Presentation, event: PeerEvent, now: std::time::Duration) -> Effect {
    match event {
        PeerEvent::Connected => {
            p.peer.connected = true;
            p.peer.seen = true;
            p.peer.refused = None;
            if p.moved {
                return Effect::Sync(p.state(now));
            }
        }
        PeerEvent::Disconnected => p.peer.connected = false,
        PeerEvent::Refused(why) => {
            p.peer.connected = false;
            p.peer.refused = Some(why);
        }
        PeerEvent::Msg(Msg::Goto { slide, .. }) => {
            p.go(slide as usize);
            p.moved = true;
        }
        PeerEvent::Msg(Msg::Blank(on)) => {
            p.blank = on;
            p.moved = true;
        }
        PeerEvent::Msg(Msg::Timer {
            running,
            elapsed_ms,
        }) => {
            let elapsed = std::time::Duration::from_millis(elapsed_ms);
            p.timer.set(running, elapsed, now);
            p.moved |= running || elapsed_ms > 0;
        }
        PeerEvent::Msg(_) => {}
    }
    Effect::None
}

/// The clock moved on: kiosk mode may turn the slide.
pub(super) fn tick(app: &mut App) -> Effect {
    let now = app.now.mono;
    let Screen::Presentation(p) = &mut app.screen else {
        return Effect::None;
    };
    let Some(auto) = &mut p.auto else {
        return Effect::None;
    };
    if !auto.fire(now) {
        return Effect::None;
    }
    let looping = auto.looping;
    let before = p.state(now);
    if p.slide + 1 < p.deck.len() {
        p.go(p.slide + 1);
    } else if p.has_meetings_after() || (looping && !p.order.is_empty()) {
        p.next_meeting(&app.data);
    } else if looping {
        p.go(0);
    } else if let Some(auto) = &mut p.auto {
        auto.paused = true;
    }
    changes(app, &before)
}
