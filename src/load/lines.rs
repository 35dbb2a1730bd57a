//! Where a byte offset is, as `line:col`, without keeping every file's text in memory.
//!
//! Diagnostics name a line and a column in characters, so finding one needs the text before
//! the offset. Validation needs positions long after parsing, but keeping every text alive
//! until then costs as much memory as the whole corpus. A [`FileText`] keeps instead a compact
//! [`LineIndex`] (where each line starts, and where each line's first non-ASCII byte is): that
//! answers every offset preceded on its line by ASCII only, which is almost every value a
//! diagnostic points at. For the rare other offset, the file is read again (checked against a
//! fingerprint of the text that was parsed) and the column counted in its text; that text then
//! stays, so each such file is read again at most once. A file the reload cache kept from an
//! earlier load has not even its index in memory: any position in it reads it again.

use std::path::PathBuf;
use std::sync::OnceLock;

use super::diag::line_col;
use super::source::{self, Source};

/// Line starts and first non-ASCII bytes of one text (offsets fit in `u32`: see
/// [`LineIndex::new`]).
#[derive(Debug, Clone)]
pub struct LineIndex {
    len: u32,
    /// The offset of every `\n`.
    newlines: Vec<u32>,
    /// The offset of the first non-ASCII byte of each line that has one, in order.
    wide: Vec<u32>,
}

impl LineIndex {
    /// The index of `text`, or `None` when it is too long for `u32` offsets.
    pub fn new(text: &str) -> Option<Self> {
        let len = u32::try_from(text.len()).ok()?;
        let bytes = text.as_bytes();
        let (mut newlines, mut wide) = (Vec::new(), Vec::new());
        let mut start = 0;
        // Each offset is below `len`, which fits in u32: the casts cannot truncate.
        let line = |start: usize, end: usize, wide: &mut Vec<u32>| {
            let line = &bytes[start..end];
            // `is_ascii` reads a word at a time; most lines need no closer look.
            if !line.is_ascii()
                && let Some(i) = line.iter().position(|b| !b.is_ascii())
            {
                wide.push((start + i) as u32);
            }
        };
        for nl in memchr::memchr_iter(b'\n', bytes) {
            line(start, nl, &mut wide);
            newlines.push(nl as u32);
            start = nl + 1;
        }
        line(start, bytes.len(), &mut wide);
        newlines.shrink_to_fit();
        wide.shrink_to_fit();
        Some(Self {
            len,
            newlines,
            wide,
        })
    }

    /// `(line, col)` of `offset` as [`line_col`] counts them, or `None` when a non-ASCII
    /// character precedes it on its line (the text is then needed to count characters).
    pub fn line_col(&self, offset: usize) -> Option<(usize, usize)> {
        let (line, start, offset) = self.place(offset);
        let w = self.wide.partition_point(|&w| (w as usize) < start);
        if self.wide.get(w).is_some_and(|&w| (w as usize) < offset) {
            return None;
        }
        Some((line, offset - start + 1))
    }

    /// `(line, col)` counting bytes as characters: a guess for a file that changed since.
    fn line_col_bytes(&self, offset: usize) -> (usize, usize) {
        let (line, start, offset) = self.place(offset);
        (line, offset - start + 1)
    }

    /// The 1-based line of an offset (clamped to the text), the line's start and the offset.
    fn place(&self, offset: usize) -> (usize, usize, usize) {
        let offset = offset.min(self.len as usize);
        let k = self.newlines.partition_point(|&n| (n as usize) < offset);
        let start = k
            .checked_sub(1)
            .map_or(0, |i| self.newlines[i] as usize + 1);
        (k + 1, start, offset)
    }
}

