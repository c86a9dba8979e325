//! "The Bureau of Meteorology has warned of a tropical low that could develop into a cyclone",
//! "Residents complained about the noise", "Doctors raised concerns about the plan": a noun
//! phrase after the preposition that joins the cue ("warned of", "complained about") names what
//! the speaker spoke of, not what was said. Like a verb's noun-phrase object ("welcomed the
//! decision", `deeds::noun_object`) it is left out by default and kept with `noun_objects`.
//!
//! A clause stays a claim: "spoke of how she had struggled", "warned of what could happen",
//! "complained about being ignored" (a gerund says what happened), a quotation ("warned of
//! “catastrophic” floods"), or a noun phrase with its own verb outside a relative clause
//! ("warned of storms, saying roads would flood" ends the content before "saying" anyway).

use crate::cues::CueMatch;
use crate::lexicon::WordClass;
use crate::text::TokenKind;
use crate::Span;

use super::context::Context;
use super::words;

/// Whether `content` (after the particle split off) is only the noun phrase of the preposition
/// that ends `cue` or follows it (`particle`): "warned of | a storm that could develop …".
pub(crate) fn topic_object(
    ctx: &Context<'_, '_>,
    cue: &CueMatch,
    particle: Option<Span>,
    content: Span,
) -> bool {
    let start = ctx.doc.token_index_at(content.start);
    let end = ctx.doc.token_index_at(content.end).max(start + 1);
    // (The preposition: split off after the cue, or the cue's own last word, "raised concerns
    // about".)
    let prep = match particle {
        Some(p) => ctx.doc.token_index_at(p.start),
        None if start == cue.tokens.end && cue.tokens.len() > 1 => cue.tokens.end - 1,
        None => return false,
    };
    if !matches!(ctx.lower(prep), "of" | "about" | "over") || start >= ctx.doc.tokens().len() {
        return false;
    }
    noun_phrase_opens(ctx, start)
        && !holds_a_quotation(ctx, start, end)
        && !verb_outside_relative(ctx, start, end)
}

/// Whether a noun phrase opens at `t`: an article, a possessive, a number or a plain word (not a
/// word that opens a clause, "how", "what", "whether", nor an -ing form, "being ignored").
fn noun_phrase_opens(ctx: &Context<'_, '_>, t: usize) -> bool {
    let w = ctx.lower(t);
    let clause = words::is_clause_opener(w) || words::is_statement_marker(w);
    let gerund = w.ends_with("ing") && ctx.lower_class(t).is_none();
    let np = matches!(ctx.lower_class(t), Some(WordClass::Det | WordClass::Poss))
        || ctx.kind(t) == TokenKind::Number
        || ctx.kind(t) == TokenKind::Word && ctx.lower_class(t).is_none();
    np && !clause && !gerund
}

/// Whether a quotation mark or a quoted stretch lies in `start..end`.
fn holds_a_quotation(ctx: &Context<'_, '_>, start: usize, end: usize) -> bool {
    (start..end).any(|t| ctx.in_quote(t))
}

/// Whether `start..end` holds a verb outside its relative clauses: a verb before the first
/// "that", "which" or "who" after a noun ("a storm that could develop" has none outside it).
fn verb_outside_relative(ctx: &Context<'_, '_>, start: usize, end: usize) -> bool {
    let relative = (start + 1..end)
        .find(|&t| {
            matches!(ctx.lower(t), "that" | "which" | "who")
                && ctx.kind(t - 1) == TokenKind::Word
                && ctx.lower_class(t - 1).is_none()
        })
        .unwrap_or(end);
    super::deeds::has_finite_verb(ctx, start, relative)
}

#[cfg(test)]
mod tests {
    use crate::Extractor;

    /// The contents of `text`'s claims, by default and with `noun_objects`.
    fn contents(text: &str) -> (Vec<String>, Vec<String>) {
        let of = |e: Extractor| {
            let claims = e.extract(text).map(|x| x.claims).unwrap_or_default();
            claims.into_iter().map(|c| c.content.text).collect::<Vec<_>>()
        };
        let with = Extractor::builder().noun_objects(true).build().map(of).unwrap_or_default();
        (of(Extractor::new()), with)
    }

    #[test]
    fn a_prepositions_noun_phrase_is_what_was_spoken_of() {
        // "The Bureau of Meteorology has warned of a tropical low that could develop into a
        // cyclone": a relative clause is the noun phrase's.
        let text =
            "The Bureau of Meteorology has warned of a tropical low that could develop into a cyclone.";
        let (default, with) = contents(text);
        assert!(default.is_empty(), "{default:?}");
        assert_eq!(with, ["a tropical low that could develop into a cyclone"]);
        assert!(contents("Residents complained about the noise.").0.is_empty());
        assert!(contents("Doctors raised concerns about its likely price.").0.is_empty());
        // ("icy conditions until Thursday, with temperatures expected to fall": the writer's
        // "with" clause is no verb of the phrase.)
        let text =
            "Met Éireann has warned of icy conditions until Thursday, with temperatures expected to fall.";
        assert!(contents(text).0.is_empty());
    }

    #[test]
    fn a_clause_after_the_preposition_is_said() {
        assert_eq!(contents("She spoke of how she had struggled.").0, ["how she had struggled"]);
        assert_eq!(contents("Staff complained about being ignored.").0, ["being ignored"]);
        let text = "Forecasters warned of “catastrophic” flooding.";
        assert_eq!(contents(text).0, ["“catastrophic” flooding"]);
    }
}
