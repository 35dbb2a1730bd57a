//! The messages the audience and presenter views exchange, and their one-line text form.
//!
//! Pure and I/O-free so it can be tested exhaustively. Only slide positions and commands cross
//! the socket, never data or keys: whatever reaches the other end can at worst move a slide.
//! Decoding is strict (ASCII, exact word counts, canonical numbers within range) because the
//! socket is a trust boundary: any local program of the same user may connect and write bytes.

/// The protocol version sent in every `hello`; both ends must speak the same one.
pub const VERSION: u32 = 1;

/// The longest line, without its newline, that [`decode`] accepts (longer ones are discarded).
pub const MAX_LINE: usize = 64;

/// The largest deck [`Msg::Goto`] may describe.
pub const MAX_TOTAL: u32 = 100_000;

/// The largest timer value [`Msg::Timer`] may carry: one year in milliseconds.
pub const MAX_ELAPSED_MS: u64 = 365 * 24 * 60 * 60 * 1000;

/// Which end of the link a process is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    /// The full-screen slide deck (`cica-dash present`); it owns the socket.
    Audience,
    /// The follower (`cica-dash present --presenter`); it connects to the socket.
    Presenter,
}

/// One message on the link. See [`encode`] for the text of each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Msg {
    /// The first line each side sends: who it is and which protocol it speaks.
    Hello {
        /// The sender's role.
        role: Role,
        /// The sender's protocol version ([`VERSION`]).
        version: u32,
    },
    /// The audience refuses the connection (a second audience, or a second presenter).
    Busy,
    /// The sender is now on slide `slide` (0-based) of a deck of `total` slides.
    Goto {
        /// The current slide, 0-based, below `total`.
        slide: u32,
        /// The number of slides, 1 to [`MAX_TOTAL`].
        total: u32,
    },
    /// The blank screen is on (`true`) or off.
    Blank(bool),
    /// The presentation timer's state.
    Timer {
        /// Whether the timer is counting.
        running: bool,
        /// Time counted so far, at most [`MAX_ELAPSED_MS`].
        elapsed_ms: u64,
    },
    /// The sender is closing the link.
    Bye,
}

impl Msg {
    /// Whether the message's numbers are within range, i.e. whether `decode(encode(self))`
    /// gives it back. Messages that are not valid are never sent.
    pub fn is_valid(&self) -> bool {
        match *self {
            Msg::Goto { slide, total } => slide < total && total <= MAX_TOTAL,
            Msg::Timer { elapsed_ms, .. } => elapsed_ms <= MAX_ELAPSED_MS,
            Msg::Hello { .. } | Msg::Busy | Msg::Blank(_) | Msg::Bye => true,
        }
    }
}

/// The line for `msg`, with its trailing newline: `hello audience 1`, `busy`, `goto 11 24`,
/// `blank 1`, `timer run 65000`, `timer pause 65000`, `bye`.
pub fn encode(msg: &Msg) -> String {
    match *msg {
        Msg::Hello { role, version } => {
            let role = match role {
                Role::Audience => "audience",
                Role::Presenter => "presenter",
            };
            format!("hello {role} {version}\n")
        }
        Msg::Busy => "busy\n".to_owned(),
        Msg::Goto { slide, total } => format!("goto {slide} {total}\n"),
        Msg::Blank(on) => format!("blank {}\n", u8::from(on)),
        Msg::Timer {
            running,
            elapsed_ms,
        } => {
            let state = if running { "run" } else { "pause" };
            format!("timer {state} {elapsed_ms}\n")
        }
        Msg::Bye => "bye\n".to_owned(),
    }
}

