//! Splitting a byte stream into lines with bounded memory.
//!
//! A socket read may end anywhere: inside a line, or after several. [`LineReader`] keeps the
//! unfinished tail between reads and hands out whole lines. A peer that never sends a newline
//! must not make us buffer without limit, so a line longer than the limit is dropped as it
//! streams past, and reading resumes after its newline.

use super::protocol::MAX_LINE;

/// Accumulates bytes from reads and yields complete lines (without the `\n`), discarding lines
/// longer than its limit. Memory use is bounded by the limit, whatever arrives.
#[derive(Debug)]
pub struct LineReader {
    buf: Vec<u8>,
    limit: usize,
    discarding: bool,
    discarded: u64,
}

impl Default for LineReader {
    fn default() -> Self {
        Self::new()
    }
}

impl LineReader {
    /// A reader for protocol lines: at most [`MAX_LINE`] bytes each.
    pub fn new() -> Self {
        Self::with_limit(MAX_LINE)
    }

    /// A reader whose lines may be at most `limit` bytes (without the newline).
    pub fn with_limit(limit: usize) -> Self {
        Self {
            buf: Vec::with_capacity(limit.min(4096)),
            limit,
            discarding: false,
            discarded: 0,
        }
    }

    /// Takes the bytes of one read; returns the lines they completed, in order.
    pub fn push(&mut self, mut bytes: &[u8]) -> Vec<Vec<u8>> {
        let mut lines = Vec::new();
        while !bytes.is_empty() {
            let (part, rest, ended) = match bytes.iter().position(|&b| b == b'\n') {
                Some(i) => (&bytes[..i], &bytes[i + 1..], true),
                None => (bytes, &bytes[bytes.len()..], false),
            };
            bytes = rest;
            if !self.discarding {
                if self.buf.len() + part.len() > self.limit {
                    self.buf.clear();
                    self.discarding = true;
                    self.discarded += 1;
                } else {
                    self.buf.extend_from_slice(part);
                }
            }
            if ended {
                if !self.discarding {
                    lines.push(std::mem::take(&mut self.buf));
                }
                self.discarding = false;
            }
        }
        lines
    }

    /// How many overlong lines were dropped so far (including one still streaming past).
    pub fn discarded(&self) -> u64 {
        self.discarded
    }

    /// How many bytes of an unfinished line are held (never more than the limit).
    pub fn pending(&self) -> usize {
        self.buf.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn feed(reader: &mut LineReader, stream: &[u8], cuts: &[usize]) -> Vec<Vec<u8>> {
        let mut out = Vec::new();
        let mut start = 0;
        for &cut in cuts.iter().chain([stream.len()].iter()) {
            let cut = cut.clamp(start, stream.len());
            out.extend(reader.push(&stream[start..cut]));
            start = cut;
        }
        out
    }

    #[test]
    fn a_stream_split_at_odd_places_gives_the_same_lines() {
        let stream = b"goto 1 5\nblank 1\n\ntimer run 65000\nbye\npartial";
        let want: Vec<&[u8]> = vec![b"goto 1 5", b"blank 1", b"", b"timer run 65000", b"bye"];
        let splits: &[&[usize]] = &[
            &[],
            &[1],
            &[8, 9],
            &[3, 4, 5, 17, 18, 19, 20],
            &[9, 17, 18, 34, 38],
        ];
        for cuts in splits {
            let mut reader = LineReader::new();
            assert_eq!(feed(&mut reader, stream, cuts), want, "cuts {cuts:?}");
            assert_eq!(reader.pending(), b"partial".len());
        }
        // Byte by byte.
        let mut reader = LineReader::new();
        let lines: Vec<Vec<u8>> = stream.iter().flat_map(|b| reader.push(&[*b])).collect();
        assert_eq!(lines, want);
    }

    #[test]
    fn a_megabyte_of_garbage_is_dropped_without_buffering_it() {
        let mut reader = LineReader::new();
        assert_eq!(reader.push(b"goto 1 2\nxx"), vec![b"goto 1 2".to_vec()]);
        let garbage: Vec<u8> = (0..1_000_000u32)
            .map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8)
            .map(|b| if b == b'\n' { b'x' } else { b })
            .collect();
        for chunk in garbage.chunks(4093) {
            assert!(reader.push(chunk).is_empty());
            assert!(reader.pending() <= MAX_LINE);
        }
        assert_eq!(reader.discarded(), 1);
        assert_eq!(reader.push(b"tail\nbye\n"), vec![b"bye".to_vec()]);
        assert_eq!(reader.pending(), 0);
    }

    #[test]
    fn a_line_of_exactly_the_limit_passes_and_one_more_byte_does_not() {
        let mut reader = LineReader::with_limit(4);
        assert_eq!(reader.push(b"abcd\n"), vec![b"abcd".to_vec()]);
        assert!(reader.push(b"ab").is_empty());
        assert!(reader.push(b"cde\nok\n") == vec![b"ok".to_vec()]);
        assert_eq!(reader.discarded(), 1);
    }
}
