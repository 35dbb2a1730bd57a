//! The SVG writer: one ratatui [`Buffer`] becomes one standalone SVG 1.1 picture of the screen.
//!
//! It exists because slides and handouts want the screen as a picture that stays sharp at any
//! size, and no crate draws a ratatui buffer that way. The picture is a grid of fixed cells
//! ([`CELL_W`] × [`CELL_H`] px); backgrounds are rectangles over whole runs of cells, and every
//! glyph is placed at its own cell, so columns line up whatever font the viewer has.

use std::fmt::Write as _;

use ratatui::buffer::{Buffer, Cell, CellWidth};
use ratatui::style::Modifier;

use super::color::{Palette, Rgb, hex, rgb};
use super::escape;

/// Width of one terminal cell in the picture, in px.
pub const CELL_W: u32 = 10;
/// Height of one terminal cell (one row) in the picture, in px.
pub const CELL_H: u32 = 20;
/// Font size of the text, in px. At 17 px DejaVu Sans Mono's advance (0.6 em ≈ 10.2 px) and
/// line height (1.16 em ≈ 19.8 px) just fill a 10 × 20 cell, so box-drawing lines join.
pub const FONT_SIZE: u32 = 17;
/// Distance from the top of a row to the text's baseline, in px (DejaVu's ascent at 17 px).
pub const BASELINE: u32 = 16;
/// The fonts asked for, first choice first: a monospace font for Latin, Cyrillic and box
/// drawing, then CJK fonts for the ideographs the first one lacks.
pub const FONT_FAMILY: &str =
    "'DejaVu Sans Mono', 'Noto Sans Mono CJK SC', 'Noto Sans CJK SC', monospace";

/// Opacity of text with the `DIM` modifier.
const DIM_OPACITY: &str = "0.55";

/// What a run of text shares: everything about a glyph's look except its background.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Ink {
    fg: Rgb,
    bold: bool,
    italic: bool,
    underline: bool,
    strike: bool,
    dim: bool,
    hidden: bool,
}

/// One grapheme as drawn: the cells it covers, its text and how it looks.
struct Glyph {
    /// First column it covers.
    col: u32,
    /// Columns it covers: 2 for CJK, 1 for most else.
    width: u32,
    /// The text, with control characters already replaced by U+FFFD.
    text: String,
    bg: Rgb,
    ink: Ink,
}

impl Glyph {
    /// Whether the glyph leaves a mark: blank cells need no text unless lined.
    fn visible(&self) -> bool {
        !self.ink.hidden
            && (self.ink.underline
                || self.ink.strike
                || !self.text.chars().all(char::is_whitespace))
    }

    /// The x of the middle of the cells the glyph covers: glyphs are centred in their cells.
    fn centre_x(&self) -> u32 {
        self.col * CELL_W + self.width * CELL_W / 2
    }
}

/// Draws `buf` as a standalone SVG 1.1 document, `Color::Reset` taken from `palette`.
///
/// The picture is `width × CELL_W` by `height × CELL_H` px. Named colours are xterm's,
/// `Indexed(n)` is xterm's 256-colour palette, `Rgb` is kept as is. Bold, italic, underline,
/// crossed-out, dim, reversed and hidden are drawn; blinking is not. A wide grapheme (CJK)
/// covers two cells and the cell it hides is not drawn.
#[must_use]
pub fn svg(buf: &Buffer, palette: &Palette) -> String {
    let rows: Vec<Vec<Glyph>> = (0..buf.area.height)
        .map(|row| row_glyphs(buf, row, palette))
        .collect();
    let (w, h) = (
        u32::from(buf.area.width) * CELL_W,
        u32::from(buf.area.height) * CELL_H,
    );
    let mut out = String::with_capacity(64 * buf.content().len() + 512);
    // Writing to a String cannot fail, so the fmt::Results below are ignored.
    let _ = writeln!(
        out,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"{w}\" height=\"{h}\" \
         viewBox=\"0 0 {w} {h}\" xml:space=\"preserve\">"
    );
    // crispEdges: neighbouring rows' rectangles meet without an anti-aliased seam.
    let _ = writeln!(
        out,
        "<g shape-rendering=\"crispEdges\">\n<rect width=\"{w}\" height=\"{h}\" fill=\"{}\"/>",
        hex(palette.bg)
    );
    for (row, glyphs) in (0u32..).zip(&rows) {
        write_backgrounds(&mut out, glyphs, row, palette.bg);
    }
    // All text after all backgrounds, so no row's ground covers the row above's descenders.
    let _ = writeln!(
        out,
        "</g>\n<g font-family=\"{}\" font-size=\"{FONT_SIZE}\" text-anchor=\"middle\">",
        escape(FONT_FAMILY)
    );
    for (row, glyphs) in (0u32..).zip(&rows) {
        write_texts(&mut out, glyphs, row);
    }
    out.push_str("</g>\n</svg>\n");
    out
}

