//! Headlines: the document's first line, and title-case lines standing alone ("Conservative Icon
//! Morton Blackwell Endorses Ted Cruz", "Trump Says He's Unlikely To …"), where capitals mark no
//! names: the speaker is the capitalised phrase before the verb, the content what follows it.

use crate::cues::CueMatch;
use crate::text::Sentence;
use crate::SpeakerKind;

use super::content::object_end;
use super::context::{Bounds, Context};
use super::mentions::{common_mention, left_np};
use super::raw::{Content, RawClaim};
use super::source::speaker_or_source;

/// Whether sentence `si` is the document's headline: the first sentence, alone in the first
/// paragraph, and short.
pub(crate) fn is_headline(ctx: &Context<'_, '_>, si: usize) -> bool {
    si == 0 && ctx.short_line(si)
}

/// "Minister says ferry fares will rise" ⏎ "By Catriona MacLeod" ⏎ "STORNOWAY — …": the
/// document's headline with no stop at its end, above more of the story. What it reports, the story
/// reports again with its speaker named; the headline itself makes no claim (its claims are still
/// read, so that the story's "The union said" finds the union the headline names).
pub(crate) fn headline_above_story(ctx: &Context<'_, '_>, si: usize) -> bool {
    is_headline(ctx, si) && unstopped_line(ctx, si) && more_below(ctx, si)
}

/// "IHC seeks report from interior ministry on missing journalist" ⏎ "Court observes no citizen
/// can be made to disappear; hearing adjourned till March 15" ⏎ …: a second line with no stop
/// under a headline above the story is its standfirst, which makes no claim either (not a line
/// that quotes someone, which is the story's).
pub(crate) fn standfirst_below_headline(ctx: &Context<'_, '_>) -> bool {
    let Some(s) = ctx.doc.sentences().get(1) else { return false };
    // (A word in scare quotes is no one quoted: "… as Coalition attacks ‘fantasy’ figure"; nor
    // are the words a headline's verb quotes, "Upmarket grocer says second half will be ‘harder
    // than we would have liked’": only a line that opens on its quotation is the story's.)
    let quotes = quoted_words(ctx, 1) > 1 && ctx.quotes.opening_at(ctx.byte(s.tokens.start)).is_some();
    // (It ends on a word, or on the quote mark closing one: "… till March 15", not a stop and a
    // stray symbol, "… terrorists.ໆ".)
    let mut last = s.tokens.end.saturating_sub(1);
    if last > s.tokens.start && matches!(ctx.word(last), "’" | "”" | "\"" | "'") {
        last -= 1;
    }
    let word_end = s.tokens.end > s.tokens.start
        && ctx.word(last).chars().next().is_some_and(|c| c.is_ascii_alphanumeric());
    headline_above_story(ctx, 0) && unstopped_line(ctx, 1) && more_below(ctx, 1) && !quotes && word_end
}

/// Whether sentence `si` holds a quotation.
fn quotes_someone(ctx: &Context<'_, '_>, si: usize) -> bool {
    quoted_words(ctx, si) > 0
}

/// How many words of sentence `si` are inside quotation marks.
fn quoted_words(ctx: &Context<'_, '_>, si: usize) -> usize {
    ctx.doc.sentences().get(si).map_or(0, |s| {
        s.tokens.clone().filter(|&t| ctx.in_quote(t) && ctx.kind(t) == crate::text::TokenKind::Word).count()
    })
}

/// Whether the story goes on in a paragraph after sentence `si`'s.
fn more_below(ctx: &Context<'_, '_>, si: usize) -> bool {
    let sents = ctx.doc.sentences();
    sents.get(si).is_some_and(|s| sents.last().is_some_and(|l| l.paragraph > s.paragraph))
}

/// Whether sentence `si` is a short line alone in its paragraph, with no stop at its end.
fn unstopped_line(ctx: &Context<'_, '_>, si: usize) -> bool {
    let Some(s) = ctx.doc.sentences().get(si) else { return false };
    // (Symbols after the stop are no words: "… said.ﹶ".)
    let last = (s.tokens.clone())
        .rev()
        .find(|&t| ctx.kind(t) != crate::text::TokenKind::Other)
        .unwrap_or(s.tokens.start);
    // ("Mayor says stadium deal is ‘done’": a closing mark right after a word closes scare quotes,
    // no sentence; "… we will win.’" ends on its stop.)
    let closing = matches!(ctx.word(last), "”" | "\"" | "’" | "'" | "»" | "›");
    let scare_quotes = closing && last > s.tokens.start && ctx.kind(last - 1) == crate::text::TokenKind::Word;
    ctx.short_line(si)
        && s.tokens.end > s.tokens.start
        && (scare_quotes || !closing && !matches!(ctx.word(last), "." | "!" | "?" | "…" | ":"))
}

