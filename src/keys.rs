//! How keys are named: the [`Key`] the key table binds (a key and whether Ctrl is held,
//! normalised from terminal events, with a short label for the help and the footer), and the
//! KEYS notation of `render --keys`: literal characters plus `<Tab>`, `<C-x>` and friends.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// A key with its modifiers (Shift is folded into the character).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    pub code: KeyCode,
    pub ctrl: bool,
}

impl Key {
    /// A key without Ctrl.
    pub const fn plain(code: KeyCode) -> Self {
        Key { code, ctrl: false }
    }

    /// A character key.
    pub const fn ch(c: char) -> Self {
        Key::plain(KeyCode::Char(c))
    }

    /// A Ctrl-character key.
    pub const fn ctrl(c: char) -> Self {
        Key {
            code: KeyCode::Char(c),
            ctrl: true,
        }
    }

    /// Normalises a terminal key event.
    pub fn from_event(ev: KeyEvent) -> Self {
        let code = match ev.code {
            KeyCode::Char(c) if ev.modifiers.contains(KeyModifiers::CONTROL) => {
                KeyCode::Char(c.to_ascii_lowercase())
            }
            KeyCode::Tab if ev.modifiers.contains(KeyModifiers::SHIFT) => KeyCode::BackTab,
            other => other,
        };
        Key {
            code,
            ctrl: ev.modifiers.contains(KeyModifiers::CONTROL),
        }
    }

    /// A short label: `j`, `↑`, `PgDn`, `C-c`.
    pub fn label(&self) -> String {
        let base = match self.code {
            KeyCode::Char(' ') => "Space".into(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Up => "↑".into(),
            KeyCode::Down => "↓".into(),
            KeyCode::Left => "←".into(),
            KeyCode::Right => "→".into(),
            KeyCode::PageUp => "PgUp".into(),
            KeyCode::PageDown => "PgDn".into(),
            KeyCode::Home => "Home".into(),
            KeyCode::End => "End".into(),
            KeyCode::Enter => "Enter".into(),
            KeyCode::Esc => "Esc".into(),
            KeyCode::Tab => "Tab".into(),
            KeyCode::BackTab => "S-Tab".into(),
            KeyCode::Backspace => "BS".into(),
            other => format!("{other:?}"),
        };
        if self.ctrl { format!("C-{base}") } else { base }
    }
}

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
    // The name is the user's text: shown, it must not reach the terminal as control codes.
    let name = crate::text::sanitize(name, crate::text::Lines::Single);
    Err(format!(
        "unknown key <{name}> in --keys; known: {} and <C-x>",
        known.join(" ")
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unknown_name_is_quoted_without_its_control_codes() {
        // Found by tests/fuzz.rs: the name was echoed raw, escape codes and all.
        let e = parse("<S-\u{1b}[2J>").unwrap_err();
        assert!(e.starts_with("unknown key <S-"), "{e}");
        assert!(!e.contains('\u{1b}'), "{e:?}");
    }

    #[test]
    fn shift_tab_and_ctrl_keys_are_normalised() {
        let ev = KeyEvent::new(KeyCode::Tab, KeyModifiers::SHIFT);
        assert_eq!(Key::from_event(ev), Key::plain(KeyCode::BackTab));
        let ev = KeyEvent::new(
            KeyCode::Char('C'),
            KeyModifiers::CONTROL | KeyModifiers::SHIFT,
        );
        assert_eq!(Key::from_event(ev), Key::ctrl('c'));
        let ev = KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(Key::from_event(ev), Key::ch('G'));
    }

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
