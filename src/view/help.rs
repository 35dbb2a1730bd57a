//! The help overlay's content, generated from the key table so it can never disagree with
//! it; `update` counts its lines to clamp scrolling.

use ratatui::text::{Line, Span};

use crate::bindings::{BINDINGS, Context};
use crate::text::{fit, wrap};
use crate::theme::Theme;

const KEYS_WIDTH: usize = 18;

/// The contexts in the order the help lists them.
const ORDER: [Context; 7] = [
    Context::Main,
    Context::Lists,
    Context::Calendar,
    Context::Detail,
    Context::Picker,
    Context::Help,
    Context::Always,
];

/// Every binding, grouped by context, then the mouse, wrapped to `width`.
pub fn lines(theme: &Theme, width: u16) -> Vec<Line<'static>> {
    let desc_w = usize::from(width).saturating_sub(KEYS_WIDTH + 2).max(10);
    let mut out = Vec::new();
    for ctx in ORDER {
        out.push(Line::styled(ctx.title(), theme.bold));
        for b in BINDINGS.iter().filter(|b| b.context == ctx) {
            let keys: Vec<String> = b.keys.iter().map(|k| k.label()).collect();
            for (i, d) in wrap(b.help, desc_w).into_iter().enumerate() {
                let k = if i == 0 {
                    keys.join(" ")
                } else {
                    String::new()
                };
                out.push(Line::from(vec![
                    Span::styled(format!("  {}", fit(&k, KEYS_WIDTH)), theme.accent),
                    Span::raw(d),
                ]));
            }
        }
        out.push(Line::default());
    }
    out.push(Line::styled("Mouse", theme.bold));
    let mouse = [
        "click a pane to focus it and select a row; click the selection again to open it",
        "the wheel moves the selection of the pane under the pointer",
    ];
    for m in mouse {
        out.extend(
            wrap(m, usize::from(width).saturating_sub(2))
                .into_iter()
                .map(|l| Line::raw(format!("  {l}"))),
        );
    }
    out
}
