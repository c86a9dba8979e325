//! Adversarial inputs: each case says what the output must be, not only that it is `Ok`.
//!
//! Time and memory on large inputs are measured by the benches (release); the large cases here are
//! sized so that the debug test suite stays fast.

#[path = "support/invariants.rs"]
mod invariants;

use std::sync::LazyLock;

use claimex::{Claim, ClaimKind, Extraction, Extractor, Span};

static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(Extractor::new);
const SAMPLE: &str = include_str!("data/idlib-summit.txt");

/// Extract and check every invariant.
fn extract(text: &str) -> Extraction {
    let e = EXTRACTOR.extract(text).unwrap_or_else(|err| panic!("extract failed: {err}"));
    invariants::check_extraction(text, &e);
    e
}

/// What a claim says, independent of where it is: kind, stance, negation, speaker, cue, source and
/// content, with `noise` (text inserted into the input) removed from the strings.
fn gist(c: &Claim, noise: &[&str]) -> String {
    let mut g = format!(
        "{:?} {} negated={} speaker={:?} cue={:?} source={:?} content={:?}",
        c.kind,
        c.stance,
        c.negated,
        c.speaker.as_ref().map(|s| s.name.as_str()),
        c.cue.as_ref().map(|c| c.text.as_str()),
        c.source.as_ref().map(|s| s.name.as_str()),
        c.content.text,
    );
    for n in noise {
        // The strings are Debug-escaped in the gist, so remove the escaped form of the noise.
        let escaped = format!("{n:?}");
        g = g.replace(escaped.trim_matches('"'), "");
    }
    g
}

/// Every span of a claim, in one list: content, quotes, mention, cue, source.
fn spans(c: &Claim) -> Vec<Span> {
    let mut v = vec![c.content.span()];
    v.extend(c.quotes.iter().copied());
    v.extend(c.speaker.as_ref().map(|s| s.mention.span()));
    v.extend(c.cue.as_ref().map(|c| Span::new(c.start, c.end)));
    v.extend(c.source.as_ref().map(|s| Span::new(s.start, s.end)));
    v
}

/// `changed` has the same claims as `base`, with every span moved by `map`; `noise` is the text
/// inserted into the input, which may show up inside a changed claim's strings.
fn assert_same_claims(
    base: &Extraction,
    changed: &Extraction,
    map: impl Fn(usize) -> usize,
    noise: &[&str],
    what: &str,
) {
    let g1: Vec<String> = base.claims.iter().map(|c| gist(c, &[])).collect();
    let g2: Vec<String> = changed.claims.iter().map(|c| gist(c, noise)).collect();
    for (n, (a, b)) in g1.iter().zip(&g2).enumerate() {
        assert_eq!(a, b, "{what}: claim {n} differs");
    }
    assert_eq!(g1.len(), g2.len(), "{what}: {} claims became {}: {:#?}", g1.len(), g2.len(), g2);
    for (n, (a, b)) in base.claims.iter().zip(&changed.claims).enumerate() {
        let moved: Vec<Span> = spans(a).into_iter().map(|s| Span::new(map(s.start), map(s.end))).collect();
        assert_eq!(moved, spans(b), "{what}: claim {n}: spans not shifted as the text was");
    }
}

#[test]
fn the_sample_has_claims() {
    // The comparisons below are only meaningful if the sample yields claims of every kind.
    let e = extract(SAMPLE);
    assert!(e.claims.len() >= 10, "{}", e.claims.len());
    assert!(e.claims.iter().any(|c| c.kind == ClaimKind::Direct));
    assert!(e.claims.iter().any(|c| c.kind == ClaimKind::Indirect));
}

#[test]
fn empty_and_white_space_only_input_has_no_claims() {
    for text in ["", " ", "\n", "\n\n\n", "\r\n\r\n", "\t \u{a0}\u{2003}\u{3000}\n", &" \n".repeat(10_000)] {
        assert!(extract(text).claims.is_empty(), "{text:?}");
    }
}

#[test]
fn a_single_quote_mark_has_no_claims() {
    for text in ["\"", "“", "”", "„", "«", "»", "'", "‘", "’", "''", " \" ", "\n“\n"] {
        assert!(extract(text).claims.is_empty(), "{text:?}");
    }
}

