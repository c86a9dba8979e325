//! The verb group around a cue: auxiliaries, negation and adverbs before it ("did not deny", "is
//! widely expected", "was quick to say"), and the words a rule steps over to find a cue's subject.

use crate::lexicon::{Lexicons, WordClass};
use crate::text::{Document, TokenKind};

use super::words::{self, is_quote_mark, lower};

/// "the family said", "his family said", "the Smith family said", "the victim's family said": a
/// word ending in "-ly" at `t` after a determiner or a possessive (with at most a name or a
/// participle between) is a noun, the subject, not an adverb of the verb ("Smith quickly said").
pub(crate) fn ly_noun(doc: &Document<'_>, lex: &Lexicons, t: usize, start: usize) -> bool {
    let det = |i: usize| matches!(lex.word_class(lower(doc, i)), Some(WordClass::Det | WordClass::Poss));
    if t > start && det(t - 1) {
        return true;
    }
    // "The victim's family said": after a possessive "'s".
    if t >= start + 2 && doc.token_text(t - 1) == "s" && matches!(doc.token_text(t - 2), "'" | "’") {
        return true;
    }
    t > start + 1 && det(t - 2) && {
        let between = doc.token_text(t - 1);
        between.chars().next().is_some_and(char::is_uppercase) || lower(doc, t - 1).ends_with("ing")
    }
}

/// Walk left over auxiliaries, negation and adverbs; return the first token of the verb group and
/// whether it is negated.
pub(super) fn verb_group(doc: &Document<'_>, lex: &Lexicons, first: usize, sentence: usize) -> (usize, bool) {
    let start = doc.sentences()[sentence].tokens.start;
    let mut i = first;
    let mut negated = false;
    while i > start {
        let w = doc.token_text(i - 1);
        let lw = lower(doc, i - 1);
        // "Theresa May said": a capitalised word after a capitalised word is a name, not a modal
        // (unless the verb is capitalised too: a title-case headline, "Trump May Not Have Said").
        let capital = |t: usize| doc.token_text(t).chars().next().is_some_and(char::is_uppercase);
        if i - 1 > start && capital(i - 1) && capital(i - 2) && !capital(first) {
            break;
        }
        // "May said …", "Will added …": a capitalised modal right before a past form is a name.
        let past = |t: usize| {
            let l = lower(doc, t);
            l == "said" || l.ends_with("ed") || lex.word_class(l) == Some(WordClass::Verb)
        };
        if i == first && capital(i - 1) && lex.word_class(lw) == Some(WordClass::Modal) && past(first) {
            break;
        }
        match lex.word_class(lw) {
            Some(WordClass::Aux | WordClass::Modal) => {}
            Some(WordClass::Neg) => negated = true,
            Some(WordClass::Adv) => {}
            // "are now openly questioning"; but a time word right before a bare verb is a subject-less
            // clause opener, so only inside a group that has an auxiliary further left.
            Some(WordClass::Time)
                if i >= start + 2 && lex.word_class(doc.token_text(i - 2)) == Some(WordClass::Aux) => {}
            _ if words::ly_adverb(lw)
                && lw.len() > 3
                && w.chars().next().is_some_and(char::is_lowercase)
                && !ly_noun(doc, lex, i - 1, start) => {}
            // "was quick to say", "seemed to urge": a control word before "to" is part of the group,
            // unless it is a cue of its own ("refused to say").
            _ if lw == "to"
                && i >= start + 2
                && words::is_control_word(lower(doc, i - 2))
                && lex.cue(doc.token_text(i - 2)).is_none() =>
            {
                i -= 1;
                // "went so far as to say": "so far as" joins the group
                if i >= start + 3
                    && lower(doc, i - 1) == "as"
                    && lower(doc, i - 2) == "far"
                    && lower(doc, i - 3) == "so"
                {
                    i -= 2;
                }
            }
            // "took to Twitter to say": the verb and the platform join the group, whose subject
            // speaks.
            _ if words::took_to_platform(doc, i, start) => {
                i -= 3;
            }
            _ if matches!(lw, "did" | "does" | "do" | "to") => {}
            // "has not yet said": "yet" after a negation stays in the group.
            _ if lw == "yet"
                && i >= start + 2
                && lex.word_class(lower(doc, i - 2)) == Some(WordClass::Neg) => {}
            // "Many voters no longer believe": "no longer" negates.
            _ if lw == "longer" && i >= start + 2 && lower(doc, i - 2) == "no" => {
                negated = true;
                i -= 1;
            }
            _ if lw == "t" && i >= start + 3 && matches!(doc.token_text(i - 2), "'" | "’") => {
                // "didn't", "wouldn't": tokens "didn" "'" "t".
                negated = true;
                i -= 2;
            }
            // "she’s not predicting", "they’re saying", "he’d said": a contracted auxiliary.
            _ if matches!(lw, "s" | "re" | "d" | "ve" | "ll")
                && i >= start + 3
                && matches!(doc.token_text(i - 2), "'" | "’")
                && doc.touches(i - 2, i - 1)
                && doc.touches(i - 3, i - 2)
                && matches!(lex.word_class(lower(doc, i - 3)), Some(WordClass::Pron)) =>
            {
                i -= 2;
                break;
            }
            _ if lw == "t" || is_quote_mark(lw) => break,
            _ => break,
        }
        i -= 1;
    }
    (i, negated)
}

