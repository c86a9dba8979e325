//! News outlets as mentions: "reported BBC", "Reuters, which first reported the story, said".
//! The outlets themselves are found once by the token table.

use super::super::context::Context;
use super::mention::{Mention, MentionKind};

/// Outlet `o` of the document as a mention.
pub(crate) fn outlet_mention(ctx: &Context<'_, '_>, o: usize) -> Mention {
    let out = &ctx.outlets()[o];
    Mention {
        span: out.span,
        tokens: out.tokens.clone(),
        kind: MentionKind::Outlet(out.name.clone()),
        role: None,
        place_kind: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribution::context::test_support::Fixture;

    #[test]
    fn outlet_with_its_article_and_agency_word() {
        let text = "The talks failed, the Associated Press news agency reported.";
        let f = Fixture::new(text);
        f.with(|ctx| {
            let m = outlet_mention(ctx, 0);
            assert_eq!(m.span.as_str(text), "the Associated Press news agency");
            assert_eq!(m.kind, MentionKind::Outlet("Associated Press".into()));
        });
    }
}
