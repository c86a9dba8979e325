//! One sentence's claims: the headline check, the frames (who speaks for each cue), the clause
//! map (where each cue's content must stop), the content of each cue, and the outlets credited.

use crate::cues::{CueForm, CueMatch};
use crate::lexicon::WordClass;
use crate::Span;

use super::citing::{cited_sources, relay};
use super::clause::Clauses;
use super::content::{content, credit_after, quote_before, split_particle, Reach};
use super::context::{Bounds, Context};
use super::deeds::noun_object;
use super::headline::{headline_claim, title_case};
use super::listener::{heard_in_court, LISTENING};
use super::mentions::Mention;
use super::proposition::{states_something, swallowed_end};
use super::question::{nothing_asked, question_claim};
use super::raw::{Content, RawClaim};
use super::source::{credit_outlets, outlet_credit};
use super::speaker::{sentence_frames, Frame};
use super::topic_object;
use super::words;

/// The claims of the sentence holding `cues` (all of that sentence's cues, in order; the first has
/// index `first` in the document's list).
pub(crate) fn sentence_claims(ctx: &Context<'_, '_>, cues: &[CueMatch], first: usize) -> Vec<RawClaim> {
    let si = cues[0].sentence;
    let Some(sent) = ctx.doc.sentences().get(si) else { return Vec::new() };
    let b = Bounds::of(sent);
    // A title-case headline has rules of its own; without a headline claim the ordinary ones apply.
    if title_case(ctx, si) {
        if let Some(claim) = headline_claim(ctx, cues, first, sent) {
            return vec![claim];
        }
    }
    let frames = sentence_frames(ctx, cues, b);
    let clauses = Clauses::new(ctx, cues, &frames, b);
    let mut claims = Vec::new();
    // The claims only an outlet reported ("…, Reuters reported"), and the first such outlet.
    let (mut outlet_claims, mut credit) = (Vec::new(), None);
    // Tokens before this belong to earlier claims of the sentence.
    let mut consumed = b.start;
    // For each cue, whether it made a claim.
    let mut made = vec![false; cues.len()];
    // "…, Yonhap reported, citing a police official": the one cited speaks, and "citing" makes no
    // claim (also where the report's content runs past it: "Bild reported, citing sources …, that").
    let cited = cited_sources(ctx, cues, &frames, b);
    for (k, (cue, f)) in cues.iter().zip(&frames).enumerate() {
        // A cue inside an earlier claim's content, or inside the clause a later trailing
        // attribution takes, is part of that content; a citing cue relays.
        // ("Jane Smith, when asked, said …": a question with nothing asked.)
        let silent = cited.iter().any(|(j, _)| *j == k) || f.speaker.is_none() && nothing_asked(ctx, cue, b);
        if cue.tokens.start < consumed || clauses.inside_later(ctx, k) || silent {
            continue;
        }
        // "Asked whether …, Mr. Daley said", "… when asked about her weaknesses".
        if f.speaker.is_none() && matches!(cue.lemma.as_str(), "ask" | "ask about") {
            if let Some(claim) = question_claim(ctx, cue, first + k, b, sent.paragraph) {
                consumed = consumed.max(ctx.doc.token_index_at(claim.content.span.end));
                // A question nobody is named for asking states nothing ("Asked whether he would
                // resign, Smith said no"): its words are consumed, and no claim is made.
                if claim.speaker.is_some() {
                    claims.push(claim);
                }
                continue;
            }
        }
        // "Interfax quoted a ministry official as saying …": the participle after "as" makes the
        // claim; the one who quotes is only its outlet.
        if quotes_a_participle(cues, &frames, k) {
            if let Some(o) = f.speaker.as_ref().and_then(outlet_credit) {
                credit.get_or_insert(o);
            }
            continue;
        }
        // "The court heard that …": a claim nobody is named for.
        let listener = cue.lemma == LISTENING;
        if !reports(ctx, cue, f, b)
            || credits_previous(ctx, (cues, &frames, &clauses), &made, k, b)
            || listener && (!heard_in_court(ctx, cue, f) || (0..k).any(|i| made[i] && clauses.heard_of(i, k)))
        {
            continue;
        }
        let trailing = clauses.trailing[k];
        let reach = Reach {
            floor: consumed.max(b.start),
            clause_end: clauses.content_end(ctx, k),
            trailing,
            quote_before: quote_before(ctx, cue, f, b, consumed, trailing),
        };
        let content = content(ctx, cue, f, b, sent.paragraph, &reach);
        let outlet = f.speaker.as_ref().and_then(outlet_credit);
        if let Some(o) = &outlet {
            credit.get_or_insert_with(|| o.clone());
        }
        let Some(content) = content.filter(|c| !c.span.is_empty()) else { continue };
        // "declined to comment", "is expected to arrive", "The Nasdaq added 1.2 per cent".
        if !states_something(ctx, cue, f.speaker.as_ref(), &content) {
            // The participle of "who asked not to be named" is no cue either, nor a verb inside
            // "would not say whether he would prefer …".
            if let Some(end) = swallowed_end(ctx, cue, &content) {
                consumed = consumed.max(end);
            }
            continue;
        }
        if f.speaker.is_none() && outlet.is_none() && !stands_alone(cue) {
            continue;
        }
        let (content, particle) = final_content(ctx, cue, content, trailing);
        consumed = consumed.max(taken(ctx, (cues, &frames, &clauses), k, &content, outlet.is_some()));
        let speaker = if outlet.is_some() {
            outlet_claims.push(claims.len());
            None
        } else if listener {
            None
        } else {
            f.speaker.clone()
        };
        let claim = RawClaim::from_cue(cue, first + k, sent.paragraph, content, speaker, outlet, trailing);
        claims.push(RawClaim { particle, ..claim });
        made[k] = true;
    }
    relay(ctx, &mut claims, first, cited);
    credit_outlets(ctx, claims, &outlet_claims, credit, b)
}