#[test]
fn ten_thousand_unbalanced_marks_do_not_run_away() {
    // Only marks.
    for mark in ["\"", "“", "”", "«"] {
        let text = mark.repeat(10_000);
        let e = extract(&text);
        assert!(e.claims.is_empty(), "{mark}: {} claims", e.claims.len());
    }
    // An odd number of straight marks between words, in one paragraph.
    let text = format!("{}word.", "\"word ".repeat(10_001));
    let e = extract(&text);
    invariants::check_no_runaway(&text, &e);
    // A stray opening mark before each of 10,000 reported sentences, 100 to a paragraph: every
    // sentence keeps its claim, and none swallows the next paragraph.
    let paragraph = "“Smith said the plan was over. ".repeat(100);
    let text = vec![paragraph.trim_end(); 100].join("\n\n");
    let e = extract(&text);
    invariants::check_no_runaway(&text, &e);
    assert_eq!(e.claims.len(), 10_000);
    assert!(e.claims.iter().all(|c| c.content.text == "the plan was over"), "{:?}", e.claims[0]);
}

#[test]
fn quotes_nested_a_hundred_deep() {
    let opens: String = (0..100).map(|i| if i % 2 == 0 { '“' } else { '‘' }).collect();
    let closes: String = (0..100).rev().map(|i| if i % 2 == 0 { '”' } else { '’' }).collect();
    let text = format!("{opens}We will win,{closes} he said.");
    let e = extract(&text);
    invariants::check_no_runaway(&text, &e);
    // One claim by "he"; the stray outer marks may stay in the content (Mixed), but the innermost
    // quote is one of its quotes.
    assert_eq!(e.claims.len(), 1, "{:#?}", e.claims);
    let claim = &e.claims[0];
    assert_ne!(claim.kind, ClaimKind::Indirect);
    assert!(claim.content.text.contains("We will win"), "{:?}", claim.content.text);
    assert!(claim.quotes.iter().any(|q| q.as_str(&text).contains("We will win")), "{:?}", claim.quotes);
    assert_eq!(claim.speaker.as_ref().map(|s| s.mention.text.as_str()), Some("he"));
    // All-double nesting, with the cue first.
    let text = format!("He said: {}We will win.{}", "“".repeat(100), "”".repeat(100));
    let e = extract(&text);
    assert_eq!(e.claims.len(), 1, "{:#?}", e.claims);
    assert!(e.claims[0].content.text.contains("We will win"), "{:?}", e.claims[0].content.text);
}

/// The sample on one line (paragraph breaks become spaces), repeated to `bytes`.
fn one_line(bytes: usize) -> String {
    let line = SAMPLE.replace('\n', " ");
    let mut text = String::with_capacity(bytes + line.len());
    while text.len() < bytes {
        text.push_str(&line);
        text.push(' ');
    }
    text
}

#[test]
fn a_ten_megabyte_single_line() {
    // About 15 s in a debug build; throughput in release is measured by the benches.
    let bytes = 10 << 20;
    let text = one_line(bytes);
    let e = extract(&text);
    let per_copy = extract(&SAMPLE.replace('\n', " ")).claims.len();
    let copies = text.len() / (SAMPLE.len() + 1);
    assert!(
        e.claims.len() >= per_copy * copies,
        "{} claims for {copies} copies of {per_copy}",
        e.claims.len()
    );
    // One paragraph: no content may be longer than a long quote.
    assert!(e.claims.iter().all(|c| c.content.text.len() < 2_000));
}

#[test]
fn crlf_line_endings_give_the_same_claims() {
    let lf = extract(SAMPLE);
    let crlf_text = SAMPLE.replace('\n', "\r\n");
    let crlf = extract(&crlf_text);
    let newlines_before = |o: usize| SAMPLE[..o].matches('\n').count();
    assert_same_claims(&lf, &crlf, |o| o + newlines_before(o), &["\r"], "CRLF");
}

#[test]
fn lone_cr_line_endings_give_the_same_claims() {
    let lf = extract(SAMPLE);
    let cr_text = SAMPLE.replace('\n', "\r");
    let cr = extract(&cr_text);
    assert_same_claims(&lf, &cr, |o| o, &[], "CR");
}

/// The sample with `insert` after the end of every sentence that another sentence of the same
/// paragraph follows, and the map from sample offsets to offsets in the result.
fn between_sentences(insert: &str) -> (String, Vec<usize>) {
    let doc = claimex::text::Document::new(SAMPLE);
    let points: Vec<usize> = doc
        .sentences()
        .windows(2)
        .filter(|w| w[0].paragraph == w[1].paragraph)
        .map(|w| w[0].span.end)
        .collect();
    let mut text = String::new();
    let mut last = 0;
    for &p in &points {
        text.push_str(&SAMPLE[last..p]);
        text.push_str(insert);
        last = p;
    }
    text.push_str(&SAMPLE[last..]);
    (text, points)
}

