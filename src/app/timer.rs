//! The presentation's timer and its kiosk clock: pure arithmetic on the injected monotonic
//! time, so pausing, the countdown's colours and the overrun are tested without waiting.

use std::time::Duration;

/// A stopwatch that can count down from a planned duration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Timer {
    /// When the current run started (monotonic), if running.
    since: Option<Duration>,
    /// Time counted by earlier runs.
    banked: Duration,
    /// The planned length of the talk: the timer counts down from it.
    pub(super) duration: Option<Duration>,
}

/// How the timer should look.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// Counting up, or counting down with more than five minutes left.
    Normal,
    /// Five minutes or less left.
    Warn,
    /// One minute or less left, or past the end.
    Over,
}

impl Timer {
    /// A stopped timer at zero, counting down from `duration` when given.
    pub fn new(duration: Option<Duration>) -> Self {
        Timer {
            duration,
            ..Timer::default()
        }
    }

    /// Whether it is counting.
    pub fn running(&self) -> bool {
        self.since.is_some()
    }

    /// Time counted up to `now`.
    pub fn elapsed(&self, now: Duration) -> Duration {
        self.banked + self.since.map_or(Duration::ZERO, |s| now.saturating_sub(s))
    }

    /// Starts a stopped timer, or pauses a running one.
    pub fn toggle(&mut self, now: Duration) {
        if self.running() {
            self.banked = self.elapsed(now);
            self.since = None;
        } else {
            self.since = Some(now);
        }
    }

    /// Back to zero, stopped.
    pub fn reset(&mut self) {
        self.since = None;
        self.banked = Duration::ZERO;
    }

    /// Takes the state another view reported: running or not, and the time counted.
    pub fn set(&mut self, running: bool, elapsed: Duration, now: Duration) {
        self.banked = elapsed;
        self.since = running.then_some(now);
    }

    /// The colour phase at `now`.
    pub fn phase(&self, now: Duration) -> Phase {
        let Some(total) = self.duration else {
            return Phase::Normal;
        };
        let left = total.saturating_sub(self.elapsed(now));
        if left <= Duration::from_secs(60) {
            Phase::Over
        } else if left <= Duration::from_secs(5 * 60) {
            Phase::Warn
        } else {
            Phase::Normal
        }
    }

    /// The text to show: `12:34` counted up; `-25:00` left in a countdown; `+1:05` overrun.
    pub fn text(&self, now: Duration) -> String {
        let elapsed = self.elapsed(now);
        match self.duration {
            None => clock_text(elapsed),
            Some(total) if elapsed <= total => format!("-{}", clock_text(total - elapsed)),
            Some(total) => format!("+{}", clock_text(elapsed - total)),
        }
    }
}

/// `m:ss`, or `h:mm:ss` from an hour on.
pub fn clock_text(d: Duration) -> String {
    let s = d.as_secs();
    if s >= 3600 {
        format!("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
    } else {
        format!("{}:{:02}", s / 60, s % 60)
    }
}

/// Kiosk mode: the deck moves on by itself every `every`, until a key pauses it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AutoAdvance {
    /// The time each slide stays.
    pub every: Duration,
    /// Whether it is paused (by a key).
    pub paused: bool,
    /// When the next slide is due (monotonic).
    pub(super) due: Duration,
    /// Whether the deck starts again after the last slide (or, with every meeting, goes on to
    /// the next meeting's deck).
    pub looping: bool,
}

impl AutoAdvance {
    /// Running, with the first move `every` after `now`.
    pub fn new(every: Duration, looping: bool, now: Duration) -> Self {
        AutoAdvance {
            every,
            paused: false,
            due: now + every,
            looping,
        }
    }

    /// Whether a move is due at `now`; if so, the next one is scheduled.
    pub fn fire(&mut self, now: Duration) -> bool {
        if self.paused || now < self.due {
            return false;
        }
        self.due = now + self.every;
        true
    }

    /// Resumes, with the next move a full period from `now`.
    pub fn resume(&mut self, now: Duration) {
        self.paused = false;
        self.due = now + self.every;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secs(s: u64) -> Duration {
        Duration::from_secs(s)
    }

    #[test]
    fn the_timer_counts_only_while_running() {
        let mut t = Timer::new(None);
        assert_eq!(t.text(secs(100)), "0:00", "stopped at zero");
        t.toggle(secs(100));
        assert_eq!(t.elapsed(secs(165)), secs(65));
        t.toggle(secs(165));
        assert_eq!(t.elapsed(secs(999)), secs(65), "paused");
        t.toggle(secs(1000));
        assert_eq!(t.text(secs(1010)), "1:15");
        t.reset();
        assert_eq!(t.elapsed(secs(2000)), Duration::ZERO);
        assert!(!t.running());
    }

    #[test]
    fn a_countdown_turns_amber_then_red_then_counts_the_overrun() {
        let mut t = Timer::new(Some(secs(30 * 60)));
        t.toggle(secs(0));
        assert_eq!(t.text(secs(0)), "-30:00");
        assert_eq!(t.phase(secs(24 * 60)), Phase::Normal, "six minutes left");
        assert_eq!(t.phase(secs(25 * 60)), Phase::Warn, "five minutes left");
        assert_eq!(t.phase(secs(28 * 60 + 59)), Phase::Warn);
        assert_eq!(t.phase(secs(29 * 60)), Phase::Over, "one minute left");
        assert_eq!(t.text(secs(29 * 60 + 30)), "-0:30");
        assert_eq!(t.text(secs(31 * 60 + 5)), "+1:05", "overrun counts up");
        assert_eq!(t.phase(secs(40 * 60)), Phase::Over);
    }

    #[test]
    fn long_times_show_hours() {
        assert_eq!(clock_text(secs(3 * 3600 + 62)), "3:01:02");
    }

    #[test]
    fn auto_advance_fires_once_per_period_and_not_while_paused() {
        let mut a = AutoAdvance::new(secs(20), false, secs(0));
        assert!(!a.fire(secs(19)));
        assert!(a.fire(secs(20)));
        assert!(!a.fire(secs(21)), "rescheduled");
        a.paused = true;
        assert!(!a.fire(secs(100)));
        a.resume(secs(100));
        assert!(!a.fire(secs(119)));
        assert!(a.fire(secs(120)));
    }
}
