//! Colours and text attributes as data: a [`Theme`] names a [`Style`] for every role the
//! screens draw (selection, link marks, decision kinds, timer states, …).
//!
//! The ui never writes a literal colour; it asks the theme passed to it. Themes are TOML files
//! in `assets/themes/`, embedded in the binary, so `--theme light` or a projector's
//! high-contrast theme changes every screen at once, and `NO_COLOR` selects the monochrome
//! theme, whose roles are carried by bold, underline and reverse alone.

mod colour;
mod embedded;
mod parse;

pub use embedded::{NAMES, builtin, default_name};
pub use parse::parse;

use ratatui::style::{Color, Modifier, Style};

/// A style for every role on screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Theme {
    /// The theme's name (`dark`, `light`, `high-contrast`, `mono`).
    pub name: String,
    /// The ground of every screen: default text on the default background.
    pub base: Style,
    /// Emphasis in the accent colour: key names, participant codes, meeting marks.
    pub accent: Style,
    /// Link marks: items that belong to the selected item.
    pub link: Style,
    /// Secondary text.
    pub dim: Style,
    /// Strong text: titles, names.
    pub bold: Style,
    /// Field labels in detail popups.
    pub label: Style,
    /// The border of a pane without focus.
    pub border: Style,
    /// The border of the focused pane or an open popup.
    pub border_focused: Style,
    /// The selected row of the focused list.
    pub selection: Style,
    /// A tab of the tab bar.
    pub tab: Style,
    /// The focused tab.
    pub tab_active: Style,
    /// The "CICA" badge in the header.
    pub badge: Style,
    /// A short notice in the footer.
    pub notice: Style,
    /// The FILTER marker in the footer.
    pub filter: Style,
    /// Error text.
    pub error: Style,
    /// The banner over the panes after a failed reload.
    pub error_banner: Style,
    /// Added to today's cell in the calendar.
    pub today: Style,
    /// A calendar day with a meeting.
    pub day_meeting: Style,
    /// A calendar day with events but no meeting.
    pub day_event: Style,
    /// Decisions that approve or adopt.
    pub decision_approved: Style,
    /// Decisions that recommend or forward.
    pub decision_forwarded: Style,
    /// Decisions that task someone.
    pub decision_tasked: Style,
    /// Decisions that take note.
    pub decision_noted: Style,
    /// Any other decision verb.
    pub decision_other: Style,
    /// A statement delivered by video.
    pub delivery_video: Style,
    /// A written statement or one read out by someone else.
    pub delivery_written: Style,
    /// A statement only reported.
    pub delivery_reported: Style,
    /// The big title of a slide.
    pub slide_title: Style,
    /// Body text of a slide.
    pub slide_text: Style,
    /// The presentation timer while running normally.
    pub timer: Style,
    /// The countdown in its last five minutes.
    pub timer_warn: Style,
    /// The countdown in its last minute, and the overrun.
    pub timer_over: Style,
    /// The filled part of the progress bar.
    pub progress: Style,
    /// A blanked screen.
    pub blank: Style,
    /// A planned or postponed entry in the calendar (held ones are plain).
    pub planned: Style,
    /// The year view's days without entries.
    pub heat_0: Style,
    /// The year view's days with one entry.
    pub heat_1: Style,
    /// The year view's days with two entries.
    pub heat_2: Style,
    /// The year view's days with three or four entries.
    pub heat_3: Style,
    /// The year view's days with five entries or more.
    pub heat_4: Style,
}

impl Theme {
    /// The colour of a decision's action verb, by kind of action.
    pub fn decision(&self, verb: &str) -> Style {
        let v = verb.to_lowercase();
        if v.contains("approv") || v.contains("adopt") {
            self.decision_approved
        } else if v.contains("recommend") || v.contains("forward") {
            self.decision_forwarded
        } else if v.contains("task") {
            self.decision_tasked
        } else if v.contains("note") {
            self.decision_noted
        } else {
            self.decision_other
        }
    }

