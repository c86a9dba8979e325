//! British single quotation marks: "‘We have been let down at every turn,’ said Aisha Rahman."
//!
//! British papers (and many headlines everywhere) quote with curly single marks, which share their
//! closing glyph `’` with the apostrophe. A `‘` opens a quote when it starts a word; the quote
//! closes at the first `’` of the same paragraph that ends a word and is followed by a space,
//! punctuation or the paragraph's end — except a plural possessive, `s’` followed by a word
//! ("the residents’ association"), which is read as an apostrophe. A straight `'` is far more often
//! an apostrophe, so it pairs only in the shape a quotation has: one opening a word, closed by one
//! right after a comma, full stop, "?" or "!" ("'We are ready to act,' said Ms Lee"); a doubled
//! `''` is the double-quote finder's.
//!
//! Nesting decides between the two styles: a single quote inside a double one is the American
//! nested quote and is not a quotation of its own; double quotes inside a single one are the
//! British nested quote, and the single quote is kept instead of them.

use super::{word_ended_by, word_starts_after, Quote, MAX_QUOTE_PIECE_BYTES};
use crate::text::Document;
use crate::Span;

const OPEN: &str = "‘";
const CLOSE: &str = "’";

/// A quotation left open at a paragraph's end: its opening mark's byte, its paragraph and the
/// pieces so far.
type Run = (usize, usize, Vec<Span>);

/// The single-quoted quotations of `doc` (one paragraph each, or a run of paragraphs each reopened
/// by a mark), before nesting is decided.
pub(super) fn find(doc: &Document<'_>) -> Vec<Quote> {
    let text = doc.text();
    let mut out = Vec::new();
    let mut run: Option<Run> = None;
    for (paragraph, p) in doc.paragraphs().iter().enumerate() {
        let Some(body) = text.get(p.start..p.end) else { continue };
        let (mut found, left_open) = if body.contains(OPEN) { pairs(body) } else { (Vec::new(), None) };
        let went_on = run.take().and_then(|r| go_on(r, p.start, body, &mut found, left_open, &mut out));
        // (A run opens a paragraph or follows a colon: "said: ‘…"; a mark left open after other
        // words is more often a plural possessive read as a quote's end: "had ‘no sound planning
        // grounds’ to refuse". Nor one a double mark closes: "‘the talks had failed.”".)
        let opens_run = |o: usize| (o == 0 || body[..o].ends_with(": ")) && !body[o..].contains(['”', '"']);
        run = went_on.or_else(|| {
            left_open
                .filter(|&o| opens_run(o))
                .map(|o| (p.start + o, paragraph, vec![Span::new(p.start + o + OPEN.len(), p.end)]))
        });
        // (Only a paragraph with a mark right after a comma, full stop, "?" or "!" can hold one.)
        let bytes = body.as_bytes();
        let closing = memchr::memchr_iter(b'\'', bytes).any(|i| i > 0 && b",.?!".contains(&bytes[i - 1]));
        if closing {
            // (A paragraph that is one straight-quoted line is a subhead: "'Totally pro-Israel.'")
            let whole = |&(o, c): &(usize, usize)| o == 0 && c + 1 == body.len();
            found.extend(straight_pairs(body).into_iter().filter(|q| !whole(q)));
        }
        for (open, close) in found {
            let mark = mark_len(body, open);
            let inner = Span::new(p.start + open + mark, p.start + close);
            out.push(Quote {
                span: Span::new(p.start + open, p.start + close + mark_len(body, close)),
                inner,
                pieces: vec![inner],
                paragraph,
            });
        }
    }
    out.sort_by_key(|q| q.span.start);
    out
}

/// "‘The storm lifted boats clean out of the water." ⏎ "‘I have worked here 30 years …’": a
/// quotation `run` left open at the end of its paragraph goes on when the next paragraph (`body`,
/// at byte `start`) opens on a mark: it closes there with the pair that opens the paragraph (taken
/// out of `found`, the whole quotation pushed to `out`), or stays open to the paragraph's end.
fn go_on(
    mut run: Run,
    start: usize,
    body: &str,
    found: &mut Vec<(usize, usize)>,
    left_open: Option<usize>,
    out: &mut Vec<Quote>,
) -> Option<Run> {
    if !body.starts_with(OPEN) {
        return None;
    }
    let (open, paragraph, pieces) = &mut run;
    if let Some(k) = found.iter().position(|&(o, _)| o == 0) {
        let (_, close) = found.remove(k);
        pieces.push(Span::new(start + OPEN.len(), start + close));
        out.push(Quote {
            span: Span::new(*open, start + close + CLOSE.len()),
            inner: Span::new(*open + OPEN.len(), start + close),
            pieces: std::mem::take(pieces),
            paragraph: *paragraph,
        });
        return None;
    }
    if left_open != Some(0) {
        return None;
    }
    pieces.push(Span::new(start + OPEN.len(), start + body.len()));
    Some(run)
}

