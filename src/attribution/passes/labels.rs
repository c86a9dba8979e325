//! Headline and transcript attributions: a sentence that opens with a name (after an optional
//! title) and a colon, "Rubio: I'm Not Interested" or "BENENSON: Senator Sanders doesn't get to
//! decide". The colon is the only cue, so the claim has none.

use std::cell::OnceCell;

use crate::claim::ClaimKind;
use crate::entities::EntityLabel;
use crate::lexicon::FxMap;
use crate::text::TokenKind;
use crate::SpeakerKind;

use super::super::confidence;
use super::super::context::Context;
use super::super::headline::{headline_name, is_headline};
use super::super::mentions::{common_mention, left_np, Mention, MentionKind};
use super::super::raw::{sentences_with_claims, Content, Origin, RawClaim};
use super::super::source::speaker_or_source;
use super::super::words;

/// The label claims of the sentences of `raw`'s document that hold no claim yet.
pub(crate) fn labels(ctx: &Context<'_, '_>, raw: &[RawClaim]) -> Vec<RawClaim> {
    let sentences = ctx.doc.sentences();
    let has_claim = sentences_with_claims(raw, sentences.len());
    let bodies = OnceCell::new();
    (0..sentences.len()).filter(|&si| !has_claim[si]).filter_map(|si| label_claim(ctx, si, &bodies)).collect()
}

/// The last words of the document's bodies and teams named in several words, each with where its
/// first such name ends (built once, when a label first asks).
type BodyEnds<'t> = OnceCell<FxMap<&'t str, usize>>;

/// The claim of sentence `si` when it opens with "Name:" (the colon among its first eight tokens).
fn label_claim<'t>(ctx: &Context<'_, 't>, si: usize, bodies: &BodyEnds<'t>) -> Option<RawClaim> {
    let s = &ctx.doc.sentences()[si];
    let s1 = s.tokens.end;
    // ("- Mayor Frank Dalton: “…”", "• Jane Roe: …": a bullet before the label.)
    let s0 =
        s.tokens.start + usize::from(matches!(ctx.word(s.tokens.start), "-" | "•" | "*" | "·" | "–" | "—"));
    let colon =
        (s0 + 1..s1.min(s0 + 8)).find(|&t| ctx.word(t) == ":").or_else(|| tagged_colon(ctx, s0, s1))?;
    // ("THIRUVANANTHAPURAM (PTI): Five fishermen are feared dead …": a dateline's colon.)
    if colon + 3 >= s1 || ctx.word(colon - 1) == ")" && ctx.dateline_end(s0, s1) > colon {
        return None;
    }
    let opens_paragraph = ctx.opens_paragraph(si);
    // ("Rep. Trey Gowdy (R-S.C.):": the name ends before the party tag.)
    let name_end = if ctx.word(colon - 1) == ")" {
        (s0 + 1..colon - 1).rev().find(|&t| ctx.word(t) == "(")?
    } else {
        colon
    };
    // ("… at a worksite in Tengah on May 14. ST PHOTO: ONG WEN JIE": a picture's credit; "PUBLISHED:
    // March 4, 2025 at 11:12 p.m. | UPDATED: …": a page's time stamp.)
    if matches!(
        ctx.lower(name_end - 1),
        "photo"
            | "photos"
            | "picture"
            | "pictures"
            | "image"
            | "images"
            | "published"
            | "updated"
            | "posted"
            | "modified"
    ) {
        return None;
    }
    let np = label_speaker(ctx, si, s0, name_end, opens_paragraph)?;
    let content = label_content(ctx, si, colon, opens_paragraph)?;
    // ("TAKEAWAYS" ⏎ "Kings: Hardaway has scored at least 25 points …": a body's name before a
    // colon in the story heads a section about it; only a quotation after it is its words.)
    // (The bodies named before are looked up last: the map of them is built on first use.)
    let section = content.kind != ClaimKind::Direct
        && !is_headline(ctx, si)
        && (matches!(np.kind, MentionKind::Entity(EntityLabel::Organization))
            || short_body_name(ctx, &np, bodies));
    if section {
        return None;
    }
    let (speaker, source) = speaker_or_source(np);
    Some(RawClaim {
        content,
        speaker,
        origin: Origin::Label,
        source,
        sentence: si,
        paragraph: s.paragraph,
        pos: ctx.byte(colon),
        confidence: confidence::LABEL,
        particle: None,
    })
}

