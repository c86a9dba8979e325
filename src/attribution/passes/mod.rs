//! Document passes after the sentence rules, each a function from the claims so far to the
//! claims it adds (or keeps):
//! - `block_quotes.rs`: a paragraph quoted as a block after "X writes:" holds no claims of its own;
//! - `described_speaker.rs`: "Parents who opposed the change said …": a cue inside another claim's
//!   speaker mention describes the speaker;
//! - `labels.rs`: "TAPPER: …" transcript turns and "Graham: …" headlines;
//! - `dash_credits.rs`: a quotation paragraph credited by "— Hillary Clinton" after it;
//! - `colon_lead.rs`: a quotation after "X is more blunt:" (a colon, no reporting verb);
//! - `follow_on.rs`: cue-less quotes that follow a quote of the same speaker;
//! - `floating.rs`: a quotation paragraph after a paragraph of one speaker's claims;
//! - `split_quotes.rs`: a quotation split by its attribution in one sentence is one claim.

mod block_quotes;
mod colon_lead;
mod dash_credits;
mod described_speaker;
mod floating;
mod follow_on;
mod labels;
mod split_quotes;

pub(crate) use block_quotes::drop_inside_blocks;
pub(crate) use colon_lead::colon_leads;
pub(crate) use dash_credits::dash_credits;
pub(crate) use described_speaker::drop_speaker_descriptions;
pub(crate) use floating::{floating_quotes, introduced_quotes};
pub(crate) use follow_on::follow_on_quotes;
pub(crate) use labels::labels;
pub(crate) use split_quotes::join_split_quotes;

#[cfg(test)]
mod test_support;