/// Most lines above a byline that can be the story's headline, standfirst and section label.
const MAX_LINES_ABOVE_BYLINE: usize = 6;

/// "Council approves bypass" ⏎ "Residents say the road will end gridlock" ⏎ "By JANE MORROW
/// Associated Press" ⏎ "…": how many sentences open the document above a byline ("By" and a name
/// on a line of its own), each a line with no stop at its end — a headline, a standfirst, a
/// section label. Like [`headline_above_story`], they make no claim of their own. (Below the
/// first, a line may end on a stop: "A dozen rank-and-file Republicans are threatening to sink a
/// procedural vote." under the headline is a standfirst too.)
pub(crate) fn lines_above_byline(ctx: &Context<'_, '_>) -> usize {
    let sents = ctx.doc.sentences();
    // (A line may end on a closing quote mark here: "Minister says housing target ‘within reach’"
    // above "By Tom Aldridge".)
    let unstopped = |si: usize| {
        ctx.short_line(si)
            && sents.get(si).is_some_and(|s| {
                s.tokens.end > s.tokens.start
                    && !matches!(ctx.word(s.tokens.end - 1), "." | "!" | "?" | ":" | "”" | "\"")
            })
    };
    let byline = |si: usize| {
        unstopped(si)
            && sents.get(si).is_some_and(|s| {
                // ("By Dana Whitford-Ames | dwhitford@riverbendcourier.com | Riverbend Courier": the
                // name up to a bar that sets off the address and the paper.)
                let name_end = s.tokens.clone().find(|&t| ctx.word(t) == "|").unwrap_or(s.tokens.end);
                ctx.word(s.tokens.start) == "By"
                    && name_end - s.tokens.start <= 10
                    && ctx.is_cap(s.tokens.start + 1)
            })
    };
    // (A stopped line that quotes someone is the story's lede, as under a headline: "Paolo Ferraris
    // says he has “no fear” about his future …." above "By …".)
    let line = |si: usize| unstopped(si) || si > 0 && ctx.short_line(si) && !quotes_someone(ctx, si);
    let above =
        (0..MAX_LINES_ABOVE_BYLINE.min(sents.len())).take_while(|&si| line(si) && !byline(si)).count();
    if above > 0 && byline(above) {
        above
    } else {
        0
    }
}

/// A headline in title case ("Conservative Icon Endorses Ted Cruz"): the document's headline, or
/// a title-case line standing alone in the body (a related headline, a list entry).
pub(crate) fn title_case(ctx: &Context<'_, '_>, si: usize) -> bool {
    if !ctx.short_line(si) {
        return false;
    }
    let s = &ctx.doc.sentences()[si];
    // ("Chief Fire Officer Dermot Kane said:" ⏎ "“…”": a line ending on a colon leads to what
    // follows it.)
    if s.tokens.end > s.tokens.start && ctx.word(s.tokens.end - 1) == ":" {
        return false;
    }
    // Capitalised words with lower-case letters: "Endorses", not "SAID" in a text set in capitals.
    let (mut words, mut titled) = (0usize, 0usize);
    for t in s.tokens.start + 1..s.tokens.end {
        let w = ctx.word(t);
        if w.chars().count() >= 4 && w.chars().all(char::is_alphabetic) {
            words += 1;
            titled += usize::from(ctx.is_cap(t) && w.chars().any(char::is_lowercase));
            // Even if every word left were titled, three in four could no longer be.
            if (words - titled) * 4 > words + (s.tokens.end - t - 1) {
                return false;
            }
        }
    }
    words >= 2 && titled * 4 >= words * 3
}

/// Capitalised words, as a headline names a person or body ("Graham", "Jeb Bush Super PAC Chief"),
/// not a shouted phrase ("FIX IS IN", "BREAKING") or a phrase with a function word ("The Latest").
pub(crate) fn headline_name(ctx: &Context<'_, '_>, toks: std::ops::Range<usize>) -> bool {
    let n = toks.len();
    (1..=6).contains(&n)
        && toks.clone().all(|t| ctx.is_cap(t) || matches!(ctx.word(t), "." | "\'" | "’" | "s" | "-"))
        && !toks.clone().any(|t| ctx.class(t).is_some())
        && !toks.clone().all(|t| !ctx.word(t).chars().any(char::is_lowercase))
}

