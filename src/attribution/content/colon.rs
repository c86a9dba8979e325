//! A cue that ends its sentence with a colon ("Dr. Ward stated:", "Hewitt writes:") introduces
//! what opens the next paragraph: a quote, or a block quotation set off without marks.

use crate::quotes::Quote;
use crate::Span;

use super::super::context::Context;

/// The colon ending the sentence right after an attribution ending at `after`, or after a short
/// verbless phrase ("He told his audience, to rowdy applause:").
fn final_colon(ctx: &Context<'_, '_>, after: usize, s1: usize) -> Option<usize> {
    let colon = s1.checked_sub(1)?;
    let short_aside = colon > after && colon - after <= 8 && !(after..colon).any(|t| ctx.clause_word(t));
    (after < s1 && ctx.word(colon) == ":" && (colon == after || short_aside)).then_some(colon)
}

/// "Dr. Ward stated:" ⏎ "“…”": the quote that opens right after the final colon, with only white
/// space between.
pub(super) fn quote_after_colon<'d>(ctx: &Context<'d, '_>, after: usize, s1: usize) -> Option<&'d Quote> {
    let colon = final_colon(ctx, after, s1)?;
    let colon_end = ctx.doc.tokens()[colon].span.end;
    let q = ctx.quotes.first_from(colon_end)?;
    let gap = ctx.doc.text().get(colon_end..q.span.start)?;
    gap.chars().all(char::is_whitespace).then_some(q)
}

/// Most tokens of the noun phrase before the colon of "offered an apology: “…”".
const MAX_NAMED_ACT: usize = 5;

/// "Dr Raj Malhotra offered an apology: “We failed …”", "issued a warning: “Do not travel.”": a
/// short noun phrase naming a speech act (`words::SPEECH_ACT_NOUNS`) right after the attribution
/// ending at `after`, a colon, and a quotation opening right after it: the quotation is what was
/// said.
pub(super) fn quote_after_named_act<'d>(ctx: &Context<'d, '_>, after: usize, s1: usize) -> Option<&'d Quote> {
    let colon = (after + 1..s1.min(after + MAX_NAMED_ACT + 1)).find(|&t| ctx.word(t) == ":")?;
    let act = |t: usize| super::super::words::is_speech_act_noun(ctx.lower(t));
    let named =
        (after..colon).any(act) && !(after..colon).any(|t| !act(t) && ctx.clause_word(t) || ctx.in_quote(t));
    let q = ctx.quotes.opening_at(ctx.doc.tokens().get(colon + 1)?.span.start)?;
    named.then_some(q)
}

/// "Hewitt writes:" ⏎ "The movie mentions …": the next paragraph, when the final colon ends this
/// one (`paragraph`): a block quotation set off without marks.
pub(super) fn block_after_colon(
    ctx: &Context<'_, '_>,
    paragraph: usize,
    after: usize,
    s1: usize,
) -> Option<Span> {
    let colon = final_colon(ctx, after, s1)?;
    let block = *ctx.doc.paragraphs().get(paragraph + 1)?;
    let starts_here = ctx.doc.paragraphs().get(paragraph)?.end <= ctx.doc.tokens()[colon].span.end;
    (starts_here && !block.is_empty()).then_some(block)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribution::context::test_support::Fixture;

    #[test]
    fn a_quotation_after_a_named_speech_act() {
        use crate::attribution::context::test_support::contents;
        // "Dr Raj Malhotra offered an apology: “We failed Mr Doyle and his family.”"
        let got = contents("Dr Raj Malhotra offered an apology: “We failed Mr Doyle and his family.”");
        assert_eq!(got, ["We failed Mr Doyle and his family."]);
        let got = contents("The minister issued a warning on Friday: “Stay home.”");
        assert_eq!(got, ["Stay home."]);
    }

    #[test]
    fn a_quotation_over_paragraphs_is_one_claim_in_its_pieces() {
        use crate::attribution::context::test_support::contents;
        // "Jonah Whitcombe … said in a statement:" ⏎ "“When my grandfather opened the first shop …" ⏎
        // "“That promise has not changed …”": the mark that reopens a paragraph is no word said.
        let text = "Jonah Whitcombe said in a statement:\n\n“My grandfather promised fair prices.\n\n“That \
                    promise has not changed.”";
        assert_eq!(contents(text), ["My grandfather promised fair prices. That promise has not changed."]);
        let text =
            "Declan Furlong said:\n\n‘The storm lifted boats.\n\n‘I have never seen anything like it.’";
        assert_eq!(contents(text), ["The storm lifted boats. I have never seen anything like it."]);
    }

    #[test]
    fn quote_or_block_after_a_final_colon() {
        let text = "Dr. Ward stated:\n\n“The results are clear.”";
        let f = Fixture::new(text);
        let after = f.token(":");
        f.with(|ctx| {
            let q = quote_after_colon(ctx, after, after + 1);
            assert_eq!(q.map(|q| q.inner.as_str(text)), Some("The results are clear."));
        });
        let text = "Hewitt writes:\n\nThe movie mentions nothing of it.";
        let f = Fixture::new(text);
        let after = f.token(":");
        f.with(|ctx| {
            let block = block_after_colon(ctx, 0, after, after + 1);
            assert_eq!(block.map(|b| b.as_str(text)), Some("The movie mentions nothing of it."));
            assert!(quote_after_colon(ctx, after, after + 1).is_none());
        });
    }

    #[test]
    fn no_colon_no_block() {
        let text = "Hewitt writes.\n\nThe movie mentions nothing of it.";
        let f = Fixture::new(text);
        let after = f.token(".");
        f.with(|ctx| assert!(block_after_colon(ctx, 0, after, after + 1).is_none()));
    }
}
