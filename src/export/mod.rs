//! Export screens as files a person can keep: each screen (a ratatui [`Buffer`]) as an SVG
//! picture, and an HTML page that lists those pictures in order as a printable handout.
//!
//! No crate turns a ratatui buffer into SVG, so this is a small writer of our own. It draws
//! what a terminal would show, cell for cell, and keeps the columns exact whatever font the
//! viewer substitutes (see [`svg`]). Nothing here touches the terminal: give it a buffer
//! (from `render` or a `TestBackend`), get strings back, and [`write_all`] them to a directory.
//!
//! [`Buffer`]: ratatui::buffer::Buffer

mod color;
mod html;
mod svg;

pub use color::Palette;
pub use html::index_html;
pub use svg::{BASELINE, CELL_H, CELL_W, FONT_FAMILY, FONT_SIZE, svg};

use std::io;
use std::path::{Component, Path};

/// Writes each `(file name, contents)` into `dir`, creating `dir` and its parents first.
///
/// A name must be a plain file name: one with a path separator, a `..`, or nothing at all is
/// refused with [`io::ErrorKind::InvalidInput`] before anything is written, so a slide title
/// turned file name cannot write outside `dir`. Existing files of the same name are replaced.
pub fn write_all(dir: &Path, files: &[(String, String)]) -> io::Result<()> {
    if let Some((name, _)) = files.iter().find(|(name, _)| !is_plain_name(name)) {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("refusing to write {name:?}: not a plain file name"),
        ));
    }
    std::fs::create_dir_all(dir)?;
    for (name, contents) in files {
        std::fs::write(dir.join(name), contents)?;
    }
    Ok(())
}

/// Whether `name` names a file directly inside a directory: one normal path component, no
/// separator of any platform, no `..` anywhere (`a..b` is refused too: simpler to explain).
fn is_plain_name(name: &str) -> bool {
    let mut components = Path::new(name).components();
    let one_normal = matches!(
        (components.next(), components.next()),
        (Some(Component::Normal(_)), None)
    );
    one_normal
        && !name.contains(['/', '\\', '\0'])
        && !name.chars().any(std::path::is_separator)
        && !name.contains("..")
}

/// Escapes `text` for XML and HTML, in text and in quoted attribute values alike.
///
/// `& < > " '` become references. Characters XML 1.0 does not allow at all (C0 controls other
/// than tab, newline and carriage return; U+FFFE and U+FFFF) become U+FFFD, the replacement
/// character, since no escape can carry them: `&#1;` is as invalid as the raw byte.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' | '\r' => out.push(c),
            '\0'..='\u{1f}' | '\u{fffe}' | '\u{ffff}' => out.push('\u{fffd}'),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_references_markup_and_replaces_what_xml_forbids() {
        assert_eq!(escape("a<&>\"'b"), "a&lt;&amp;&gt;&quot;&#39;b");
        assert_eq!(escape("x\u{1}\u{ffff}\ty"), "x\u{fffd}\u{fffd}\ty");
        assert_eq!(escape("上海 Нурлан"), "上海 Нурлан");
    }

    #[test]
    fn plain_names_only() {
        for ok in ["slide-01.svg", "index.html", "上海.svg"] {
            assert!(is_plain_name(ok), "{ok}");
        }
        for bad in [
            "", ".", "..", "../x.svg", "a/b.svg", "a\\b.svg", "/abs.svg", "x..svg",
        ] {
            assert!(!is_plain_name(bad), "{bad}");
        }
    }
}
