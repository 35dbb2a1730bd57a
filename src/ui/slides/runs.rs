//! Styled text, wrapped: runs of text in one style each, word-wrapped by
//! [`crate::text::wrap`] (so CJK breaks between characters and no grapheme is ever split)
//! with every character keeping its style, hanging indents, and cutting with `…`.

use ratatui::style::Style;

use crate::text::{truncate, width, wrap};

/// Text in runs of one style each.
pub type Runs = Vec<(String, Style)>;

/// Wraps styled runs to `max` cells, keeping each character's style. The text is wrapped as
/// one string by [`crate::text::wrap`] (so CJK breaks between characters and no grapheme is
/// split); its lines are a subsequence of the original characters, which carries the styles
/// across.
pub fn wrap_runs(runs: &[(&str, Style)], max: usize) -> Vec<Runs> {
    let styled: Vec<(char, Style)> = runs
        .iter()
        .flat_map(|(t, s)| t.chars().map(move |c| (c, *s)))
        .collect();
    let joined: String = styled.iter().map(|(c, _)| c).collect();
    let mut pos = 0;
    let mut out = Vec::new();
    for line in wrap(&joined, max) {
        out.push(restyle(&line, &styled, &mut pos));
    }
    out
}

/// Gives each character of `line` the style of the same character in `styled`, searching on
/// from `pos`; a character not found there (an added `…`) takes the current style.
fn restyle(line: &str, styled: &[(char, Style)], pos: &mut usize) -> Runs {
    let mut runs: Runs = Vec::new();
    for c in line.chars() {
        let found = styled[(*pos).min(styled.len())..]
            .iter()
            .position(|(o, _)| *o == c);
        if let Some(off) = found {
            *pos += off;
        }
        let at = if found.is_some() {
            Some(*pos)
        } else {
            pos.checked_sub(1)
        };
        let style = at
            .and_then(|i| styled.get(i))
            .or(styled.last())
            .map_or_else(Style::new, |(_, s)| *s);
        if found.is_some() {
            *pos += 1;
        }
        match runs.last_mut() {
            Some((text, s)) if *s == style => text.push(c),
            _ => runs.push((c.to_string(), style)),
        }
    }
    runs
}

/// Cuts runs to `max` cells, ending in `…` when anything was cut.
pub fn clip(runs: Runs, max: usize) -> Runs {
    let total: usize = runs.iter().map(|(t, _)| width(t)).sum();
    if total <= max {
        return runs;
    }
    let mut left = max;
    let mut out = Vec::new();
    for (t, s) in runs {
        let w = width(&t);
        if w < left {
            left -= w;
            out.push((t, s));
            continue;
        }
        // Leave room for the ellipsis: cut `t` to `left` cells, ending in `…`.
        let cut = truncate(&format!("{t}…"), left).into_owned();
        out.push((cut, s));
        break;
    }
    out
}

/// Keeps at most `max` lines; when any are dropped the last kept one ends in `…`. Returns
/// whether anything was dropped.
pub fn cut(mut lines: Vec<Runs>, max: usize) -> (Vec<Runs>, bool) {
    let cut = lines.len() > max;
    if cut {
        lines.truncate(max);
        if let Some(last) = lines.last_mut() {
            let style = last.last().map_or_else(Style::new, |r| r.1);
            last.push(("…".to_owned(), style));
        }
    }
    (lines, cut)
}

/// Wraps runs with a hanging indent: the first line at full width, the others `indent`
/// cells in.
pub fn hanging(runs: &[(&str, Style)], max: usize, indent: usize) -> Vec<Runs> {
    let first = wrap_runs(runs, max);
    if indent == 0 || max <= indent + 8 || first.len() < 2 {
        return first;
    }
    // The first line is a prefix of the text (less the space it broke at): wrap what follows
    // it narrower, and indent it.
    let head_len: usize = first[0].iter().map(|(t, _)| t.chars().count()).sum();
    let mut rest: Vec<(String, Style)> = Vec::new();
    let mut skip = head_len;
    for (t, s) in runs {
        let n = t.chars().count();
        if skip >= n {
            skip -= n;
            continue;
        }
        let tail: String = t.chars().skip(skip).collect();
        let tail = if rest.is_empty() {
            tail.trim_start_matches([' ', '\n']).to_owned()
        } else {
            tail
        };
        skip = 0;
        if !tail.is_empty() {
            rest.push((tail, *s));
        }
    }
    let rest: Vec<(&str, Style)> = rest.iter().map(|(t, s)| (t.as_str(), *s)).collect();
    let mut out = vec![first[0].clone()];
    for mut l in wrap_runs(&rest, max - indent) {
        l.insert(0, (" ".repeat(indent), Style::new()));
        out.push(l);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(lines: &[Runs]) -> Vec<String> {
        lines
            .iter()
            .map(|l| l.iter().map(|(t, _)| t.as_str()).collect())
            .collect()
    }

    #[test]
    fn hanging_indent_keeps_every_word() {
        let s = Style::new();
        let runs = [
            ("• ", s),
            ("الأردن", s),
            (", منسق مشارك", s),
            (" — الأمن الوبائي والصحة العامة", s),
            (" (from Sun 23 Jun 2030)", s),
        ];
        let lines = text(&hanging(&runs, 72, 2));
        let joined: String = runs.iter().map(|(t, _)| *t).collect();
        assert_eq!(
            lines.join(" ").split_whitespace().collect::<Vec<_>>(),
            joined.split_whitespace().collect::<Vec<_>>(),
            "{lines:?}"
        );
        assert_eq!(lines.len(), 2, "73 cells do not fit in 72: {lines:?}");
        assert!(lines[1..].iter().all(|l| l.starts_with("  ")));
    }
}
