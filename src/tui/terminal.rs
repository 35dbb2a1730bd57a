//! The real terminal's modes: entering the dashboard's (raw, alternate screen, mouse on,
//! cursor hidden, BiDi explicit: the dashboard orders right-to-left text itself) and restoring the user's, exactly once per entry, from every way out
//! (quit, a signal, a panic, a suspend with Ctrl-Z).

use std::io::{self, Write};
use std::sync::atomic::{AtomicBool, Ordering};

use ratatui::crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use ratatui::crossterm::style::Print;
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::crossterm::{cursor, execute};

/// ECMA-48 BDSM reset and set, as the terminal-wg BiDi recommendation uses them: a terminal
/// that reorders right-to-left text itself (VTE, GNOME Terminal) stops while the dashboard
/// runs, since the dashboard draws it in visual order ([`crate::text::bidi`]); terminals
/// without BiDi ignore both.
const BIDI_EXPLICIT: &str = "\x1b[8l";
const BIDI_IMPLICIT: &str = "\x1b[8h";

/// Whether the terminal is in the dashboard's mode (raw, alternate screen, mouse on).
static ACTIVE: AtomicBool = AtomicBool::new(false);

/// Puts the terminal in the dashboard's mode.
pub fn enter() -> io::Result<()> {
    ACTIVE.store(true, Ordering::SeqCst);
    enable_raw_mode()?;
    execute!(
        io::stdout(),
        EnterAlternateScreen,
        Print(BIDI_EXPLICIT),
        EnableMouseCapture,
        cursor::Hide
    )
}

/// Puts the terminal back as it was. Safe to call more than once: only the first call after
/// [`enter`] acts, since leaving the alternate screen twice would move the cursor back to
/// where the dashboard started and let later output (a panic message) overwrite itself.
pub fn restore() {
    if !ACTIVE.swap(false, Ordering::SeqCst) {
        return;
    }
    let _ = disable_raw_mode();
    let _ = execute!(
        io::stdout(),
        DisableMouseCapture,
        Print(BIDI_IMPLICIT),
        LeaveAlternateScreen,
        cursor::Show
    );
    let _ = io::stdout().flush();
}

/// Restores the terminal when dropped, including during a panic's unwinding.
pub struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {
        restore();
    }
}

/// Restores the terminal before the panic message is printed, and logs the panic.
pub fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        tracing::error!(%info, "panic");
        restore();
        previous(info);
    }));
}
