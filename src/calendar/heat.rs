//! The year view's heat map: how busy a day was, as one of five levels, each drawn with a
//! glyph of its own density so that the map reads without colour (the `mono` theme,
//! `NO_COLOR`); the theme's `heat_0` … `heat_4` roles add colour where there is some.

/// How many levels there are: none, then four of rising activity.
pub const LEVELS: usize = 5;

/// The glyph of each level, from an empty day to the busiest: density carries the level.
pub const GLYPHS: [&str; LEVELS] = ["·", "░", "▒", "▓", "█"];

/// The entries a day has at each level, for the legend.
pub const LABELS: [&str; LEVELS] = ["0", "1", "2", "3–4", "5+"];

/// The level of a day with `count` entries (meetings and events on it).
pub fn level(count: usize) -> usize {
    match count {
        0 => 0,
        1 => 1,
        2 => 2,
        3 | 4 => 3,
        _ => 4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_follow_the_legend() {
        // The legend's labels, read as ranges, and the level of each count in them.
        for (count, want) in [(0, 0), (1, 1), (2, 2), (3, 3), (4, 3), (5, 4), (40, 4)] {
            assert_eq!(level(count), want, "{count} entries");
        }
        assert_eq!(LABELS[level(4)], "3–4");
        for (i, a) in GLYPHS.iter().enumerate() {
            assert!(!GLYPHS[i + 1..].contains(a), "each level has its own glyph");
            assert_eq!(crate::text::width(a), 1, "{a} is one cell");
        }
    }
}
