//! A theme file's TOML → a [`Theme`], or every problem in it as a diagnostic with its line
//! and column.
//!
//! The file is walked by hand over toml's spanned document rather than through serde, so
//! each problem points at the exact key or value at fault and one bad role does not hide the
//! others: a user fixing a theme sees all of its mistakes at once.

use std::collections::HashSet;
use std::ops::Range;

use ratatui::style::Style;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::colour::{MODIFIERS, STYLE_KEYS, colour};
use super::{NAMES, ROLES, Theme};
use crate::load::diag::{Code, Diagnostic};
use crate::load::nesting::{MAX_NESTING, too_deep};
use crate::load::suggest;

/// The keys a theme file holds at the top.
const TOP_KEYS: [&str; 3] = ["name", "extends", "style"];

/// Help for a style value of the wrong type.
const STYLE_HELP: &str =
    "write a table such as `{ fg = \"cyan\", bold = true }`, or `{}` for no style";

/// Parses a theme file. `file` is the name shown in diagnostics; `text` may start with a BOM.
///
/// The file needs a `name` string and a `[style]` table giving every role in
/// [`ROLES`](super::ROLES); see `docs/themes.md` for the format. Every problem is returned,
/// sorted by position.
pub fn parse(file: &str, text: &str) -> Result<Theme, Vec<Diagnostic>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut p = Parser {
        file,
        text,
        diags: Vec::new(),
    };
    // `file` returns a theme only when it found no problem, and `None` only after reporting
    // one, so `Err` is never empty.
    if let Some(theme) = p.file() {
        return Ok(theme);
    }
    let mut diags = p.diags;
    diags.sort_by_key(|d| (d.line, d.col));
    // Messages quote keys and values from the file: keep control characters out of them.
    diags.iter_mut().for_each(Diagnostic::sanitize);
    Err(diags)
}

struct Parser<'a> {
    file: &'a str,
    text: &'a str,
    diags: Vec<Diagnostic>,
}

