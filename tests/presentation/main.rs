//! The presentation through `update()`: every key of the deck, the overview, the timer with an
//! injected clock, kiosk mode, and what the audience and presenter views tell each other.

#[path = "../common/mod.rs"]
mod common;

use std::time::Duration;

use cica_dash::app::{
    Action, App, Effect, Now, Overlay, PeerEvent, PresentOptions, Screen, update,
};
use cica_dash::deck::Slide;
use cica_dash::keymap;
use cica_dash::keys;
use cica_dash::sync::protocol::Msg;
use common::*;

/// Presses keys through the keymap as the event loop would; returns the effects.
fn press(app: &mut App, k: &str) -> Vec<Effect> {
    let mut out = Vec::new();
    for key in keys::parse(k).unwrap() {
        if let Some(action) = keymap::action_for(app, key) {
            out.push(update(app, action));
        }
    }
    out
}

fn at(secs: u64) -> Action {
    Action::Tick(Now {
        mono: Duration::from_secs(secs),
        ..Now::default()
    })
}

fn slide(app: &App) -> usize {
    app.presentation().expect("presenting").slide()
}

fn presenting(options: PresentOptions) -> App {
    let mut app = bundled_app().with_present_options(options);
    update(&mut app, Action::Present { meeting: None });
    app
}

/// The bundled meeting's deck: title, agenda, 6 decisions, 11 statements, coordination,
/// events, closing.
const SLIDES: usize = 22;

mod moving;
mod sync;
mod timing;
