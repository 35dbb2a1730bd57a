//! The help overlay's content, generated from the key table so it can never disagree with
//! it; `update` counts its lines to clamp scrolling.

use ratatui::text::{Line, Span};

use crate::bindings::{BINDINGS, Context};
use crate::text::{fit, wrap};
use crate::theme::Theme;

const KEYS_WIDTH: usize = 18;

/// The contexts of the dashboard, in the order the help lists them.
const DASHBOARD: &[Context] = &[
    Context::Main,
    Context::Lists,
    Context::Calendar,
    Context::Detail,
    Context::Profile,
    Context::ProfilePicker,
    Context::Picker,
    Context::Search,
    Context::Coordination,
    Context::Glossary,
    Context::Timeline,
    Context::Statistics,
    Context::StatsYears,
    Context::Help,
    Context::Always,
];

/// The contexts of a presentation.
const PRESENTATION: &[Context] = &[
    Context::Presentation,
    Context::Overview,
    Context::Help,
    Context::Always,
];

/// The bindings of a context; rows in a row with the same help text (the digits) are one.
fn rows(ctx: Context) -> Vec<(String, &'static str)> {
    let mut out: Vec<(Vec<String>, &'static str)> = Vec::new();
    for b in BINDINGS.iter().filter(|b| b.context == ctx) {
        let keys = b.keys.iter().map(|k| k.label());
        match out.last_mut() {
            Some((k, help)) if *help == b.help => k.extend(keys),
            _ => out.push((keys.collect(), b.help)),
        }
    }
    out.into_iter()
        .map(|(keys, help)| {
            let digits: Vec<String> = (0..10).map(|d| d.to_string()).collect();
            let label = if keys == digits {
                "0–9".to_owned()
            } else {
                keys.join(" ")
            };
            (label, help)
        })
        .collect()
}

/// Every binding of the screen's contexts (a presentation's or the dashboard's), grouped by
/// context, then the mouse, wrapped to `width`.
pub fn lines(theme: &Theme, width: u16, presenting: bool) -> Vec<Line<'static>> {
    let desc_w = usize::from(width).saturating_sub(KEYS_WIDTH + 2).max(10);
    let mut out = Vec::new();
    let order = if presenting { PRESENTATION } else { DASHBOARD };
    for &ctx in order {
        out.push(Line::styled(ctx.title(), theme.bold));
        for (keys, help) in rows(ctx) {
            for (i, d) in wrap(help, desc_w).into_iter().enumerate() {
                let k = if i == 0 { keys.clone() } else { String::new() };
                out.push(Line::from(vec![
                    Span::styled(format!("  {}", fit(&k, KEYS_WIDTH)), theme.accent),
                    Span::raw(d),
                ]));
            }
        }
        out.push(Line::default());
    }
    out.push(Line::styled("Mouse", theme.bold));
    let mouse: &[&str] = if presenting {
        &[
            "a click or the wheel down: next slide; the wheel up: previous slide",
            "in the overview, click a slide to go to it",
        ]
    } else {
        &[
            "click a pane to focus it and select a row; click the selection again to open it",
            "the wheel moves the selection of the pane under the pointer",
        ]
    };
    for m in mouse {
        out.extend(
            wrap(m, usize::from(width).saturating_sub(2))
                .into_iter()
                .map(|l| Line::raw(format!("  {l}"))),
        );
    }
    out
}