    /// The built-in dark theme in code: the colours the dashboard had before themes became
    /// files. Tests use it so they do not depend on the theme files.
    pub fn fallback() -> Self {
        let fg = |c: Color| Style::new().fg(c);
        let bold = Style::new().add_modifier(Modifier::BOLD);
        Theme {
            name: "dark".into(),
            base: Style::new(),
            accent: fg(Color::Cyan),
            link: fg(Color::Yellow),
            dim: fg(Color::DarkGray),
            bold,
            label: fg(Color::Cyan).add_modifier(Modifier::BOLD),
            border: fg(Color::Gray),
            border_focused: fg(Color::Cyan).add_modifier(Modifier::BOLD),
            selection: Style::new()
                .bg(Color::Blue)
                .fg(Color::White)
                .add_modifier(Modifier::BOLD),
            tab: fg(Color::Gray),
            tab_active: Style::new()
                .bg(Color::Cyan)
                .fg(Color::Black)
                .add_modifier(Modifier::BOLD),
            badge: Style::new()
                .bg(Color::Cyan)
                .fg(Color::Black)
                .add_modifier(Modifier::BOLD),
            notice: Style::new().fg(Color::Black).bg(Color::Yellow),
            filter: Style::new()
                .bg(Color::Yellow)
                .fg(Color::Black)
                .add_modifier(Modifier::BOLD),
            error: fg(Color::Red).add_modifier(Modifier::BOLD),
            error_banner: Style::new()
                .bg(Color::Red)
                .fg(Color::White)
                .add_modifier(Modifier::BOLD),
            today: Style::new().add_modifier(Modifier::ITALIC | Modifier::UNDERLINED),
            day_meeting: fg(Color::Cyan).add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            day_event: fg(Color::Yellow).add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            decision_approved: fg(Color::Green).add_modifier(Modifier::BOLD),
            decision_forwarded: fg(Color::Blue).add_modifier(Modifier::BOLD),
            decision_tasked: fg(Color::Magenta).add_modifier(Modifier::BOLD),
            decision_noted: fg(Color::Gray).add_modifier(Modifier::BOLD),
            decision_other: fg(Color::White).add_modifier(Modifier::BOLD),
            delivery_video: fg(Color::Magenta),
            delivery_written: fg(Color::Blue),
            delivery_reported: fg(Color::Gray),
            slide_title: fg(Color::Cyan).add_modifier(Modifier::BOLD),
            slide_text: Style::new(),
            timer: fg(Color::Green).add_modifier(Modifier::BOLD),
            timer_warn: fg(Color::Yellow).add_modifier(Modifier::BOLD),
            timer_over: fg(Color::Red).add_modifier(Modifier::BOLD),
            progress: fg(Color::Cyan),
            blank: Style::new().bg(Color::Black).fg(Color::Black),
            planned: fg(Color::LightBlue).add_modifier(Modifier::ITALIC),
            heat_0: fg(Color::DarkGray),
            heat_1: fg(Color::Green),
            heat_2: fg(Color::Green).add_modifier(Modifier::BOLD),
            heat_3: fg(Color::LightGreen).add_modifier(Modifier::BOLD),
            heat_4: fg(Color::LightYellow).add_modifier(Modifier::BOLD),
        }
    }
}

/// Defines [`ROLES`] and the by-name access to a theme's styles from one list of the roles.
/// The list destructures [`Theme`] without `..`, so a field added to the struct and not to
/// the list is a compile error: theme files can never silently lack a role.
macro_rules! roles {
    ($($role:ident),* $(,)?) => {
        /// Every role's name as theme files spell it (the field's name), in field order.
        pub const ROLES: [&str; [$(stringify!($role)),*].len()] = [$(stringify!($role)),*];

        impl Theme {
            /// Each role's name and style, in the order of [`ROLES`].
            pub fn styles(&self) -> [(&'static str, Style); ROLES.len()] {
                let Theme { name: _, $($role),* } = self;
                [$((stringify!($role), *$role)),*]
            }

            fn styles_mut(&mut self) -> [(&'static str, &mut Style); ROLES.len()] {
                let Theme { name: _, $($role),* } = self;
                [$((stringify!($role), $role)),*]
            }
        }
    };
}

roles!(
    base,
    accent,
    link,
    dim,
    bold,
    label,
    border,
    border_focused,
    selection,
    tab,
    tab_active,
    badge,
    notice,
    filter,
    error,
    error_banner,
    today,
    day_meeting,
    day_event,
    decision_approved,
    decision_forwarded,
    decision_tasked,
    decision_noted,
    decision_other,
    delivery_video,
    delivery_written,
    delivery_reported,
    slide_title,
    slide_text,
    timer,
    timer_warn,
    timer_over,
    progress,
    blank,
    planned,
    heat_0,
    heat_1,
    heat_2,
    heat_3,
    heat_4,
);

impl Theme {
    /// A theme of the given name with every role unstyled (`Style::new()`), to be filled in.
    fn plain(name: String) -> Self {
        let mut t = Theme::fallback();
        t.name = name;
        for (_, s) in t.styles_mut() {
            *s = Style::new();
        }
        t
    }

    /// The style of a role by its name in [`ROLES`], for the parser.
    fn role_mut(&mut self, role: &str) -> Option<&mut Style> {
        self.styles_mut()
            .into_iter()
            .find_map(|(n, s)| (n == role).then_some(s))
    }
}

/// Whether no role of the theme sets a colour: every foreground and background is absent or
/// `Reset`, and nothing else but modifiers is set. True of `mono`, the `NO_COLOR` theme.
pub fn is_monochrome(theme: &Theme) -> bool {
    let uncoloured = |c: Option<Color>| matches!(c, None | Some(Color::Reset));
    theme.styles().iter().all(|(_, s)| {
        // Rebuilt from the fields checked here, so any other colour (such as an underline
        // colour) makes the two differ.
        let known = Style {
            fg: s.fg,
            bg: s.bg,
            add_modifier: s.add_modifier,
            sub_modifier: s.sub_modifier,
            ..Style::new()
        };
        uncoloured(s.fg) && uncoloured(s.bg) && known == *s
    })
}

impl Default for Theme {
    fn default() -> Self {
        Theme::fallback()
    }
}