/// The glyphs of one row, left to right, each starting where the one before ends.
fn row_glyphs(buf: &Buffer, row: u16, palette: &Palette) -> Vec<Glyph> {
    let area = buf.area;
    let mut glyphs = Vec::new();
    let mut col = 0;
    while col < area.width {
        let Some(cell) = buf.cell((area.x.saturating_add(col), area.y.saturating_add(row))) else {
            break;
        };
        // A wide glyph covers the cells after it (ratatui leaves them blank): skip those.
        let width = cell_width(cell).clamp(1, area.width - col);
        let (bg, ink) = resolve(cell, palette);
        let text = cell
            .symbol()
            .chars()
            .map(|c| if c.is_control() { '\u{fffd}' } else { c })
            .collect();
        glyphs.push(Glyph {
            col: u32::from(col),
            width: u32::from(width),
            text,
            bg,
            ink,
        });
        col += width;
    }
    glyphs
}

/// Columns the cell's grapheme covers, by ratatui's own measure (unicode-width, plus
/// `ForcedWidth` and halfwidth kana marks) so the picture agrees with the terminal. A control
/// character, which ratatui's measure refuses in debug builds, is drawn as one U+FFFD.
fn cell_width(cell: &Cell) -> u16 {
    if cell.symbol().contains(char::is_control) {
        1
    } else {
        cell.cell_width()
    }
}

/// The cell's background and ink, with `Reset` looked up in `palette` and `REVERSED` applied.
fn resolve(cell: &Cell, palette: &Palette) -> (Rgb, Ink) {
    let m = cell.modifier;
    let mut fg = rgb(cell.fg, palette.fg);
    let mut bg = rgb(cell.bg, palette.bg);
    if m.contains(Modifier::REVERSED) {
        std::mem::swap(&mut fg, &mut bg);
    }
    let ink = Ink {
        fg,
        bold: m.contains(Modifier::BOLD),
        italic: m.contains(Modifier::ITALIC),
        underline: m.contains(Modifier::UNDERLINED),
        strike: m.contains(Modifier::CROSSED_OUT),
        dim: m.contains(Modifier::DIM),
        hidden: m.contains(Modifier::HIDDEN),
    };
    (bg, ink)
}

/// One rectangle per run of cells whose background differs from the picture's ground.
fn write_backgrounds(out: &mut String, glyphs: &[Glyph], row: u32, ground: Rgb) {
    for run in glyphs.chunk_by(|a, b| a.bg == b.bg) {
        let (Some(first), Some(last)) = (run.first(), run.last()) else {
            continue;
        };
        if first.bg == ground {
            continue;
        }
        let _ = writeln!(
            out,
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{CELL_H}\" fill=\"{}\"/>",
            first.col * CELL_W,
            row * CELL_H,
            (last.col + last.width - first.col) * CELL_W,
            hex(first.bg)
        );
    }
}

/// One `<text>` per run of glyphs with the same ink, one `<tspan>` per visible glyph.
///
/// Each tspan has its own x, the centre of its cells, under `text-anchor="middle"`: every
/// glyph then sits in its own cells even when the viewer's font is wider or narrower than a
/// cell, or a CJK fallback font's ideographs are not exactly two cells wide. One x per run
/// (drift), an x list per character or `textLength` (both ignored by librsvg, and an x list
/// would pull a grapheme's combining marks apart) do not keep columns exact everywhere.
fn write_texts(out: &mut String, glyphs: &[Glyph], row: u32) {
    for run in glyphs.chunk_by(|a, b| a.ink == b.ink) {
        let Some(ink) = run.first().map(|g| g.ink) else {
            continue;
        };
        if !run.iter().any(Glyph::visible) {
            continue;
        }
        let _ = write!(
            out,
            "<text y=\"{}\" fill=\"{}\"",
            row * CELL_H + BASELINE,
            hex(ink.fg)
        );
        if ink.bold {
            out.push_str(" font-weight=\"bold\"");
        }
        if ink.italic {
            out.push_str(" font-style=\"italic\"");
        }
        if ink.dim {
            let _ = write!(out, " opacity=\"{DIM_OPACITY}\"");
        }
        out.push('>');
        // On each tspan, not the text: librsvg does not pass text-decoration down to tspans.
        let decoration = match (ink.underline, ink.strike) {
            (true, true) => " text-decoration=\"underline line-through\"",
            (true, false) => " text-decoration=\"underline\"",
            (false, true) => " text-decoration=\"line-through\"",
            (false, false) => "",
        };
        for glyph in run.iter().filter(|g| g.visible()) {
            let _ = write!(
                out,
                "<tspan x=\"{}\"{decoration}>{}</tspan>",
                glyph.centre_x(),
                escape(&glyph.text)
            );
        }
        out.push_str("</text>\n");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::color::ANSI;
    use ratatui::style::Color;

    #[test]
    fn reset_comes_from_the_palette_and_reverse_swaps() {
        let mut cell = Cell::new("x");
        cell.set_fg(Color::Red).modifier = Modifier::REVERSED;
        let (bg, ink) = resolve(&cell, &Palette::light());
        assert_eq!((bg, ink.fg), (ANSI[1], Palette::light().bg));
    }
}