/// "The Sacramento Kings lost …" ⏎ "Kings: …": whether the one word of `np` ends the name of a
/// body named before it, or of a team (a place and a plural, whatever the recognizer took it for).
fn short_body_name<'t>(ctx: &Context<'_, 't>, np: &Mention, bodies: &BodyEnds<'t>) -> bool {
    let text = ctx.doc.text();
    let word = np.span.as_str(text);
    np.tokens.len() == 1
        && bodies
            .get_or_init(|| {
                let mut ends: FxMap<&str, usize> = FxMap::default();
                for e in ctx
                    .entities
                    .iter()
                    .filter(|e| matches!(e.label, EntityLabel::Organization | EntityLabel::Person))
                {
                    let name = e.span.as_str(text);
                    let Some((rest, last)) = name.rsplit_once(' ') else { continue };
                    let team = || {
                        last.ends_with('s') && ctx.lex.place(rest.split(' ').next().unwrap_or(rest)).is_some()
                    };
                    if e.label == EntityLabel::Organization || team() {
                        ends.entry(last).or_insert(e.span.end);
                    }
                }
                ends
            })
            .get(word)
            .is_some_and(|&end| end <= np.span.start)
}

/// "Rep. Trey Gowdy (R-S.C.): “…”": the colon right after a short parenthesis (a party tag)
/// that opens among the first eight tokens.
fn tagged_colon(ctx: &Context<'_, '_>, s0: usize, s1: usize) -> Option<usize> {
    let open = (s0 + 1..s1.min(s0 + 8)).find(|&t| ctx.word(t) == "(")?;
    let close = (open + 1..s1.min(open + 10)).find(|&t| ctx.word(t) == ")")?;
    (close + 1 < s1 && ctx.word(close + 1) == ":").then_some(close + 1)
}

/// Who a label from `s0` to `colon` names: a transcript's speaker ("TAPPER:" opening a paragraph), a
/// sure name (several words, a title, or a recognizer sure of it: "Sen. Rubio:"), or in the
/// headline a surname or outlet alone ("Graham: Trump's rhetoric …", "NY Daily News: …"). The
/// name opens the sentence, or its role does.
fn label_speaker(
    ctx: &Context<'_, '_>,
    si: usize,
    s0: usize,
    colon: usize,
    opens_paragraph: bool,
) -> Option<Mention> {
    let label = opens_paragraph && transcript_label(ctx, s0, colon);
    let np = if label {
        Some(common_mention(ctx, s0, colon, SpeakerKind::Person, false))
    } else {
        left_np(ctx, colon, s0)
    }?;
    let sure = np.tokens.len() > 1
        || np.role.is_some()
        || ctx.entity(np.tokens.start).is_some_and(|e| e.score >= 0.8);
    let named =
        sure && matches!(np.kind, MentionKind::Entity(EntityLabel::Person | EntityLabel::Organization));
    let role_only = np.role.is_some_and(|r| r.start == ctx.byte(s0));
    // (Not a section word: "Obituary: Harold Jenkins … died", "Final: Celtics 112, Knicks 104".)
    let section_word = np.tokens.len() == 1 && words::is_section_word(ctx.lower(np.tokens.start));
    let headline_name = is_headline(ctx, si)
        && np.tokens.start == s0
        && !section_word
        && (matches!(np.kind, MentionKind::Outlet(_)) || headline_name(ctx, np.tokens.clone()));
    ((named || headline_name || label) && (np.tokens.start == s0 || role_only)).then_some(np)
}

