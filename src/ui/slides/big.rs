//! Big text for titles read from the back of a room, with a fallback that never loses a word.
//!
//! `tui-big-text` draws an 8×8 pixel font that covers ASCII only. [`plan`] uses it when every
//! character is printable ASCII and the words fit the width at some pixel size (full size,
//! then half height, then quadrants), on at most three big lines, within the rows allowed for
//! big text. Otherwise the text is drawn bold and word-wrapped at normal size, onto as many
//! rows as it needs; only a physically too small area cuts it (ending in `…`). So a Cyrillic,
//! Chinese or Arabic title always shows whole.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use tui_big_text::{BigText, PixelSize};

use super::flow::{Runs, wrap_runs};
use crate::text::width;

/// The most big lines a text is wrapped onto before falling back to normal text.
pub const MAX_BIG_LINES: usize = 3;

/// The pixel sizes tried, largest first, with each glyph's size in cells (columns, rows).
const SIZES: [(PixelSize, u16, u16); 3] = [
    (PixelSize::Full, 8, 8),
    (PixelSize::HalfHeight, 8, 4),
    (PixelSize::Quadrant, 4, 4),
];

/// How a text will be drawn: the lines, and the pixel size when big.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    /// `Some((size, glyph columns, glyph rows))` for big text, `None` for the fallback.
    big: Option<(PixelSize, u16, u16)>,
    lines: Vec<Runs>,
}

/// Plans `runs` for a column `width` cells wide: big when it fits in `big_rows` rows,
/// otherwise bold wrapped text cut to `max_rows` rows.
pub fn plan(runs: &[(&str, Style)], width: u16, big_rows: u16, max_rows: u16) -> Plan {
    let ascii = runs
        .iter()
        .all(|(t, _)| t.chars().all(|c| c == ' ' || c.is_ascii_graphic()));
    let has_text = runs.iter().any(|(t, _)| !t.trim().is_empty());
    if ascii && has_text {
        for (size, gw, gh) in SIZES {
            let per_line = usize::from(width / gw);
            if let Some(lines) = big_lines(runs, per_line)
                && lines.len() <= MAX_BIG_LINES
                && lines.len() * usize::from(gh) <= usize::from(big_rows)
            {
                return Plan {
                    big: Some((size, gw, gh)),
                    lines,
                };
            }
        }
    }
    let bold: Vec<(&str, Style)> = runs
        .iter()
        .map(|(t, s)| (*t, s.add_modifier(Modifier::BOLD)))
        .collect();
    let mut lines = wrap_runs(&bold, usize::from(width));
    let max = usize::from(max_rows);
    if lines.len() > max {
        lines.truncate(max);
        if let Some(last) = lines.last_mut() {
            let style = last.last().map_or_else(Style::new, |r| r.1);
            last.push(("…".to_owned(), style));
            *last = super::flow::clip(std::mem::take(last), usize::from(width));
        }
    }
    Plan { big: None, lines }
}

/// Wraps runs into lines of at most `per_line` characters at word boundaries; `None` when a
/// word is longer than a line (big text is never broken inside a word).
fn big_lines(runs: &[(&str, Style)], per_line: usize) -> Option<Vec<Runs>> {
    if per_line == 0 {
        return None;
    }
    let words = runs
        .iter()
        .flat_map(|(t, s)| t.split(' ').filter(|w| !w.is_empty()).map(move |w| (w, *s)));
    let mut lines: Vec<Runs> = Vec::new();
    let mut used = 0;
    for (word, style) in words {
        let n = word.len(); // printable ASCII: one byte, one glyph
        if n > per_line {
            return None;
        }
        match lines.last_mut() {
            Some(line) if used + 1 + n <= per_line => {
                line.push((" ".to_owned(), style));
                line.push((word.to_owned(), style));
                used += 1 + n;
            }
            _ => {
                lines.push(vec![(word.to_owned(), style)]);
                used = n;
            }
        }
    }
    Some(lines)
}

