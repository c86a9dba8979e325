//! "Hewitt writes:" ⏎ "The movie mentions …": a paragraph quoted as a block is one claim's
//! content; the cues inside it make no claims of their own.

use crate::Span;

use super::super::context::Context;
use super::super::raw::RawClaim;

/// The claims of `raw` that do not lie inside a block quotation (a claim's content that starts
/// after its own sentence ends).
pub(crate) fn drop_inside_blocks(ctx: &Context<'_, '_>, mut raw: Vec<RawClaim>) -> Vec<RawClaim> {
    let mut blocks: Vec<Span> = raw
        .iter()
        .filter(|r| ctx.doc.sentences().get(r.sentence).is_some_and(|s| r.content.span.start >= s.span.end))
        .map(|r| r.content.span)
        .collect();
    if blocks.is_empty() {
        return raw;
    }
    // (Blocks are whole paragraphs, so they do not overlap: the last one starting at or before a
    // position is the only one that can hold it.)
    blocks.sort_by_key(|b| b.start);
    raw.retain(|r| {
        let i = blocks.partition_point(|b| b.start <= r.pos);
        !(i > 0 && r.pos < blocks[i - 1].end)
    });
    raw
}

#[cfg(test)]
mod tests {
    use super::super::test_support::claims;

    #[test]
    fn cues_inside_a_block_make_no_claims() {
        // "Hewitt writes:" ⏎ "The movie mentions …, the critics said …"
        let text =
            "Mary Hewitt writes:\n\nThe movie mentions nothing of it, and the critics said it was dull.";
        let got = claims(text);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].1, "The movie mentions nothing of it, and the critics said it was dull.");
    }
}