/// What follows the label's colon: to the end of the sentence, or of the paragraph when the label
/// opens it (a transcript's turn); at least two words ("Hillary Clinton: 1,769." in a list of
/// results states nothing). Direct when one quote makes up almost all of it.
fn label_content(ctx: &Context<'_, '_>, si: usize, colon: usize, opens_paragraph: bool) -> Option<Content> {
    let s = &ctx.doc.sentences()[si];
    let start = colon + 1;
    let mut end = if opens_paragraph {
        ctx.doc.sentences()[si..]
            .iter()
            .take_while(|n| n.paragraph == s.paragraph)
            .last()
            .map_or(s.tokens.end, |n| n.tokens.end)
    } else {
        s.tokens.end
    };
    while end > start + 1 && matches!(ctx.word(end - 1), "." | "!" | "?") {
        end -= 1;
    }
    let words = (start..end).filter(|&t| ctx.kind(t) == TokenKind::Word).count();
    if words < 2 || roster(ctx, start, end) {
        return None;
    }
    // ("Mayor Frank Dalton: “This stadium will pay for itself.”": one quotation is the words.)
    if let Some(q) = ctx.quotes.opening_at(ctx.byte(start)) {
        if q.span.end >= ctx.span(start, end).end {
            return Some(Content::quotation(q));
        }
    }
    let mut content = Content::reported(ctx.span(start, end), &ctx.quotes);
    if let [q] = content.quotes.as_slice() {
        if content.span.len() <= q.len() + 8 {
            content.kind = ClaimKind::Direct;
        }
    }
    Some(content)
}

/// "Harcourt: Morgan-Price; Walsh, Adeyemi, Lund, Carver; Pryor, Hollis (Benn 76), Dray", "Thornbury
/// Lions: Tries: Okoro 2, Vellacott. Cons: Talbot 3.": a team's line-up or scorers, names in groups
/// set off by semicolons or headed by colons (every word over `start..end` capitalised), say
/// nothing.
fn roster(ctx: &Context<'_, '_>, start: usize, end: usize) -> bool {
    (start..end).any(|t| matches!(ctx.word(t), ";" | ":"))
        && (start..end).all(|t| ctx.kind(t) != TokenKind::Word || ctx.is_cap(t))
}

/// Tokens `s0..colon` are a transcript's speaker label: one to three words in capitals ("TAPPER",
/// "JAKE TAPPER"), not a section heading ("BREAKING", "FULL TEXT"), an interview's "Q" and "A",
/// or a place.
fn transcript_label(ctx: &Context<'_, '_>, s0: usize, colon: usize) -> bool {
    (1..=3).contains(&(colon - s0))
        && ctx.colon_dateline(s0, colon + 1).is_none()
        && (s0..colon).all(|t| {
            let w = ctx.word(t);
            w.chars().count() >= 2
                && w.chars().all(|c| c.is_ascii_uppercase() || c == '-' || c == '\'')
                && !words::is_transcript_heading(w)
                && ctx.place(t).is_none()
        })
}

#[cfg(test)]
mod tests {
    use super::super::test_support::claims;

    #[test]
    fn a_line_up_says_nothing() {
        // "Harcourt: Morgan-Price; Walsh, Adeyemi, Lund, Carver; Pryor, Hollis (Benn 76), Dray; …"
        // after a match report that named the club's radio station.
        let text = "Okafor told BBC Radio Harcourt he was delighted.\n\nHarcourt: Morgan-Price; Walsh, Adeyemi, Lund; Pryor, Hollis (Benn 76), Dray.";
        assert_eq!(claims(text).len(), 1);
        let text = "Pryce said he was pleased.\n\nThornbury Lions: Tries: Okoro 2, Vellacott. Cons: Talbot 3. Pens: Talbot 2.";
        assert_eq!(claims(text).len(), 1);
        // Nor does a picture's credit: "… in Tengah on May 14. ST PHOTO: ONG WEN JIE".
        assert!(claims("Workers rest at a worksite in Tengah on May 14. ST PHOTO: ONG WEN JIE").is_empty());
        // Nor a page's time stamp: "PUBLISHED: March 4, 2025 at 11:12 p.m. | UPDATED: …".
        let text = "LOCAL NEWS\n\nBoard votes to close three schools\n\nClosures will save $6 million a year, \
                    superintendent says\n\nBy Dana Whitford | Riverbend Courier\nPUBLISHED: March 4, 2025 at \
                    11:12 p.m. | UPDATED: March 5, 2025 at 6:40 a.m.\n\nThe board voted to close three schools.";
        assert!(claims(text).is_empty());
    }

