//! Trailing attributions, whose content comes before them: "…, he said.", "“…,” said Putin, “…”",
//! "…, according to a new poll that shows …".

use crate::cues::{before_manner_participle, CueForm, CueMatch};
use crate::lexicon::WordClass;
use crate::text::TokenKind;
use crate::{Act, Stance};

use super::super::context::{Bounds, Context};
use super::super::speaker::Frame;
use super::super::words;
use super::left::{past_as, quote_opens_clause};
use super::prelude::{skip_prelude, Purpose};

/// Is the cue at the end of its clause (so its content is on the left)? `frame` is its
/// attribution: `frame.after` the first token after the cue and any inverted speaker.
pub(crate) fn is_trailing(ctx: &Context<'_, '_>, cue: &CueMatch, frame: &Frame, s1: usize) -> bool {
    let after = frame.after;
    // "… issued a statement apologizing to Sanders": a participle after a statement, a letter or
    // "by" reports what follows it.
    let g = cue.group_start;
    if cue.form == CueForm::Gerund && g > 0 && before_manner_participle(ctx.lex, ctx.word(g - 1)) {
        return false;
    }
    // "…, according to a new poll that shows …": the clause before is the content.
    let mid_sentence_preposition = cue.form == CueForm::Preposition
        && g > 0
        && ctx.doc.sentences().get(cue.sentence).is_some_and(|s| s.tokens.start < g)
        // "…, because, according to Trump, the media would …": a clause opens after it.
        && !(g >= 2 && matches!(ctx.class(g - 2), Some(WordClass::Subord | WordClass::Conj)));
    if mid_sentence_preposition && matches!(ctx.word(g - 1), "," | "—" | "–") {
        return true;
    }
    if set_off_speaker(ctx, frame) && credit_after(ctx, after, s1).is_some() {
        return true;
    }
    // (Before the prelude, which would read "in the latest in a series of tests that" as one.)
    if after + 1 < s1
        && ctx.word(after) == ","
        && placing_phrase(ctx, after + 1, s1)
        && set_off_after_clause(ctx, cue, frame)
        && !subject_of_clause(ctx, after + 1, s1)
    {
        return true;
    }
    let i = skip_prelude(ctx, cue, after, s1, Purpose::Trailing);
    if i >= s1 {
        return true;
    }
    // "…, said Howard Rubel, a senior analyst, who notes …": a relative clause after the speaker.
    if i > 0 && ctx.word(i - 1) == "," && matches!(ctx.lower(i), "who" | "which") {
        return true;
    }
    // "…, Sanders said, a policy that could …", "…, said X, director of Y, a union that …": an
    // appositive after a set-off attribution comments on what came before.
    if i > 0
        && ctx.word(i - 1) == ","
        && matches!(ctx.lower(i), "a" | "an")
        && set_off_after_clause(ctx, cue, frame)
        && !subject_of_clause(ctx, i, s1)
    {
        return true;
    }
    // (The prelude may stop at the comma after an adjunct: "said Friday, well below …", "…,
    // said on Tuesday, sending …".)
    let k = if ctx.word(i) == "," { i + 1 } else { i };
    if k > 0
        && k < s1
        && ctx.word(k - 1) == ","
        && set_off_after_clause(ctx, cue, frame)
        && (comparison(ctx, k, s1) || placing_phrase(ctx, k, s1))
        && !subject_of_clause(ctx, k, s1)
    {
        return true;
    }
    if participle_tail(ctx, after, k, s1) && set_off_after_clause(ctx, cue, frame) {
        return true;
    }
    if adverbial_clause(ctx, cue, k, s1) && set_off_after_clause(ctx, cue, frame) {
        return true;
    }
    if verbless_tail(ctx, cue, frame, k, s1) && set_off_after_clause(ctx, cue, frame) {
        return true;
    }
    // "…, said a handful of Democrats who point to …": a relative clause right after the speaker.
    if i == after && ctx.lower_is(i, "who") || of_place_tail(ctx, frame, i, s1) {
        return true;
    }
    // A quote opening here is the cue's content ("Smith said: \"…\""); a closing mark ends the clause.
    if ctx.quotes.opening_at(ctx.byte(i)).is_some() {
        return false;
    }
    // A lone apostrophe opens a single-quoted clause (content); two close a ''-style quote.
    let doubled = ctx.word(i) == "'" && i + 1 < s1 && ctx.word(i + 1) == "'";
    doubled
        || matches!(ctx.word(i), "." | "!" | "?" | ";" | "”" | "\"" | "(")
        || mid_sentence_preposition && ctx.word(i) == ","
        || parenthetical(ctx, frame, i, s1)
}