/// Byte length of the quote mark at `at` of `body` (`‘`/`’` or `'`).
fn mark_len(body: &str, at: usize) -> usize {
    body[at..].chars().next().map_or(1, char::len_utf8)
}

/// The (opening, closing) byte offsets of the quotes of one paragraph, in one pass: an opening
/// mark waits for the next closing one; a second opening before it means the first was stray, and
/// so does a quote longer than [`MAX_QUOTE_PIECE_BYTES`]. With them, the opening mark still open
/// at the paragraph's end, if any.
fn pairs(body: &str) -> (Vec<(usize, usize)>, Option<usize>) {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (at, mark) in body.match_indices(['‘', '’']) {
        if mark == OPEN {
            open = opens(body, at).then_some(at);
        } else if let Some(o) = open {
            let inner = o + OPEN.len();
            if at - inner > MAX_QUOTE_PIECE_BYTES {
                open = None;
            } else if at > inner && closes(body, at) {
                out.push((o, at));
                open = None;
            }
        }
    }
    (out, open.filter(|&o| body.len() - o <= MAX_QUOTE_PIECE_BYTES))
}

/// The (opening, closing) byte offsets of straight single quotes: "'We are ready to act,' said Ms
/// Lee." A `'` that starts a word before a letter opens; the first `'` after that closes when it
/// follows a comma, full stop, "?" or "!" and ends the word ("act,'"), so that apostrophes
/// ("don't", "the players' union", "rock 'n' roll") never pair.
fn straight_pairs(body: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (at, _) in body.match_indices('\'') {
        let before = body[..at].chars().next_back();
        let after = body[at + 1..].chars().next();
        if before == Some('\'') || after == Some('\'') {
            continue;
        }
        if let Some(o) = open {
            let closes = before.is_some_and(|c| ",.?!".contains(c)) && word_ended_by(after);
            if closes && at - o <= MAX_QUOTE_PIECE_BYTES {
                out.push((o, at));
                open = None;
                continue;
            }
            if at - o > MAX_QUOTE_PIECE_BYTES {
                open = None;
            }
        }
        let starts = word_starts_after(before) || before.is_some_and(|c| matches!(c, '“' | '"'));
        if starts && after.is_some_and(char::is_alphabetic) {
            open = Some(at);
        }
    }
    out
}

/// `‘` at byte `at` of `body` starts a word: after a space, an opening bracket, a dash or a double
/// mark, and before a letter, digit or mark — but not the elided decade "‘90s".
fn opens(body: &str, at: usize) -> bool {
    let before = body[..at].chars().next_back();
    let rest = &body[at + OPEN.len()..];
    let after = rest.chars().next();
    // (Also right after a double mark: "“‘Yes,’ he said,” she recalled.")
    let starts_word = word_starts_after(before) || before.is_some_and(|c| matches!(c, '“' | '"'));
    let decade =
        rest.len() >= 3 && rest.as_bytes()[..2].iter().all(u8::is_ascii_digit) && rest.as_bytes()[2] == b's';
    starts_word && after.is_some_and(|c| !c.is_whitespace()) && !decade
}

/// Whether the `’` at byte `at` of `body` can close a quote: it ends a word and is followed by a
/// space, punctuation or the paragraph's end, and is no plural possessive ("the residents’
/// association").
fn closes(body: &str, at: usize) -> bool {
    let before = body[..at].chars().next_back();
    let rest = &body[at + CLOSE.len()..];
    let after = rest.chars().next();
    let ends_word = before.is_some_and(|c| !c.is_whitespace());
    let then_break = word_ended_by(after) || after.is_some_and(|c| matches!(c, '”' | '"'));
    let possessive = matches!(before, Some('s' | 'S'))
        && rest.strip_prefix(' ').and_then(|r| r.chars().next()).is_some_and(char::is_lowercase);
    ends_word && then_break && !possessive
}

/// Merge the single-quoted `singles` into the double-quoted `doubles` (each in text order, never
/// overlapping within itself): a single inside a double is dropped (American nesting), doubles
/// inside a single give way to it (British nesting), and a single that crosses a double's edge is
/// dropped.
pub(super) fn merge(doubles: Vec<Quote>, singles: Vec<Quote>) -> Vec<Quote> {
    if singles.is_empty() {
        return doubles;
    }
    let inside = |a: Span, b: Span| b.start <= a.start && a.end <= b.end;
    let kept: Vec<Quote> = singles
        .into_iter()
        .filter(|s| overlapping(&doubles, s.span).iter().all(|d| inside(d.span, s.span)))
        .collect();
    let mut out: Vec<Quote> = doubles.into_iter().filter(|d| overlapping(&kept, d.span).is_empty()).collect();
    out.extend(kept);
    out.sort_by_key(|q| q.span.start);
    out
}

