//! A diagnostic with its exact line and column, code, message and help for every kind of
//! mistake in a theme file, built inline from a valid file with one line changed.

use cica_dash::load::{Code, Diagnostic};
use cica_dash::theme::{ROLES, parse};
use ratatui::style::{Color, Style};

/// A theme file: `name` on line 1, `[style]` on line 2, `line3` on line 3, then every role
/// but `skip` as `{}`.
fn file(line3: &str, skip: &str) -> String {
    let mut t = format!("name = \"t\"\n[style]\n{line3}\n");
    for r in ROLES.iter().filter(|r| **r != skip) {
        t.push_str(&format!("{r} = {{}}\n"));
    }
    t
}

fn errors(text: &str) -> Vec<Diagnostic> {
    let d = parse("my.toml", text).expect_err("the theme should be refused");
    assert!(
        d.iter().all(|d| d.file == "my.toml" && d.is_error()),
        "{d:#?}"
    );
    d
}

/// The only diagnostic: its code, line, column, and words of its message and help.
#[track_caller]
fn one(text: &str, code: Code, line: usize, col: usize, msg: &str, help: &str) {
    let d = errors(text);
    assert_eq!(d.len(), 1, "{d:#?}");
    let d = &d[0];
    assert_eq!((d.code, d.line, d.col), (code, line, col), "{d}");
    assert!(d.message.contains(msg), "{d}");
    assert!(d.help.as_deref().unwrap_or("").contains(help), "{d}");
}

#[test]
fn the_test_file_is_valid_when_nothing_is_wrong() {
    let t = parse(
        "my.toml",
        &file("accent = { fg = \"#1E90ff\", bold = false }", "accent"),
    )
    .expect("valid");
    assert_eq!(t.accent, Style::new().fg(Color::Rgb(0x1e, 0x90, 0xff)));
    let bom = format!("\u{feff}{}", file("", ""));
    assert!(parse("my.toml", &bom).is_ok());
}

#[test]
fn toml_syntax_error() {
    let text = file("accent = { fg = cyan }", "accent");
    one(&text, Code::Syntax, 3, 17, "string", "docs/themes.md");
}

#[test]
fn wrong_type_of_modifier() {
    let text = file("accent = { bold = \"yes\" }", "accent");
    one(
        &text,
        Code::WrongType,
        3,
        19,
        "`bold` must be true or false, not a string",
        "bold = true",
    );
}

#[test]
fn wrong_type_of_colour_and_of_role() {
    let text = file("accent = { fg = 3 }", "accent");
    one(
        &text,
        Code::WrongType,
        3,
        17,
        "`fg` must be a colour in quotes, not an integer",
        "fg = \"cyan\"",
    );
    let text = file("accent = \"cyan\"", "accent");
    one(
        &text,
        Code::WrongType,
        3,
        10,
        "the role `accent` must be a table",
        "{ fg = \"cyan\"",
    );
}

#[test]
fn bad_hex_colour() {
    let text = file("accent = { bg = \"#12345\" }", "accent");
    one(
        &text,
        Code::BadValue,
        3,
        17,
        "`#12345` is not a colour: `#` takes six hex digits",
        "#rrggbb",
    );
}

#[test]
fn misspelt_colour_names() {
    let text = file("accent = { fg = \"cyna\" }", "accent");
    one(
        &text,
        Code::BadValue,
        3,
        17,
        "`cyna` is not a colour",
        "did you mean `cyan`?",
    );
    // Nothing is close to "purpul": the help lists the colours instead.
    let text = file("accent = { fg = \"purpul\" }", "accent");
    one(
        &text,
        Code::BadValue,
        3,
        17,
        "`purpul` is not a colour",
        "`light-magenta`",
    );
}

#[test]
fn unknown_key_in_a_style() {
    let text = file("accent = { underlined = true }", "accent");
    one(
        &text,
        Code::UnknownKey,
        3,
        12,
        "unknown key `underlined` in the role `accent`",
        "did you mean `underline`?",
    );
}

#[test]
fn missing_role_is_named_at_the_style_table() {
    let text = file("", "timer_warn");
    one(
        &text,
        Code::MissingKey,
        2,
        2,
        "`style` is missing the role `timer_warn`",
        "timer_warn = {}",
    );
}

