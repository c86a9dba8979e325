//! "The Turkish Defense Ministry said … No casualties were reported, the ministry said": a
//! definite description of a body stands for the latest body among the antecedents that it
//! describes.

use crate::SpeakerKind;

use super::super::context::Context;
use super::super::mentions::Mention;
use super::super::words;
use super::referent::Referent;

/// "the ministry", "the defense ministry", "the council", "the board": "the", at most one
/// modifier, and a noun naming a kind of body stand for the latest organisation among
/// `antecedents` whose proper name holds the noun and the modifier ("Turkish Defense Ministry",
/// "Illinois Board of Elections"; not a described one, "the social media company").
pub(super) fn described_body(
    ctx: &Context<'_, '_>,
    m: &Mention,
    antecedents: &[Referent],
) -> Option<Referent> {
    let (a, b) = (m.tokens.start, m.tokens.end);
    if !super::is_definite_description(m)
        || b > a + 3
        || !ctx.lower_is(a, "the")
        || !words::is_body_noun(ctx.lower(b - 1))
    {
        return None;
    }
    let head = ctx.lower(b - 1);
    let modifier = (b == a + 3).then(|| ctx.lower(a + 1));
    let holds = |name: &str, w: &str| name.split([' ', '-']).any(|n| n.eq_ignore_ascii_case(w));
    let proper = |name: &str| {
        name.starts_with(char::is_uppercase)
            && !name.split(' ').next().is_some_and(|w| matches!(w, "The" | "A" | "An" | "One" | "This"))
    };
    antecedents
        .iter()
        .rev()
        .find(|r| {
            r.kind == SpeakerKind::Organization
                && !r.plural
                && proper(&r.name)
                && holds(&r.name, head)
                && modifier.is_none_or(|w| holds(&r.name, w))
        })
        .cloned()
}
