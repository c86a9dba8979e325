//! The word tables of the lexicons: a word or phrase → what a lexicon knows about it, with words
//! of up to seven bytes keyed by one integer.

use super::hash::FxMap;

/// A word or phrase → `V`. Most words of running text are short, so words of up to seven bytes
/// are keyed by one integer (their bytes and their length), which hashes and compares far faster
/// than a string; longer ones by the string.
#[derive(Debug, Clone)]
pub(crate) struct WordMap<V> {
    short: FxMap<u64, V>,
    long: FxMap<String, V>,
}

impl<V> Default for WordMap<V> {
    fn default() -> Self {
        WordMap { short: FxMap::default(), long: FxMap::default() }
    }
}

/// The integer key of a word of up to seven bytes, its ASCII capitals lowered when `fold`.
fn short_key(word: &[u8], fold: bool) -> Option<u64> {
    if word.len() > 7 {
        return None;
    }
    let mut key = [0u8; 8];
    key[..word.len()].copy_from_slice(word);
    if fold {
        key.make_ascii_lowercase();
    }
    key[7] = word.len() as u8;
    Some(u64::from_le_bytes(key))
}

impl<V: Default> WordMap<V> {
    /// The value of `word`, created empty if it has none.
    pub(crate) fn entry(&mut self, word: String) -> &mut V {
        match short_key(word.as_bytes(), false) {
            Some(k) => self.short.entry(k).or_default(),
            None => self.long.entry(word).or_default(),
        }
    }
}

impl<V> WordMap<V> {
    /// The table of `pairs` (a later pair of the same word wins).
    pub(crate) fn from_pairs(pairs: impl IntoIterator<Item = (String, V)>) -> Self {
        let mut out = WordMap::default();
        for (word, v) in pairs {
            match short_key(word.as_bytes(), false) {
                Some(k) => out.short.insert(k, v),
                None => out.long.insert(word, v),
            };
        }
        out
    }

    /// The value of `word` as written.
    pub(crate) fn get(&self, word: &str) -> Option<&V> {
        match short_key(word.as_bytes(), false) {
            Some(k) => self.short.get(&k),
            None => self.long.get(word),
        }
    }

    /// The value of `word` with its ASCII capitals lowered: of `word.to_lowercase()` when it has
    /// one and is not all ASCII, of `word` itself when it has none (so "Éric" is looked up as
    /// written). The case-blind lookup of the lexicons, without allocating for ASCII words.
    pub(crate) fn get_folded(&self, word: &str) -> Option<&V> {
        let b = word.as_bytes();
        if !word.is_ascii() && b.iter().any(u8::is_ascii_uppercase) {
            return self.get(&word.to_lowercase());
        }
        // ASCII, or no ASCII capital: lowering the ASCII capitals is the whole lowering.
        if let Some(k) = short_key(b, true) {
            return self.short.get(&k);
        }
        if !b.iter().any(u8::is_ascii_uppercase) {
            return self.long.get(word);
        }
        let mut buf = [0u8; 48];
        match buf.get_mut(..b.len()) {
            Some(out) => {
                out.copy_from_slice(b);
                out.make_ascii_lowercase();
                self.long.get(std::str::from_utf8(out).ok()?)
            }
            None => self.long.get(&word.to_ascii_lowercase()),
        }
    }

    /// Every value, in no order.
    pub(crate) fn values(&self) -> impl Iterator<Item = &V> {
        self.short.values().chain(self.long.values())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_and_long_words_as_written_and_folded() {
        let mut m: WordMap<u8> = WordMap::default();
        *m.entry("said".into()) = 1;
        *m.entry("spokesman".into()) = 2;
        *m.entry("élysée".into()) = 3;
        *m.entry("a".into()) = 4;
        assert_eq!(m.get("said"), Some(&1));
        assert_eq!(m.get("Said"), None);
        assert_eq!(m.get_folded("SAID"), Some(&1));
        assert_eq!(m.get_folded("Spokesman"), Some(&2));
        assert_eq!(m.get_folded("SPOKESMAN"), Some(&2));
        // A non-ASCII word with an ASCII capital is lowered whole; without one, looked up as written.
        assert_eq!(m.get_folded("ÉlYSÉE"), Some(&3));
        assert_eq!(m.get_folded("Élysée"), None);
        // A NUL byte is no padding; a word longer than the stack buffer still folds.
        assert_eq!(m.get_folded("a\0"), None);
        let long = "A".repeat(60);
        *m.entry(long.to_lowercase()) = 5;
        assert_eq!(m.get_folded(&long), Some(&5));
    }
}