#[test]
fn unknown_role_suggests_the_nearest_and_its_absence_is_reported_too() {
    let d = errors(&file("acent = { fg = \"cyan\" }", "accent"));
    let found: Vec<_> = d.iter().map(|d| (d.code, d.line, d.col)).collect();
    assert_eq!(
        found,
        [(Code::MissingKey, 2, 2), (Code::UnknownKey, 3, 1)],
        "{d:#?}"
    );
    assert!(d[0].message.contains("`accent`"), "{}", d[0]);
    assert_eq!(d[1].message, "unknown role `acent` in `style`");
    assert_eq!(d[1].help.as_deref(), Some("did you mean `accent`?"));
}

#[test]
fn top_level_mistakes() {
    let text = file("", "").replace("name = ", "nmae = ");
    let d = errors(&text);
    let found: Vec<_> = d.iter().map(|d| (d.code, d.line, d.col)).collect();
    assert_eq!(
        found,
        [(Code::UnknownKey, 1, 1), (Code::MissingKey, 1, 1)],
        "{d:#?}"
    );
    assert_eq!(d[0].help.as_deref(), Some("did you mean `name`?"));
    assert!(d[1].message.contains("no `name`"), "{}", d[1]);
    one(
        "name = \"t\"\n",
        Code::MissingKey,
        1,
        1,
        "no `[style]` table",
        "[style]",
    );
    let text = file("", "").replace("name = \"t\"", "name = 7");
    one(
        &text,
        Code::WrongType,
        1,
        8,
        "`name` must be a string, not an integer",
        "in quotes",
    );
}

#[test]
fn every_problem_is_reported_in_order() {
    let text = file(
        "accent = { fg = \"cyna\", bold = 1, blink = true }",
        "accent",
    );
    let d = errors(&text);
    let found: Vec<_> = d.iter().map(|d| (d.code, d.line, d.col)).collect();
    assert_eq!(
        found,
        [
            (Code::BadValue, 3, 17),
            (Code::WrongType, 3, 32),
            (Code::UnknownKey, 3, 35)
        ],
        "{d:#?}"
    );
    assert!(
        d.iter().all(|d| d.to_string().starts_with("my.toml:3:")),
        "{d:#?}"
    );
}

#[test]
fn deep_nesting_is_refused_before_parsing() {
    let text = format!(
        "name = \"t\"\nx = {}1{}\n",
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    one(&text, Code::Syntax, 2, 69, "nested more than 64 deep", "");
}

#[test]
fn many_missing_roles_are_one_problem_that_suggests_extends() {
    let d = errors("name = \"t\"\n[style]\naccent = { fg = \"red\" }\n");
    assert_eq!(d.len(), 1, "one problem, not one per role: {d:#?}");
    assert_eq!((d[0].code, d[0].line, d[0].col), (Code::MissingKey, 2, 2));
    assert!(
        d[0].message
            .contains(&format!("missing {} roles", ROLES.len() - 1)),
        "{}",
        d[0]
    );
    assert!(d[0].message.contains("timer_warn"), "{}", d[0]);
    assert!(
        d[0].help
            .as_deref()
            .unwrap_or("")
            .contains("extends = \"dark\""),
        "{}",
        d[0]
    );
}

#[test]
fn extends_takes_the_roles_not_written_from_a_built_in_theme() {
    let t = parse(
        "mine.toml",
        "name = \"mine\"\nextends = \"high-contrast\"\n[style]\naccent = { fg = \"magenta\" }\n",
    )
    .expect("a partial theme that extends a built-in one is valid");
    let base = cica_dash::theme::builtin("high-contrast").unwrap();
    assert_eq!(t.name, "mine");
    assert_eq!(t.accent, Style::new().fg(Color::Magenta));
    assert_eq!(t.selection, base.selection, "taken from high-contrast");
    assert_eq!(t.timer_over, base.timer_over);
}

#[test]
fn extends_must_name_a_built_in_theme() {
    one(
        "name = \"t\"\nextends = \"drak\"\n[style]\n",
        Code::BadValue,
        2,
        11,
        "`extends` names no built-in theme: `drak`",
        "did you mean `dark`?",
    );
    one(
        "name = \"t\"\nextends = 3\n[style]\n",
        Code::WrongType,
        2,
        11,
        "`extends` must be a string",
        "extends = \"dark\"",
    );
}
