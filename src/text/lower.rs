//! Each token's lower-case form, made once per document: the cue rules, the sentence splitter and
//! the token table all read it, and lowering a word again for each read allocated a `String`.

use super::tokens::case;

/// The lower-case forms of the tokens that have a capital (the others are their own).
#[derive(Debug, Clone, Default)]
pub(super) struct LowerForms {
    /// Lower-case forms of the ASCII tokens with a capital, one after another.
    ascii: String,
    /// For each token, where its form starts in `ascii` (0 for a token without one).
    ascii_at: Vec<u32>,
    /// Lower-case forms of the other tokens that have a capital, by token.
    other: Vec<(usize, String)>,
}

impl LowerForms {
    /// The forms of tokens `words`, whose [`case`] bits are `cases`.
    pub(super) fn new(words: &[&str], cases: &[u8]) -> Self {
        // (News text holds about one byte of capitalised words per token: room for twice that
        // spares growing the buffer word by word.)
        let mut forms = LowerForms {
            ascii: String::with_capacity(2 * words.len()),
            ascii_at: vec![0; words.len()],
            ..LowerForms::default()
        };
        for (t, (&word, &bits)) in words.iter().zip(cases).enumerate() {
            if bits & case::NON_ASCII == 0 {
                if bits & case::UPPER != 0 {
                    forms.ascii_at[t] = forms.ascii.len() as u32;
                    let start = forms.ascii.len();
                    forms.ascii.push_str(word);
                    forms.ascii[start..].make_ascii_lowercase();
                }
            } else if word.chars().any(char::is_uppercase) {
                // (`str::to_lowercase`, not char by char: a word-final sigma lowers to "ς".)
                forms.other.push((t, word.to_lowercase()));
            }
        }
        forms
    }

    /// The lower-case form of token `t`, written `word`, with [`case`] bits `bits`.
    /// (Inlined, the rare words beyond ASCII out of line: the rules ask this of a token
    /// hundreds of thousands of times a document.)
    #[inline(always)]
    pub(super) fn get<'a>(&'a self, t: usize, word: &'a str, bits: u8) -> &'a str {
        if bits & case::NON_ASCII == 0 {
            if bits & case::UPPER == 0 {
                return word;
            }
            let start = self.ascii_at.get(t).map_or(0, |&s| s as usize);
            return self.ascii.get(start..start + word.len()).unwrap_or(word);
        }
        self.get_other(t, word)
    }

    /// [`get`](Self::get) of a token beyond ASCII.
    #[inline(never)]
    fn get_other<'a>(&'a self, t: usize, word: &'a str) -> &'a str {
        match self.other.binary_search_by_key(&t, |(u, _)| *u) {
            Ok(i) => &self.other[i].1,
            Err(_) => word,
        }
    }
}
