//! Building one file's meeting and events: the bulk of validation, done once per file.
//!
//! A meeting is built from its own file and a little of the rest, the [`Context`]: the
//! participant codes (references become indices), the persons' spellings (a statement links
//! to the person its speaker names), the ids and codes already reported as broken, and whether
//! some file could not be read. Everything else it refers to (ids in other files) is checked
//! across files afterwards. So as long as the context stays the same, a file that did not
//! change builds the same meeting, and a reload reuses it as it is.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use super::ctx::Ctx;
use super::parse::RawFile;
use super::unit::Built;
use super::{events, meetings};
use crate::dataset::{Meeting, Person};

/// What building a file reads beyond the file (see the module doc).
#[derive(Debug, Default, PartialEq)]
pub struct Context {
    /// Participant code → index.
    pub codes: HashMap<String, usize>,
    /// Each person's name and aliases → the first person with that spelling.
    pub persons: HashMap<String, usize>,
    /// Ids and codes reported as broken.
    pub broken: HashSet<String>,
    /// Whether some file could not be read at all.
    pub incomplete: bool,
}

impl Context {
    /// The context a validation context holds once participants, persons and ids are known.
    pub fn of(ctx: &Ctx, persons: &[Person]) -> Self {
        let mut by_name: HashMap<String, usize> = HashMap::new();
        for (i, p) in persons.iter().enumerate() {
            for n in std::iter::once(&p.name).chain(&p.aliases) {
                if !by_name.contains_key(n) {
                    by_name.insert(n.clone(), i);
                }
            }
        }
        Self {
            codes: ctx.codes.as_ref().clone(),
            persons: by_name,
            broken: ctx.broken.as_ref().clone(),
            incomplete: ctx.incomplete,
        }
    }
}

/// Builds file `fi`'s meeting and events, moving their strings out of `file`. `ctx` is a fork
/// of the validation context with every id and code registered.
pub fn build(
    ctx: &mut Ctx,
    fi: usize,
    mut file: RawFile,
    persons: &HashMap<String, usize>,
) -> Built {
    ctx.file = fi;
    let raw = file.meeting.as_ref().map(|m| m.get_ref());
    let related = raw.map(|m| m.related.clone()).unwrap_or_default();
    // The date's problems are reported where ids are registered; a meeting without a date
    // is not built.
    let date = raw.and_then(|m| m.date.get_ref().to_date().ok());
    let mut meeting = meetings::build(ctx, &mut file, fi, date);
    if let Some(m) = &mut meeting {
        link_speakers(m, persons);
    }
    let events = events::build(ctx, &mut file);
    Built {
        meeting: meeting.map(Arc::new),
        events,
        diags: std::mem::take(&mut ctx.diags),
        related,
    }
}

/// Links each statement's speaker to the person whose name or alias it equals.
fn link_speakers(m: &mut Meeting, persons: &HashMap<String, usize>) {
    for s in &mut m.statements {
        s.person = s.speaker.as_deref().and_then(|sp| persons.get(sp).copied());
    }
}