/// "The economy grew 0.3%, the statistics agency said, beating forecasts": a participle that sets
/// the figure against another is the writer's, right after the verb too; so is one that tells
/// what came of it: "The opening has been pushed back by two years, Health Infrastructure has
/// confirmed, leaving the region without an emergency department".
fn writers_participle(w: &str) -> bool {
    words::is_comparing_participle(w)
        || words::is_consequence_participle(w)
        || words::is_aftermath_participle(w)
}

/// "…, the company said on Tuesday, sending its shares up 4%": a participle clause at `k` after a
/// set-off attribution (ending at `after`) and its adjunct tells what the statement did. (Right
/// after the verb it may go on with what was said: "Russia is playing interference, they say,
/// imposing new import restrictions".)
fn participle_tail(ctx: &Context<'_, '_>, after: usize, k: usize, s1: usize) -> bool {
    const MAX_ADJUNCT: usize = 5;
    if k >= s1 || ctx.word(k - 1) != "," {
        return false;
    }
    let adjunct = k > after + 1
        && k <= after + 1 + MAX_ADJUNCT
        && matches!(ctx.lower_class(after), Some(WordClass::Prep | WordClass::Time));
    let after_adjunct = adjunct
        && ctx.kind(k) == TokenKind::Word
        && !ctx.is_cap(k)
        && ctx.lower(k).len() > 5
        && ctx.lower(k).ends_with("ing")
        && ctx.lower_class(k).is_none();
    after_adjunct
        || writers_participle(ctx.lower(k))
        || anonymity_participle(ctx, k, s1)
        || without_gerund(ctx, k, s1)
        // ("…, the Energy Information Administration said on Wednesday, compared with analysts'
        // expectations …": the writer sets the figure against another.)
        || words::opens_comparison(ctx.lower(k), ctx.lower(k + 1))
}

/// "…, the Nikkei newspaper reported on Sunday, without citing sources", "…, he said, without
/// elaborating": "without" and a gerund at `k` tell how it was said (what it left out), no part of
/// what was said.
fn without_gerund(ctx: &Context<'_, '_>, k: usize, s1: usize) -> bool {
    let g = ctx.lower(k + 1);
    k + 1 < s1
        && ctx.lower_is(k, "without")
        && g.len() > 4
        && g.ends_with("ing")
        && ctx.kind(k + 1) == TokenKind::Word
}

/// "…, a person familiar with the matter said, declining to be identified because the talks are
/// private": a participle at `k` before "(not) to be" and a naming participle ("identified",
/// "named") is the speaker's wish to stay unnamed, no part of what was said.
fn anonymity_participle(ctx: &Context<'_, '_>, k: usize, s1: usize) -> bool {
    let j = if ctx.lower_is(k + 1, "not") { k + 2 } else { k + 1 };
    j + 2 < s1
        && ctx.lower(k).ends_with("ing")
        && ctx.lower_is(j, "to")
        && ctx.lower_is(j + 1, "be")
        && words::is_naming_participle(ctx.lower(j + 2))
}

/// "The library will stay open on Sundays, said Mayor Ruth Ngata of Rotorua.": the speaker's
/// "of" at `i` and the place or body it is of ("of the union"), a few words with no verb up to
/// the sentence's end, is no clause after the attribution.
fn of_place_tail(ctx: &Context<'_, '_>, frame: &Frame, i: usize, s1: usize) -> bool {
    const MAX_OF_WORDS: usize = 6;
    let end = ctx.trim_end_punctuation(i, s1);
    frame.speaker.as_ref().is_some_and(|m| m.tokens.end == i)
        && ctx.lower_is(i, "of")
        && end > i + 1
        && end <= i + 1 + MAX_OF_WORDS
        && (i + 1..end).all(|t| ctx.kind(t) == TokenKind::Word && !ctx.clause_word(t) && !ctx.in_quote(t))
}

