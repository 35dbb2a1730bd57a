//! The presentation screen's state: a meeting's deck, the slide shown, the number being typed,
//! the blank screen, the timer, the clock and footer switches, kiosk mode, and whether this is
//! the audience view or the presenter view and whether the other one is there.
//!
//! Reading is public so the ui can draw it; only `update` changes it.

use std::time::Duration;

use super::timer::{AutoAdvance, Timer};
use crate::dataset::Dataset;
use crate::deck::Deck;
use crate::sync::protocol::{MAX_ELAPSED_MS, Msg, Role};

/// How presentations open: fixed at start-up from the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PresentOptions {
    /// The planned length of the talk: the timer counts down from it.
    pub duration: Option<Duration>,
    /// Kiosk mode: move on by itself this often.
    pub auto_advance: Option<Duration>,
    /// Kiosk mode: start again after the last slide.
    pub looping: bool,
    /// Present every meeting, newest first (with `looping`, cycle through them).
    pub all: bool,
    /// Started by `cica-dash present`: leaving the deck quits.
    pub standalone: bool,
    /// This process is the presenter view, following an audience view.
    pub presenter: bool,
    /// A link to the other view exists (so the footer can say whether it is there).
    pub linked: bool,
}

/// The other view of the presentation, as far as this one knows.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Peer {
    /// Whether it is connected now.
    pub connected: bool,
    /// Whether it has ever been connected.
    pub seen: bool,
    /// Why it refused us, when it did.
    pub refused: Option<String>,
}

/// A deck on screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Presentation {
    pub(super) deck: Deck,
    pub(super) slide: usize,
    /// Digits typed towards a slide number.
    pub(super) entry: String,
    pub(super) blank: bool,
    pub(super) clock: bool,
    pub(super) footer: bool,
    pub(super) timer: Timer,
    pub(super) auto: Option<AutoAdvance>,
    /// With every meeting: the meetings in order, newest first, and where we are in it.
    pub(super) order: Vec<usize>,
    pub(super) options: PresentOptions,
    pub(super) peer: Peer,
    /// Whether anything has changed the shared state (slide, blank, timer) since start-up.
    pub(super) moved: bool,
    /// The first line of the speaker notes shown (presenter view).
    pub(super) notes_scroll: usize,
}

impl Presentation {
    /// The deck of `meeting`, on its first slide.
    pub(super) fn new(
        data: &Dataset,
        meeting: usize,
        options: PresentOptions,
        now: Duration,
    ) -> Self {
        let order = if options.all {
            newest_first(data)
        } else {
            Vec::new()
        };
        let meeting = order.first().copied().unwrap_or(meeting);
        Presentation {
            deck: Deck::build(data, meeting),
            slide: 0,
            entry: String::new(),
            blank: false,
            clock: false,
            footer: true,
            timer: Timer::new(options.duration),
            auto: options
                .auto_advance
                .map(|every| AutoAdvance::new(every, options.looping, now)),
            order,
            options,
            peer: Peer::default(),
            moved: false,
            notes_scroll: 0,
        }
    }

    /// The deck shown.
    pub fn deck(&self) -> &Deck {
        &self.deck
    }

    /// The slide shown (0-based).
    pub fn slide(&self) -> usize {
        self.slide
    }

    /// The digits typed towards a slide number.
    pub fn entry(&self) -> &str {
        &self.entry
    }

    /// Whether the screen is blanked.
    pub fn blank(&self) -> bool {
        self.blank
    }

    /// Whether the wall clock shows.
    pub fn clock(&self) -> bool {
        self.clock
    }

    /// Whether the footer shows.
    pub fn footer(&self) -> bool {
        self.footer
    }

    /// The timer.
    pub fn timer(&self) -> &Timer {
        &self.timer
    }

    /// Kiosk mode, when on.
    pub fn auto(&self) -> Option<&AutoAdvance> {
        self.auto.as_ref()
    }

    /// How it was opened.
    pub fn options(&self) -> PresentOptions {
        self.options
    }

    /// Which view this is.
    pub fn role(&self) -> Role {
        if self.options.presenter {
            Role::Presenter
        } else {
            Role::Audience
        }
    }

    /// The other view, as far as this one knows.
    pub fn peer(&self) -> &Peer {
        &self.peer
    }

    /// The first line of the speaker notes shown.
    pub fn notes_scroll(&self) -> usize {
        self.notes_scroll
    }

    /// Goes to a slide, clamped to the deck.
    pub(super) fn go(&mut self, slide: usize) {
        let slide = slide.min(self.deck.len().saturating_sub(1));
        if slide != self.slide {
            self.notes_scroll = 0;
        }
        self.slide = slide;
    }

    /// Whether this deck presents every meeting in turn.
    pub(super) fn has_meetings_after(&self) -> bool {
        self.position_in_order()
            .is_some_and(|i| i + 1 < self.order.len())
    }

    /// Whether there is a meeting before this one in the order of every meeting.
    pub(super) fn has_meetings_before(&self) -> bool {
        self.position_in_order().is_some_and(|i| i > 0)
    }

    fn position_in_order(&self) -> Option<usize> {
        self.order.iter().position(|&m| m == self.deck.meeting)
    }

    /// Goes back to the previous meeting's deck, on its last slide.
    pub(super) fn previous_meeting(&mut self, data: &Dataset) {
        let Some(i) = self.position_in_order().filter(|&i| i > 0) else {
            return;
        };
        self.deck = Deck::build(data, self.order[i - 1]);
        self.slide = self.deck.len().saturating_sub(1);
        self.notes_scroll = 0;
    }

    /// What the other view must know: the slide, the blank screen and the timer.
    pub(super) fn state(&self, now: Duration) -> Vec<Msg> {
        let mut out = Vec::new();
        if let (Ok(slide), Ok(total)) = (
            u32::try_from(self.slide),
            u32::try_from(self.deck.len().max(1)),
        ) {
            out.push(Msg::Goto { slide, total });
        }
        out.push(Msg::Blank(self.blank));
        let elapsed = u64::try_from(self.timer.elapsed(now).as_millis()).unwrap_or(u64::MAX);
        out.push(Msg::Timer {
            running: self.timer.running(),
            elapsed_ms: elapsed.min(MAX_ELAPSED_MS),
        });
        out.retain(Msg::is_valid);
        out
    }

    /// Moves on to the next meeting's deck (with every meeting), wrapping around.
    pub(super) fn next_meeting(&mut self, data: &Dataset) {
        let at = self
            .order
            .iter()
            .position(|&m| m == self.deck.meeting)
            .map_or(0, |i| (i + 1) % self.order.len().max(1));
        if let Some(&m) = self.order.get(at) {
            self.deck = Deck::build(data, m);
        }
        self.slide = 0;
        self.notes_scroll = 0;
    }

    /// After a reload: the same meeting's deck (found by id), the slide kept where it can be.
    pub(super) fn rebuild(&mut self, data: &Dataset, meeting: usize) {
        if self.options.all {
            self.order = newest_first(data);
        }
        self.deck = Deck::build(data, meeting);
        self.go(self.slide);
    }
}

/// Every meeting, newest first.
fn newest_first(data: &Dataset) -> Vec<usize> {
    let mut order: Vec<usize> = (0..data.meetings.len()).collect();
    order.reverse();
    order
}