impl Parser<'_> {
    fn error(&mut self, span: Range<usize>, code: Code, message: String, help: Option<String>) {
        let d = Diagnostic::at(self.file, self.text, span, code, message);
        self.diags.push(match help {
            Some(h) => d.with_help(h),
            None => d,
        });
    }

    /// The whole file: `None` when something is wrong (and then a diagnostic says what).
    fn file(&mut self) -> Option<Theme> {
        if let Some(at) = too_deep(self.text) {
            let msg = format!("arrays or tables nested more than {MAX_NESTING} deep");
            self.error(at..at + 1, Code::Syntax, msg, None);
            return None;
        }
        let doc = match DeTable::parse(self.text) {
            Ok(doc) => doc.into_inner(),
            Err(e) => {
                let msg = e.message().lines().next().unwrap_or("").trim().to_owned();
                let help =
                    "see docs/themes.md, or `--theme dark` for a theme that works, for the format";
                self.error(
                    e.span().unwrap_or(0..0),
                    Code::Syntax,
                    msg,
                    Some(help.into()),
                );
                return None;
            }
        };
        // `extends = "dark"`: the roles not written come from a built-in theme.
        let base = doc
            .iter()
            .find(|(k, _)| k.get_ref().as_ref() == "extends")
            .map(|(_, v)| self.extends(v));
        let complete = base.is_none();
        let mut theme = match base {
            Some(Some(t)) => t,
            Some(None) => return None,
            None => Theme::plain(String::new()),
        };
        let (mut name, mut style) = (None, None);
        for (key, value) in doc {
            let span = key.span();
            match key.get_ref().as_ref() {
                "name" => name = Some(self.name(value)),
                "extends" => {}
                "style" => {
                    self.styles(span.clone(), value, &mut theme, complete);
                    style = Some(span);
                }
                other => {
                    let msg = format!("unknown key `{other}` in a theme");
                    let help = suggest::help(other, TOP_KEYS, "a theme holds");
                    self.error(span, Code::UnknownKey, msg, help);
                }
            }
        }
        // A `name` that is there but wrong has been reported already.
        match name {
            Some(Some(n)) => theme.name = n,
            Some(None) => {}
            None => {
                let msg = "the theme has no `name`".to_owned();
                let help = "write `name = \"…\"` at the top, before `[style]`";
                self.error(0..0, Code::MissingKey, msg, Some(help.into()));
            }
        }
        if style.is_none() {
            let msg = "the theme has no `[style]` table".to_owned();
            let help = "add `[style]` with one line per role, such as `accent = { fg = \"cyan\" }`";
            self.error(0..0, Code::MissingKey, msg, Some(help.into()));
        }
        self.diags.is_empty().then_some(theme)
    }

    /// The built-in theme that `extends` names.
    fn extends(&mut self, value: &Spanned<DeValue<'_>>) -> Option<Theme> {
        let Some(name) = value.get_ref().as_str() else {
            let msg = format!("`extends` must be a string, not {}", a(value.get_ref()));
            let help = format!("write `extends = \"dark\"`, one of {}", NAMES.join(", "));
            self.error(value.span(), Code::WrongType, msg, Some(help));
            return None;
        };
        match NAMES.iter().position(|n| *n == name) {
            Some(i) => super::embedded::builtin_at(i),
            None => {
                let msg = format!("`extends` names no built-in theme: `{name}`");
                let help = suggest::help(name, NAMES, "the built-in themes are");
                self.error(value.span(), Code::BadValue, msg, help);
                None
            }
        }
    }

    fn name(&mut self, value: Spanned<DeValue<'_>>) -> Option<String> {
        match value.get_ref().as_str() {
            Some(s) if !s.trim().is_empty() => Some(s.to_owned()),
            Some(_) => {
                let msg = "the theme's `name` is empty".to_owned();
                self.error(value.span(), Code::BadValue, msg, None);
                None
            }
            None => {
                let msg = format!("`name` must be a string, not {}", a(value.get_ref()));
                let help = "write `name = \"…\"`, in quotes";
                self.error(value.span(), Code::WrongType, msg, Some(help.into()));
                None
            }
        }
    }

    /// The `[style]` table (its key at `at`): a style for every role. A missing role is
    /// reported at the key, since it has no place of its own.
    fn styles(
        &mut self,
        at: Range<usize>,
        value: Spanned<DeValue<'_>>,
        theme: &mut Theme,
        complete: bool,
    ) {
        let span = value.span();
        let DeValue::Table(table) = value.into_inner() else {
            let msg = "`style` must be a table of roles".to_owned();
            let help = "write `[style]` on a line of its own, then one line per role";
            self.error(span, Code::WrongType, msg, Some(help.into()));
            return;
        };
        let mut seen = HashSet::new();
        for (key, value) in table {
            let role = key.get_ref().as_ref();
            match theme.role_mut(role) {
                Some(slot) => {
                    seen.insert(role.to_owned());
                    if let Some(s) = self.style(role, value) {
                        *slot = s;
                    }
                }
                None => {
                    let msg = format!("unknown role `{role}` in `style`");
                    let help = suggest::help(role, ROLES, "roles");
                    self.error(key.span(), Code::UnknownKey, msg, help);
                }
            }
        }
        let missing: Vec<&str> = ROLES
            .iter()
            .copied()
            .filter(|r| !seen.contains(*r))
            .collect();
        if complete && !missing.is_empty() {
            let msg = match missing.as_slice() {
                [one] => format!("`style` is missing the role `{one}`"),
                many => format!(
                    "`style` is missing {} roles: {}",
                    many.len(),
                    many.join(", ")
                ),
            };
            let first = missing[0];
            let help = format!(
                "every role needs a line, such as `{first} = {{ bold = true }}`, or `{first} = {{}}` for no style; or start the file with `extends = \"dark\"` to take the others from a built-in theme"
            );
            self.error(at, Code::MissingKey, msg, Some(help));
        }
    }

    /// One role's style table.
    fn style(&mut self, role: &str, value: Spanned<DeValue<'_>>) -> Option<Style> {
        let span = value.span();
        let DeValue::Table(table) = value.into_inner() else {
            let msg = format!("the role `{role}` must be a table");
            self.error(span, Code::WrongType, msg, Some(STYLE_HELP.into()));
            return None;
        };
        let mut style = Style::new();
        let mut ok = true;
        for (key, value) in table {
            let (k, vspan) = (key.get_ref().as_ref(), value.span());
            let v = value.get_ref();
            if k == "fg" || k == "bg" {
                let Some(word) = v.as_str() else {
                    let msg = format!("`{k}` must be a colour in quotes, not {}", a(v));
                    let help = format!("write `{k} = \"cyan\"` or `{k} = \"#1e90ff\"`");
                    self.error(vspan, Code::WrongType, msg, Some(help));
                    ok = false;
                    continue;
                };
                match colour(word) {
                    Ok(c) if k == "fg" => style = style.fg(c),
                    Ok(c) => style = style.bg(c),
                    Err(bad) => {
                        self.error(vspan, Code::BadValue, bad.message, Some(bad.help));
                        ok = false;
                    }
                }
            } else if let Some((_, m)) = MODIFIERS.iter().find(|(n, _)| *n == k) {
                match v.as_bool() {
                    Some(true) => style = style.add_modifier(*m),
                    Some(false) => {}
                    None => {
                        let msg = format!("`{k}` must be true or false, not {}", a(v));
                        let help = format!("write `{k} = true`, without quotes");
                        self.error(vspan, Code::WrongType, msg, Some(help));
                        ok = false;
                    }
                }
            } else {
                let msg = format!("unknown key `{k}` in the role `{role}`");
                let help = suggest::help(k, STYLE_KEYS, "a style holds");
                self.error(key.span(), Code::UnknownKey, msg, help);
                ok = false;
            }
        }
        ok.then_some(style)
    }
}

/// A value's type with its article, for messages: "a string", "an integer".
fn a(v: &DeValue<'_>) -> String {
    let t = v.type_str();
    let article = if t.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    };
    format!("{article} {t}")
}
