//! Headless rendering: the same app, keymap and `update` on ratatui's `TestBackend`, printed
//! as plain text. Used by `cica-dash render`, by the snapshot tests and for looking at screens
//! without a terminal.

use std::time::{Duration, Instant};

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;

use crate::app::{Action, App, Effect, update};
use crate::keymap::{self, Key};

/// Feeds keys through the keymap and `update`, as the event loop would. Stops at a quit.
pub fn feed(app: &mut App, keys: &[Key]) {
    for &key in keys {
        if press(app, key).0 {
            break;
        }
    }
}

/// One key through the keymap and `update`, with its effect carried out headless (the search
/// index is built at once, where the terminal builds it on a thread). Returns whether it quit,
/// and how long building an index took.
fn press(app: &mut App, key: Key) -> (bool, Duration) {
    let Some(action) = keymap::action_for(app, key) else {
        return (false, Duration::ZERO);
    };
    let effect = update(app, action);
    carry_out(app, effect)
}

fn carry_out(app: &mut App, effect: Effect) -> (bool, Duration) {
    match effect {
        Effect::Quit => (true, Duration::ZERO),
        Effect::BuildIndex(data) => {
            let t = Instant::now();
            let index = std::sync::Arc::new(crate::search::SearchIndex::build(&data));
            let built = t.elapsed();
            let next = update(app, Action::IndexReady(index, data));
            let (quit, more) = carry_out(app, next);
            (quit, built + more)
        }
        // Headless: no terminal to copy to (the notice still says what was copied).
        Effect::None | Effect::Suspend | Effect::Sync(_) | Effect::Copy(_) => {
            (false, Duration::ZERO)
        }
    }
}

/// What `render --timings` reports: the first frame, then each key's keymap lookup, update
/// and full redraw, and the screen after the last key.
pub struct Timed {
    pub first_frame: Duration,
    /// One sample per key fed, in order (fewer than the keys when one of them quits). Building
    /// the search index is not counted: the terminal builds it on a thread.
    pub keys: Vec<Duration>,
    /// How long building the search index took, when a key asked for it.
    pub index_build: Duration,
    pub buffer: Buffer,
}

/// Like [`render_text`], but draws after every key, as the terminal loop does, and times it.
/// The last buffer is the one `render_text` would draw.
pub fn feed_timed(app: &mut App, keys: &[Key], width: u16, height: u16) -> Timed {
    update(app, Action::Resize { width, height });
    let t = Instant::now();
    let mut buffer = draw(app, width, height);
    let first_frame = t.elapsed();
    let mut samples = Vec::with_capacity(keys.len());
    let mut index_build = Duration::ZERO;
    for &key in keys {
        let t = Instant::now();
        let (quit, built) = press(app, key);
        buffer = draw(app, width, height);
        samples.push(t.elapsed().saturating_sub(built));
        index_build += built;
        if quit {
            break;
        }
    }
    Timed {
        first_frame,
        keys: samples,
        index_build,
        buffer,
    }
}

/// The nearest-rank percentile `p` (0–100) of some durations; zero for none. With few
/// samples the high percentiles are the maximum.
pub fn percentile(samples: &[Duration], p: f64) -> Duration {
    let mut sorted = samples.to_vec();
    sorted.sort_unstable();
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted
        .get(rank.clamp(1, sorted.len().max(1)) - 1)
        .copied()
        .unwrap_or_default()
}

/// Draws the app at a size and returns the buffer.
pub fn draw(app: &mut App, width: u16, height: u16) -> Buffer {
    update(app, Action::Resize { width, height });
    let backend = TestBackend::new(width, height);
    // TestBackend's error type is `Infallible`: these patterns cannot fail.
    let Ok(mut terminal) = Terminal::new(backend);
    let Ok(_) = terminal.draw(|f| f.render_widget(&*app, f.area()));
    terminal.backend().buffer().clone()
}

/// A buffer as text: one line per row, trailing spaces trimmed. Cells hidden behind wide
/// characters are skipped, so CJK text reads as written.
pub fn to_text(buf: &Buffer) -> String {
    let width = usize::from(buf.area.width).max(1);
    let mut out = String::new();
    for row in buf.content.chunks(width) {
        let mut line = String::new();
        let mut skip = 0usize;
        for cell in row {
            if skip == 0 {
                line.push_str(cell.symbol());
            }
            skip = skip
                .max(unicode_width::UnicodeWidthStr::width(cell.symbol()))
                .saturating_sub(1);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// Resizes, feeds keys, draws and returns the screen as text.
pub fn render_text(app: &mut App, keys: &[Key], width: u16, height: u16) -> String {
    update(app, Action::Resize { width, height });
    feed(app, keys);
    to_text(&draw(app, width, height))
}
