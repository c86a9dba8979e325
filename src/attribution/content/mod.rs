//! What was said for one cue. One file per side:
//! - `prelude.rs`: what sits between a cue and its content ("said on Monday in a statement that");
//! - `right.rs`: the clause or object after the cue;
//! - `left.rs`: the clause or quote before a trailing cue;
//! - `trailing.rs`: whether a cue trails its content ("…, he said"), and a quote right before
//!   the attribution ("“…,” X said, “…”");
//! - `colon.rs`: the quote or block that a final colon introduces ("Hewitt writes:");
//! - `interrupted.rs`: the part before an attribution set off inside the clause ("The plan, Mr
//!   Bell said, was never costed");
//! - `particle.rs`: a preposition after the cue that joins it ("complained about the noise").

mod colon;
mod interrupted;
mod left;
mod particle;
mod prelude;
mod right;
mod trailing;

pub(crate) use left::left_content;
use left::left_words;
pub(crate) use particle::split_particle;
pub(crate) use prelude::{skip_prelude, Purpose};
pub(crate) use right::{object_end, right_content, subject_goes_on};
pub(crate) use trailing::{credit_after, is_trailing, quote_before};

use crate::cues::{CueForm, CueMatch};
use crate::lexicon::WordClass;

use super::context::{Bounds, Context};
use super::raw::Content;
use super::speaker::Frame;

/// Where one cue's content may lie, as the sentence's clause map and earlier claims leave it.
pub(crate) struct Reach {
    /// The first token no earlier claim of the sentence took.
    pub floor: usize,
    /// Where the content must end (exclusive token).
    pub clause_end: usize,
    /// The cue trails its clause.
    pub trailing: bool,
    /// A quote right before the attribution is its content (see [`quote_before`]).
    pub quote_before: bool,
}

