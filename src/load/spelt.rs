//! A list of short strings with their places in a file, stored compactly.
//!
//! The reload cache keeps, for every file, the ids it declares and the speakers it names (the
//! passes across files read them again on every reload): some hundred thousand short strings
//! on a large archive. As `Spanned<String>`s each would cost 40 bytes and an allocation of its
//! own; here all of a file's strings share one buffer, with 12 bytes of offsets each.

use std::ops::Range;

/// Strings with their spans, in the order pushed.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Spelt {
    text: String,
    /// For each string: where it ends in `text`, and its span in the file.
    items: Vec<[u32; 3]>,
}

/// An offset as stored. Files larger than 4 GiB are not indexed for positions anyway (see
/// [`super::lines::LineIndex`]): an offset beyond is kept as the largest one.
pub fn narrow(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

impl Spelt {
    /// Adds a string found at `span`.
    pub fn push(&mut self, s: &str, span: Range<usize>) {
        self.text.push_str(s);
        let end = narrow(self.text.len());
        self.items.push([end, narrow(span.start), narrow(span.end)]);
    }

    /// The `i`th string and its span.
    pub fn get(&self, i: usize) -> Option<(&str, Range<usize>)> {
        let [end, start, stop] = *self.items.get(i)?;
        let from = i.checked_sub(1).map_or(0, |j| self.items[j][0] as usize);
        let s = self.text.get(from..end as usize)?;
        Some((s, start as usize..stop as usize))
    }

    /// Every string with its span, in order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, Range<usize>)> + '_ {
        (0..self.items.len()).filter_map(|i| self.get(i))
    }

    /// Gives back spare capacity.
    pub fn shrink(mut self) -> Self {
        self.text.shrink_to_fit();
        self.items.shrink_to_fit();
        self
    }
}

impl<'a> FromIterator<(&'a str, Range<usize>)> for Spelt {
    fn from_iter<I: IntoIterator<Item = (&'a str, Range<usize>)>>(iter: I) -> Self {
        let mut out = Spelt::default();
        for (s, span) in iter {
            out.push(s, span);
        }
        out.shrink()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_come_back_with_their_spans_in_order() {
        let list: Spelt = [("Wang Yi", 3..12), ("", 20..22), ("Нурышев", 30..46)]
            .into_iter()
            .collect();
        let back: Vec<(&str, Range<usize>)> = list.iter().collect();
        assert_eq!(
            back,
            [("Wang Yi", 3..12), ("", 20..22), ("Нурышев", 30..46)]
        );
        assert_eq!(list.get(3), None);
        assert_eq!(Spelt::default().iter().count(), 0);
    }
}
