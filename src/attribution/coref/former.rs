//! "Both Janet Harlow and Peter Denning spoke at the rally. The former said the strike would go
//! on; the latter said a deal was close.": "the former" and "the latter" stand for the first and
//! the second of the last two names joined by "and" before them.

use crate::entities::EntityLabel;
use crate::lexicon::FxMap;

use super::super::context::Context;
use super::super::mentions::{entity_mention, Mention};
use super::people::PersonIndex;
use super::referent::{referent, Known};
use super::Referent;

/// How many sentences before its own "the former" looks back for its pair.
const PAIR_REACH: usize = 2;

/// The person or body "the former" or "the latter" (`m`, two words) stands for.
pub(super) fn former_or_latter(
    ctx: &Context<'_, '_>,
    people: &PersonIndex<'_>,
    m: &Mention,
    genders: &mut FxMap<String, Known>,
) -> Option<Referent> {
    let (a, b) = (m.tokens.start, m.tokens.end);
    if b != a + 2 || !ctx.lower_is(a, "the") {
        return None;
    }
    let second = match ctx.lower(a + 1) {
        "former" => false,
        "latter" => true,
        _ => return None,
    };
    let s = ctx.doc.sentence_at(m.span.start);
    let from = ctx.doc.sentences()[s.saturating_sub(PAIR_REACH)].tokens.start;
    let (x, y) = last_pair(ctx, from, a)?;
    let named = entity_mention(ctx, if second { y } else { x }, a);
    referent(ctx, people, &named, &[], genders)
}

/// The last two person or body names from token `from` up to `to` joined by "and", with only
/// articles, titles and commas beside it ("Dr Samuel Achebe and Professor Linda Yoon", "the CBI
/// and the TUC"): their entity indices.
fn last_pair(ctx: &Context<'_, '_>, from: usize, to: usize) -> Option<(usize, usize)> {
    let named: Vec<(usize, usize, usize)> = (from..to)
        .filter_map(|t| {
            let e = ctx.entity_at(t)?;
            let ent = &ctx.entities[e];
            let first = ent.span.start == ctx.byte(t);
            let label = matches!(ent.label, EntityLabel::Person | EntityLabel::Organization);
            (first && label).then(|| (e, t, ctx.doc.token_index_at(ent.span.end)))
        })
        .collect();
    named.windows(2).rev().find_map(|w| {
        let ((x, _, x_end), (y, y_start, _)) = (w[0], w[1]);
        let between = x_end..y_start;
        let joined = between.clone().filter(|&t| ctx.lower_is(t, "and")).count() == 1
            && between
                .clone()
                .all(|t| matches!(ctx.lower(t), "and" | "the" | "," | ".") || ctx.is_title_word(t));
        joined.then_some((x, y))
    })
}

#[cfg(test)]
mod tests {
    use crate::attribution::context::test_support::speakers;

    #[test]
    fn the_first_and_the_second_of_a_pair() {
        // "Both Janet Harlow and Peter Denning spoke … The former said …; the latter said …"
        let text = "Both Janet Harlow and Peter Denning spoke at the rally in Leeds. The former said the \
                    strike would continue; the latter said a deal was close.";
        assert_eq!(speakers(text), ["Janet Harlow", "Peter Denning"]);
        // With titles and articles beside "and": "Dr Samuel Achebe and Professor Linda Yoon", "the
        // CBI and the TUC".
        let text = "Dr Samuel Achebe and Professor Linda Yoon disagree on the cause. The latter believes \
                    the outbreak began in a market.";
        assert_eq!(speakers(text), ["Linda Yoon"]);
        let text = "Both the CBI and the TUC responded. The former said it would boost investment.";
        assert_eq!(speakers(text), ["CBI"]);
        // (Names not joined by "and" make no pair: "Janet Harlow met Peter Denning".)
        let text = "Janet Harlow met Peter Denning in Leeds. The former said a deal was close.";
        assert_eq!(speakers(text), ["The former"]);
    }
}