impl Plan {
    /// The rows it takes.
    pub fn height(&self) -> u16 {
        let rows_per_line = self.big.map_or(1, |(_, _, gh)| gh);
        u16::try_from(self.lines.len())
            .unwrap_or(u16::MAX)
            .saturating_mul(rows_per_line)
    }

    /// Whether it is drawn in big letters.
    pub fn is_big(&self) -> bool {
        self.big.is_some()
    }

    /// Draws it at the top of `area`, each line aligned on its own; nothing outside `area`.
    pub fn render(&self, area: Rect, align: Alignment, buf: &mut Buffer) {
        let (gw, gh) = self.big.map_or((1, 1), |(_, gw, gh)| (gw, gh));
        for (i, line) in self.lines.iter().enumerate() {
            let Ok(i) = u16::try_from(i) else { break };
            let y = area.y.saturating_add(i.saturating_mul(gh));
            if y >= area.bottom() {
                break;
            }
            let cells: usize = match self.big {
                Some(_) => line.iter().map(|(t, _)| t.len()).sum::<usize>() * usize::from(gw),
                None => line.iter().map(|(t, _)| width(t)).sum(),
            };
            let w = u16::try_from(cells).unwrap_or(u16::MAX).min(area.width);
            let x = area.x
                + match align {
                    Alignment::Left => 0,
                    Alignment::Center => (area.width - w) / 2,
                    Alignment::Right => area.width - w,
                };
            let spans: Vec<Span> = line
                .iter()
                .map(|(t, s)| Span::styled(t.as_str(), *s))
                .collect();
            let rect = Rect::new(x, y, w, gh.min(area.bottom() - y));
            match self.big {
                Some((size, _, _)) => BigText::builder()
                    .pixel_size(size)
                    .lines(vec![Line::from(spans)])
                    .build()
                    .render(rect, buf),
                None => {
                    buf.set_line(x, y, &Line::from(spans), w);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s() -> Style {
        Style::new()
    }

    #[test]
    fn short_ascii_is_full_size() {
        let p = plan(&[("Agenda", s())], 72, 8, 20);
        assert_eq!(p.big.map(|b| b.0), Some(PixelSize::Full));
        assert_eq!(p.height(), 8);
    }

    #[test]
    fn smaller_sizes_then_wrapping_then_fallback() {
        let title = "Second SOC meeting under the Kazakh chairmanship";
        // 100 columns: 25 quadrant glyphs a line, two lines.
        let p = plan(&[(title, s())], 100, 12, 40);
        assert_eq!(p.big.map(|b| b.0), Some(PixelSize::Quadrant));
        assert_eq!(p.lines.len(), 2);
        // Too few rows for big text: bold, wrapped, whole.
        let p = plan(&[(title, s())], 30, 4, 40);
        assert!(!p.is_big());
        assert_eq!(p.lines.len(), 2);
        // A word longer than a big line is never split.
        assert!(!plan(&[("Supercalifragilistic", s())], 70, 40, 40).is_big());
    }

    #[test]
    fn non_ascii_falls_back_and_shows_whole() {
        let title = "Совещание старших должностных лиц СВМДА — 第二次高官会议";
        let p = plan(&[(title, s())], 20, 40, 40);
        assert!(!p.is_big());
        let text: String = p
            .lines
            .iter()
            .flat_map(|l| l.iter().map(|(t, _)| t.as_str()))
            .collect::<Vec<_>>()
            .join("");
        assert_eq!(text.replace(' ', ""), title.replace(' ', ""));
        assert!(p.lines.iter().all(|l| {
            l.iter()
                .all(|(_, st)| st.add_modifier.contains(Modifier::BOLD))
        }));
        // Only a physically too small area cuts it, visibly.
        let p = plan(&[(title, s())], 20, 40, 2);
        assert_eq!(p.lines.len(), 2);
        assert!(p.lines[1].last().unwrap().0.ends_with('…'));
    }
}
