//! The claims of a short text, for the unit tests of each pass.

pub(crate) use crate::attribution::context::test_support::claims;
