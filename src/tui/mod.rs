//! The real terminal: a synchronous event loop, and restoring the terminal on every way out
//! (quit, Ctrl-C, SIGTERM/SIGHUP/SIGINT, a panic) and around a suspend (Ctrl-Z, SIGTSTP).
//!
//! The loop polls crossterm with a quarter-second timeout and ticks in between; no async
//! runtime is needed for one screen and one user. Everything that happens — a key, a tick
//! with the clock's time, a reload from the watcher's thread, a message from the other
//! presentation view — becomes an [`Action`] for [`update`], and the loop carries out the
//! [`Effect`] it returns. Signals only set flags ([`signals`]); the loop exits through the same
//! path as `q`, so [`terminal::Guard`] always restores the terminal.

mod signals;
mod terminal;

use std::io::{self, Stdout};
use std::sync::{Arc, mpsc};
use std::time::{Duration, Instant};

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{self, Event, KeyEventKind, MouseButton, MouseEventKind};

use crate::app::{Action, App, Effect, Now, PeerEvent, update};
use crate::keymap::{self, Key};
use crate::search::SearchIndex;
use crate::sync::{Link, SyncEvent};
use crate::watch::Watch;
pub use terminal::restore;

const TICK: Duration = Duration::from_millis(250);

/// How a run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Outcome {
    /// How long the first frame took, for `--timings`.
    pub first_frame: Duration,
    /// The signal that ended it, if one did: the process should exit with 128 + its number.
    pub signal: Option<i32>,
}

/// Translates a terminal event into an action.
pub fn action_for_event(app: &App, ev: Event) -> Option<Action> {
    match ev {
        Event::Key(k) if k.kind != KeyEventKind::Release => {
            keymap::action_for(app, Key::from_event(k))
        }
        Event::Mouse(m) => match m.kind {
            MouseEventKind::Down(MouseButton::Left) => Some(Action::Click {
                x: m.column,
                y: m.row,
            }),
            MouseEventKind::ScrollUp => Some(Action::ScrollUp {
                x: m.column,
                y: m.row,
            }),
            MouseEventKind::ScrollDown => Some(Action::ScrollDown {
                x: m.column,
                y: m.row,
            }),
            _ => None,
        },
        Event::Resize(width, height) => Some(Action::Resize { width, height }),
        _ => None,
    }
}

/// The real clock: time since start-up and the local wall time.
fn clock(started: Instant) -> Now {
    Now {
        mono: started.elapsed(),
        wall: chrono::Local::now().naive_local(),
    }
}

/// What the loop must do after carrying out an effect.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Next {
    Go,
    Quit,
    Suspend,
}

/// What the loop's effects reach: the other presentation view, and the worker threads'
/// way back.
struct Io<'a> {
    link: Option<&'a Link>,
    /// Where a worker thread sends the action that carries its result.
    done: mpsc::Sender<Action>,
}

/// Carries out an update's effect.
fn carry_out(effect: Effect, io: &Io) -> Next {
    match effect {
        Effect::None => Next::Go,
        Effect::Quit => Next::Quit,
        Effect::Suspend => Next::Suspend,
        Effect::Sync(msgs) => {
            if let Some(link) = io.link {
                msgs.iter().for_each(|m| link.send(m));
            }
            Next::Go
        }
        Effect::Copy(text) => {
            use std::io::Write;
            // The sequence goes straight to the terminal, between two frames.
            let mut out = io::stdout();
            let written = out
                .write_all(crate::text::osc52(&text).as_bytes())
                .and_then(|()| out.flush());
            if let Err(e) = written {
                tracing::warn!(error = %e, "could not write the clipboard sequence");
            }
            Next::Go
        }
        Effect::BuildIndex(data) => {
            // The index of a large archive takes seconds: it is built on a thread, and the
            // loop stays responsive meanwhile.
            let done = io.done.clone();
            let spawned = std::thread::Builder::new()
                .name("index".into())
                .spawn(move || {
                    let index = Arc::new(SearchIndex::build(&data));
                    let _ = done.send(Action::IndexReady(index, data));
                });
            if let Err(e) = spawned {
                tracing::warn!(error = %e, "could not start the indexing thread");
            }
            Next::Go
        }
    }
}

type Term = Terminal<CrosstermBackend<Stdout>>;