/// A claim's content as it is kept: a particle after the cue split off ("complained about …",
/// not for a trailing cue), and marked when it is only the verb's noun-phrase object.
fn final_content(
    ctx: &Context<'_, '_>,
    cue: &CueMatch,
    content: Content,
    trailing: bool,
) -> (Content, Option<Span>) {
    let (mut content, particle) = if trailing { (content, None) } else { split_particle(ctx, cue, content) };
    content.noun_object =
        noun_object(ctx, cue, content.span) || topic_object::topic_object(ctx, cue, particle, content.span);
    (content, particle)
}

/// The tokens cue `k`'s claim takes (the end of its attribution and of its content): not the
/// content of an outlet's report that relays another's attribution, whose cue makes the claim,
/// with the outlet as its source.
fn taken(
    ctx: &Context<'_, '_>,
    (cues, frames, clauses): (&[CueMatch], &[Frame], &Clauses<'_>),
    k: usize,
    content: &Content,
    outlet: bool,
) -> usize {
    // ("The council has welcomed the plan, Reuters reported": a noun-phrase object states nothing
    // for a later outlet to relay; its clause stays the outlet's to take.)
    let end = ctx.doc.token_index_at(content.span.end);
    if content.noun_object && clauses.outlet_right_after(ctx, k, end) {
        return 0;
    }
    let after = frames[k].cluster.end;
    if outlet && relays_attribution(ctx, cues, frames, k, content.span) {
        after
    } else {
        after.max(end)
    }
}

/// "According to Fox News, the State Department said it found …", "Fox News reported that the
/// ministry said …": whether a later cue inside `content` has a speaker (no outlet) that opens the
/// content, so that the outlet's report relays that attribution.
fn relays_attribution(
    ctx: &Context<'_, '_>,
    cues: &[CueMatch],
    frames: &[Frame],
    k: usize,
    content: Span,
) -> bool {
    let start = ctx.doc.token_index_at(content.start);
    // (A verb of saying, no deed, finding or modal: not "investigators found …", "Beck will
    // endorse …", "Trump voiced support for …".)
    let says = |c: &CueMatch| {
        c.act == crate::Act::Speech
            && !c.object
            && !c.deed
            && c.lemma != "find"
            && !(c.group_start..c.tokens.start).any(|t| ctx.lower_class(t) == Some(WordClass::Modal))
    };
    (k + 1..cues.len()).any(|j| {
        content.contains(cues[j].span)
            && says(&cues[j])
            && frames[j]
                .speaker
                .as_ref()
                .is_some_and(|m| outlet_credit(m).is_none() && ctx.with_article(m.first_token(ctx)) == start)
    })
}

/// Whether cue `k` is the "quoted" of "quoted X as saying": a later participle's frame holds it.
fn quotes_a_participle(cues: &[CueMatch], frames: &[Frame], k: usize) -> bool {
    cues[k].lemma == "quote"
        && cues[k + 1..]
            .iter()
            .zip(&frames[k + 1..])
            .any(|(c, f)| c.form == CueForm::Gerund && f.cluster.contains(&cues[k].tokens.start))
}

/// Whether a cue with frame `f` can report at all: not a participle or an imperative opening the
/// sentence with nobody to speak ("Asked whether …"), nor part of a name ("Jackson State
/// University").
fn reports(ctx: &Context<'_, '_>, cue: &CueMatch, f: &Frame, b: Bounds) -> bool {
    let opener = f.speaker.is_none()
        && cue.form == CueForm::Finite
        && cue.group_start == b.start
        && f.after == cue.tokens.end;
    let t = cue.tokens.start;
    let title_case = ctx.is_cap(t) && ctx.word(t).chars().any(char::is_lowercase);
    let in_name = ctx.entity_at(t).is_some() && title_case && t > b.start;
    !opener
        && !in_name
        && !f.speaker.as_ref().is_some_and(|m| nobody_in(ctx, cue, m, b))
        && !what_heading(ctx, cue, b)
}

/// "What they said:", "What we know so far", "Here's what experts say:": a heading of a clause on
/// "what", with nothing after the cue but a few words and a colon; it reports nothing.
fn what_heading(ctx: &Context<'_, '_>, cue: &CueMatch, b: Bounds) -> bool {
    const MAX_HEAD: usize = 5;
    const MAX_TAIL: usize = 4;
    let what = (b.start..b.end.min(b.start + 4)).find(|&t| ctx.lower_is(t, "what"));
    what.is_some_and(|w| {
        let opens = w == b.start || ctx.lower_is(b.start, "here");
        // (Up to a colon: the list it heads may run on in the same sentence.)
        let end = (cue.tokens.end..b.end).find(|&t| ctx.word(t) == ":").unwrap_or(b.end);
        let tail = (cue.tokens.end..end).filter(|&t| !ctx.is_punct(t)).count();
        opens
            && cue.group_start <= w + MAX_HEAD
            && tail <= MAX_TAIL
            && !(cue.tokens.end..end).any(|t| ctx.clause_word(t) || ctx.in_quote(t))
    })
}

/// "Nobody at the ministry would confirm that …", "None of the officials would say …", "No one
/// at the company …": the one named is a body nobody in which spoke; no claim is made. ("None of
/// the candidates is pushing for …" states a position: "none" only before a modal.)
fn nobody_in(ctx: &Context<'_, '_>, cue: &CueMatch, m: &Mention, b: Bounds) -> bool {
    let a = ctx.with_article(m.tokens.start);
    let modal = (cue.group_start..cue.tokens.start).any(|t| ctx.lower_class(t) == Some(WordClass::Modal));
    let nobody = |t: usize| {
        ctx.lower_is(t, "nobody")
            || ctx.lower_is(t, "none") && modal
            || ctx.lower_is(t, "one") && t > b.start && ctx.lower_is(t - 1, "no")
    };
    // ("No one said the plan would fail", "Neither side would say how much …", "No group has
    // claimed responsibility": nobody is the speaker.)
    let none = |t: usize| matches!(ctx.lower(t), "nobody" | "neither" | "no");
    let first = m.tokens.start;
    // ("Few would argue that …", "Some might say …": a bare quantifier before a modal of what
    // would be said; nobody said it.)
    let hypothetical = m.tokens.len() == 1
        && matches!(ctx.lower(first), "few" | "some" | "many" | "most")
        && (cue.group_start..cue.tokens.start).any(|t| matches!(ctx.lower(t), "would" | "might" | "could"));
    none(first)
        || hypothetical
        || first > b.start && none(first - 1)
        || a >= b.start + 2 && matches!(ctx.lower(a - 1), "at" | "of" | "from" | "in") && nobody(a - 2)
}

/// "…, the president said, according to a transcript": an "according to" (cue `k`) crediting the
/// trailing attribution before it, which made a claim, makes none of its own (an outlet it names
/// is that claim's source); nor does one telling where the words of a speaker named before it were
/// found ("The president said …, according to the state news agency") or right after it
/// ("According to court documents, Brandon Elsworth told investigators …").
fn credits_previous(
    ctx: &Context<'_, '_>,
    (cues, frames, clauses): (&[CueMatch], &[Frame], &Clauses<'_>),
    made: &[bool],
    k: usize,
    b: Bounds,
) -> bool {
    let cue = &cues[k];
    let after = k > 0
        && cue.form == CueForm::Preposition
        && made[k - 1]
        && (credit_after(ctx, frames[k - 1].after, b.end).is_some_and(|comma| comma + 1 == cue.group_start)
            || clauses.relayed_by(ctx, k - 1, k));
    after || clauses.relays_fronted(ctx, k)
}

/// Whether a cue makes a claim with neither speaker nor outlet: an active cue whose subject could
/// not be found is more often a misreading (a participle, a noun, an adjective: "self-described",
/// "the oft-stated goal") than a claim; only a passive ("it was reported that") stands alone, and
/// not one that names or places rather than reports ("is called X", "was found dead", "was
/// confirmed by the Senate", "was posted online").
fn stands_alone(cue: &CueMatch) -> bool {
    cue.form == CueForm::Passive && !words::is_naming_passive(&cue.lemma)
}

#[cfg(test)]
mod tests {
    use crate::Extractor;

    fn claims(text: &str) -> Vec<(Option<String>, String)> {
        let claims = Extractor::new().extract(text).map(|e| e.claims).unwrap_or_default();
        claims.into_iter().map(|c| (c.speaker.map(|s| s.mention.text), c.content.text)).collect()
    }

    #[test]
    fn an_outlet_relays_the_attribution_it_reports() {
        // "According to Fox News, the State Department said it found 328 more emails."
        let e = Extractor::new()
            .extract("According to Fox News, the State Department said it found 328 more emails.");
        let got: Vec<_> = e
            .map(|e| e.claims)
            .unwrap_or_default()
            .into_iter()
            .map(|c| (c.speaker.map(|s| s.name), c.source.map(|s| s.name), c.content.text))
            .collect();
        let relayed =
            (Some("State Department".into()), Some("Fox News".into()), "it found 328 more emails".into());
        assert_eq!(got, [relayed]);
        // Not a deed inside the report: "As reported by CNN, investigators found 200 emails."
        let got = claims("As reported by CNN, investigators found 200 emails.");
        assert_eq!(got, [(None, "investigators found 200 emails".into())]);
    }

    #[test]
    fn a_heading_on_what_reports_nothing() {
        // "What they said:", "What we know so far".
        assert!(claims("What they said:").is_empty());
        assert!(claims("What we know so far").is_empty());
        assert_eq!(claims("What they said was that the plant would close.").len(), 1);
    }

    #[test]
    fn nobody_in_a_body_says_anything() {
        // "Nobody at the ministry would confirm that the report was genuine."
        assert!(claims("Nobody at the ministry would confirm that the report was genuine.").is_empty());
        assert!(claims("None of the officials would confirm that the talks had stalled.").is_empty());
        assert_eq!(claims("One of the officials said the talks had stalled.").len(), 1);
        // "No one said …", "Neither side would say how much …", "No group has claimed …".
        assert!(claims("No one said the plan would fail.").is_empty());
        assert!(claims("Neither side would say how much the deal was worth.").is_empty());
        assert!(claims("No group has claimed responsibility for the attack.").is_empty());
        assert_eq!(claims("Officials said no one was hurt.").len(), 1);
        // "Few would argue that …": a hypothetical speaker; "Few economists expect …" holds a view.
        assert!(claims("Few would argue that the town centre needs investment.").is_empty());
        assert_eq!(claims("Few economists expect a rate cut this year.").len(), 1);
    }

    #[test]
    fn several_cues_in_one_sentence() {
        // "He promised to defeat Randolph …, Frankel said.": the trailing attribution takes the
        // whole clause, and the cue inside it is part of the content.
        let got = claims("Jane Moreno promised to defeat the bill, Tom Frankel said.");
        assert_eq!(got, [(Some("Tom Frankel".into()), "Jane Moreno promised to defeat the bill".into())]);
    }

    #[test]
    fn according_to_after_an_attribution_credits_it() {
        // "…, the president said, according to a transcript": one claim, the president's.
        let got = claims("The economy is strong, the president said, according to a transcript.");
        assert_eq!(got, [(Some("the president".into()), "The economy is strong".into())]);
        let got =
            claims("“It is over,” Jane Moreno said on Monday, according to audio obtained by the paper.");
        assert_eq!(got, [(Some("Jane Moreno".into()), "It is over,".into())]);
    }

    #[test]
    fn cues_that_make_no_claim() {
        // A participle opening the sentence, a cue inside a name, a naming passive.
        assert!(claims("Jackson State University opened a library.").is_empty());
        assert!(claims("The dog was found dead.").is_empty());
        assert_eq!(claims("It was reported that the talks failed."), [(None, "the talks failed".into())]);
        // "An official who asked not to be named said …": the anonymity clause takes its own words
        // only.
        let got = claims("An official who asked not to be named said talks had stalled.");
        assert_eq!(got, [(Some("An official".into()), "talks had stalled".into())]);
    }
}
