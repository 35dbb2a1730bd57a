//! Wrapped, styled lines built a field at a time: what every detail popup's content (items,
//! days, meetings, people) is written with, so labels, bullets and headings look alike. Lines
//! that name another item are recorded as links, for Enter to follow.

use std::ops::Range;

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::detail::Link;
use crate::dataset::Source;
use crate::text::{width, wrap};

/// Accumulates wrapped lines at a width.
pub(crate) struct Out<'t> {
    pub(super) w: usize,
    pub(super) theme: &'t crate::theme::Theme,
    pub(super) lines: Vec<Line<'static>>,
    /// The lines written as links, and where each leads.
    pub(super) links: Vec<(Range<usize>, Link)>,
}

impl<'t> Out<'t> {
    /// No lines yet, at width `w`.
    pub(super) fn new(w: u16, theme: &'t crate::theme::Theme) -> Self {
        Out {
            w: usize::from(w).max(1),
            theme,
            lines: Vec::new(),
            links: Vec::new(),
        }
    }

    /// Runs `write` and makes the lines it wrote one link (none when it wrote nothing).
    pub(super) fn link(&mut self, link: Option<Link>, write: impl FnOnce(&mut Self)) {
        let at = self.lines.len();
        write(self);
        if let Some(link) = link
            && self.lines.len() > at
        {
            self.links.push((at..self.lines.len(), link));
        }
    }

    /// `Label: first`, then the other values aligned under it, one line and one link each.
    pub(super) fn links_field(&mut self, label: &str, values: Vec<(String, Option<Link>)>) {
        let pad = " ".repeat(width(label) + 2);
        for (i, (value, link)) in values.into_iter().enumerate() {
            self.link(link, |o| {
                if i == 0 {
                    o.field(label, &value);
                } else if o.w < pad.len() + 10 {
                    o.para(&value, Style::new());
                } else {
                    for l in wrap(&value, o.w - pad.len()) {
                        o.lines.push(Line::raw(format!("{pad}{l}")));
                    }
                }
            });
        }
    }
}

impl Out<'_> {
    /// A wrapped paragraph; a `• ` bullet's continuation lines are indented under its text.
    pub(super) fn para(&mut self, text: &str, style: Style) {
        if let Some(rest) = text.strip_prefix("• ") {
            for (i, l) in wrap(rest, self.w.saturating_sub(2)).into_iter().enumerate() {
                let mark = if i == 0 { "• " } else { "  " };
                self.lines.push(Line::styled(format!("{mark}{l}"), style));
            }
            return;
        }
        for l in wrap(text, self.w) {
            self.lines.push(Line::styled(l, style));
        }
    }

    /// `Label: value`, the value wrapped under itself.
    pub(super) fn field(&mut self, label: &str, value: &str) {
        let lw = width(label) + 2;
        if self.w < lw + 10 {
            self.lines
                .push(Line::styled(label.to_owned(), self.theme.label));
            return self.para(value, Style::new());
        }
        for (i, l) in wrap(value, self.w - lw).into_iter().enumerate() {
            let head = if i == 0 {
                format!("{label}: ")
            } else {
                " ".repeat(lw)
            };
            self.lines.push(Line::from(vec![
                Span::styled(head, self.theme.label),
                Span::raw(l),
            ]));
        }
    }

    /// A field, when the value is there.
    pub(super) fn opt(&mut self, label: &str, value: Option<&str>) {
        if let Some(v) = value {
            self.field(label, v);
        }
    }

    /// An empty line.
    pub(super) fn gap(&mut self) {
        self.lines.push(Line::default());
    }

    /// A bold heading after an empty line.
    pub(super) fn heading(&mut self, text: &str) {
        self.gap();
        self.para(text, self.theme.bold);
    }

    /// A heading and its paragraph, when the text is there.
    pub(super) fn section(&mut self, heading: &str, text: Option<&str>, style: Style) {
        if let Some(t) = text {
            self.heading(heading);
            self.para(t, style);
        }
    }

    /// The item's sources, one bullet each.
    pub(super) fn sources(&mut self, sources: &[Source]) {
        if sources.is_empty() {
            return;
        }
        self.heading("Sources");
        for s in sources {
            let mut parts: Vec<String> = [&s.title, &s.publisher, &s.url]
                .into_iter()
                .flatten()
                .cloned()
                .collect();
            if let Some(d) = s.date {
                parts.push(d.human());
            }
            self.para(&format!("• {}", parts.join(" · ")), Style::new());
        }
    }
}
