//! The presentation's footer: slide n / N with a progress bar, the meeting, the timer, kiosk
//! mode, the other view's state and a notice.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::app::{App, Phase, Presentation};
use crate::text::{truncate, width};

/// The right-hand parts: timer, kiosk mode, the other view, a notice.
fn right(app: &App, p: &Presentation) -> Vec<Span<'static>> {
    let t = app.theme();
    let now = app.now().mono;
    let mut out = Vec::new();
    if let Some(msg) = app.notice() {
        out.push(Span::styled(format!(" {msg} "), t.notice));
        out.push(Span::raw(" "));
    }
    if let Some(auto) = p.auto() {
        let text = if auto.paused {
            " ‖ auto (Space) ".to_owned()
        } else {
            format!(" » auto {}s ", auto.every.as_secs())
        };
        out.push(Span::styled(text, t.accent));
    }
    if p.peer().connected {
        out.push(Span::styled(" ⇄ ", t.accent));
    }
    // An unused timer is no news to the room (nor to a handout).
    if p.timer().running() || !p.timer().elapsed(now).is_zero() {
        out.push(timer_span(app, p, now));
    }
    if p.clock() {
        out.push(Span::styled(
            format!(" {} ", app.now().wall.format("%H:%M")),
            t.bold,
        ));
    }
    out
}

/// The timer, in the colour of its phase: `●` while it runs, `‖` while it is stopped. (The
/// media symbols ⏸ and ⏱ are drawn two cells wide by some terminals, so they are not used.)
pub(super) fn timer_span(app: &App, p: &Presentation, now: std::time::Duration) -> Span<'static> {
    let t = app.theme();
    let timer = p.timer();
    let style: Style = match timer.phase(now) {
        Phase::Normal => t.timer,
        Phase::Warn => t.timer_warn,
        Phase::Over => t.timer_over,
    };
    let mark = if timer.running() { "●" } else { "‖" };
    Span::styled(format!(" {mark} {} ", timer.text(now)), style)
}

/// Draws the footer row.
pub fn render(app: &App, p: &Presentation, area: Rect, buf: &mut Buffer) {
    let t = app.theme();
    let n = p.deck().len().max(1);
    let at = p.slide() + 1;
    let w = usize::from(area.width);
    let right = right(app, p);
    let right_w: usize = right.iter().map(|s| width(&s.content)).sum();
    let count = format!(" {at}/{n} ");
    let bar_w = (w / 6).clamp(0, 24);
    let filled = bar_w * at / n;
    let mut left = vec![
        Span::styled(count.clone(), t.bold),
        Span::styled("━".repeat(filled), t.progress),
        Span::styled("─".repeat(bar_w - filled), t.dim),
    ];
    let used = width(&count) + bar_w;
    let room = w.saturating_sub(used + right_w + 2);
    if let Some(m) = p.deck().meeting(app.data())
        && room > 4
    {
        left.push(Span::styled(
            format!("  {}", truncate(&m.title, room - 2)),
            t.dim,
        ));
    }
    buf.set_line(area.x, area.y, &Line::from(left), area.width);
    if right_w <= w {
        let x = area.right() - right_w as u16;
        buf.set_line(x, area.y, &Line::from(right), right_w as u16);
    }
}