/// The content of `cue` with frame `f` in sentence `b` of paragraph `paragraph`: the quote or
/// block after a final colon; the content on the left of a trailing cue (or the longer side of
/// one that splits its clause); for a passive with an agent, its subject; otherwise the content
/// on the right.
pub(crate) fn content(
    ctx: &Context<'_, '_>,
    cue: &CueMatch,
    f: &Frame,
    b: Bounds,
    paragraph: usize,
    reach: &Reach,
) -> Option<Content> {
    if let Some(q) = colon::quote_after_named_act(ctx, f.after, b.end) {
        // "offered an apology: “We failed …”": the quotation after the act's name.
        return Some(Content::quotation(q));
    }
    if let Some(q) = colon::quote_after_colon(ctx, f.after, b.end) {
        // "Dr. Ward stated:" ⏎ "“…”": the quote opening the next paragraph.
        return Some(Content::quotation(q));
    }
    if let Some(block) = colon::block_after_colon(ctx, paragraph, f.after, b.end) {
        // "Hewitt writes:" ⏎ "The movie mentions …": a paragraph set off as a block quotation.
        return Some(Content::reported(block, &ctx.quotes));
    }
    let right = || {
        right_content(ctx, cue, f.after, reach.clause_end)
            .map(|r| interrupted::with_lead(ctx, cue, f, || story_start(ctx, b, reach.floor, f), r))
    };
    // ("“…,” said Ines Carvalho of the Morar collective, speaking by phone": what an earlier
    // claim of the sentence left before a participle is no content of it.)
    if reach.trailing && cue.form == CueForm::Gerund && reach.floor > b.start && !reach.quote_before {
        return None;
    }
    if reach.trailing || reach.quote_before {
        let floor = story_start(ctx, b, reach.floor, f);
        let floor = if cue.form == CueForm::Passive { passive_floor(ctx, floor, f) } else { floor };
        let left = if left::inside_clause(ctx, cue, f.cluster.start, floor) {
            None
        } else {
            left_content(ctx, f.cluster.start, floor).filter(|l| !describes_speaker(ctx, l, f))
        };
        // "Among the precedents at risk, according to Ms. Epstein, are 16 cases …": the source
        // splits the clause; the longer side carries the statement.
        // ("The results, according to Barnaby Oakes, an analyst at Fenwick Rowe, were …": past the
        // source's appositive and its comma.)
        let split = cue.form == CueForm::Preposition
            && !reach.quote_before
            && f.after + 3 < b.end
            && (ctx.word(f.after) == ","
                || f.speaker.as_ref().is_some_and(|m| m.role.is_some_and(|r| r.start >= m.span.end))
                    && ctx.word(f.after - 1) == ",");
        // ("The bridge was built in 1932, according to city records, and has not been renovated
        // since": a right side opening on "and" or "but" goes on with the left's subject.)
        // ("Shoppers are back, according to analyst Moira Cheng, who says …": nor one opening on a
        // relative pronoun, which says more of the source.)
        let coordinated = |r: &Content| {
            let t = ctx.doc.token_index_at(r.span.start);
            matches!(ctx.lower(t), "and" | "but" | "or" | "who" | "which" | "whose")
        };
        let verb_led = |r: &Content| {
            let t = ctx.doc.token_index_at(r.span.start);
            r.lead.is_some()
                && matches!(ctx.lower_class(t), Some(WordClass::Aux | WordClass::Modal | WordClass::Verb))
        };
        return match left {
            Some(l) if split => match right() {
                // (The right side with the left as its lead is the whole when it opens on its
                // verb: "The painting, according to Tom Bell, was a copy"; not on an appositive
                // of the source, "…, according to Crowdpac, a crowdfunding website".)
                Some(r) if (verb_led(&r) || r.span.len() > l.span.len()) && !coordinated(&r) => Some(r),
                _ => Some(l),
            },
            // (", According to Putin, the vote was rigged": nothing on the left; not "According to
            // Jack Kelly, writing for …:", whose participle reports.)
            None if split && ctx.lower_cue(f.after + 1).is_none() => right(),
            // ("Blumenthal was asked, “…?” He answered, “I have no idea.”": the quotation before
            // was the question's; what the cue opens is its own.)
            None if reach.quote_before && !reach.trailing => right(),
            left => left,
        };
    }
    if cue.form == CueForm::Passive && f.speaker.is_some() {
        // ("The committee was told by Dr. Femi Ogun that 14 patients had been harmed": the agent's
        // clause follows it.)
        // ("Okafor was told by doctors on Friday that …": past a time phrase.)
        let opens = |t: usize| t < reach.clause_end && matches!(ctx.lower(t), "that" | ":");
        let past_prelude = || {
            let first = prelude::skip_prelude(ctx, cue, f.after, reach.clause_end, prelude::Purpose::Content);
            first > f.after + 1 && opens(first - 1)
        };
        let clause_after = opens(f.after) || past_prelude();
        if clause_after {
            return right();
        }
        // "Clinton's position was supported by Sen. Feinstein": what the agent said or backed is
        // the passive's subject.
        return left_content(ctx, f.cluster.start, passive_floor(ctx, reach.floor, f)).or_else(right);
    }
    right()
}

/// "Her colleague Tom Barraclough disagreed.": words right before the speaker, with nothing set
/// off between and no verb among them, describe the speaker; they are no content (a passive's
/// subject is: "O'Malley's move was first reported by MSNBC").
fn describes_speaker(ctx: &Context<'_, '_>, left: &Content, f: &Frame) -> bool {
    let (a, b) = (ctx.doc.token_index_at(left.span.start), ctx.doc.token_index_at(left.span.end));
    b == f.cluster.start
        && f.speaker.as_ref().is_some_and(|m| m.tokens.start == b)
        && b > a
        && ctx.kind(b - 1) == crate::text::TokenKind::Word
        && left.kind == crate::ClaimKind::Indirect
        && !(a..b).any(|t| ctx.clause_word(t))
}