/// From token `p` leftwards past adverbs (and time words with `time`) to the word before them, not
/// before `floor`: "voters still say", "Kaine now says".
pub(super) fn past_adverbs(
    doc: &Document<'_>,
    lex: &Lexicons,
    mut p: usize,
    floor: usize,
    time: bool,
) -> usize {
    while p > floor
        && match lex.word_class(lower(doc, p)) {
            Some(WordClass::Adv) => true,
            Some(WordClass::Time) => time,
            _ => false,
        }
    {
        p -= 1;
    }
    p
}

/// When token `p` closes a dash or bracket aside ("— and some Republicans —"), the token before
/// the aside opens; otherwise `p`.
pub(super) fn before_aside(doc: &Document<'_>, p: usize, floor: usize) -> usize {
    let open = match doc.token_text(p) {
        "—" => "—",
        "–" => "–",
        ")" => "(",
        // "Cement makers, for instance, argue": a short lower-case aside between commas.
        "," => {
            let lo = p.saturating_sub(5).max(floor);
            return (lo..p)
                .rev()
                .find(|&q| doc.token_text(q) == ",")
                .filter(|&q| {
                    q > floor
                        && (q + 1..p).all(|t| {
                            doc.tokens()[t].kind == TokenKind::Word
                                && doc.token_text(t).starts_with(|c: char| c.is_lowercase())
                        })
                })
                .map_or(p, |q| q - 1);
        }
        _ => return p,
    };
    (floor..p).rev().find(|&q| doc.token_text(q) == open).filter(|&q| q > floor).map_or(p, |q| q - 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn group(text: &str, cue: &str) -> (String, bool) {
        let doc = Document::new(text);
        let lex = Lexicons::default();
        let first = (0..doc.tokens().len()).find(|&t| doc.token_text(t) == cue).unwrap_or(0);
        let (start, negated) = verb_group(&doc, &lex, first, doc.sentence_at(doc.tokens()[first].span.start));
        (text[doc.tokens()[start].span.start..doc.tokens()[first].span.end].to_string(), negated)
    }

    #[test]
    fn auxiliaries_negation_and_control_words() {
        assert_eq!(group("He did not deny it.", "deny"), ("did not deny".to_string(), true));
        assert_eq!(group("She was quick to say so.", "say"), ("was quick to say".to_string(), false));
        assert_eq!(group("He didn't deny it.", "deny"), ("didn't deny".to_string(), true));
        // "Many voters no longer believe": "no longer" negates.
        let got = group("Many voters no longer believe it.", "believe");
        assert_eq!(got, ("no longer believe".to_string(), true));
        // "The YMCA has not yet said how much its Monday program would cost."
        let got = group("The YMCA has not yet said how much it would cost.", "said");
        assert_eq!(got, ("has not yet said".to_string(), true));
        assert_eq!(group("They went so far as to say it.", "say"), ("so far as to say".to_string(), false));
        // "took to Twitter to say": the verb and the platform join the group.
        let got = group("The senator took to Twitter to say it was dead.", "say");
        assert_eq!(got, ("took to Twitter to say".to_string(), false));
        // An "-ly" adverb joins the group; an "-ly" noun after a determiner is the subject.
        assert_eq!(group("Smith quickly said so.", "said"), ("quickly said".to_string(), false));
        assert_eq!(group("The family said so.", "said"), ("said".to_string(), false));
        // A capitalised modal before a past form is a name: "May said"; "May say" is a modal.
        assert_eq!(group("May said so.", "said"), ("said".to_string(), false));
        assert_eq!(group("He May Say So.", "Say"), ("May Say".to_string(), false));
        assert_eq!(group("The Smith family said so.", "said"), ("said".to_string(), false));
        assert_eq!(group("The victim's family said so.", "said"), ("said".to_string(), false));
        // "Theresa May said": a capitalised word after a name is the name's, not a modal.
        assert_eq!(group("Theresa May said so.", "said"), ("said".to_string(), false));
    }

    #[test]
    fn asides_and_adverbs_before_a_verb() {
        let doc = Document::new("Democrats — and some Republicans — say so.");
        let lex = Lexicons::default();
        // From the closing dash to the word before the aside.
        assert_eq!(before_aside(&doc, 5, 0), 0);
        let doc2 = Document::new("Voters still say so.");
        assert_eq!(past_adverbs(&doc2, &lex, 1, 0, false), 0);
    }
}