/// Longest verbless phrase after a set-off attribution read as its adjunct, in tokens.
const MAX_TAIL_TOKENS: usize = 8;

/// "The cottage will be sold, Jane Smith said, probably next year.": after the comma at `k - 1`,
/// a short phrase with no verb runs to the sentence's end, and a clause with a verb comes before
/// the attribution; the phrase tells when or how, and the clause is what was said. ("The
/// decision, officials said, was final": the words after hold the verb.)
fn verbless_tail(ctx: &Context<'_, '_>, cue: &CueMatch, frame: &Frame, k: usize, s1: usize) -> bool {
    if k == 0 || k >= s1 || ctx.word(k - 1) != "," {
        return false;
    }
    let Some(s) = ctx.doc.sentences().get(cue.sentence) else { return false };
    // (At least one token: `trim_end_punctuation` keeps one.)
    let end = ctx.trim_end_punctuation(k, s1);
    end - k <= MAX_TAIL_TOKENS
        && !(k..end).any(|t| {
            let w = ctx.lower(t);
            ctx.clause_word(t)
                || ctx.in_quote(t)
                || matches!(w, "," | "(" | "—" | "–" | "to")
                || w.len() > 4 && (w.ends_with("ed") || w.ends_with("ing")) && !ctx.is_cap(t)
        })
        && (s.tokens.start..frame.cluster.start).any(|t| ctx.clause_word(t) && !ctx.in_quote(t))
}

/// Whether a clause comes before the attribution `frame`, which is set off: what the writer's
/// comments after it need. ("Overall, she said, a number of groups are …": with only an adverb
/// before it, the attribution opens its clause.)
fn set_off_after_clause(ctx: &Context<'_, '_>, cue: &CueMatch, frame: &Frame) -> bool {
    ctx.doc
        .sentences()
        .get(cue.sentence)
        .is_some_and(|s| frame.cluster.start >= s.tokens.start + MIN_CLAUSE_TOKENS)
        && set_off_speaker(ctx, frame)
}

/// "…, the minister said as he left the building", "…, he said when asked about the talks": an
/// adverbial clause after a neutral verb of saying, running to the sentence's end, tells when it
/// was said (not "did not announce as much stimulus as …", "spoke as if …").
fn adverbial_clause(ctx: &Context<'_, '_>, cue: &CueMatch, k: usize, s1: usize) -> bool {
    k + 1 < s1
        && cue.form == CueForm::Finite
        && cue.stance == Stance::Neutral
        && cue.act == Act::Speech
        && matches!(ctx.lower(k), "as" | "while" | "whilst" | "when")
        && !matches!(ctx.lower(k + 1), "if" | "though" | "much" | "many" | "well" | "far" | "long" | "soon")
        && !(k..s1).any(|t| matches!(ctx.word(t), "," | ":" | ";") || ctx.in_quote(t))
}

/// "In the early 1990s, she said, a boss invited her …": the noun phrase opening at `i` is the
/// subject of a verb within three tokens (before any "that", "who" or comma), not an appositive
/// ("…, Sanders said, a policy that could …").
fn subject_of_clause(ctx: &Context<'_, '_>, i: usize, s1: usize) -> bool {
    (i + 1..s1.min(i + 4))
        .take_while(|&u| !matches!(ctx.lower(u), "that" | "which" | "who" | "," | "." | ";" | "—" | "–"))
        .any(|u| ctx.verb_follows(u, u + 1))
}

/// "…, the company said, the fastest pace in a decade", "…, he said, more than in the previous
/// three years combined", "…, the bureau said Friday, well below the estimate": a phrase opening
/// at `i` that sets a figure against another, which comments on the clause before.
fn comparison(ctx: &Context<'_, '_>, i: usize, s1: usize) -> bool {
    let w = ctx.lower(i);
    let next = if i + 1 < s1 { ctx.lower(i + 1) } else { "" };
    let degree =
        matches!(w, "well" | "far" | "slightly" | "sharply" | "just" | "more" | "less" | "up" | "down")
            && (matches!(next, "than" | "from") || ctx.class(i + 1) == Some(WordClass::Prep));
    let superlative = matches!(w, "the" | "its" | "their")
        && next.len() > 4
        && next.ends_with("est")
        && ctx.lower_class(i + 1).is_none();
    (degree || superlative) && !(i..s1).any(|t| ctx.in_quote(t))
}

