//! Page furniture left in scraped text: paragraphs that belong to the page around a story, not
//! to the story ("Advertisement", "Story continues below advertisement", "Photo: Marco
//! Ruiz/Getty Images", "Watch: Mayor says … (1:32)", and the headlines listed under "Most read"
//! or "Related"). Nothing in them is said by anyone in the story, so attribution makes no claim of
//! them. The phrases are `data/furniture.tsv`.

use crate::lexicon::{furniture_phrases, FurnitureKind};

use super::Document;

/// The bytes of a paragraph compared with the phrases (longer than any of them).
const HEAD_MAX: usize = 48;

/// At most this many bytes in a headline of a list under "Most read" or "Related".
const LIST_LINE_MAX: usize = 120;

/// For each sentence of `doc`, whether it lies in a paragraph of page furniture.
///
/// ```
/// let text = "Rates will rise, the bank said.\n\nAdvertisement\n\nMost read\n\n1. Minister says tax will fall";
/// let doc = claimex::text::Document::new(text);
/// let marks = claimex::text::furniture(&doc);
/// assert!(!marks[0] && marks[1..].iter().all(|&m| m));
/// ```
pub fn furniture(doc: &Document<'_>) -> Vec<bool> {
    let paragraphs = doc.paragraphs();
    let mut marked = vec![false; paragraphs.len()];
    // Under a list heading, the short lines without a full stop that follow it.
    let mut in_list = false;
    for (p, span) in paragraphs.iter().enumerate() {
        let line = span.as_str(doc.text()).trim();
        let kind = furniture_kind(line);
        in_list = match kind {
            Some(FurnitureKind::List) => true,
            _ => in_list && list_headline(line),
        };
        marked[p] = kind.is_some() || in_list;
    }
    doc.sentences().iter().map(|s| marked.get(s.paragraph).copied().unwrap_or(false)).collect()
}

/// What furniture the paragraph `line` (trimmed) is, if any. Only its first
/// [`HEAD_MAX`] bytes are read: every phrase is shorter, so a longer paragraph can only open with
/// one.
fn furniture_kind(line: &str) -> Option<FurnitureKind> {
    // Most paragraphs are the story's: one whose ASCII first letter opens no phrase is none
    // (lower-casing a char beyond ASCII can give an ASCII letter, so those go the whole way).
    if line
        .as_bytes()
        .first()
        .is_some_and(|&b| b.is_ascii() && !FIRST_BYTES[usize::from(b.to_ascii_lowercase())])
    {
        return None;
    }
    let mut cut = line.len().min(HEAD_MAX);
    while !line.is_char_boundary(cut) {
        cut -= 1;
    }
    let lower = line[..cut].to_lowercase();
    let whole = (cut == line.len()).then(|| lower.trim_end_matches([':', '.', ' ']));
    // A whole line first: "Related:" heads a list, though "related:" also opens a line.
    let phrases = furniture_phrases();
    let line_kind =
        phrases.iter().find(|&&(kind, phrase)| kind != FurnitureKind::Prefix && whole == Some(phrase));
    let prefix = || {
        phrases.iter().find(|&&(kind, phrase)| {
            kind == FurnitureKind::Prefix
                && lower.strip_prefix(phrase).is_some_and(|rest| {
                    phrase.ends_with(':') || rest.is_empty() || rest.starts_with([' ', ':'])
                })
        })
    };
    line_kind.or_else(prefix).map(|&(kind, _)| kind)
}

/// The bytes a phrase starts with; all of them when a phrase is empty.
static FIRST_BYTES: std::sync::LazyLock<[bool; 256]> = std::sync::LazyLock::new(|| {
    let mut first = [false; 256];
    for &(_, phrase) in furniture_phrases() {
        match phrase.as_bytes().first() {
            Some(&b) => first[usize::from(b)] = true,
            None => first = [true; 256],
        }
    }
    first
});

/// A headline in a list of other stories: a short line without a final full stop ("1. Minister
/// denies leaking budget papers", "Council warns of higher parking charges").
fn list_headline(line: &str) -> bool {
    !line.is_empty() && line.len() <= LIST_LINE_MAX && !line.ends_with(['.', '”', '"'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marks(text: &str) -> Vec<bool> {
        furniture(&Document::new(text))
    }

    #[test]
    fn lines_and_prefixes() {
        // "Advertisement", "Story continues below advertisement", "Photo: …", "Watch: …".
        assert_eq!(marks("Advertisement\n\nThe mayor said it rained."), [true, false]);
        assert_eq!(marks("Story continues below advertisement"), [true]);
        assert_eq!(marks("Photo: Marco Ruiz/Getty Images\n\nHe said no."), [true, false]);
        assert_eq!(marks("Watch: Mayor says the barrier will be finished (1:32)"), [true]);
        // A story sentence that merely opens with the word is no furniture.
        assert_eq!(marks("Photographers said the light was poor."), [false]);
        assert_eq!(marks("Sharing the load, the council said, was fair."), [false]);
    }

    #[test]
    fn phrases_fit_the_head() {
        assert!(furniture_phrases().iter().all(|(_, p)| p.len() < HEAD_MAX && *p == p.to_lowercase()));
    }

    #[test]
    fn headline_lists_end_at_a_story_sentence() {
        // "Related:" then two headlines, then the story goes on.
        let text = "Related:\n\nMinister says budget will balance\n\nCouncil warns of charges\n\nThe bank said rates would rise.";
        assert_eq!(marks(text), [true, true, true, false]);
    }
}