/// Where a content on the left may start: after a dateline that opens the sentence ("OTTAWA — The
/// government will extend the program, an official said"; "BERLIN (Reuters) - …"), which is no part
/// of what anyone said.
fn story_start(ctx: &Context<'_, '_>, b: Bounds, floor: usize, f: &Frame) -> usize {
    if floor == b.start {
        ctx.dateline_end(b.start, f.cluster.start)
    } else {
        floor
    }
}

/// A passive's subject starts after any opening phrase ("In the primary, Ortiz was supported by").
fn passive_floor(ctx: &Context<'_, '_>, floor: usize, f: &Frame) -> usize {
    if matches!(ctx.class(floor), Some(WordClass::Prep | WordClass::Time)) {
        if let Some(c) = (floor..f.cluster.start).rev().find(|&t| ctx.word(t) == ",") {
            return c + 1;
        }
    }
    // "The defense rested, and closing arguments are expected Monday": the passive's subject
    // opens after the clause coordinated before it.
    let linked = |t: usize| {
        ctx.word(t) == ";" || t > floor && ctx.word(t - 1) == "," && matches!(ctx.lower(t), "and" | "but")
    };
    (floor + 1..f.cluster.start).rev().find(|&t| linked(t)).map_or(floor, |t| t + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribution::context::test_support::{contents, Fixture};
    use crate::attribution::speaker;

    /// The content of the only cue written `cue`, as the sentence pass would find it with no
    /// earlier claim.
    fn said(text: &str, cue: &str) -> Option<String> {
        let f = Fixture::new(text);
        let c = f.cues.iter().find(|c| c.span.as_str(text) == cue)?;
        let s = &f.doc.sentences()[c.sentence];
        f.with(|ctx| {
            let b = Bounds::of(s);
            let frame = speaker::frame(ctx, c, b);
            let trailing = is_trailing(ctx, c, &frame, b.end);
            let reach = Reach {
                floor: b.start,
                clause_end: b.end,
                trailing,
                quote_before: quote_before(ctx, c, &frame, b, b.start, trailing),
            };
            content(ctx, c, &frame, b, s.paragraph, &reach).map(|c| c.span.as_str(text).to_string())
        })
    }

    #[test]
    fn the_second_part_of_an_earlier_split_quotation_is_its_verbs() {
        // "“The water is safe to drink,” Dr. Alicia Ferro said, “but we are asking residents to be
        // patient.” Ferro, the county health officer, spoke at a news conference Tuesday."
        let text = "“The water is safe to drink,” Dr. Alicia Ferro said, “but we are asking residents to be \
                    patient.” Ferro, the county health officer, spoke at a news conference Tuesday.";
        assert_eq!(contents(text), ["The water is safe to drink but we are asking residents to be patient."]);
        // "Blumenthal was asked, “…?” He answered, “I have no idea.”": the question is the asking's.
        let text = "Blumenthal was asked, “Would you have told her?” He answered, “I have no idea.”";
        assert_eq!(contents(text), ["Would you have told her?", "I have no idea."]);
    }

    #[test]
    fn passive_with_an_agent_reports_its_subject() {
        // "Clinton's position was supported by Sen. Feinstein".
        let got = said("The new budget was supported by Dianne Feinstein.", "supported");
        assert_eq!(got.as_deref(), Some("The new budget"));
        // "In the primary, Ortiz was supported by …": after the opening phrase.
        let got = said("In the primary, the new budget was supported by Dianne Feinstein.", "supported");
        assert_eq!(got.as_deref(), Some("the new budget"));
        // "…, and its loyalty might be claimed by …": after a coordinated clause.
        let got = said("The region lost, and its loyalty was claimed by Dianne Feinstein.", "claimed");
        assert_eq!(got.as_deref(), Some("its loyalty"));
        // "The committee was told by Dr. Femi Ogun that …": the agent's clause follows it.
        let got = said("The committee was told by Dr. Femi Ogun that 14 patients had been harmed.", "told");
        assert_eq!(got.as_deref(), Some("14 patients had been harmed"));
        // (Past a time phrase: "Okafor was told by doctors on Friday that …".)
        let got = said("Okafor was told by the doctors on Friday that he would never run again.", "told");
        assert_eq!(got.as_deref(), Some("he would never run again"));
    }

    #[test]
    fn a_dateline_is_no_part_of_a_content_on_the_left() {
        // "OTTAWA — The government will extend …, a senior official said Wednesday."
        let got = said("OTTAWA — The government will extend the program, an official said.", "said");
        assert_eq!(got.as_deref(), Some("The government will extend the program"));
        let got = said("Kordo (AFP) - Ten people were hurt, local officials said on Sunday.", "said");
        assert_eq!(got.as_deref(), Some("Ten people were hurt"));
        // "LAHORE: …", "NEW DELHI: …": a place in capitals and a colon.
        let got = said("LAHORE: Two people were killed when a roof collapsed, police said.", "said");
        assert_eq!(got.as_deref(), Some("Two people were killed when a roof collapsed"));
        let got = said("NEW DELHI: The Centre will release the dues, Finance Minister Rao said.", "said");
        assert_eq!(got.as_deref(), Some("The Centre will release the dues"));
        // A place not listed, opening the story: "KOCHI: …"; but not a transcript's turns.
        let got = said("KOCHI: The toll rose to 143, Minister Suresh Menakath said.", "said");
        assert_eq!(got.as_deref(), Some("The toll rose to 143"));
        // A listed city in title case: "New Delhi: …"; not any word before a colon.
        let got = said("New Delhi: The line will open late, officials said on Monday.", "said");
        assert_eq!(got.as_deref(), Some("The line will open late"));
        let got = said("Note: The line will open late, officials said on Monday.", "said");
        assert_eq!(got.as_deref(), Some("Note: The line will open late"));
    }

    #[test]
    fn according_to_splitting_a_clause() {
        // "Among the precedents at risk, according to Ms. Epstein, are 16 cases …".
        let text =
            "Among the precedents at risk, according to Ms. Epstein, are 16 cases that the court decided.";
        assert_eq!(said(text, "according to").as_deref(), Some("are 16 cases that the court decided"));
        // "Her colleague Tom Barraclough disagreed.": the words before the name describe him.
        assert!(contents("Her colleague Tom Barraclough disagreed.").is_empty());
        // "The painting, according to Tom Bell, was a copy": a short subject before the source,
        // the verb after it, is one content in two parts.
        assert_eq!(contents("The painting, according to Tom Bell, was a copy."), ["The painting was a copy"]);
        // "The results, according to Barnaby Oakes, an analyst at Fenwick Rowe, were …": past the
        // source's appositive.
        let text = "The results, according to Barnaby Oakes, an analyst at Fenwick Rowe, were cleaner than expected.";
        assert_eq!(contents(text), ["The results were cleaner than expected"]);
        // "…, according to city records, and has not been renovated since": the right side goes on
        // with the left's subject, so the left is the content.
        let text =
            "The bridge was built in 1932, according to city records, and has not been renovated since.";
        assert_eq!(said(text, "according to").as_deref(), Some("The bridge was built in 1932"));
        // "…, according to analyst Moira Cheng, who says …": a relative clause on the source.
        let text = "Shoppers are back, according to analyst Moira Cheng, who says footfall has recovered.";
        assert_eq!(said(text, "according to").as_deref(), Some("Shoppers are back"));
    }

    #[test]
    fn colon_introduces_the_next_paragraph() {
        let got = said("Dr. Ward stated:\n\n“The results are clear.”", "stated");
        assert_eq!(got.as_deref(), Some("The results are clear."));
    }
}
