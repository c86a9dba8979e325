//! "The plan, Mr Bell said, was never costed.": an attribution set off by commas inside the
//! clause it reports. What comes before it is the first part of what was said, the clause after
//! it the rest.

use crate::claim::ClaimKind;
use crate::cues::{CueForm, CueMatch};
use crate::lexicon::WordClass;
use crate::Span;

use super::super::context::Context;
use super::super::raw::Content;
use super::super::speaker::Frame;
use super::left_words;

/// `right`, the content after the attribution `f`, with the words before the attribution (from
/// the token `floor` gives, asked only when the attribution is set off) as its lead when the
/// attribution interrupts the clause.
pub(crate) fn with_lead(
    ctx: &Context<'_, '_>,
    cue: &CueMatch,
    f: &Frame,
    floor: impl Fn() -> usize,
    right: Content,
) -> Content {
    if !matches!(cue.form, CueForm::Finite | CueForm::Base | CueForm::Preposition) {
        return right;
    }
    match lead(ctx, f, floor, &right) {
        Some(lead) => Content { lead: Some(lead), ..right },
        None => right,
    }
}

/// The part before an attribution set off by commas on both sides: ", Mr Bell said," then the
/// content. Not a quote (a quotation split by its attribution is joined by the split-quote pass),
/// nor before a content that opens on a quotation or on a word that starts a clause of its own
/// ("…, he said, and …", "…, according to X, who …"); nor a part ending on the word that opens
/// the clause the attribution is about ("Trump will go to the debate, because, according to
/// Trump, the media would call him a chicken"), nor one the attribution joins with a conjunction
/// ("…, and as Comey noted, …").
fn lead(ctx: &Context<'_, '_>, f: &Frame, floor: impl Fn() -> usize, right: &Content) -> Option<Span> {
    let r0 = ctx.doc.token_index_at(right.span.start);
    if r0 == 0 || ctx.word(r0 - 1) != "," || right.kind == ClaimKind::Direct {
        return None;
    }
    if ctx.quotes.opening_at(right.span.start).is_some()
        || matches!(ctx.lower(r0), "and" | "but" | "or" | "nor" | "so" | "who" | "which" | "whose" | "while")
    {
        return None;
    }
    // (One word only as the subject of a verb opening the rest: "Investors, fund manager Eleanor
    // Quayle fears, are …"; not "However, he said, the plan …".)
    let verb_first = ctx.verb_follows(r0, r0 + 1);
    let left = left_words(ctx, f.cluster.start, floor(), verb_first)?;
    let comma = ctx.doc.token_index_at(left.span.end);
    let opener = |t: usize| {
        matches!(ctx.lower_class(t), Some(WordClass::Subord | WordClass::Prep | WordClass::Conj))
            || matches!(ctx.lower(t), "which" | "who" | "whom" | "whose")
    };
    // ("…, which, his advisers believe, would lead to …": the relative clause is no lead.)
    let set_off = left.kind != ClaimKind::Direct
        && ctx.word(comma) == ","
        && !opener(comma - 1)
        && !(comma + 1..f.cluster.start).any(|t| opener(t) && !(t == comma + 1 && ctx.lower_is(t, "as")));
    let start = ctx.doc.token_index_at(left.span.start);
    set_off.then(|| ctx.span(clause_start(ctx, start, comma), comma))
}

/// Where the clause the attribution interrupts starts in the lead `start..end`: after a dash, a
/// semicolon or a comma and coordinator ("He had a rally that night - and the permit, his
/// campaign said, had been hard to get"; "It's a stretch, but a win there, she said, would …"),
/// and after the subordinate clause that opens it ("As China builds islands in the
/// South China Sea, it is his job, he said, to talk to Congress").
fn clause_start(ctx: &Context<'_, '_>, start: usize, end: usize) -> usize {
    // (A hyphen set off by spaces is a dash.)
    let spaced = |t: usize| t > 0 && !ctx.touches(t - 1, t) && !ctx.touches(t, t + 1);
    let mut from = start;
    for t in start..end.saturating_sub(1) {
        let coordinated = ctx.word(t) == "," && matches!(ctx.lower(t + 1), "and" | "but" | "yet" | "or");
        if matches!(ctx.word(t), "—" | "–" | ";") || ctx.word(t) == "-" && spaced(t) {
            from = t + 1;
        } else if coordinated {
            from = t + 2;
        }
    }
    if from < end && matches!(ctx.lower(from), "and" | "but" | "yet" | "or") {
        from += 1;
    }
    if ctx.lower_class(from) == Some(WordClass::Subord) {
        if let Some(c) = (from..end).rev().find(|&t| ctx.word(t) == ",") {
            from = c + 1;
        }
    }
    if from < end {
        from
    } else {
        start
    }
}

