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
    // Under a list heading, the short lines without a full stop that follow it; under a
    // schedule's, the short labelled lines.
    let mut in_list = None;
    for (p, span) in paragraphs.iter().enumerate() {
        let line = span.as_str(doc.text()).trim();
        let kind = furniture_kind(line);
        in_list = match (kind, in_list) {
            (Some(k @ (FurnitureKind::List | FurnitureKind::Schedule)), _) => Some(k),
            // ("Most Read ⏎ 1. Police say missing teenager found safe ⏎ 2. …": headlines on the
            // lines of one paragraph, each short.)
            (_, Some(FurnitureKind::List)) if line.lines().all(|l| list_headline(l.trim())) => in_list,
            (_, Some(FurnitureKind::Schedule)) if schedule_line(line) => in_list,
            _ => None,
        };
        marked[p] = kind.is_some() || in_list.is_some();
    }
    doc.sentences().iter().map(|s| marked.get(s.paragraph).copied().unwrap_or(false)).collect()
}

/// Longest line that may be one furniture phrase, with the white space around it.
const MAX_LINE_BYTES: usize = 2 * HEAD_MAX;

/// Fewest words on the line before a furniture line for it to break a sentence (fewer make a
/// button of the page, "Share via Email"), unless it ends on a comma, colon or semicolon.
const MIN_BROKEN_WORDS: usize = 5;

/// "“We are asking people to do two jobs at once and ⏎ ADVERTISEMENT ⏎ it cannot go on,” Okafor
/// said.": the byte ranges of furniture lines (a whole line that is a `line` phrase) that break a
/// sentence — the text before them ends on no stop (a word, a comma, a colon) and more text
/// follows. Each range runs from the end of that text to the start of the next, line breaks and
/// blank lines included, for the reader to take out.
pub(crate) fn interrupting_lines(text: &str) -> Vec<crate::Span> {
    let mut out = Vec::new();
    let mut line_start = 0;
    for nl in memchr::memchr_iter(b'\n', text.as_bytes()) {
        let (a, b) = (line_start, nl);
        line_start = nl + 1;
        // (Most lines are a paragraph, longer than any phrase: no trimming, no lookup.)
        if b - a > MAX_LINE_BYTES {
            continue;
        }
        let line = text[a..b].trim();
        if furniture_kind(line) != Some(FurnitureKind::Line) {
            continue;
        }
        let after_start = text.len() - text[b..].trim_start().len();
        if after_start == text.len() {
            break;
        }
        // (Not before other furniture: "… ⏎ Advertisement ⏎ Photo: Jane Mills/Reuters"; a line
        // of furniture after it is taken out with it.)
        let next = text[after_start..].split('\n').next().unwrap_or_default().trim();
        let next_kind = furniture_kind(next);
        let before_other = next_kind.is_some_and(|k| k != FurnitureKind::Line);
        // (A second furniture line right after a cut one: the cut goes on.)
        let opens = text.len() - text[a..].trim_start().len();
        if out.last().is_some_and(|s: &crate::Span| s.end == opens) {
            if before_other {
                out.pop();
            } else if let Some(last) = out.last_mut() {
                last.end = after_start;
            }
            continue;
        }
        let before = text[..a].trim_end();
        let open = before
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || matches!(c, ',' | ':' | ';' | '—' | '–'));
        // (Not after furniture, nor after a short line that may be a button of the page:
        // "Advertisement ⏎ Story continues below ⏎ …", "Share via Email ⏎ Copy link ⏎ …".)
        let previous = before.rsplit('\n').next().unwrap_or_default().trim();
        let sentence_like =
            previous.split_whitespace().count() >= MIN_BROKEN_WORDS || previous.ends_with([',', ':', ';']);
        if open && sentence_like && !before_other && furniture_kind(previous).is_none() {
            out.push(crate::Span::new(before.len(), after_start));
        }
    }
    out
}

/// What furniture the paragraph `line` (trimmed) is, if any. Only its first
/// [`HEAD_MAX`] bytes are read: every phrase is shorter, so a longer paragraph can only open with
/// one.
pub(super) fn furniture_kind(line: &str) -> Option<FurnitureKind> {
    // Most paragraphs are the story's: one whose first two chars open no phrase is none.
    if !may_open_a_phrase(line) {
        return None;
    }
    let mut cut = line.len().min(HEAD_MAX);
    while !line.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &line[..cut];
    // (An ASCII head is lowered in a buffer on the stack: `to_lowercase` goes char by char.)
    let mut buf = [0u8; HEAD_MAX];
    let ascii_lower = head.is_ascii().then(|| {
        let out = &mut buf[..head.len()];
        out.copy_from_slice(head.as_bytes());
        out.make_ascii_lowercase();
        std::str::from_utf8(out).ok()
    });
    match ascii_lower.flatten() {
        Some(lower) => kind_of_head(lower, cut == line.len()),
        None => kind_of_head(&head.to_lowercase(), cut == line.len()),
    }
}