#[test]
fn control_characters_between_sentences_change_nothing() {
    let lf = extract(SAMPLE);
    let mut failures = Vec::new();
    for control in [
        "\u{0}", "\u{1}", "\u{7}", "\u{8}", "\u{b}", "\u{c}", "\u{1b}", "\u{7f}", "\u{85}", "\u{200b}",
        "\u{feff}",
    ] {
        let insert = format!(" {control}");
        let (text, points) = between_sentences(&insert);
        let e = extract(&text);
        let map = |o: usize| o + insert.len() * points.iter().filter(|&&p| p < o).count();
        let result = std::panic::catch_unwind(|| {
            assert_same_claims(&lf, &e, map, &[insert.as_str()], &format!("{control:?}"))
        });
        if result.is_err() {
            failures.push(format!("{control:?}"));
        }
    }
    assert!(failures.is_empty(), "claims changed with {failures:?} between sentences");
}

#[test]
fn a_byte_order_mark_changes_nothing() {
    let lf = extract(SAMPLE);
    let text = format!("\u{feff}{SAMPLE}");
    let e = extract(&text);
    assert_same_claims(&lf, &e, |o| o + 3, &[], "BOM");
}

#[test]
fn right_to_left_text_and_combining_marks() {
    let texts = [
        "قال الوزير إن المحادثات فشلت. “لن نستسلم،” قال.",
        "אמר השר כי השיחות נכשלו. \"לא נוותר,\" אמר.",
        "\u{202e}Smith said the talks had failed.\u{202c} \u{200f}“We will win,” he said.\u{200e}",
        "\u{301}\u{308}\u{20dd} said \u{301}“\u{301}We will win\u{301},\u{301}”\u{301} he said\u{301}.",
        "Jose\u{301} Nun\u{303}ez said that the vote was rigged.",
        "Zoe\u{308} Smith said: “Ve\u{301}rite\u{301} matters.”",
        "Z\u{335}\u{30d}\u{346}a\u{337}\u{31b}l\u{336}g\u{334}o\u{335} said it was over.",
    ];
    for text in texts {
        let e = extract(text);
        invariants::check_no_runaway(text, &e);
    }
    // Decomposed accents do not hide an English claim.
    let text = "Jose\u{301} Nun\u{303}ez said that the vote was rigged.";
    let e = extract(text);
    assert_eq!(e.claims.len(), 1, "{:#?}", e.claims);
    assert_eq!(e.claims[0].content.text, "the vote was rigged");
    let text = "Zoe\u{308} Smith said: “Ve\u{301}rite\u{301} matters.”";
    let e = extract(text);
    assert_eq!(e.claims.len(), 1, "{:#?}", e.claims);
    assert_eq!(e.claims[0].content.text, "Ve\u{301}rite\u{301} matters.");
}

#[test]
fn emoji_inside_names_and_quotes() {
    let text = "“We will win 🎉🇺🇦,” Zoë Smith said. Zoë 😀 Smith said that the plan 👨‍👩‍👧 was over. \
                Zoë😀Smith said that the talks had failed.";
    let e = extract(text);
    assert_eq!(e.claims.len(), 3, "{:#?}", e.claims);
    assert_eq!(e.claims[0].kind, ClaimKind::Direct);
    assert_eq!(e.claims[0].content.text, "We will win 🎉🇺🇦,");
    assert_eq!(e.claims[0].speaker.as_ref().map(|s| s.mention.text.as_str()), Some("Zoë Smith"));
    assert_eq!(e.claims[1].kind, ClaimKind::Indirect);
    assert_eq!(e.claims[1].content.text, "the plan 👨‍👩‍👧 was over");
    let mention = &e.claims[1].speaker.as_ref().expect("a speaker").mention.text;
    assert!("Zoë 😀 Smith".ends_with(mention.as_str()), "{mention:?}");
    assert_eq!(e.claims[2].content.text, "the talks had failed");
}

#[test]
fn emoji_inside_a_speaker_name_next_to_a_quote() {
    for text in [
        "“We will win,” said Zoë 😀 Smith.",
        "“We will win,” said Smith 😀.",
        "“We will win,” Zoë 😀 Smith said.",
    ] {
        let e = extract(text);
        assert_eq!(e.claims.len(), 1, "{text}: {:#?}", e.claims);
        assert_eq!(e.claims[0].kind, ClaimKind::Direct, "{text}");
        assert_eq!(e.claims[0].content.text, "We will win,", "{text}");
        assert!(e.claims[0].speaker.is_some(), "{text}");
    }
    let e = extract("Zoë Smith 😀 said that the plan was over.");
    assert_eq!(e.claims.len(), 1);
    assert!(e.claims[0].speaker.is_some(), "the emoji between the name and the cue hides the speaker");
}

