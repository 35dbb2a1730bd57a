//! The real terminal: setup, a synchronous event loop, and restoring the terminal on every
//! way out (quit, Ctrl-C, SIGTERM/SIGHUP/SIGINT, panic).
//!
//! The loop polls crossterm with a quarter-second timeout and ticks in between; no async
//! runtime is needed for one screen and one user. Signals only set a flag, and the loop exits
//! through the same path as `q`, so the terminal is always restored by [`TerminalGuard`].

use std::io::{self, IsTerminal, Stdout, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, KeyEventKind, MouseButton, MouseEventKind,
};
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::crossterm::{cursor, execute};

use crate::app::{Action, App, Effect, Now, PeerEvent, update};
use crate::keymap::{self, Key};
use crate::sync::{Link, SyncEvent};
use crate::watch::Watch;

const TICK: Duration = Duration::from_millis(250);

/// Whether the terminal is in the dashboard's mode (raw, alternate screen, mouse on).
static ACTIVE: AtomicBool = AtomicBool::new(false);

/// Puts the terminal back as it was. Safe to call more than once: only the first call after
/// setup acts, since leaving the alternate screen twice would move the cursor back to where
/// the dashboard started and let later output (a panic message) overwrite itself.
pub fn restore() {
    if !ACTIVE.swap(false, Ordering::SeqCst) {
        return;
    }
    let _ = disable_raw_mode();
    let _ = execute!(
        io::stdout(),
        DisableMouseCapture,
        LeaveAlternateScreen,
        cursor::Show
    );
    let _ = io::stdout().flush();
}

/// Restores the terminal when dropped, including during a panic's unwinding.
struct TerminalGuard;

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        restore();
    }
}

/// Watches for a terminal that went away. When the terminal closes (the window or the tmux
/// server is killed) the program gets no SIGHUP if it is not the session leader, and
/// crossterm's reader then spins on end-of-file without returning. This thread notices the
/// hang-up and ends the process; it also ends it if a signal's stop request is not honoured
/// within a second.
fn spawn_watchdog(stop: Arc<AtomicBool>) {
    std::thread::spawn(move || {
        loop {
            std::thread::sleep(Duration::from_millis(300));
            if !io::stdin().is_terminal() {
                tracing::warn!("the terminal hung up; exiting");
                std::process::exit(129);
            }
            if stop.load(Ordering::Relaxed) {
                std::thread::sleep(Duration::from_secs(1));
                tracing::warn!("the event loop did not stop in time; exiting");
                restore();
                std::process::exit(143);
            }
        }
    });
}

fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        tracing::error!(%info, "panic");
        restore();
        previous(info);
    }));
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

/// Carries out an update's effect; returns whether to quit.
fn carry_out(effect: Effect, link: Option<&Link>) -> bool {
    match effect {
        Effect::None => false,
        Effect::Quit => true,
        Effect::Sync(msgs) => {
            if let Some(link) = link {
                msgs.iter().for_each(|m| link.send(m));
            }
            false
        }
    }
}

/// The real clock: time since start-up and the local wall time.
fn clock(started: Instant) -> Now {
    Now {
        mono: started.elapsed(),
        wall: chrono::Local::now().naive_local(),
    }
}

/// Runs the dashboard until the user quits or a signal arrives. Returns the time the first
/// frame took, for `--timings`.
pub fn run(app: &mut App, watch: Option<&Watch>, link: Option<&Link>) -> io::Result<Duration> {
    let stop = Arc::new(AtomicBool::new(false));
    for sig in [
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGINT,
    ] {
        signal_hook::flag::register(sig, Arc::clone(&stop))?;
    }
    install_panic_hook();
    spawn_watchdog(Arc::clone(&stop));
    ACTIVE.store(true, Ordering::SeqCst);
    enable_raw_mode()?;
    let guard = TerminalGuard;
    execute!(
        io::stdout(),
        EnterAlternateScreen,
        EnableMouseCapture,
        cursor::Hide
    )?;
    let mut terminal: Terminal<CrosstermBackend<Stdout>> =
        Terminal::new(CrosstermBackend::new(io::stdout()))?;
    terminal.clear()?;
    let size = terminal.size()?;
    update(
        app,
        Action::Resize {
            width: size.width,
            height: size.height,
        },
    );
    let started = Instant::now();
    update(app, Action::Tick(clock(started)));
    terminal.draw(|f| f.render_widget(&*app, f.area()))?;
    let first_frame = started.elapsed();
    // A test hook: the end-to-end suite proves that a panic restores the terminal.
    if std::env::var_os("CICA_DASH_TEST_PANIC").is_some() {
        panic!("panic requested by CICA_DASH_TEST_PANIC");
    }
    let mut last_tick = Instant::now();
    while !stop.load(Ordering::Relaxed) {
        let mut dirty = false;
        if event::poll(TICK.saturating_sub(last_tick.elapsed()))?
            && let Some(action) = action_for_event(app, event::read()?)
        {
            dirty = true;
            if carry_out(update(app, action), link) {
                break;
            }
        }
        for event in link.map(Link::poll).unwrap_or_default() {
            dirty = true;
            let event = match event {
                SyncEvent::Connected => PeerEvent::Connected,
                SyncEvent::Disconnected => PeerEvent::Disconnected,
                SyncEvent::Refused(why) => PeerEvent::Refused(why),
                SyncEvent::Msg(msg) => PeerEvent::Msg(msg),
            };
            carry_out(update(app, Action::Peer(event)), link);
        }
        while let Some(result) = watch.and_then(|w| w.results.try_recv().ok()) {
            dirty = true;
            let action = match result {
                Ok(loaded) => {
                    let errors = loaded.diagnostics.iter().filter(|d| d.is_error()).count();
                    tracing::info!(
                        errors,
                        statements = loaded.dataset.statement_count(),
                        "reloaded"
                    );
                    Action::Reloaded(Box::new(loaded))
                }
                Err(e) => {
                    tracing::warn!(error = %e, "reload could not read the data");
                    Action::ReloadFailed(e)
                }
            };
            update(app, action);
        }
        if last_tick.elapsed() >= TICK {
            last_tick = Instant::now();
            let before = app.notice().is_some();
            carry_out(update(app, Action::Tick(clock(started))), link);
            // A tick redraws when something shown depends on time: a notice, a presentation.
            dirty |= before || app.presentation().is_some();
        }
        if dirty {
            terminal.draw(|f| f.render_widget(&*app, f.area()))?;
        }
    }
    drop(guard);
    Ok(first_frame)
}