    #[test]
    fn transcript_turns() {
        // "TAPPER: Do you think …" at the start of a paragraph speaks for the whole paragraph.
        let text = "The interview went on.\n\nTAPPER: Do you think he will win? The polls are close.";
        let got = claims(text);
        assert_eq!(got, [(Some("TAPPER".into()), "Do you think he will win? The polls are close".into())]);
        // A section heading is no speaker.
        assert!(
            claims("The interview went on.\n\nBREAKING: The senator has resigned from office.").is_empty()
        );
        // Nor is a dateline: "KARACHI: Two people were killed …".
        assert!(claims("KARACHI: Two people were killed when a roof collapsed.").is_empty());
    }

    #[test]
    fn headline_names_its_speaker_by_surname() {
        // "Graham: Trump's rhetoric …" (a line alone; above a story, a headline makes no claim).
        let got = claims("Graham: Trump's rhetoric is dangerous");
        assert_eq!(got.first().map(|g| g.1.as_str()), Some("Trump's rhetoric is dangerous"));
        assert!(claims("Graham: Trump's rhetoric is dangerous\n\nThe senator spoke on Monday.").is_empty());
        // A section word is no speaker: "Obituary: …", "Final: …"; "Poll: …" speaks.
        assert!(claims("Obituary: Harold Jenkins, 91, a retired machinist, died at home").is_empty());
        assert!(claims("Final: Celtics 112, Knicks 104").is_empty());
        assert_eq!(claims("Poll: Trump and Clinton hold narrow leads").len(), 1);
    }

    #[test]
    fn party_tag_before_the_colon() {
        // "Rep. Trey Gowdy (R-S.C.): “…”".
        let got = claims("The hearing went on.\n\nRep. Trey Gowdy (R-S.C.): \"Who told you that figure?\"");
        assert_eq!(got.first().and_then(|g| g.0.as_deref()), Some("Trey Gowdy"));
    }

    #[test]
    fn a_datelines_agency_and_colon_is_no_label() {
        // "THIRUVANANTHAPURAM (PTI): Five fishermen are feared dead after their boat capsized."
        let text = "THIRUVANANTHAPURAM (PTI): Five fishermen are feared dead after their boat capsized.";
        assert!(claims(text).is_empty());
    }

    #[test]
    fn a_bodys_name_heads_a_section() {
        // "TAKEAWAYS" ⏎ "Kings: Hardaway has scored …": a section about the team; a quotation
        // after a body's name is still its words.
        let text =
            "The Sacramento Kings lost.\n\nKings: Hardaway has scored at least 25 points in six games.";
        assert!(claims(text).is_empty());
        let text = "The Sacramento Kings lost.\n\nSacramento Kings: “We will be back next season.”";
        assert_eq!(claims(text).len(), 1);
        let text = "Pryce said he was pleased.\n\nThornbury Lions: Tries: Okoro 2, Vellacott. Cons: Talbot 3. Pens: Talbot 2.";
        assert_eq!(claims(text).len(), 1);
    }

    #[test]
    fn results_list_states_nothing() {
        assert!(claims("The count went on.\n\nHillary Clinton: 1,769.").is_empty());
    }
}