/// The message on `line` (one trailing `\n` allowed), or `None` if it is not exactly a valid
/// message: too long, not ASCII, unknown words, wrong word count, a number that is not
/// canonical decimal or out of range. Never panics.
pub fn decode(line: &[u8]) -> Option<Msg> {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    if line.len() > MAX_LINE || !line.iter().all(|b| (b' '..=b'~').contains(b)) {
        return None;
    }
    // All bytes are printable ASCII, so this cannot fail.
    let text = std::str::from_utf8(line).ok()?;
    let words: Vec<&str> = text.split(' ').collect();
    let msg = match words.as_slice() {
        ["hello", role, version] => Msg::Hello {
            role: match *role {
                "audience" => Role::Audience,
                "presenter" => Role::Presenter,
                _ => return None,
            },
            version: u32::try_from(number(version)?).ok()?,
        },
        ["busy"] => Msg::Busy,
        ["goto", slide, total] => Msg::Goto {
            slide: u32::try_from(number(slide)?).ok()?,
            total: u32::try_from(number(total)?).ok()?,
        },
        ["blank", "1"] => Msg::Blank(true),
        ["blank", "0"] => Msg::Blank(false),
        ["timer", state, elapsed] => Msg::Timer {
            running: match *state {
                "run" => true,
                "pause" => false,
                _ => return None,
            },
            elapsed_ms: number(elapsed)?,
        },
        ["bye"] => Msg::Bye,
        _ => return None,
    };
    msg.is_valid().then_some(msg)
}

/// A canonical decimal number: digits only, no sign, no leading zero (except `0` itself).
fn number(word: &str) -> Option<u64> {
    let canonical = !word.is_empty()
        && word.bytes().all(|b| b.is_ascii_digit())
        && (word == "0" || !word.starts_with('0'));
    if canonical { word.parse().ok() } else { None }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_the_documented_lines() {
        let cases = [
            (
                Msg::Hello {
                    role: Role::Audience,
                    version: 1,
                },
                "hello audience 1\n",
            ),
            (Msg::Busy, "busy\n"),
            (
                Msg::Goto {
                    slide: 11,
                    total: 24,
                },
                "goto 11 24\n",
            ),
            (Msg::Blank(true), "blank 1\n"),
            (
                Msg::Timer {
                    running: true,
                    elapsed_ms: 65000,
                },
                "timer run 65000\n",
            ),
            (
                Msg::Timer {
                    running: false,
                    elapsed_ms: 65000,
                },
                "timer pause 65000\n",
            ),
            (Msg::Bye, "bye\n"),
        ];
        for (msg, line) in cases {
            assert_eq!(encode(&msg), line);
            assert_eq!(decode(line.as_bytes()), Some(msg), "{line:?}");
        }
    }

    #[test]
    fn rejects_near_misses() {
        let bad: &[&[u8]] = &[
            b"",
            b"goto 5 3",
            b"goto 3 3",
            b"goto -1 2",
            b"goto +1 2",
            b"goto 01 2",
            b"goto 0 0",
            b"goto 0 100001",
            b"goto 0 99999999999999999999999",
            b"goto 1",
            b"goto 1 2 3",
            b"goto  1 2",
            b"goto 1 2 ",
            b"goto 1 2\r",
            b"goto 1 2\n\n",
            b"GOTO 1 2",
            b"blank 2",
            b"blank true",
            b"timer run 31536000001",
            b"timer stop 5",
            b"hello audience",
            b"hello speaker 1",
            b"hello audience 4294967296",
            b"busy now",
            b"bye\tbye",
            b"goto 1 2\xff",
            "goto 1 2\u{a0}".as_bytes(),
        ];
        for line in bad {
            assert_eq!(decode(line), None, "{:?}", String::from_utf8_lossy(line));
        }
    }

    #[test]
    fn accepts_the_edges_of_the_ranges() {
        assert!(decode(b"goto 99999 100000").is_some());
        assert!(decode(b"goto 0 1").is_some());
        assert!(decode(b"timer pause 31536000000").is_some());
        assert!(decode(b"hello presenter 4294967295").is_some());
    }

    #[test]
    fn a_line_longer_than_the_limit_is_rejected() {
        let long = format!("timer run {}", "9".repeat(MAX_LINE));
        assert_eq!(decode(long.as_bytes()), None);
    }
}
