//! Signals, the way shells expect: SIGTERM, SIGHUP and SIGINT end the program through the
//! same path as `q` (so the terminal is restored) and it exits with 128 + the signal's number;
//! SIGTSTP (and Ctrl-Z) restore the terminal before the process stops, and SIGCONT puts it
//! back in the dashboard's mode with a full redraw.
//!
//! Handlers only set atomics; the event loop reads them. A watchdog thread ends the process
//! when the terminal hangs up without a signal, or when a stop request is not honoured.

use std::io::{self, IsTerminal};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

use signal_hook::consts::{SIGCONT, SIGHUP, SIGINT, SIGTERM, SIGTSTP};

/// What the signal handlers have reported.
#[derive(Debug, Clone)]
pub struct Signals {
    /// The number of a signal that asks the program to end (0: none yet).
    quit: Arc<AtomicUsize>,
    /// SIGTSTP arrived: suspend.
    stop: Arc<AtomicBool>,
    /// SIGCONT arrived: the terminal may have been changed meanwhile; redraw.
    cont: Arc<AtomicBool>,
}

impl Signals {
    /// Installs the handlers.
    pub fn install() -> io::Result<Self> {
        let s = Signals {
            quit: Arc::new(AtomicUsize::new(0)),
            stop: Arc::new(AtomicBool::new(false)),
            cont: Arc::new(AtomicBool::new(false)),
        };
        for sig in [SIGTERM, SIGHUP, SIGINT] {
            // A signal number is small and positive: it fits a usize.
            signal_hook::flag::register_usize(sig, Arc::clone(&s.quit), sig as usize)?;
        }
        signal_hook::flag::register(SIGTSTP, Arc::clone(&s.stop))?;
        signal_hook::flag::register(SIGCONT, Arc::clone(&s.cont))?;
        Ok(s)
    }

    /// The signal that asked the program to end, if one did.
    pub fn quit(&self) -> Option<i32> {
        match self.quit.load(Ordering::Relaxed) {
            0 => None,
            n => i32::try_from(n).ok(),
        }
    }

    /// Whether SIGTSTP arrived since the last call.
    pub fn take_stop(&self) -> bool {
        self.stop.swap(false, Ordering::Relaxed)
    }

    /// Whether SIGCONT arrived since the last call.
    pub fn take_cont(&self) -> bool {
        self.cont.swap(false, Ordering::Relaxed)
    }

    /// Ends the process when the terminal went away (the window or the tmux server was
    /// killed: the program gets no SIGHUP when it is not the session leader, and crossterm's
    /// reader then spins on end-of-file), or when a signal's stop request is not honoured
    /// within a second.
    pub fn spawn_watchdog(&self) {
        let quit = Arc::clone(&self.quit);
        std::thread::spawn(move || {
            loop {
                std::thread::sleep(Duration::from_millis(300));
                if !io::stdin().is_terminal() {
                    tracing::warn!("the terminal hung up; exiting");
                    std::process::exit(128 + SIGHUP);
                }
                let sig = quit.load(Ordering::Relaxed);
                if sig != 0 {
                    std::thread::sleep(Duration::from_secs(1));
                    tracing::warn!("the event loop did not stop in time; exiting");
                    super::terminal::restore();
                    std::process::exit(128 + i32::try_from(sig).unwrap_or(SIGTERM));
                }
            }
        });
    }
}

/// Stops the process as SIGTSTP's default action would; returns when it is continued. The
/// caller restores the terminal first and re-enters it after.
pub fn stop_self() {
    if let Err(e) = signal_hook::low_level::emulate_default_handler(SIGTSTP) {
        tracing::warn!(error = %e, "could not suspend");
    }
}