/// "…, the military said, in the latest in a series of tests", "…, officials said, in a blow to
/// the talks", "…, police said, amid fears of …": a phrase opening at `i` that places the reported
/// event among others comments on the clause before.
fn placing_phrase(ctx: &Context<'_, '_>, i: usize, s1: usize) -> bool {
    // ("…, the carrier said, in the clearest sign yet that …": a modifier or two before the noun.)
    const MAX_MODIFIERS: usize = 2;
    let noun = |t: usize| ctx.lower_is(t, "latest") || words::is_comment_noun(ctx.lower(t));
    let modifier =
        |t: usize| ctx.kind(t) == TokenKind::Word && !ctx.is_cap(t) && ctx.lower_class(t).is_none();
    let placed = ctx.lower_is(i, "in")
        && i + 2 < s1
        && matches!(ctx.lower(i + 1), "the" | "a" | "an")
        && (i + 2..s1.min(i + 3 + MAX_MODIFIERS)).take_while(|&t| noun(t) || modifier(t)).any(noun);
    // (Running to the sentence's end: not "…, she said, in a move that surprised many, the firm
    // cut jobs".)
    (placed || matches!(ctx.lower(i), "amid" | "amidst"))
        && !(i..s1).any(|t| ctx.in_quote(t) || matches!(ctx.word(t), "," | ";" | ":"))
}

/// Fewest tokens before a set-off attribution for them to be a clause it reports.
const MIN_CLAUSE_TOKENS: usize = 4;

/// Longest phrase, in tokens, between an attribution and the "according to" that credits it.
const MAX_CREDIT_GAP: usize = 8;

/// "…, the president said during a visit, according to a transcript": the comma before an
/// "according to" that credits the attribution ending at token `after`, with at most a phrase
/// with no clause of its own between them.
pub(crate) fn credit_after(ctx: &Context<'_, '_>, after: usize, s1: usize) -> Option<usize> {
    let comma = (after..s1.min(after + MAX_CREDIT_GAP)).find(|&t| ctx.word(t) == ",")?;
    let credit = comma + 2 < s1 && ctx.lower_is(comma + 1, "according") && ctx.lower_is(comma + 2, "to");
    (credit && (after..comma).all(|t| !ctx.clause_word(t))).then_some(comma)
}

/// Whether the attribution names its speaker inside its own cluster, set off from the clause
/// before it by a comma or a closing quote mark ("…, the president said", "“…,” said Smith").
fn set_off_speaker(ctx: &Context<'_, '_>, frame: &Frame) -> bool {
    // ("…, the Bureau of Labor Statistics said": with the name's article.)
    let c = ctx.with_article(frame.cluster.start);
    c > 0
        && matches!(ctx.word(c - 1), "," | "”" | "\"" | "'" | "’")
        && frame.speaker.as_ref().is_some_and(|m| frame.cluster.contains(&m.tokens.start))
}

/// "Callum made the call, his mother said, and she said …": an attribution with its speaker set
/// off by commas, before a coordinated clause, ends the clause it reports.
fn parenthetical(ctx: &Context<'_, '_>, frame: &Frame, i: usize, s1: usize) -> bool {
    let c = frame.cluster.start;
    // ("…, his mother, Kerry Webb, said, and she …": the name may follow its role; "Lee is “not a
    // backslapper,” said Mr. Sperling, but she …": the comma may close a quote.)
    let set_off = set_off_speaker(ctx, frame) && ctx.after_comma(0, c);
    // (The prelude skips the comma: `i` may be at the conjunction.)
    let conj = if ctx.word(i) == "," { i + 1 } else { i };
    let comma = conj > 0 && ctx.word(conj - 1) == ",";
    set_off && comma && conj < s1 && matches!(ctx.lower(conj), "and" | "but")
}

