//! One row of the key table, how the table writes one, and the label of the key bound to an
//! action (for messages that name a key, so they follow the table too).

use super::{BINDINGS, Context, Key};
use crate::action::Action;

/// One row of the key table.
#[derive(Debug, Clone)]
pub struct Binding {
    pub context: Context,
    pub keys: &'static [Key],
    pub action: Action,
    /// What it does, for the help overlay.
    pub help: &'static str,
    /// A short word for the footer; bindings in a row with the same hint share one entry.
    pub hint: Option<&'static str>,
}

pub(super) const fn b(
    context: Context,
    keys: &'static [Key],
    action: Action,
    help: &'static str,
    hint: Option<&'static str>,
) -> Binding {
    Binding {
        context,
        keys,
        action,
        help,
        hint,
    }
}

/// The label of the first key bound to an action in a context (`?` when none is), for the
/// messages that name a key, so that they follow the table too.
pub fn key_label(context: Context, action: &Action) -> String {
    let kind = std::mem::discriminant(action);
    BINDINGS
        .iter()
        .find(|b| b.context == context && std::mem::discriminant(&b.action) == kind)
        .and_then(|b| b.keys.first())
        .map_or_else(|| "?".to_owned(), Key::label)
}
