//! Themes as data: the built-in theme files and what each promises; `errors` checks the
//! diagnostic for every kind of mistake in a theme file.

mod errors;

use cica_dash::theme::{NAMES, ROLES, Theme, builtin, default_name, is_monochrome};
use ratatui::style::{Color, Modifier, Style};

fn theme(name: &str) -> Theme {
    builtin(name).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn role(t: &Theme, name: &str) -> Style {
    t.styles()
        .into_iter()
        .find_map(|(n, s)| (n == name).then_some(s))
        .unwrap_or_else(|| panic!("no role {name}"))
}

#[test]
fn every_builtin_parses_under_its_own_name() {
    for name in NAMES {
        assert_eq!(theme(name).name, name);
    }
}

#[test]
fn dark_is_the_fallback_in_code() {
    assert_eq!(theme("dark"), Theme::fallback());
}

#[test]
fn only_mono_is_monochrome() {
    assert!(is_monochrome(&theme("mono")));
    for name in ["dark", "light", "high-contrast"] {
        assert!(!is_monochrome(&theme(name)), "{name}");
    }
    let mut tinted = theme("mono");
    tinted.today = tinted.today.bg(Color::Blue);
    assert!(!is_monochrome(&tinted));
}

#[test]
fn mono_sets_no_colour_and_blank_resets() {
    let mono = theme("mono");
    for (name, s) in mono.styles() {
        assert!(matches!(s.fg, None | Some(Color::Reset)), "{name}: {s:?}");
        assert!(matches!(s.bg, None | Some(Color::Reset)), "{name}: {s:?}");
    }
    assert_eq!(mono.blank, Style::new().fg(Color::Reset).bg(Color::Reset));
}

#[test]
fn mono_carries_meaning_by_modifiers() {
    let mono = theme("mono");
    let m = |r: &str| role(&mono, r).add_modifier;
    assert_eq!(m("selection"), Modifier::REVERSED | Modifier::BOLD);
    assert_eq!(m("link"), Modifier::BOLD | Modifier::UNDERLINED);
    let groups: [&[&str]; 4] = [
        &[
            "decision_approved",
            "decision_forwarded",
            "decision_tasked",
            "decision_noted",
            "decision_other",
        ],
        &["today", "selection"],
        &["day_meeting", "day_event"],
        &["timer", "timer_warn", "timer_over"],
    ];
    for group in groups {
        for (i, a) in group.iter().enumerate() {
            for b in &group[i + 1..] {
                assert_ne!(m(a), m(b), "mono: {a} and {b} look the same");
            }
        }
    }
}

#[test]
fn light_and_high_contrast_selections_are_strong() {
    for name in ["light", "high-contrast"] {
        let s = theme(name).selection;
        let (Some(fg), Some(bg)) = (s.fg, s.bg) else {
            panic!("{name}: selection needs fg and bg: {s:?}");
        };
        assert_ne!(fg, bg, "{name}");
        assert!(s.add_modifier.contains(Modifier::BOLD), "{name}");
    }
}

#[test]
fn light_never_puts_light_text_on_the_light_ground() {
    let light = [
        Color::White,
        Color::Gray,
        Color::Yellow,
        Color::LightRed,
        Color::LightGreen,
        Color::LightYellow,
        Color::LightBlue,
        Color::LightMagenta,
        Color::LightCyan,
    ];
    for (name, s) in theme("light").styles() {
        if s.fg.is_some_and(|c| light.contains(&c)) {
            let bg = s.bg.unwrap_or(Color::Reset);
            assert!(
                !light.contains(&bg) && bg != Color::Reset,
                "light: `{name}` draws light text on a light ground: {s:?}"
            );
        }
    }
}

#[test]
fn high_contrast_uses_no_dark_gray() {
    for (name, s) in theme("high-contrast").styles() {
        assert_ne!(s.fg, Some(Color::DarkGray), "{name}");
        assert_ne!(s.bg, Some(Color::DarkGray), "{name}");
    }
}

#[test]
fn unknown_builtin_names_the_nearest_and_lists_all() {
    let e = builtin("drak").unwrap_err();
    assert!(e.contains("unknown theme `drak`"), "{e}");
    assert!(e.contains("did you mean `dark`?"), "{e}");
    assert!(e.contains("dark, light, high-contrast, mono"), "{e}");
    let e = builtin("solarized").unwrap_err();
    assert!(!e.contains("did you mean"), "{e}");
}

#[test]
fn no_color_chooses_mono() {
    assert_eq!(default_name(true), "mono");
    assert_eq!(default_name(false), "dark");
    assert!(NAMES.contains(&default_name(true)) && NAMES.contains(&default_name(false)));
}

#[test]
fn roles_follow_the_struct() {
    let names: Vec<&str> = Theme::fallback().styles().map(|(n, _)| n).to_vec();
    assert_eq!(names, ROLES);
    assert_eq!(ROLES.len(), 40);
}
