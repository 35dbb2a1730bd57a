//! Reading on past an unknown key.
//!
//! The data contract makes an unknown key an error, and serde's `deny_unknown_fields` would
//! refuse the whole entry for it: a meeting with one typo would vanish, and with it every
//! other problem in its file (a dangling agenda id, an impossible date) would go unreported.
//! So before an entry is read, its keys are compared with the fields its type declares; each
//! unknown one is reported at its line and column, with the nearest valid key, and set aside,
//! and the rest of the entry is read and checked as usual. The error still fails `check`.

use std::ops::Range;

use serde::de::{self, DeserializeOwned, Deserializer, Visitor};
use toml::Spanned;
use toml::de::DeValue;

use super::diag::{Code, Diagnostic};
use super::source::Source;
use super::suggest;

/// The keys a type's derived `Deserialize` accepts, asked of the type itself; `None` for a
/// type that is not read as a struct (its entries are then read as before, whole).
pub fn fields_of<T: DeserializeOwned>() -> Option<&'static [&'static str]> {
    let mut probe = Probe(None);
    // The probe always fails: it only records the fields the type asks for.
    let _ = T::deserialize(&mut probe);
    probe.0
}

/// `value` (a table) without the keys not in `fields`; `unknown(span, key)` is called for
/// each key set aside, in the order written.
pub fn set_aside<'a>(
    value: Spanned<DeValue<'a>>,
    fields: &[&str],
    mut unknown: impl FnMut(Range<usize>, &str),
) -> Spanned<DeValue<'a>> {
    let known = |k: &str| fields.contains(&k);
    let all_known = value
        .get_ref()
        .as_table()
        .is_none_or(|t| t.keys().all(|k| known(k.get_ref())));
    if all_known {
        return value;
    }
    let span = value.span();
    match value.into_inner() {
        DeValue::Table(table) => {
            let mut aside: Vec<_> = table.keys().filter(|k| !known(k.get_ref())).collect();
            aside.sort_by_key(|k| k.span().start);
            for key in aside {
                unknown(key.span(), key.get_ref());
            }
            let kept = table.into_iter().filter(|(k, _)| known(k.get_ref()));
            Spanned::new(span, DeValue::Table(kept.collect()))
        }
        other => Spanned::new(span, other),
    }
}

/// `word` is not a key of `table`; the help names the nearest of the `valid` ones, or lists
/// them.
pub fn diagnostic<'v>(
    src: &Source,
    span: Range<usize>,
    word: &str,
    table: &str,
    valid: impl Iterator<Item = &'v str> + Clone,
) -> Diagnostic {
    let msg = format!("unknown key `{word}` in `{table}`");
    let d = Diagnostic::at(&src.path, &src.text, span, Code::UnknownKey, msg);
    match suggest::help(word, valid, "valid keys") {
        Some(help) => d.with_help(help),
        None => d,
    }
}

/// Whether serde's `message` is that a required key is missing when an unknown key set aside
/// was nearest to it (`titel` for `title`): the unknown key's help already says so, and one
/// typo stays one error.
pub fn explains(message: &str, meant: &[&str]) -> bool {
    message
        .strip_prefix("missing field `")
        .and_then(|rest| rest.split('`').next())
        .is_some_and(|key| meant.contains(&key))
}

/// A deserializer that answers nothing and remembers the fields of the struct asked for.
struct Probe(Option<&'static [&'static str]>);

impl<'de> Deserializer<'de> for &mut Probe {
    type Error = de::value::Error;

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        fields: &'static [&'static str],
        _visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.0 = Some(fields);
        Err(de::Error::custom("fields recorded"))
    }

    fn deserialize_any<V: Visitor<'de>>(self, _visitor: V) -> Result<V::Value, Self::Error> {
        Err(de::Error::custom("not a struct"))
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier
        ignored_any
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{RawAgenda, RawMeeting};

    #[test]
    fn the_fields_are_the_types_own() {
        let meeting = fields_of::<RawMeeting>().unwrap();
        for key in ["id", "title", "body", "date", "chair", "related", "sources"] {
            assert!(meeting.contains(&key), "{key} in {meeting:?}");
        }
        assert!(!meeting.contains(&"foo"));
        let agenda = fields_of::<RawAgenda>().unwrap();
        assert!(agenda.contains(&"title") && !agenda.contains(&"date"));
        // Not a struct: nothing to compare with.
        assert_eq!(fields_of::<String>(), None);
    }

    #[test]
    fn a_missing_key_is_explained_by_the_typo_nearest_to_it() {
        assert!(explains("missing field `title`", &["title"]));
        assert!(!explains("missing field `title`", &["body"]));
        assert!(!explains(
            "invalid type: integer, expected a string",
            &["title"]
        ));
    }

    #[test]
    fn unknown_keys_are_reported_in_order_and_the_rest_is_kept() {
        let text = "[t]\nid = \"a\"\nfoo = 1\ntitle = \"T\"\nbar = [1]\n";
        let doc = toml::de::DeTable::parse(text).unwrap().into_inner();
        let (_, value) = doc.into_iter().next().unwrap();
        let mut seen = Vec::new();
        let kept = set_aside(value, &["id", "title"], |span, key| {
            seen.push((key.to_owned(), text[span].to_owned()))
        });
        assert_eq!(
            seen,
            [("foo".into(), "foo".into()), ("bar".into(), "bar".into())]
        );
        let table = kept.get_ref().as_table().unwrap();
        let keys: Vec<&str> = table.keys().map(|k| k.get_ref().as_ref()).collect();
        assert_eq!(keys, ["id", "title"]);
    }
}