/// Restores the terminal, stops the process, and after `fg` enters the dashboard's mode again
/// with a full redraw.
fn suspend(term: &mut Term) -> io::Result<()> {
    terminal::restore();
    signals::stop_self();
    resume(term)
}

/// Back in the dashboard's mode after the process was stopped and continued: the shell may
/// have put the terminal in line mode and drawn over the screen.
fn resume(term: &mut Term) -> io::Result<()> {
    terminal::enter()?;
    term.clear()
}

/// The action for a reload's result, logged with its first problems.
fn reloaded(result: Result<crate::load::Loaded, String>) -> Action {
    match result {
        Ok(loaded) => {
            let errors: Vec<String> = loaded
                .diagnostics
                .iter()
                .filter(|d| d.is_error())
                .map(ToString::to_string)
                .collect();
            tracing::info!(
                errors = errors.len(),
                statements = loaded.dataset.statement_count(),
                "reloaded"
            );
            for e in errors.iter().take(5) {
                tracing::warn!(problem = %e, "reload problem");
            }
            Action::Reloaded(Box::new(loaded))
        }
        Err(e) => {
            tracing::warn!(error = %e, "reload could not read the data");
            Action::ReloadFailed(e)
        }
    }
}

/// Runs the app until the user quits or a signal arrives.
pub fn run(app: &mut App, watch: Option<&Watch>, link: Option<&Link>) -> io::Result<Outcome> {
    let signals = signals::Signals::install()?;
    let (done, finished) = mpsc::channel();
    let io = Io { link, done };
    terminal::install_panic_hook();
    signals.spawn_watchdog();
    let guard = terminal::Guard;
    terminal::enter()?;
    let mut term: Term = Terminal::new(CrosstermBackend::new(io::stdout()))?;
    term.clear()?;
    let size = term.size()?;
    update(
        app,
        Action::Resize {
            width: size.width,
            height: size.height,
        },
    );
    let started = Instant::now();
    update(app, Action::Tick(clock(started)));
    term.draw(|f| f.render_widget(&*app, f.area()))?;
    let first_frame = started.elapsed();
    // A test hook: the end-to-end suite proves that a panic restores the terminal.
    if std::env::var_os("CICA_DASH_TEST_PANIC").is_some() {
        panic!("panic requested by CICA_DASH_TEST_PANIC");
    }
    let mut last_tick = Instant::now();
    while signals.quit().is_none() {
        let mut dirty = false;
        let mut next = Next::Go;
        if event::poll(TICK.saturating_sub(last_tick.elapsed()))?
            && let Some(action) = action_for_event(app, event::read()?)
        {
            dirty = true;
            next = carry_out(update(app, action), &io);
        }
        if next == Next::Quit {
            break;
        }
        if next == Next::Suspend || signals.take_stop() {
            suspend(&mut term)?;
            signals.take_cont();
            dirty = true;
        } else if signals.take_cont() {
            resume(&mut term)?;
            dirty = true;
        }
        for event in link.map(Link::poll).unwrap_or_default() {
            dirty = true;
            let event = match event {
                SyncEvent::Connected => PeerEvent::Connected,
                SyncEvent::Disconnected => PeerEvent::Disconnected,
                SyncEvent::Refused(why) => PeerEvent::Refused(why),
                SyncEvent::Msg(msg) => PeerEvent::Msg(msg),
            };
            carry_out(update(app, Action::Peer(event)), &io);
        }
        while let Some(result) = watch.and_then(|w| w.results.try_recv().ok()) {
            dirty = true;
            carry_out(update(app, reloaded(result)), &io);
        }
        while let Ok(action) = finished.try_recv() {
            dirty = true;
            carry_out(update(app, action), &io);
        }
        if last_tick.elapsed() >= TICK {
            last_tick = Instant::now();
            let before = app.notice().is_some();
            carry_out(update(app, Action::Tick(clock(started))), &io);
            // A tick redraws when something shown depends on time: a notice, a presentation.
            dirty |= before || app.presentation().is_some();
        }
        if dirty {
            term.draw(|f| f.render_widget(&*app, f.area()))?;
        }
    }
    drop(guard);
    Ok(Outcome {
        first_frame,
        signal: signals.quit(),
    })
}
