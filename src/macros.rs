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

/// A word list's predicate.
#[cfg(test)]
pub(crate) type WordTest = fn(&str) -> bool;

/// Check word lists against their predicates: each word passes its own, once, and "zebra"
/// passes none.
#[cfg(test)]
pub(crate) fn check_word_lists(lists: &[(&[&str], WordTest)]) {
    for (list, test) in lists {
        for w in *list {
            assert!(test(w), "{w}");
            assert_eq!(list.iter().filter(|x| *x == w).count(), 1, "{w} twice");
        }
        assert!(!test("zebra"));
    }
}