/// What furniture a paragraph is whose first [`HEAD_MAX`] bytes, lower-cased, are `lower`
/// (`whole_line` when that is the whole paragraph).
fn kind_of_head(lower: &str, whole_line: bool) -> Option<FurnitureKind> {
    let whole = whole_line.then(|| lower.trim_end_matches([':', '.', ' ']));
    // A whole line first: "Related:" heads a list, though "related:" also opens a line.
    let phrases = furniture_phrases();
    let line_kind =
        phrases.iter().find(|&&(kind, phrase)| kind != FurnitureKind::Prefix && whole == Some(phrase));
    let prefix = || {
        phrases.iter().find(|&&(kind, phrase)| {
            kind == FurnitureKind::Prefix
                && lower.strip_prefix(phrase).is_some_and(|rest| {
                    phrase.ends_with(':') || rest.is_empty() || rest.starts_with([' ', ':', ','])
                })
        })
    };
    line_kind.or_else(prefix).map(|&(kind, _)| kind)
}

/// Whether the paragraph `line`, lower-cased, may open with a phrase: every phrase opens with two
/// lower-case ASCII letters ([`OPENING_PAIRS`]), so the line's first two chars must lower to such
/// a pair. Most paragraphs open with a word no phrase opens with, or with a quote mark or a digit.
fn may_open_a_phrase(line: &str) -> bool {
    let Some(pairs) = OPENING_PAIRS.as_ref() else { return true };
    // What a char lowers to first (`str::to_lowercase` lowers char by char; a final sigma, the
    // one exception, lowers to no ASCII letter either way). A char beyond ASCII can lower to an
    // ASCII letter: the Kelvin sign to "k", "İ" to "i" and a combining dot.
    let lowered = |c: char| c.to_lowercase().next().unwrap_or(c);
    let mut chars = line.chars();
    let Some(first) = chars.next() else { return false };
    if !first.is_ascii() {
        // (What follows a char that lowers to two is not the next char lowered: no pair test.)
        return lowered(first).is_ascii_lowercase();
    }
    let (a, b) = (first.to_ascii_lowercase(), chars.next().map(lowered));
    match b {
        Some(b) if a.is_ascii_lowercase() && b.is_ascii_lowercase() => pairs[pair_index(a as u8, b as u8)],
        _ => false,
    }
}

/// The index of two lower-case ASCII letters in [`OPENING_PAIRS`].
fn pair_index(a: u8, b: u8) -> usize {
    usize::from(a - b'a') * 26 + usize::from(b - b'a')
}

/// For each pair of lower-case letters, whether a phrase opens with it; `None` (no filter) when
/// some phrase does not open with two lower-case ASCII letters.
static OPENING_PAIRS: std::sync::LazyLock<Option<[bool; 26 * 26]>> = std::sync::LazyLock::new(|| {
    let mut pairs = [false; 26 * 26];
    for &(_, phrase) in furniture_phrases() {
        match phrase.as_bytes() {
            [a @ b'a'..=b'z', b @ b'a'..=b'z', ..] => pairs[pair_index(*a, *b)] = true,
            _ => return None,
        }
    }
    Some(pairs)
});

/// A headline in a list of other stories: a short line without a final full stop ("1. Minister
/// denies leaking budget papers", "Council warns of higher parking charges").
fn list_headline(line: &str) -> bool {
    !line.is_empty() && line.len() <= LIST_LINE_MAX && !line.ends_with(['.', '”', '"'])
}

/// Most bytes before the colon of a schedule's line ("Rattlers:").
const SCHEDULE_LABEL_MAX: usize = 30;

