//! The KEYS notation of `render --keys`: literal characters plus `<Tab>`, `<C-x>` and friends.

use ratatui::crossterm::event::KeyCode;

use crate::keymap::Key;

/// The names accepted between angle brackets, and their keys.
const NAMES: &[(&str, KeyCode)] = &[
    ("Tab", KeyCode::Tab),
    ("S-Tab", KeyCode::BackTab),
    ("Enter", KeyCode::Enter),
    ("Esc", KeyCode::Esc),
    ("Up", KeyCode::Up),
    ("Down", KeyCode::Down),
    ("Left", KeyCode::Left),
    ("Right", KeyCode::Right),
    ("PageUp", KeyCode::PageUp),
    ("PageDown", KeyCode::PageDown),
    ("Home", KeyCode::Home),
    ("End", KeyCode::End),
    ("Space", KeyCode::Char(' ')),
    ("BS", KeyCode::Backspace),
];

/// Parses KEYS. A `<` that does not start a `<name>` is a literal `<`; an unknown name is an
/// error that names it.
pub fn parse(keys: &str) -> Result<Vec<Key>, String> {
    let mut out = Vec::new();
    let mut rest = keys;
    while let Some(c) = rest.chars().next() {
        if c == '<'
            && let Some(end) = rest.find('>')
            && end > 1
        {
            let name = &rest[1..end];
            out.push(named(name)?);
            rest = &rest[end + 1..];
            continue;
        }
        out.push(Key::ch(c));
        rest = &rest[c.len_utf8()..];
    }
    Ok(out)
}

fn named(name: &str) -> Result<Key, String> {
    if let Some((_, code)) = NAMES.iter().find(|(n, _)| *n == name) {
        return Ok(Key::plain(*code));
    }
    if let Some(c) = name.strip_prefix("C-")
        && let [c] = c.chars().collect::<Vec<_>>()[..]
    {
        return Ok(Key::ctrl(c.to_ascii_lowercase()));
    }
    let known: Vec<String> = NAMES.iter().map(|(n, _)| format!("<{n}>")).collect();
    Err(format!(
        "unknown key <{name}> in --keys; known: {} and <C-x>",
        known.join(" ")
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_names_and_ctrl() {
        let keys = parse("j<Tab>G<C-c><S-Tab>").unwrap();
        assert_eq!(
            keys,
            vec![
                Key::ch('j'),
                Key::plain(KeyCode::Tab),
                Key::ch('G'),
                Key::ctrl('c'),
                Key::plain(KeyCode::BackTab)
            ]
        );
    }

    #[test]
    fn a_lone_angle_bracket_is_literal() {
        assert_eq!(parse("<").unwrap(), vec![Key::ch('<')]);
        assert_eq!(parse("<>").unwrap(), vec![Key::ch('<'), Key::ch('>')]);
    }

    #[test]
    fn unknown_names_are_errors_that_name_them() {
        let err = parse("j<Tabb>").unwrap_err();
        assert!(err.contains("<Tabb>"), "{err}");
    }
}