#[cfg(test)]
mod tests {
    use crate::Extractor;

    /// The parts of the first claim of `text`.
    fn parts(text: &str) -> Vec<String> {
        let claims = Extractor::new().extract(text).map(|e| e.claims).unwrap_or_default();
        claims
            .first()
            .map_or_else(Vec::new, |c| c.content.parts.iter().map(|p| p.as_str(text).to_string()).collect())
    }

    #[test]
    fn an_attribution_inside_the_clause_splits_the_content() {
        // "The plan, Mr Bell said, was never costed."
        assert_eq!(parts("The plan, Mr Bell said, was never costed."), ["The plan", "was never costed"]);
        // "The new arena, Coun. Dave Mercier said, was never properly costed": a councillor's
        // abbreviated title ends no sentence.
        assert_eq!(
            parts("The new arena, Coun. Dave Mercier said, was never properly costed."),
            ["The new arena", "was never properly costed"]
        );
        assert_eq!(
            parts("The economy, the minister said on Tuesday, will grow by 3 per cent next year."),
            ["The economy", "will grow by 3 per cent next year"]
        );
        assert_eq!(
            parts("In the long run, she added, prices will fall."),
            ["In the long run", "prices will fall"]
        );
        assert_eq!(
            parts("The accused, according to police, had fled the scene."),
            ["The accused", "had fled the scene"]
        );
    }

    #[test]
    fn one_word_a_dateline_and_as() {
        // "Investors, fund manager Eleanor Quayle fears, are …": one word as the verb's subject.
        assert_eq!(
            parts("Investors, fund manager Eleanor Quayle fears, are badly underestimating the risk."),
            ["Investors", "are badly underestimating the risk"]
        );
        // "PUNE: The accused, according to the police, had …": the dateline is no part.
        assert_eq!(
            parts("PUNE: The accused, according to the police, had befriended the victim."),
            ["The accused", "had befriended the victim"]
        );
        // "The bill, as Ms Carter noted during the debate, has cross-party support."
        assert_eq!(
            parts("The bill, as Ms Carter noted during the debate, has cross-party support."),
            ["The bill", "has cross-party support"]
        );
    }

    #[test]
    fn where_the_interrupted_clause_starts() {
        // "He had a rally that night - and the permit, his campaign said, had been hard to get."
        assert_eq!(
            parts("He had a rally that night - and the permit, his campaign said, had been hard to get."),
            ["the permit", "had been hard to get"]
        );
        // "As China builds islands in the sea, it is his job, he said, to talk to Congress."
        assert_eq!(
            parts("As China builds islands in the sea, it is his job, he said, to talk to Congress."),
            ["it is his job", "to talk to Congress"]
        );
        // "…, which, his advisers believe, would lead to …": the relative clause is no lead.
        assert_eq!(
            parts("He is counting on Iowa, which, his advisers believe, would lead to more money."),
            ["would lead to more money"]
        );
    }

    #[test]
    fn a_clause_of_its_own_after_the_attribution_is_no_part() {
        // "However, he said, …": a sentence adverb alone is no part.
        assert_eq!(parts("However, he said, the plan was never costed."), ["the plan was never costed"]);
        // "…, because, according to Trump, the media would …": the attribution is about the
        // subordinate clause only.
        assert_eq!(
            parts("He will go to the debate, because, according to Trump, the media would mock him."),
            ["the media would mock him"]
        );
        assert_eq!(
            parts(
                "The bridge was built in 1932, according to city records, and has not been renovated since."
            ),
            ["The bridge was built in 1932"]
        );
    }
}
