//! The words of a theme file's style tables: colour names, `#rrggbb`, and the modifier keys.
//!
//! Kept apart from the TOML walk in `parse.rs` so the vocabulary is one list, used both to
//! read values and to suggest the nearest one when a value is misspelt.

use ratatui::style::{Color, Modifier};

/// The colour names a theme may use, as written in files (kebab case; `_` is accepted for
/// `-`), with the colour each means. `reset` is the terminal's own default.
pub const COLOURS: [(&str, Color); 17] = [
    ("black", Color::Black),
    ("red", Color::Red),
    ("green", Color::Green),
    ("yellow", Color::Yellow),
    ("blue", Color::Blue),
    ("magenta", Color::Magenta),
    ("cyan", Color::Cyan),
    ("gray", Color::Gray),
    ("dark-gray", Color::DarkGray),
    ("light-red", Color::LightRed),
    ("light-green", Color::LightGreen),
    ("light-yellow", Color::LightYellow),
    ("light-blue", Color::LightBlue),
    ("light-magenta", Color::LightMagenta),
    ("light-cyan", Color::LightCyan),
    ("white", Color::White),
    ("reset", Color::Reset),
];

/// The boolean keys of a style table and the modifier each adds.
pub const MODIFIERS: [(&str, Modifier); 5] = [
    ("bold", Modifier::BOLD),
    ("dim", Modifier::DIM),
    ("italic", Modifier::ITALIC),
    ("underline", Modifier::UNDERLINED),
    ("reversed", Modifier::REVERSED),
];

/// Every key a style table may hold.
pub const STYLE_KEYS: [&str; 7] = ["fg", "bg", "bold", "dim", "italic", "underline", "reversed"];

/// Why a colour value was refused: a message and a help line.
#[derive(Debug, PartialEq, Eq)]
pub struct BadColour {
    pub message: String,
    pub help: String,
}

/// Reads a colour: a name from [`COLOURS`] (any case, `_` or `-`), or `#rrggbb`.
pub fn colour(word: &str) -> Result<Color, BadColour> {
    if let Some(hex) = word.strip_prefix('#') {
        let ok = hex.len() == 6 && hex.bytes().all(|b| b.is_ascii_hexdigit());
        // Six ASCII hex digits fit in a u32, so the parse cannot fail once `ok` holds.
        return match u32::from_str_radix(hex, 16) {
            Ok(rgb) if ok => {
                let [_, r, g, b] = rgb.to_be_bytes();
                Ok(Color::Rgb(r, g, b))
            }
            _ => Err(BadColour {
                message: format!("`{word}` is not a colour: `#` takes six hex digits"),
                help: "write `#rrggbb`, such as `#1e90ff`, or a colour name".into(),
            }),
        };
    }
    let key = word.to_ascii_lowercase().replace('_', "-");
    if let Some((_, c)) = COLOURS.iter().find(|(n, _)| *n == key) {
        return Ok(*c);
    }
    let names = COLOURS.iter().map(|(n, _)| *n);
    let help = match crate::load::suggest::nearest(&key, names.clone()) {
        Some(n) => format!("did you mean `{n}`?"),
        None => format!(
            "a colour is `#rrggbb` or one of {}",
            names
                .map(|n| format!("`{n}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    };
    Err(BadColour {
        message: format!("`{word}` is not a colour"),
        help,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_either_case_and_separator() {
        assert_eq!(colour("dark-gray"), Ok(Color::DarkGray));
        assert_eq!(colour("dark_gray"), Ok(Color::DarkGray));
        assert_eq!(colour("Light-Cyan"), Ok(Color::LightCyan));
        assert_eq!(colour("reset"), Ok(Color::Reset));
    }

    #[test]
    fn hex_needs_six_digits() {
        assert_eq!(colour("#1e90FF"), Ok(Color::Rgb(0x1e, 0x90, 0xff)));
        for bad in ["#12345", "#1234567", "#12345g", "#", "#+12345"] {
            let e = colour(bad).unwrap_err();
            assert!(e.message.contains("six hex digits"), "{bad}: {e:?}");
        }
    }

    #[test]
    fn a_misspelt_name_gets_the_nearest_or_the_list() {
        assert_eq!(colour("cyna").unwrap_err().help, "did you mean `cyan`?");
        assert_eq!(colour("grey").unwrap_err().help, "did you mean `gray`?");
        let e = colour("purpul").unwrap_err();
        assert_eq!(e.message, "`purpul` is not a colour");
        assert!(e.help.contains("`light-magenta`"), "{}", e.help);
    }
}
