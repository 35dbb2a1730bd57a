//! Colours: what a ratatui [`Color`] looks like in an exported picture.
//!
//! It exists because a picture has no terminal to ask: the 16 named colours and the 256-colour
//! palette are fixed here to xterm's values, and [`Palette`] says what `Reset` stands for.

use ratatui::style::Color;

/// A colour as red, green and blue.
pub(crate) type Rgb = (u8, u8, u8);

/// The colours that [`Color::Reset`] stands for: the terminal's own default text and ground.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Palette {
    /// The default text colour.
    pub fg: (u8, u8, u8),
    /// The default background colour.
    pub bg: (u8, u8, u8),
}

impl Palette {
    /// Light-gray text on near-black, like a dark terminal.
    #[must_use]
    pub const fn dark() -> Self {
        Self {
            fg: (0xd0, 0xd0, 0xd0),
            bg: (0x1c, 0x1c, 0x1c),
        }
    }

    /// Near-black text on white, for paper and bright projectors.
    #[must_use]
    pub const fn light() -> Self {
        Self {
            fg: (0x1c, 0x1c, 0x1c),
            bg: (0xff, 0xff, 0xff),
        }
    }
}

/// The 16 named ANSI colours as xterm draws them, in ANSI order (black, red, … white).
pub(crate) const ANSI: [Rgb; 16] = [
    (0x00, 0x00, 0x00),
    (0xcd, 0x00, 0x00),
    (0x00, 0xcd, 0x00),
    (0xcd, 0xcd, 0x00),
    (0x00, 0x00, 0xee),
    (0xcd, 0x00, 0xcd),
    (0x00, 0xcd, 0xcd),
    (0xe5, 0xe5, 0xe5),
    (0x7f, 0x7f, 0x7f),
    (0xff, 0x00, 0x00),
    (0x00, 0xff, 0x00),
    (0xff, 0xff, 0x00),
    (0x5c, 0x5c, 0xff),
    (0xff, 0x00, 0xff),
    (0x00, 0xff, 0xff),
    (0xff, 0xff, 0xff),
];

/// The colour `color` stands for, `reset` standing in for [`Color::Reset`].
pub(crate) fn rgb(color: Color, reset: Rgb) -> Rgb {
    match color {
        Color::Reset => reset,
        Color::Black => ANSI[0],
        Color::Red => ANSI[1],
        Color::Green => ANSI[2],
        Color::Yellow => ANSI[3],
        Color::Blue => ANSI[4],
        Color::Magenta => ANSI[5],
        Color::Cyan => ANSI[6],
        Color::Gray => ANSI[7],
        Color::DarkGray => ANSI[8],
        Color::LightRed => ANSI[9],
        Color::LightGreen => ANSI[10],
        Color::LightYellow => ANSI[11],
        Color::LightBlue => ANSI[12],
        Color::LightMagenta => ANSI[13],
        Color::LightCyan => ANSI[14],
        Color::White => ANSI[15],
        Color::Rgb(r, g, b) => (r, g, b),
        Color::Indexed(n) => xterm256(n),
    }
}

/// xterm's 256-colour palette: the 16 named colours, a 6×6×6 cube, then 24 grays.
fn xterm256(n: u8) -> Rgb {
    let level = |v: u8| if v == 0 { 0 } else { 55 + 40 * v };
    match n {
        0..=15 => ANSI[usize::from(n)],
        16..=231 => {
            let i = n - 16;
            (level(i / 36), level(i / 6 % 6), level(i % 6))
        }
        _ => {
            let g = 8 + 10 * (n - 232);
            (g, g, g)
        }
    }
}

/// `#rrggbb`.
pub(crate) fn hex((r, g, b): Rgb) -> String {
    format!("#{r:02x}{g:02x}{b:02x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xterm_256_palette() {
        assert_eq!(xterm256(4), (0x00, 0x00, 0xee));
        assert_eq!(xterm256(16), (0, 0, 0));
        assert_eq!(xterm256(67), (95, 135, 175));
        assert_eq!(xterm256(196), (255, 0, 0));
        assert_eq!(xterm256(231), (255, 255, 255));
        assert_eq!(xterm256(232), (8, 8, 8));
        assert_eq!(xterm256(255), (238, 238, 238));
        assert_eq!(hex(xterm256(67)), "#5f87af");
    }
}