/// The claim of a title-case headline `sent`, if one of its `cues` makes one: the capitalised
/// phrase before the verb (after a "Name:" lead) speaks, what follows it is the content. `first`
/// is the index of the first cue in the document's list.
pub(crate) fn headline_claim(
    ctx: &Context<'_, '_>,
    cues: &[CueMatch],
    first: usize,
    sent: &Sentence,
) -> Option<RawClaim> {
    let b = Bounds::of(sent);
    let s0 = b.start;
    let mut s1 = b.end;
    while s1 > s0 + 1 && matches!(ctx.word(s1 - 1), "." | "!" | "?") {
        s1 -= 1;
    }
    let colon = (s0..s1).find(|&t| ctx.word(t) == ":");
    for (k, cue) in cues.iter().enumerate() {
        let g = cue.group_start;
        let lead = colon.filter(|&c| c < g).map_or(s0, |c| c + 1);
        // (Title case capitalises the verb too: not "Mayor Danielle Fortier spoke in Edmonton.",
        // a line of names whose verb is in lower case.)
        if g <= lead || cue.tokens.end >= s1 || !headline_name(ctx, lead..g) || !ctx.is_cap(cue.tokens.start)
        {
            continue;
        }
        let speaker = ctx
            .outlet_at(g - 1)
            .and_then(|_| left_np(ctx, g, lead))
            .unwrap_or_else(|| common_mention(ctx, lead, g, SpeakerKind::Unknown, false));
        let end = if cue.object { object_end(ctx, cue.tokens.end, s1) } else { s1 };
        let start = if ctx.lower_is(cue.tokens.end, "that") { cue.tokens.end + 1 } else { cue.tokens.end };
        if start >= end {
            continue;
        }
        let content = Content::reported(ctx.span(start, end), &ctx.quotes);
        let (speaker, source) = speaker_or_source(speaker);
        return Some(RawClaim::from_cue(cue, first + k, sent.paragraph, content, speaker, source, false));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribution::context::test_support::Fixture;

    #[test]
    fn title_case_headline_claims() {
        let text = "Conservative Icon Morton Blackwell Endorses Ted Cruz\n\nThe endorsement came on Monday.";
        let f = Fixture::new(text);
        f.with(|ctx| {
            assert!(is_headline(ctx, 0) && title_case(ctx, 0));
            assert!(!title_case(ctx, 1));
            let cues: Vec<CueMatch> = f.cues.iter().filter(|c| c.sentence == 0).cloned().collect();
            let claim = headline_claim(ctx, &cues, 0, &ctx.doc.sentences()[0]);
            let claim = claim.map(|c| {
                (c.speaker.map(|m| m.span.as_str(text).to_string()), c.content.span.as_str(text).to_string())
            });
            assert_eq!(claim, Some((Some("Conservative Icon Morton Blackwell".into()), "Ted Cruz".into())));
        });
    }

    #[test]
    fn a_line_of_names_with_its_verb_in_lower_case_is_no_headline() {
        use crate::attribution::context::test_support::claims;
        // "Mayor Danielle Fortier spoke in Edmonton.": most long words are capitalised, but a
        // title-case headline would capitalise its verb too; "spoke" with no topic says nothing.
        let text = "The city is busy.\n\nMayor Danielle Fortier spoke in Edmonton.";
        assert!(claims(text).is_empty());
    }

    #[test]
    fn a_headline_may_end_on_scare_quotes() {
        use crate::attribution::context::test_support::claims;
        // "Mayor says stadium deal is ‘done’" ⏎ "The Riverton City Council met …".
        let text = "Mayor says stadium deal is ‘done’\n\nThe council met for six hours on Tuesday night.";
        assert!(claims(text).is_empty());
        // (A quotation closed after its stop is a sentence: "‘We are done.’" ⏎ "…".)
        let text = "‘We are done with it,’ the mayor said.\n\nThe council met for six hours on Tuesday.";
        assert_eq!(claims(text).len(), 1);
    }

    #[test]
    fn lines_above_a_byline_make_no_claim() {
        let speakers = |text: &str| {
            crate::attribution::context::test_support::claims(text)
                .into_iter()
                .map(|c| c.1)
                .collect::<Vec<_>>()
        };
        // "Council approves bypass" ⏎ "Residents say the road will end gridlock" ⏎ "By JANE MORROW
        // Associated Press" ⏎ "…": the headline and the standfirst.
        let text = "Council approves bypass\nResidents say the road will end gridlock\nBy JANE MORROW \
                    Associated Press\nCouncillor Ann Voss said the bypass would open by 2028.";
        assert_eq!(speakers(text), ["the bypass would open by 2028"]);
        // Not without a byline, nor above one that a stopped sentence precedes.
        let text = "Residents say the road will end gridlock.\nBy JANE MORROW\nAnn Voss said it would open.";
        assert_eq!(speakers(text).len(), 2);
        // "House GOP leaders scramble to contain farm bill revolt" ⏎ "A dozen rank-and-file
        // Republicans are threatening to sink a procedural vote …." ⏎ "By …": a standfirst may stop.
        let text =
            "Leaders scramble to contain revolt\nA dozen Republicans are threatening to sink the vote.\n\n\
                    By NADIA BOROWITZ\n\nAides said the count was short.";
        assert_eq!(speakers(text), ["the count was short"]);
        // (Not a stopped line that quotes someone: the lede.)
        let text =
            "Ferraris insists he has no fear\n\nPaolo Ferraris says he has “no fear” about his future.\n\n\
                    By BEN HARTLEY\n\nHe spoke on Friday.";
        assert_eq!(speakers(text), ["he has “no fear” about his future"]);
    }

    #[test]
    fn a_scraped_pages_lines_above_its_byline_make_no_claim() {
        // "Skip to content" ⏎ "Riverbend Courier" ⏎ "Subscribe | Log In" ⏎ "LOCAL NEWS" ⏎ the headline ⏎
        // "Closures will save $6 million a year, superintendent says" ⏎ "By Dana Whitford-Ames |
        // dwhitford@riverbendcourier.com | Riverbend Courier" ⏎ …: six lines, and a byline whose
        // bars set off an address and the paper.
        let text = "Skip to content\n\nRiverbend Courier\n\nSubscribe | Log In\n\nLOCAL NEWS\n\nBoard votes \
                    to close three schools\n\nClosures will save $6 million a year, superintendent says\n\nBy \
                    Dana Whitford-Ames | dwhitford@riverbendcourier.com | Riverbend Courier\n\nMarcus Delgado \
                    said the closures would save money.";
        let got = crate::attribution::context::test_support::claims(text);
        assert_eq!(got.into_iter().map(|c| c.1).collect::<Vec<_>>(), ["the closures would save money"]);
    }

    #[test]
    fn a_standfirst_under_the_headline_makes_no_claim() {
        // "IHC seeks report from interior ministry on missing journalist" ⏎ "Court observes no
        // citizen can be made to disappear; hearing adjourned till March 15" ⏎ "…".
        let text =
            "IHC seeks report on missing journalist\nCourt observes no citizen can be made to disappear\n\n\
                    ISLAMABAD: The court said the ministry must file a report.";
        let got = crate::attribution::context::test_support::claims(text);
        assert_eq!(got.into_iter().map(|c| c.1).collect::<Vec<_>>(), ["the ministry must file a report"]);
        // "Minister says states must speed up approvals as Coalition attacks ‘fantasy’ figure": a
        // word in scare quotes quotes nobody.
        let text = "Housing target to be missed, report finds\nMinister says states must act as Coalition \
                    attacks ‘fantasy’ figure\n\nThe minister, Clare Whitford, said the target was ambitious.";
        let got = crate::attribution::context::test_support::claims(text);
        assert_eq!(got.into_iter().map(|c| c.1).collect::<Vec<_>>(), ["the target was ambitious"]);
    }

    #[test]
    fn a_standfirst_quoting_after_its_verb_makes_no_claim() {
        // "Hartwell & Finch warns on profits as wage bill bites" ⏎ "Upmarket grocer says second half
        // will be ‘harder than we would have liked’" ⏎ "…": the headline's verb quotes the words.
        let text = "Grocer warns on profits\nUpmarket grocer says second half will be ‘harder than we \
                    would have liked’\n\nThe grocer, Hartwell & Finch, said profits would fall.";
        let got = crate::attribution::context::test_support::claims(text);
        assert_eq!(got.into_iter().map(|c| c.1).collect::<Vec<_>>(), ["profits would fall"]);
    }

    #[test]
    fn names_in_headlines() {
        let text = "Graham: FIX IS IN for The Latest";
        let f = Fixture::new(text);
        f.with(|ctx| {
            assert!(headline_name(ctx, 0..1));
            // Shouted words, and a phrase with a function word, name nobody.
            assert!(!headline_name(ctx, 2..5));
            assert!(!headline_name(ctx, 6..8));
        });
    }
}