/// The quotes of `quotes` (in text order, not overlapping) that overlap `span`.
fn overlapping(quotes: &[Quote], span: Span) -> &[Quote] {
    let from = quotes.partition_point(|q| q.span.end <= span.start);
    let to = quotes.partition_point(|q| q.span.start < span.end).max(from);
    &quotes[from..to]
}

#[cfg(test)]
mod tests {
    fn inners(text: &str) -> Vec<&str> {
        let doc = crate::text::Document::new(text);
        crate::quotes::find(&doc).iter().map(|q| q.inner.as_str(text)).collect()
    }

    #[test]
    fn british_quotes_pair() {
        assert_eq!(
            inners("‘We have been let down,’ said Ms Rahman, who chairs the residents’ association."),
            ["We have been let down,"]
        );
        assert_eq!(inners("He called the delays ‘deeply regrettable’."), ["deeply regrettable"]);
        assert_eq!(
            inners("She said: ‘We can’t go on. It is the players’ decision.’"),
            ["We can’t go on. It is the players’ decision."]
        );
    }

    #[test]
    fn a_quotation_over_paragraphs_each_reopened() {
        // "Harbour master Declan Furlong said:" ⏎ "‘The storm lifted boats clean out of the water." ⏎
        // "‘I have worked here 30 years and never seen anything like it.’"
        let text = "He said:\n\n‘The storm lifted boats.\n\n‘Never.\n\n‘I have worked here 30 years.’\n\nIt reopened.";
        let doc = crate::text::Document::new(text);
        let quotes = crate::quotes::find(&doc);
        assert_eq!(quotes.len(), 1);
        let pieces: Vec<&str> = quotes[0].pieces.iter().map(|p| p.as_str(text)).collect();
        assert_eq!(pieces, ["The storm lifted boats.", "Never.", "I have worked here 30 years."]);
        // (Not a mark left open after other words: "had ‘no sound planning grounds’ to refuse …".)
        let text = "He said the council had ‘no sound planning grounds’ to refuse it.\n\n‘If we turn this down, we lose,’ he said.";
        assert_eq!(inners(text), ["If we turn this down, we lose,"]);
        // (Not when the next paragraph opens on no mark.)
        assert!(inners("He said:\n\n‘The storm lifted boats.\n\nIt reopened.").is_empty());
    }

    #[test]
    fn apostrophes_alone_are_no_quotes() {
        assert!(
            inners("Syria’s war isn’t over, the residents’ group said of the ’90s and the ‘80s.").is_empty()
        );
        assert!(inners("A stray ‘ mark and another’ one.").is_empty());
        assert!(inners("‘Unclosed to the end of the paragraph\n\nand’ beyond.").is_empty());
    }

    #[test]
    fn straight_single_quotes_pair_in_a_quotation_s_shape() {
        assert_eq!(inners("'We are ready to act,' said Ms Lee."), ["We are ready to act,"]);
        assert_eq!(inners("She said: 'It is over.' Then she left."), ["It is over."]);
        // A paragraph that is one straight-quoted line is a subhead.
        assert!(inners("He left.\n\n'Totally pro-Israel.'\n\nThen more.").is_empty());
        // Apostrophes: contractions, plural possessives, elisions, doubled marks.
        assert!(inners("Don't ask the players' union about rock 'n' roll or the '90s.").is_empty());
        assert!(inners("The Smiths' house, 'em all, and James' car.").is_empty());
        assert_eq!(inners("''Yes,'' he said."), ["Yes,"]);
        // Inside a double quote it is the American nested quote.
        assert_eq!(inners("\"He said 'no.' Twice,\" she said."), ["He said 'no.' Twice,"]);
    }

    #[test]
    fn many_unclosed_marks_stay_linear() {
        // Every mark opens and none closes: one pass, no quote.
        let text = "‘a ".repeat(50_000);
        assert!(inners(&text).is_empty());
        let text = "'a ".repeat(50_000);
        assert!(inners(&text).is_empty());
    }

    #[test]
    fn nesting_decides_the_style() {
        // American: the single quote is nested in the double one.
        assert_eq!(inners("“He called it ‘a disaster’,” she said."), ["He called it ‘a disaster’,"]);
        // British: the double quote is nested in the single one.
        assert_eq!(inners("‘He called it “a disaster”,’ she said."), ["He called it “a disaster”,"]);
        // Side by side, both stay.
        assert_eq!(inners("The ‘plan’ was “dead,” he said."), ["plan", "dead,"]);
    }
}
