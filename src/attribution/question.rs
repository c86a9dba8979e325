//! Questions put to someone: "Asked whether …, X said", "… when asked about her weaknesses",
//! "Asked by Stephanopoulos to respond, …". The content is the question; the speaker is the asker
//! when the text names one. A question nobody is named for asking makes no claim (its words are
//! still the question's, not part of another claim: `sentence.rs`).

use crate::cues::CueMatch;
use crate::text::TokenKind;

use super::content::{skip_prelude, Purpose};
use super::context::{is_closing_mark, Bounds, Context};
use super::mentions::right_np;
use super::raw::{Content, Origin, RawClaim};
use super::words;

/// The claim of a question cue (`ask`, index `ci`) that opens its sentence `b` or follows "when":
/// the question up to the comma before the main clause, asked by whoever "by" names.
pub(crate) fn question_claim(
    ctx: &Context<'_, '_>,
    cue: &CueMatch,
    ci: usize,
    b: Bounds,
    paragraph: usize,
) -> Option<RawClaim> {
    let (g, s0, s1) = (cue.group_start, b.start, b.end);
    let opens = g == ctx.dateline_end(s0, g.max(s0 + 1)) || g == s0;
    let after_when = g > s0 && words::is_question_opener(ctx.lower(g - 1));
    if !(opens || after_when) {
        return None;
    }
    let mut start = skip_prelude(ctx, cue, cue.tokens.end, s1, Purpose::Content);
    let mut asker = None;
    if start + 1 < s1 && ctx.lower_is(start, "by") {
        asker = right_np(ctx, start + 1, s1);
        start = asker.as_ref().map_or(start + 1, |m| m.tokens.end);
    }
    // "When asked about the crisis, Cruz said …": a "when" opening the sentence ends the question
    // at the main clause too.
    let when_opens = after_when && g - 1 == ctx.dateline_end(s0, g);
    // ("Jane Smith, when asked whether she would run, said she had not decided": an aside set
    // off by commas ends at its closing comma.)
    let set_off = after_when && g >= s0 + 2 && ctx.word(g - 2) == ",";
    let end = if opens || when_opens {
        main_clause_comma(ctx, start, s1)
    } else if set_off {
        (start..s1).find(|&t| ctx.word(t) == "," && !ctx.in_quote(t)).unwrap_or(s1)
    } else {
        s1
    };
    let end = ctx.trim_end_punctuation(start, end);
    if start >= end {
        return None;
    }
    let content = Content::reported(ctx.span(start, end), &ctx.quotes);
    let claim = RawClaim::from_cue(cue, ci, paragraph, content, asker, None, false);
    Some(RawClaim { origin: Origin::Question(ci), ..claim })
}

/// "Jane Smith, when asked, said it was fine", "When pressed, …": a question cue right after
/// "when" (or another [`words::QUESTION_OPENERS`] word) with nothing asked before its comma; it
/// makes no claim and leaves the sentence to the main clause.
pub(crate) fn nothing_asked(ctx: &Context<'_, '_>, cue: &CueMatch, b: Bounds) -> bool {
    let g = cue.group_start;
    matches!(cue.lemma.as_str(), "ask" | "ask about")
        && g > b.start
        && words::is_question_opener(ctx.lower(g - 1))
        && ctx.word(cue.tokens.end) == ","
}

/// Opening the sentence, the question ends at the comma before the main clause: one not inside a
/// quote and followed by a subject, or one a quote closes on ("Asked if he is “realistic
/// enough,” 72 percent said yes").
fn main_clause_comma(ctx: &Context<'_, '_>, start: usize, s1: usize) -> usize {
    // ("Asked about the sale, owner Rick Dahl said", "…, team owner Rick Dahl said": a title in
    // lower case before a name.)
    let subject_at = |u: usize| {
        u < s1
            && (ctx.subject_starts(u)
                || ctx.kind(u) == TokenKind::Number
                || ctx.is_cap(u)
                || (u..s1.min(u + 2)).any(|v| ctx.is_title_word(v))
                    && (u + 1..s1.min(u + 4)).any(|v| ctx.is_cap(v)))
    };
    (start + 1..s1)
        .find(|&t| {
            ctx.word(t) == ","
                && (!ctx.in_quote(t) && subject_at(t + 1)
                    || t + 2 < s1 && is_closing_mark(ctx.word(t + 1)) && subject_at(t + 2))
        })
        .unwrap_or(s1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribution::context::test_support::{contents, Fixture};

    fn question(text: &str) -> Option<(String, Option<String>)> {
        let f = Fixture::new(text);
        let (ci, cue) = f.cues.iter().enumerate().find(|(_, c)| c.lemma.starts_with("ask"))?;
        let b = Bounds::of(&f.doc.sentences()[cue.sentence]);
        f.with(|ctx| {
            question_claim(ctx, cue, ci, b, 0).map(|c| {
                (c.content.span.as_str(text).to_string(), c.speaker.map(|m| m.span.as_str(text).to_string()))
            })
        })
    }

    #[test]
    fn question_opening_the_sentence() {
        // "Asked whether …, X said".
        let got = question("Asked whether she would run, Mary Lee said no.");
        assert_eq!(got, Some(("whether she would run".into(), None)));
        // "Asked if the team was for sale, team owner Rick Dahl said …": a title in lower case.
        let got = question("Asked if the team was for sale, team owner Rick Dahl said no.");
        assert_eq!(got, Some(("if the team was for sale".into(), None)));
    }

    #[test]
    fn asker_named_by_by() {
        // "Asked by Stephanopoulos to respond, …".
        let got = question("Asked by George Stephanopoulos to respond, Mary Lee laughed.");
        assert_eq!(got, Some(("to respond".into(), Some("George Stephanopoulos".into()))));
    }

    #[test]
    fn question_after_when() {
        // "… when asked about her weaknesses".
        let got = question("She smiled when asked about her weaknesses.");
        assert_eq!(got.map(|g| g.0).as_deref(), Some("her weaknesses"));
        // "When asked about …, Cruz said …": opening the sentence, it ends at the main clause.
        let got = question("When asked about the crisis, Ted Cruz said he knows the cost.");
        assert_eq!(got.map(|g| g.0).as_deref(), Some("the crisis"));
        // "Jane Smith, when asked whether she would run, said …": set off by commas, it ends at
        // the closing one, and the main clause keeps its claim.
        let text = "Jane Smith, when asked whether she would run, said she had not decided.";
        assert_eq!(question(text).map(|g| g.0).as_deref(), Some("whether she would run"));
        assert_eq!(contents(text), ["she had not decided"]);
        // "Jane Smith, when asked, said …": nothing asked, no claim of the question.
        assert_eq!(contents("Jane Smith, when asked, said it was fine."), ["it was fine"]);
    }
}
