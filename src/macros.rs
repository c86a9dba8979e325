//! Macros shared by the stages.

/// Define a word list and its predicate.
macro_rules! word_list {
    ($(#[doc = $doc:expr])* $name:ident, $test:ident: [$($word:literal),+ $(,)?]) => {
        $(#[doc = $doc])*
        #[cfg_attr(not(test), allow(dead_code))] // (read by the predicate's tests)
        pub(crate) const $name: &[&str] = &[$($word),+];
        #[doc = concat!("Whether `word` is one of [`", stringify!($name), "`].")]
        pub(crate) fn $test(word: &str) -> bool {
            matches!(word, $($word)|+)
        }
    };
}