/// A cheap fingerprint of a text, to tell whether a file read again is the one parsed.
pub fn fingerprint(text: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ text.len() as u64;
    let chunks = text.as_bytes().chunks_exact(8);
    let rest = chunks.remainder();
    for c in chunks {
        let mut w = [0; 8];
        w.copy_from_slice(c);
        h = (h ^ u64::from_le_bytes(w))
            .wrapping_mul(0x0100_0000_01b3)
            .rotate_left(29);
    }
    for &b in rest {
        h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// One file as validation sees it: its shown path and a way to place offsets in it.
#[derive(Debug)]
pub struct FileText<'a> {
    /// The path as shown in messages.
    pub path: String,
    text: Text<'a>,
}

#[derive(Debug)]
enum Text<'a> {
    /// The text, owned elsewhere (a test's or the reload cache's sources).
    Borrowed(&'a str),
    /// The text, kept (a file with diagnostics when parsed, or too long to index).
    Kept(String),
    /// A file on disk whose text was dropped after parsing: its line index, unless it is a
    /// file the reload cache kept from an earlier load (the file is then read again for any
    /// position asked).
    Indexed {
        lines: Option<LineIndex>,
        disk: PathBuf,
        fingerprint: u64,
        max_file_size: u64,
        /// The text read again, once needed (`None` if the file changed since).
        reread: OnceLock<Option<String>>,
    },
}

impl<'a> FileText<'a> {
    /// A file whose text stays alive elsewhere.
    pub fn borrowed(src: &'a Source) -> Self {
        Self {
            path: src.path.clone(),
            text: Text::Borrowed(&src.text),
        }
    }

    /// A file read from `disk`, whose text has the [`fingerprint`] `fp`: its text is kept
    /// when `keep` (or when it cannot be indexed), otherwise dropped for an index.
    pub fn from_disk(src: Source, disk: PathBuf, fp: u64, max_file_size: u64, keep: bool) -> Self {
        let lines = if keep {
            None
        } else {
            LineIndex::new(&src.text)
        };
        let text = match lines {
            Some(lines) => Text::Indexed {
                lines: Some(lines),
                disk,
                fingerprint: fp,
                max_file_size,
                reread: OnceLock::new(),
            },
            None => Text::Kept(src.text),
        };
        Self {
            path: src.path,
            text,
        }
    }

    /// A file parsed by an earlier load, whose text (of fingerprint `fp`) is not in memory:
    /// a position in it reads it again.
    pub fn reread_from(path: String, disk: PathBuf, fp: u64, max_file_size: u64) -> Self {
        let text = Text::Indexed {
            lines: None,
            disk,
            fingerprint: fp,
            max_file_size,
            reread: OnceLock::new(),
        };
        Self { path, text }
    }

    /// The text, when it is in memory.
    pub fn text(&self) -> Option<&str> {
        match &self.text {
            Text::Borrowed(t) => Some(t),
            Text::Kept(t) => Some(t),
            Text::Indexed { .. } => None,
        }
    }

    /// `(line, col)` of a byte offset, as [`line_col`] gives it on the text.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let lines = match &self.text {
            Text::Borrowed(t) => return line_col(t, offset),
            Text::Kept(t) => return line_col(t, offset),
            Text::Indexed { lines, .. } => lines,
        };
        if let Some(at) = lines.as_ref().and_then(|l| l.line_col(offset)) {
            return at;
        }
        match (self.reread(), lines) {
            (Some(text), _) => line_col(text, offset),
            // The file changed or vanished since it was parsed: count bytes on the line, or
            // give the file's start when even the lines are unknown.
            (None, Some(lines)) => lines.line_col_bytes(offset),
            (None, None) => (1, 1),
        }
    }

    /// The file read again from disk, if it is still the text that was parsed.
    fn reread(&self) -> Option<&str> {
        let Text::Indexed {
            disk,
            fingerprint: fp,
            max_file_size,
            reread,
            ..
        } = &self.text
        else {
            return None;
        };
        let text = reread.get_or_init(|| {
            let src = source::read_file(disk, *max_file_size).ok()?;
            (fingerprint(&src.text) == *fp).then_some(src.text)
        });
        text.as_deref()
    }

    /// The file as a [`Source`] for reports: its text, read again when it was dropped (`None`
    /// if the file changed since it was parsed).
    pub fn into_source(self) -> Option<Source> {
        // Reads an indexed file again, unless a position already did.
        self.reread();
        let text = match self.text {
            Text::Borrowed(t) => t.to_owned(),
            Text::Kept(t) => t,
            Text::Indexed { reread, .. } => reread.into_inner().flatten()?,
        };
        Some(Source {
            path: self.path,
            text,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_agrees_with_line_col_where_it_answers() {
        let text = "a = 1\r\nб = \"ж\" x\n\nkey = \"v\" # é\nlast";
        let index = LineIndex::new(text).unwrap();
        let mut answered = 0;
        for offset in 0..text.len() + 3 {
            if let Some(at) = index.line_col(offset) {
                assert_eq!(at, line_col(text, offset), "offset {offset}");
                answered += 1;
            }
        }
        assert!(answered > text.len() / 2);
        assert_eq!(index.line_col(text.find('x').unwrap()), None);
    }

    #[test]
    fn a_dropped_text_is_read_again_only_while_unchanged() {
        let dir = std::env::temp_dir().join(format!("cica-lines-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("f.toml");
        let text = "a = 1\nb = [\"ж\", \"x\"]\n";
        std::fs::write(&path, text).unwrap();
        let x = text.find("\"x").unwrap();
        let read = || source::read_file(&path, 1 << 20).unwrap();
        let fp = fingerprint(text);
        let file = FileText::from_disk(read(), path.clone(), fp, 1 << 20, false);
        assert!(file.text().is_none());
        assert_eq!(file.line_col(x), line_col(text, x));
        assert_eq!(file.into_source().unwrap().text, text);
        // Changed on disk since it was parsed: bytes are counted, and there is no snippet.
        let file = FileText::from_disk(read(), path.clone(), fp, 1 << 20, false);
        std::fs::write(&path, "b = 2\n").unwrap();
        assert_eq!(file.line_col(x), (2, x - 6 + 1));
        assert!(file.into_source().is_none());
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn fingerprint_tells_texts_apart() {
        assert_ne!(fingerprint("abcdefgh1"), fingerprint("abcdefgh2"));
        assert_ne!(fingerprint("a"), fingerprint("a\0"));
        assert_eq!(fingerprint("same text"), fingerprint("same text"));
    }
}
