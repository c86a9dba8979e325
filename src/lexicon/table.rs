//! The word tables of the lexicons: a word or phrase → what a lexicon knows about it, with words
//! of up to fifteen bytes keyed by one integer.

use super::hash::FxMap;

/// A word or phrase → `V`. Most words of running text are short, so words of up to fifteen
/// bytes are keyed by one integer (their bytes and their length), which hashes and compares far
/// faster than a string (and folds its capitals without a copy); longer ones by the string.
#[derive(Debug, Clone)]
pub(crate) struct WordMap<V> {
    short: FxMap<u64, V>,
    mid: FxMap<u128, V>,
    long: FxMap<String, V>,
}

impl<V> Default for WordMap<V> {
    fn default() -> Self {
        WordMap { short: FxMap::default(), mid: FxMap::default(), long: FxMap::default() }
    }
}

/// The integer key of a word: its bytes, ASCII capitals lowered when `fold`, and its length in the
/// last byte.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Key {
    /// Up to seven bytes.
    Short(u64),
    /// Eight to fifteen bytes.
    Mid(u128),
    /// Longer: keyed by the string.
    Long,
}

#[inline]
fn key(word: &[u8], fold: bool) -> Key {
    let n = word.len();
    if n > 15 {
        return Key::Long;
    }
    let bytes = load(word);
    with_length(if fold { bytes | capitals(bytes) >> 2 } else { bytes }, n)
}

/// The key of the (at most fifteen) `bytes` of a word of `n` bytes.
#[inline]
fn with_length(bytes: u128, n: usize) -> Key {
    let key = bytes | (n as u128) << 120;
    if n <= 7 {
        // The same bytes in eight: the length moves to the eighth.
        Key::Short(key as u64 | (n as u64) << 56)
    } else {
        Key::Mid(key)
    }
}

/// The bytes of `word` (at most fifteen) as a little-endian integer, zero above them. Two loads
/// that may overlap (they agree where they do) instead of a copy of a varying length.
#[inline]
fn load(word: &[u8]) -> u128 {
    let n = word.len();
    match n {
        0 => 0,
        1..=3 => {
            let at = |i: usize| u128::from(word[i]) << (8 * i);
            at(0) | at(n / 2) | at(n - 1)
        }
        4..=7 => {
            let first = u32::from_le_bytes(head(word));
            let last = u32::from_le_bytes(head(&word[n - 4..]));
            u128::from(u64::from(first) | u64::from(last) << (8 * (n - 4)))
        }
        _ => {
            let first = u64::from_le_bytes(head(word));
            let last = u64::from_le_bytes(head(&word[n - 8..]));
            u128::from(first) | u128::from(last) << (8 * (n - 8))
        }
    }
}

/// The first `N` bytes of `bytes` (zeros where it is shorter).
#[inline]
fn head<const N: usize>(bytes: &[u8]) -> [u8; N] {
    let mut out = [0u8; N];
    if let Some(b) = bytes.get(..N) {
        out.copy_from_slice(b);
    }
    out
}

const ONES: u128 = u128::MAX / 0xff;

/// The high bit of each ASCII capital among `bytes`, all sixteen at once: a byte is one when its
/// low seven bits are at least `A` and not above `Z` (no byte's sum carries into the next) and
/// its high bit is clear. Setting the capitals' 0x20 bits (`capitals >> 2`) lowers them.
#[inline]
fn capitals(bytes: u128) -> u128 {
    let low7 = bytes & (0x7f * ONES);
    let from_a = low7 + (0x80 - u128::from(b'A')) * ONES;
    let past_z = low7 + (0x7f - u128::from(b'Z')) * ONES;
    from_a & !past_z & !bytes & (0x80 * ONES)
}

impl<V: Default> WordMap<V> {
    /// The value of `word`, created empty if it has none.
    pub(crate) fn entry(&mut self, word: String) -> &mut V {
        match key(word.as_bytes(), false) {
            Key::Short(k) => self.short.entry(k).or_default(),
            Key::Mid(k) => self.mid.entry(k).or_default(),
            Key::Long => self.long.entry(word).or_default(),
        }
    }
}

