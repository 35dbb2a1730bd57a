//! Notices: a short message in the footer that answers a key ("this is the last meeting"),
//! until a few seconds of the monotonic clock have passed or the next key is pressed.

use super::App;

/// A short message in the footer, until a moment of the monotonic clock.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub text: String,
    pub(super) until: std::time::Duration,
}

/// How long a notice stays.
const NOTICE_TIME: std::time::Duration = std::time::Duration::from_secs(3);

impl App {
    /// The notice in the footer, if one is showing.
    pub fn notice(&self) -> Option<&str> {
        self.notice.as_ref().map(|n| n.text.as_str())
    }

    /// Shows a message in the footer for a few seconds.
    pub(super) fn notify(&mut self, message: impl Into<String>) {
        self.notice = Some(Notice {
            text: message.into(),
            until: self.now.mono + NOTICE_TIME,
        });
    }
}