/// "Rattlers: Host Memphis on Monday night.": a short line with a label and a colon.
fn schedule_line(line: &str) -> bool {
    line.len() <= LIST_LINE_MAX && line.find(':').is_some_and(|c| c > 0 && c <= SCHEDULE_LABEL_MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marks(text: &str) -> Vec<bool> {
        furniture(&Document::new(text))
    }

    #[test]
    fn a_schedule_after_up_next() {
        let text = "“I trusted the shot,” Oyelaran said.\n\nUP NEXT\n\nRattlers: Host Memphis on Monday night.\n\nSummit: At Utah on Tuesday night.\n\nThe coach said he was proud.";
        assert_eq!(marks(text), [false, true, true, true, false]);
    }

    #[test]
    fn furniture_lines_that_break_a_sentence() {
        let cut = |text: &str| -> Vec<String> {
            interrupting_lines(text).iter().map(|s| s.as_str(text).to_string()).collect()
        };
        // "… at once and ⏎ ADVERTISEMENT ⏎ it cannot go on": from the word before to the word after.
        assert_eq!(cut("to do two jobs at once and\nADVERTISEMENT\nit cannot go on"), ["\nADVERTISEMENT\n"]);
        // "Nadia Brook said: ⏎ Story continues below advertisement ⏎ ⏎ “We understand …”", and two
        // lines of furniture in a row.
        assert_eq!(
            cut("Brook said:\nStory continues below advertisement\n\n\"We understand.\""),
            ["\nStory continues below advertisement\n\n"]
        );
        assert_eq!(
            cut("to do two jobs at once and\nAdvertisement\nStory continues below\nit"),
            ["\nAdvertisement\nStory continues below\n"]
        );
        // Not after a stop, not between furniture, not at the end.
        assert!(cut("Rates rose.\nAdvertisement\nThe bank said so.").is_empty());
        assert!(cut("Advertisement\nStory continues below\nPhoto: Jane Mills/Reuters").is_empty());
        assert!(cut("Rates rose and\nAdvertisement\n").is_empty());
        assert!(cut("Share via Email\n\nCopy link\n\nThe wage will rise, the minister said.").is_empty());
    }

    #[test]
    fn lines_and_prefixes() {
        // "Advertisement", "Story continues below advertisement", "Photo: …", "Watch: …".
        assert_eq!(marks("Advertisement\n\nThe mayor said it rained."), [true, false]);
        assert_eq!(marks("Story continues below advertisement"), [true]);
        assert_eq!(marks("Photo: Marco Ruiz/Getty Images\n\nHe said no."), [true, false]);
        assert_eq!(marks("Watch: Mayor says the barrier will be finished (1:32)"), [true]);
        // Labels and footers: "Source: …", "Reporting by …", "The views expressed …".
        assert_eq!(
            marks(
                "Source: Bureau of Labor Statistics

He said no."
            ),
            [true, false]
        );
        assert_eq!(marks("Reporting by Jane Doe; Editing by Tom Lee"), [true]);
        assert_eq!(marks("Views expressed in this article are those of the author."), [true]);
        assert_eq!(marks("Image caption, Nurses protested outside Parliament last month"), [true]);
        // An editor's note about the story: "Editor's note: An earlier version of this story said …".
        assert_eq!(
            marks("Editor's note: An earlier version said the fine was £41m.\n\nHe left."),
            [true, false]
        );
        assert_eq!(marks("Editor’s note: This story has been updated."), [true]);
        // Links to other stories: "ALSO READ: …", "Also Read | …", "MORE: …".
        assert_eq!(marks("ALSO READ: Police announce diversions for metro work"), [true]);
        assert_eq!(marks("MORE: Trump says he will win"), [true]);
        assert_eq!(marks("READ | Load shedding: Stage 2 until Friday, says Eskom"), [true]);
        // A story sentence that merely opens with the word is no furniture.
        assert_eq!(marks("Photographers said the light was poor."), [false]);
        assert_eq!(marks("Sharing the load, the council said, was fair."), [false]);
    }

    /// `furniture_kind` without the opening filter.
    fn unfiltered(line: &str) -> Option<FurnitureKind> {
        let mut cut = line.len().min(HEAD_MAX);
        while !line.is_char_boundary(cut) {
            cut -= 1;
        }
        kind_of_head(&line[..cut].to_lowercase(), cut == line.len())
    }

    #[test]
    fn the_opening_filter_keeps_every_phrase() {
        let lines = [
            "“Quote,” he said",
            "\"Photo: x",
            "K",
            "\u{212A}ey",
            "İs",
            "ΣA",
            "",
            "a",
            "1. Minister",
            "ALSO READ: x",
        ];
        let variants: Vec<String> = furniture_phrases()
            .iter()
            .flat_map(|(_, p)| {
                let kelvin = p.replacen('k', "\u{212A}", 1);
                [p.to_string(), p.to_uppercase(), format!("{p} and more"), kelvin]
            })
            .collect();
        for line in lines.into_iter().chain(variants.iter().map(String::as_str)) {
            assert_eq!(furniture_kind(line), unfiltered(line), "{line}");
        }
        assert!(variants.iter().any(|v| v.contains('\u{212A}') && unfiltered(v).is_some()));
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

    #[test]
    fn headline_lists_on_the_lines_of_one_paragraph() {
        // "Most Read ⏎ 1. Police say missing Thornby teenager found safe and well ⏎ 2. …".
        // (Longer together than one headline may be.)
        let text = "Most Read\n1. Police say missing Thornby teenager found safe and well\n2. Road closures \
                    announced for Wexley half marathon\n3. Council tax to rise by 4.99 per cent, cabinet \
                    confirms\n\nThe bank said rates would rise.";
        let got = marks(text);
        assert_eq!(got.last(), Some(&false));
        assert!(got.iter().rev().skip(1).all(|&m| m), "{got:?}");
    }
}
