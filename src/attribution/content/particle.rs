//! "complained about the noise", "spoke of a ferocious battle", "called for a public option": a
//! preposition right after the cue belongs to the cue ("complained about"); what follows it is the
//! content.

use crate::cues::CueMatch;
use crate::lexicon::WordClass;
use crate::text::TokenKind;
use crate::Span;

use super::super::context::Context;
use super::super::raw::Content;
use super::super::words;

/// Split a preposition off the start of `content` when it follows `cue` directly: the content
/// after it, and the preposition's span, which joins the cue. Content that is the preposition alone,
/// or a quotation, stays whole.
pub(crate) fn split_particle(
    ctx: &Context<'_, '_>,
    cue: &CueMatch,
    content: Content,
) -> (Content, Option<Span>) {
    let p = cue.tokens.end;
    let Some(particle) = ctx.doc.tokens().get(p).map(|t| t.span) else { return (content, None) };
    let rest = ctx.doc.tokens().get(p + 1).map(|t| t.span.start);
    let adjacent = content.span.start == particle.start
        && words::is_cue_particle(ctx.lower(p))
        && !adverbial_phrase(ctx, p + 1);
    match rest {
        Some(rest) if adjacent && rest < content.span.end => {
            (Content::reported(Span::new(rest, content.span.end), &ctx.quotes), Some(particle))
        }
        _ => (content, None),
    }
}

/// Whether the preposition before token `t` opens a phrase of its own, not the object of the cue:
/// an amount ("said about 40 people", "said at least 12", "over 100"), a fixed phrase ("for
/// example", "of course", "on average"), or an outlet, place or day ("said on NBC", "spoke in
/// London").
fn adverbial_phrase(ctx: &Context<'_, '_>, t: usize) -> bool {
    t >= ctx.doc.tokens().len()
        || ctx.kind(t) == TokenKind::Number
        || words::is_number_word(ctx.lower(t))
        || words::is_phrase_after_particle(ctx.lower(t))
        || part_of_a_group(ctx, t)
        // "said on NBC", "spoke at Harvard", "wrote from Paris": a place, a day or an outlet.
        || matches!(ctx.lower(t - 1), "on" | "at" | "from")
            && (ctx.outlet_at(t).is_some() || ctx.place(t).is_some() || ctx.class(t) == Some(WordClass::Time))
}

/// "said about a third of the federation’s members were still losing money", "said about half of
/// them": after an approximation, a part of a group and its "of" at `t` count.
fn part_of_a_group(ctx: &Context<'_, '_>, t: usize) -> bool {
    let part = if matches!(ctx.lower(t), "a" | "an") { t + 1 } else { t };
    words::is_approximation(ctx.lower(t - 1))
        && words::is_group_part(ctx.lower(part))
        && ctx.lower_is(part + 1, "of")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribution::context::test_support::Fixture;

    fn split(text: &str, cue: &str, content: &str) -> (String, Option<String>) {
        let f = Fixture::new(text);
        let c = f.cues.iter().find(|c| c.span.as_str(text) == cue).map(|c| (*c).clone());
        let start = text.find(content).unwrap_or(0);
        let span = Span::new(start, start + content.len());
        f.with(|ctx| {
            let Some(c) = &c else { return (String::new(), None) };
            let (got, particle) = split_particle(ctx, c, Content::reported(span, &ctx.quotes));
            (got.span.as_str(text).to_string(), particle.map(|p| p.as_str(text).to_string()))
        })
    }

    #[test]
    fn a_preposition_after_the_cue_joins_it() {
        let got = split("Residents complained about the noise.", "complained", "about the noise");
        assert_eq!(got, ("the noise".into(), Some("about".into())));
        let got = split("She warned against drawing lessons.", "warned", "against drawing lessons");
        assert_eq!(got, ("drawing lessons".into(), Some("against".into())));
    }

    #[test]
    fn other_contents_stay_whole() {
        // Not a preposition; not right after the cue.
        let got = split("She said the plan failed.", "said", "the plan failed");
        assert_eq!(got, ("the plan failed".into(), None));
        let got = split("She told reporters about the plan.", "told", "about the plan");
        assert_eq!(got, ("about the plan".into(), None));
        // An amount or a fixed phrase after the preposition.
        let got = split("Police said about 40 people were hurt.", "said", "about 40 people were hurt");
        assert_eq!(got.1, None);
        // "said about a third of the federation’s members were still losing money".
        let text = "He said about a third of the members were losing money.";
        let got = split(text, "said", "about a third of the members were losing money");
        assert_eq!(got, ("about a third of the members were losing money".into(), None));
        let got = split("Police said at least 12 were held.", "said", "at least 12 were held");
        assert_eq!(got.1, None);
    }
}
