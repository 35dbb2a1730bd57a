//! The themes built into the binary, by name, and which one to start with.
//!
//! The files live in `assets/themes/` and are compiled in with `include_str!`, so the binary
//! needs nothing on disk and a missing file is a build error rather than a runtime one.

use super::{Theme, parse};
use crate::load::suggest;

/// The built-in themes' names, in the order a picker should offer them.
pub const NAMES: [&str; 4] = ["dark", "light", "high-contrast", "mono"];

/// The text of each built-in theme, in the order of [`NAMES`].
const FILES: [&str; 4] = [
    include_str!("../../assets/themes/dark.toml"),
    include_str!("../../assets/themes/light.toml"),
    include_str!("../../assets/themes/high-contrast.toml"),
    include_str!("../../assets/themes/mono.toml"),
];

/// A built-in theme by name (exact, as in [`NAMES`]).
///
/// An unknown name gives a message naming the nearest theme, if one is close, and listing
/// all of them. A built-in file that does not parse (the test suite checks they all do)
/// gives its diagnostics, one per line.
pub fn builtin(name: &str) -> Result<Theme, String> {
    let Some(i) = NAMES.iter().position(|n| n.eq_ignore_ascii_case(name)) else {
        let mut msg = format!("unknown theme `{name}`");
        if let Some(near) = suggest::nearest(name, NAMES) {
            msg.push_str(&format!(": did you mean `{near}`?"));
        }
        msg.push_str(&format!(
            " (the themes are {}, or a theme file: a path ending in .toml)",
            NAMES.join(", ")
        ));
        return Err(msg);
    };
    // `i` is a position in `NAMES`, which has as many entries as `FILES`.
    let name = NAMES[i];
    parse(&format!("assets/themes/{name}.toml"), FILES[i]).map_err(|diags| {
        diags
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    })
}

/// The built-in theme at position `i` of [`NAMES`], for a theme file that extends it (`None`
/// past the end; the built-in files always parse, which the test suite checks).
pub(super) fn builtin_at(i: usize) -> Option<Theme> {
    let name = NAMES.get(i)?;
    parse(&format!("assets/themes/{name}.toml"), FILES.get(i)?).ok()
}

/// The theme to use when none is chosen: `mono` when `NO_COLOR` is set to a non-empty value
/// (see <https://no-color.org>), else `dark`. The caller reads the environment and passes
/// `no_color`, so this stays a pure function.
pub fn default_name(no_color: bool) -> &'static str {
    if no_color { "mono" } else { "dark" }
}
