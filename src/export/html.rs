//! The handout index: one self-contained HTML page showing the exported SVG screens in order.
//!
//! It exists so a set of exported screens can be opened, paged through and printed as one
//! handout, one screen per printed page, with no script and nothing fetched but the pictures.

use super::escape;

/// The page's style: slides full width on screen, one slide per page when printed.
const CSS: &str = "\
body { font-family: system-ui, sans-serif; margin: 2em auto; max-width: 60em; padding: 0 1em; }
h1 { font-size: 1.6em; }
.slide { margin: 0 0 3em; }
.slide h2 { font-size: 1.1em; margin: 0 0 0.4em; }
.slide img { display: block; width: 100%; height: auto; border: 1px solid #888; }
@media print {
  body { margin: 0; max-width: none; }
  .slide { margin: 0; page-break-after: always; break-after: page; break-inside: avoid; }
  .slide:last-child { page-break-after: auto; break-after: auto; }
}
";

/// An HTML5 page titled `title` showing each slide in order, numbered from 1.
///
/// `slides` are `(file name, slide title)` pairs; the file names are used as relative links,
/// so the page belongs in the same directory as the pictures. Every title and name is escaped.
#[must_use]
pub fn index_html(title: &str, slides: &[(String, String)]) -> String {
    let title = escape(title);
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n<style>\n{CSS}</style>\n</head>\n<body>\n<h1>{title}</h1>\n"
    );
    for (number, (file, slide_title)) in (1..).zip(slides) {
        let slide_title = escape(slide_title);
        out.push_str(&format!(
            "<section class=\"slide\" id=\"slide-{number}\">\n\
             <h2>{number}. {slide_title}</h2>\n\
             <img src=\"{}\" alt=\"{slide_title}\">\n</section>\n",
            escape(&url_path(file))
        ));
    }
    out.push_str("</body>\n</html>\n");
    out
}

/// `name` as a relative URL path: bytes other than unreserved ASCII are percent-encoded, so a
/// name with a space, `#` or `?` still links to the file and not to a fragment or query.
fn url_path(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for byte in name.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn url_path_encodes_what_would_break_a_link() {
        assert_eq!(url_path("slide-01.svg"), "slide-01.svg");
        assert_eq!(url_path("a b#c?.svg"), "a%20b%23c%3F.svg");
        assert_eq!(url_path("上.svg"), "%E4%B8%8A.svg");
    }
}
