//! Noun phrases that name speakers: the types, and finders by side of the cue.
//!
//! - `left.rs`: the phrase ending before a verb ("Officials said", "Smith's office said"), a
//!   relative pronoun standing for one ("…, who said");
//! - `appositive.rs`: a name with a description set off by commas ("X, a spokesman for Y, said");
//! - `right.rs`: the phrase starting after an inverted cue ("said the spokesman", "reported BBC"),
//!   and the plain phrases "according to" and a passive's "by" name;
//! - `outlets.rs`: news outlets as mentions;
//! - `mention.rs`: the types, and what every finder shares.

mod appositive;
mod left;
mod mention;
mod outlets;
mod right;

pub(crate) use appositive::{appositive, appositive_after, body_described_after};
pub(crate) use left::{left_np, relative};
pub(crate) use mention::{
    common_kind, common_mention, entity_mention, past_titles, pronoun_mention, title_role, Mention,
    MentionKind, Pronoun,
};
pub(crate) use outlets::outlet_mention;
pub(crate) use right::{plain_np, right_np, right_np_after_quote, subject_np};