/// "“…,” X said, “…”": a quote right before the attribution is its content whatever follows —
/// when it ends on a comma (or "?", "!", a dash) and what follows the attribution is another quote
/// or an aside (", adding …"), not a reported clause of its own ("“The talks failed.” Jones said it
/// was over." is not); or when the quote opens the clause; or when the cue trails anyway. Only a
/// quote after `consumed` (the tokens earlier claims of the sentence took), with a speaker.
pub(crate) fn quote_before(
    ctx: &Context<'_, '_>,
    cue: &CueMatch,
    f: &Frame,
    b: Bounds,
    consumed: usize,
    trailing: bool,
) -> bool {
    let Some(q) = ctx.quote_closing_before(past_as(ctx, f.cluster.start, b.start)) else { return false };
    let quote = &ctx.quotes.all()[q];
    // (A nested quote may close first: "… what can we do to help?’”.)
    let inner = quote.inner.as_str(ctx.doc.text()).trim_end().trim_end_matches(['’', '\'']);
    let next = skip_prelude(ctx, cue, f.after, b.end, Purpose::Trailing);
    let aside = next >= b.end
        || matches!(ctx.word(next), "," | "." | ";" | ":" | "“" | "\"" | "'" | "—" | "–" | "(")
        || ctx.lower(next).ends_with("ing");
    // A quote that opens the clause always counts. One that began in an earlier sentence (split
    // inside it: "… to chants of “Marco! Marco!,” the senator said his …") opens a clause only if
    // it opened that sentence.
    let floor = if quote.span.start < ctx.byte(b.start) {
        ctx.doc.sentences().get(ctx.doc.sentence_at(quote.span.start)).map_or(b.start, |s| s.tokens.start)
    } else {
        consumed.max(b.start)
    };
    let opens_clause = quote_opens_clause(ctx, floor, quote.span.start);
    // ("“…,” said Heiserman of the union": an inverted speaker reports the quote before it.)
    // (Only for a quote the sentence splitter cut, which `opens_clause` cannot see whole.)
    let inverted = quote.span.start < ctx.byte(b.start)
        && cue.stance == crate::Stance::Neutral
        && f.speaker.as_ref().is_some_and(|m| m.tokens.start >= cue.tokens.end);
    // (British style puts the comma after the closing mark: "‘We have no choice’, said …".)
    let comma_after = ctx.doc.text().get(quote.span.end..).is_some_and(|rest| rest.starts_with(','));
    let closed = inner.ends_with([',', '?', '!', '—', '-']) || comma_after;
    let counts = (closed && (aside || opens_clause || inverted)) || trailing;
    counts && (consumed <= b.start || quote.span.start >= ctx.byte(consumed)) && f.speaker.is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribution::context::test_support::Fixture;

    fn trailing(text: &str, cue: &str) -> bool {
        let f = Fixture::new(text);
        let Some(c) = f.cues.iter().find(|c| c.span.as_str(text) == cue) else { return false };
        let s1 = f.doc.sentences()[c.sentence].tokens.end;
        f.with(|ctx| {
            let frame =
                crate::attribution::speaker::frame(ctx, c, Bounds::of(&ctx.doc.sentences()[c.sentence]));
            is_trailing(ctx, c, &frame, s1)
        })
    }

    #[test]
    fn cue_at_the_end_of_its_clause() {
        // "…, he said."; "…, said Howard Rubel, a senior analyst, who notes …".
        assert!(trailing("The talks failed, he said.", "said"));
        assert!(trailing("The talks failed, he said on Monday.", "said"));
        assert!(!trailing("He said the talks failed.", "said"));
        assert!(trailing(
            "Prices will rise, said Howard Rubel, a senior analyst, who notes the costs.",
            "said"
        ));
    }

    #[test]
    fn the_place_a_speaker_is_of() {
        // "The library will stay open on Sundays, said Mayor Ruth Ngata of Rotorua."
        assert!(trailing("The library will stay open on Sundays, said Mayor Ruth Ngata of Rotorua.", "said"));
        assert!(trailing("The plant will close, said Ruth Ngata of the union.", "said"));
        // (A clause after "of" is none of it: "said Ruth Ngata of the plan, which …" aside.)
        assert!(!trailing("Ruth Ngata said the plan was dead.", "said"));
    }

    #[test]
    fn a_wish_to_stay_unnamed_after_the_attribution() {
        // "…, a person familiar with the matter said, declining to be identified because the
        // talks are private."
        let text = "The bank is weighing a sale, a person familiar with the matter said, declining to be identified.";
        assert!(trailing(text, "said"));
        assert!(trailing(
            "The bank is weighing a sale, an official said, preferring not to be named.",
            "said"
        ));
        // (A participle of what was said goes on: "…, they say, imposing new import restrictions".)
        assert!(!trailing(
            "Russia is playing interference, they say, imposing new import restrictions.",
            "say"
        ));
    }

    #[test]
    fn what_the_report_left_out() {
        // "…, the Nikkei newspaper reported on Sunday, without citing sources."
        let text =
            "The plant will close in May, the Nikkei newspaper reported on Sunday, without citing sources.";
        assert!(trailing(text, "reported"));
        assert!(trailing("The deal is off, he said, without elaborating.", "said"));
        // "…, the Energy Information Administration said on Wednesday, compared with analysts'
        // expectations for a 1.2 million-barrel draw."
        let text = "Crude stocks fell by 4.1 million barrels, the agency said on Wednesday, compared with forecasts.";
        assert!(trailing(text, "said"));
    }

    #[test]
    fn noun_phrase_after_the_attribution() {
        // An appositive comments on the clause before; a subject opens the content.
        assert!(trailing("The bill passed, Sanders said, a policy that could cost jobs.", "said"));
        assert!(!trailing("In the early 1990s, Ms. Ripert said, a boss invited her to lunch.", "said"));
    }

    #[test]
    fn a_verbless_tail_after_the_attribution() {
        // "The cottage will be sold, Jane Smith said, probably next year."
        assert!(trailing("The cottage will be sold, Jane Smith said, probably next year.", "said"));
        // The words after hold the verb: "The decision, officials said, was final."
        assert!(!trailing("The decision, officials said, was final.", "said"));
        assert!(!trailing("He backed a bigger tent and, he argued, to help stabilize Ukraine.", "argued"));
        assert!(!trailing("All of the workers, she explained, needed a boost.", "explained"));
    }

    #[test]
    fn a_date_after_the_attribution() {
        // "Large malls … from 2027, the Ministry of Sustainability and the Environment (MSE) said on
        // March 6."
        assert!(trailing("Malls must sort their waste from 2027, the ministry said on March 6.", "said"));
        assert!(trailing("Malls must sort their waste, the ministry said on March 6, 2025.", "said"));
    }

    #[test]
    fn a_participle_clause_after_the_attribution() {
        // "…, the company said on Tuesday, sending its shares up 4%".
        let text = "Profit rose 12 percent, the company said on Tuesday, sending its shares up 4%.";
        assert!(trailing(text, "said"));
        assert!(!trailing("The company said on Tuesday, sending its shares up, that profit rose.", "said"));
        assert!(!trailing("Russia is playing interference, they say, imposing new import curbs.", "say"));
        let text = "The economy grew 0.3%, the statistics agency said, beating forecasts.";
        assert!(trailing(text, "said"));
        let text = "The opening has been pushed back by two years, the ministry has confirmed, leaving the \
                    region without an emergency department.";
        assert!(trailing(text, "confirmed"));
        let text = "Aides agreed, officials said with the findings and plans to boost staff, training it.";
        assert!(!trailing(text, "said"));
    }

    #[test]
    fn an_adverbial_clause_after_the_attribution() {
        // "…, the minister said as he left the building", "…, he said when asked about the talks".
        assert!(trailing("The deal is dead, the minister said as he left the building.", "said"));
        assert!(trailing("The deal is dead, he said when asked about the talks.", "said"));
        // Not set off, the clause may be what was said: "He said when he arrived the house was empty".
        assert!(!trailing("He said when he arrived the house was empty.", "said"));
    }

    #[test]
    fn parenthetical_before_a_coordinated_clause() {
        // "Callum made the call, his mother said, and she said …".
        assert!(trailing("Tom made the call, his mother said, and she said he rang twice.", "said"));
        assert!(!trailing("His mother said, and she said it twice, that Tom rang.", "said"));
        // "Ms. Brainard is “not a backslapper,” said Mr. Sperling, but she …": after a quote's comma.
        let text = "Ms. Brainard is “not a backslapper,” said Mr. Sperling, but she has a reputation.";
        assert!(trailing(text, "said"));
    }

    #[test]
    fn an_appositive_after_the_attribution() {
        // "…, Sanders said, a policy that could …": the clause before is the content.
        assert!(trailing(
            "Victims would be a distinct group, Sanders said, a policy that could help them.",
            "said"
        ));
        assert!(!trailing("Sanders said a policy could help them.", "said"));
        assert!(!trailing("Overall, she said, a number of groups are leaving.", "said"));
        // A comparison: "…, the company said, the fastest pace in a decade", "…, the Bureau of
        // Labor Statistics said Friday, well below the estimate" (the article before the name).
        assert!(trailing("Sales rose 5 percent, the company said, the fastest pace in a decade.", "said"));
        let text = "Employers created 61,000 jobs, the Bureau of Labor Statistics said Friday, well below forecasts.";
        assert!(trailing(text, "said"));
        assert!(!trailing("Sales rose in May, the company said, the fastest pace had slowed.", "said"));
        // A phrase placing the event among others: "…, the military said, in the latest in a
        // series of tests …", "…, officials said, amid fears of …".
        let text = "North Korea fired a missile, the military said, in the latest in a series of tests that raised tensions.";
        assert!(trailing(text, "said"));
        assert!(trailing("Prices rose again, analysts said, amid fears of a shortage.", "said"));
        // "…, the Copenhagen-based carrier said, in the clearest sign yet that container lines are
        // struggling …": a modifier before the noun.
        let text = "Norvalis will cut two loops, the carrier said, in the clearest sign yet that lines are struggling.";
        assert!(trailing(text, "said"));
        assert!(!trailing("In May, she said, in a move that surprised many, the firm cut jobs.", "said"));
        // A participle of the act of speaking: "…, he said, referring to the sanctions", "…, she
        // said, smiling"; not one before what was said ("He said, pausing, “We will win.”").
        assert!(trailing("Tensions rose, he said, referring to the sanctions.", "said"));
        assert!(trailing("Sales were great, he said, wiping his face.", "said"));
        assert!(!trailing("He said, pausing, “We will win.”", "said"));
    }

    #[test]
    fn an_according_to_credit_ends_the_clause() {
        // "…, the president said during a visit, according to a transcript".
        assert!(trailing(
            "It is strong, the president said during a visit, according to a transcript.",
            "said"
        ));
        // Not a subject far to the left ("Cruz garnered …, compared with …, according to polls").
        assert!(!trailing("Cruz won 3%, compared with 27% for Dewhurst, according to polls.", "compared"));
    }

    #[test]
    fn according_to_mid_sentence() {
        // "…, according to a new poll that shows …".
        assert!(trailing("Trump leads, according to a new poll that shows Cruz second.", "according to"));
        // "…, because, according to Trump, the media would …".
        assert!(!trailing("He left because, according to Trump, the media would lie.", "according to"));
    }

    #[test]
    fn quote_before_an_attribution() {
        // "“…,” X said, “…”" — not "“The talks failed.” Jones said it was over."
        let yes = "“We won,” Jane Moreno said, “and we will win again.”";
        let no = "“The talks failed.” Jane Moreno said it was over.";
        // A quote the sentence splitter cut: it did not open its clause.
        let cut = "Walking in to chants of “Marco! Marco!,” the senator said his campaign was strong.";
        let whole = "“We won! We won,” the senator said his campaign was strong.";
        let inverted = "He wrote “it was early. People talked,” said Ann Heiserman of the union.";
        // British style: the comma after the closing mark.
        let british = "‘We won’, Jane Moreno said, ‘and we will win again.’";
        let cases =
            [(yes, true), (no, false), (cut, false), (whole, true), (inverted, true), (british, true)];
        for (text, want) in cases {
            let f = Fixture::new(text);
            let c = f.cues.iter().find(|c| c.span.as_str(text) == "said").cloned();
            let got = c.is_some_and(|c| {
                f.with(|ctx| {
                    let b = Bounds::of(&ctx.doc.sentences()[c.sentence]);
                    let frame = crate::attribution::speaker::frame(ctx, &c, b);
                    quote_before(ctx, &c, &frame, b, b.start, false)
                })
            });
            assert_eq!(got, want, "{text}");
        }
    }
}