#[test]
fn the_sample_in_capitals_still_has_its_quotes() {
    let lf = extract(SAMPLE);
    let caps_text = SAMPLE.to_uppercase();
    assert_eq!(caps_text.len(), SAMPLE.len(), "the sample upper-cases to the same byte length");
    let caps = extract(&caps_text);
    for claim in lf.claims.iter().filter(|c| c.kind == ClaimKind::Direct) {
        let found = caps.claims.iter().find(|c| c.content.span() == claim.content.span());
        let found = found.unwrap_or_else(|| panic!("quote {:?} lost in capitals", claim.content.text));
        assert_eq!(found.kind, ClaimKind::Direct, "{:?}", found.content.text);
    }
    // Short all-caps reports.
    for (text, content) in [
        ("“WE WILL WIN,” HE SAID.", "WE WILL WIN,"),
        ("ZAKHAROVA SAID: “WE EXPECT THAT.”", "WE EXPECT THAT."),
        ("SMITH SAID THE TALKS HAD FAILED.", "THE TALKS HAD FAILED"),
    ] {
        let e = extract(text);
        assert_eq!(e.claims.len(), 1, "{text}: {:#?}", e.claims);
        assert_eq!(e.claims[0].content.text, content, "{text}");
        assert_eq!(e.claims[0].cue.as_ref().map(|c| c.text.as_str()), Some("SAID"), "{text}");
    }
}

#[test]
fn text_without_sentence_punctuation() {
    let text: String = SAMPLE.chars().filter(|c| !matches!(c, '.' | ',' | '!' | '?' | ':' | ';')).collect();
    let e = extract(&text);
    invariants::check_no_runaway(&text, &e);
    assert!(e.claims.len() >= 5, "reported speech survives the loss of punctuation: {}", e.claims.len());
    assert!(e.claims.iter().any(|c| c.kind == ClaimKind::Direct), "quotes survive the loss of punctuation");
}

#[test]
fn run_on_text_without_any_break_keeps_claims_apart() {
    let text = "the minister said the talks had failed and the president said he would go on ".repeat(500);
    let e = extract(&text);
    invariants::check_no_runaway(&text, &e);
    assert!(e.claims.len() >= 500, "{} claims for 1000 cues", e.claims.len());
    assert!(e.claims.iter().all(|c| c.content.text.len() < 1_000), "a claim ran on");
}

#[test]
fn html_references_are_quote_marks_and_spans_stay_in_the_input() {
    // Character references are decoded before the pipeline, and every span maps back to the
    // caller's text: the quote's words, without its references.
    for text in [
        "&quot;We will win,&quot; she said.",
        "&#8220;We will win,&#8221; she said.",
        "&ldquo;We will win,&rdquo; she said.",
        "&#x201C;We will win,&#x201D; she said.",
        "<p>&ldquo;We will <b>win</b>,&rdquo; she said.</p>",
    ] {
        let e = extract(text);
        invariants::check_no_runaway(text, &e);
        assert_eq!(e.claims.len(), 1, "{text}");
        assert_eq!(e.claims[0].kind, ClaimKind::Direct, "{text}");
        let content = &e.claims[0].content;
        assert_eq!(content.text, &text[content.start..content.end]);
        assert!(content.text.starts_with("We will") && !content.text.contains(';'), "{text}: {content:?}");
    }
    // Runs of references and tags: no runaway, spans inside the input.
    for text in [
        "&quot;".repeat(5_000),
        "&#8220;Smith said the plan was over. ".repeat(1_000),
        "<p><b></b></p>&amp;<br/>".repeat(2_000),
    ] {
        let e = extract(&text);
        invariants::check_no_runaway(&text, &e);
    }
}

#[test]
fn a_name_of_forty_capitalised_words() {
    const SYLLABLES: [&str; 8] = ["Zor", "Kel", "Vam", "Tru", "Bex", "Dul", "Pon", "Gri"];
    let words: Vec<String> = (0..40)
        .map(|i| format!("{}{}{}", SYLLABLES[i % 8], SYLLABLES[(i / 8) % 8].to_lowercase(), "an"))
        .collect();
    let name = words.join(" ");
    let text = format!("{name} said the talks had failed.");
    let e = extract(&text);
    assert_eq!(e.claims.len(), 1, "{:#?}", e.claims);
    let claim = &e.claims[0];
    assert_eq!(claim.content.text, "the talks had failed");
    let speaker = claim.speaker.as_ref().expect("a speaker");
    assert!(
        !speaker.mention.text.is_empty() && name.ends_with(&speaker.mention.text),
        "{:?}",
        speaker.mention.text
    );
    assert!(name.ends_with(&speaker.name), "{:?}", speaker.name);
}