impl<V> WordMap<V> {
    /// The table of `pairs` (a later pair of the same word wins).
    pub(crate) fn from_pairs(pairs: impl IntoIterator<Item = (String, V)>) -> Self {
        let mut out = WordMap::default();
        for (word, v) in pairs {
            match key(word.as_bytes(), false) {
                Key::Short(k) => out.short.insert(k, v),
                Key::Mid(k) => out.mid.insert(k, v),
                Key::Long => out.long.insert(word, v),
            };
        }
        out
    }

    /// The value of `word` as written.
    pub(crate) fn get(&self, word: &str) -> Option<&V> {
        match key(word.as_bytes(), false) {
            Key::Short(k) => self.short.get(&k),
            Key::Mid(k) => self.mid.get(&k),
            Key::Long => self.long.get(word),
        }
    }

    /// The value of `word` with its ASCII capitals lowered: of `word.to_lowercase()` when it has
    /// one and is not all ASCII, of `word` itself when it has none (so "Éric" is looked up as
    /// written). The case-blind lookup of the lexicons, without allocating for ASCII words.
    pub(crate) fn get_folded(&self, word: &str) -> Option<&V> {
        let b = word.as_bytes();
        // ASCII, or no ASCII capital: lowering the ASCII capitals is the whole lowering.
        if word.is_ascii() || !b.iter().any(u8::is_ascii_uppercase) {
            match key(b, true) {
                Key::Short(k) => return self.short.get(&k),
                Key::Mid(k) => return self.mid.get(&k),
                Key::Long => {}
            }
        }
        self.get_folded_rare(word)
    }

    /// [`WordMap::get_folded`] of a word of more than fifteen bytes, or of one with an ASCII
    /// capital and a non-ASCII character (kept apart: the common case stays small).
    #[inline(never)]
    fn get_folded_rare(&self, word: &str) -> Option<&V> {
        let b = word.as_bytes();
        if !word.is_ascii() && b.iter().any(u8::is_ascii_uppercase) {
            return self.get(&word.to_lowercase());
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
        self.short.values().chain(self.mid.values()).chain(self.long.values())
    }
}

/// The word that [`WordMap::get_folded`] looks up for `word`.
pub(crate) fn folded(word: &str) -> String {
    if !word.is_ascii() && word.bytes().any(|b| b.is_ascii_uppercase()) {
        word.to_lowercase()
    } else {
        word.to_ascii_lowercase()
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
        // Seven, eight, fifteen and sixteen bytes: each length its own key.
        for (i, w) in
            ["abcdefg", "abcdefgh", "abcdefghijklmno", "abcdefghijklmnop", "deputy foreign minister"]
                .into_iter()
                .enumerate()
        {
            *m.entry(w.into()) = 10 + i as u8;
        }
        assert_eq!(m.get_folded("ABCDEFG"), Some(&10));
        assert_eq!(m.get_folded("AbcdefgH"), Some(&11));
        assert_eq!(m.get("abcdefghijklmno"), Some(&12));
        assert_eq!(m.get_folded("Abcdefghijklmnop"), Some(&13));
        assert_eq!(m.get_folded("Deputy Foreign Minister"), Some(&14));
        assert_eq!(m.get("abcdefghijklmn"), None);
        assert_eq!(m.values().count(), 10);
        // The folded lookup of a word is the plain lookup of its folded form.
        for w in ["SAID", "Élysée", "ÉlYSÉE", "Deputy Foreign Minister", "a\0", &long] {
            assert_eq!(m.get_folded(w), m.get(&folded(w)), "{w}");
        }
    }

    #[test]
    fn every_length_loads_its_bytes() {
        let word = b"abcdefghijklmno";
        for n in 0..=15 {
            let mut bytes = [0u8; 16];
            bytes[..n].copy_from_slice(&word[..n]);
            assert_eq!(load(&word[..n]), u128::from_le_bytes(bytes), "{n} bytes");
        }
    }

    #[test]
    fn folding_lowers_ascii_capitals_only() {
        let all: Vec<u8> = (0..=255).collect();
        for chunk in all.chunks(16) {
            let mut bytes = [0u8; 16];
            bytes.copy_from_slice(chunk);
            let mut lowered = bytes;
            lowered.make_ascii_lowercase();
            let v = u128::from_le_bytes(bytes);
            assert_eq!(v | capitals(v) >> 2, u128::from_le_bytes(lowered));
        }
    }
}
