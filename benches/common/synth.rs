//! Synthetic data sets of any size, for benchmarks: one meeting file with any number of
//! statements. Dev-only (included by `benches/load.rs` with `#[path]`), not library API; the
//! realistic many-meeting corpus is `examples/gen_corpus`.
//!
//! The shapes follow real meetings (participants, agenda items, statements in several scripts)
//! so that measured times reflect what a large archive would cost.

use std::fmt::Write as _;

use cica_dash::load::Source;

const NAMES: &[&str] = &[
    "Shakhrat Nuryshev",
    "Шахрат Нурышев",
    "张红建",
    "رضا نجفی",
    "Berna Kasnakli Versteden",
];

/// One meeting file with `statements` statements over ten agenda items, plus a participants
/// file with twenty states.
pub fn meeting_sources(statements: usize) -> Vec<Source> {
    let mut participants = String::new();
    for i in 0..20 {
        let _ = write!(
            participants,
            "[[participant]]\ncode = \"S{i}\"\nname = \"State {i}\"\nkind = \"state\"\n\n"
        );
    }
    let mut m = String::from(
        "[meeting]\nid = \"synthetic\"\ntitle = \"Synthetic meeting\"\nbody = \"Senior Officials Committee\"\ndate = 2021-06-23\n\n",
    );
    for a in 0..10 {
        let _ = write!(
            m,
            "[[agenda]]\nid = \"item-{a}\"\ntitle = \"Agenda item {a}\"\n\n"
        );
        let _ = write!(
            m,
            "[[decision]]\nagenda = \"item-{a}\"\naction = \"adopted\"\nsubject = \"Decision {a}\"\nparticipants = [\"S{a}\"]\n\n"
        );
    }
    for s in 0..statements {
        let _ = write!(
            m,
            "[[statement]]\nspeaker = \"{}\"\nparticipant = \"S{}\"\nagenda = \"item-{}\"\nsummary = \"Statement number {s} on cooperation and confidence building in Asia.\"\n\n",
            NAMES[s % NAMES.len()],
            s % 20,
            s % 10
        );
    }
    vec![
        Source {
            path: "participants.toml".into(),
            text: participants,
        },
        Source {
            path: "meetings/synthetic.toml".into(),
            text: m,
        },
    ]
}
