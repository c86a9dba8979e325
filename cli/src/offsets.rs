//! `--offsets chars`: every span of a claim counted in Unicode scalar values instead of bytes.

use claimex::Claim;

/// Visit every span boundary of `claims` (content and its parts, quotes, speaker mention, cue,
/// source).
fn each_offset(claims: &mut [Claim], mut f: impl FnMut(&mut usize)) {
    for claim in claims {
        f(&mut claim.content.start);
        f(&mut claim.content.end);
        for quote in claim.content.parts.iter_mut().chain(&mut claim.quotes) {
            f(&mut quote.start);
            f(&mut quote.end);
        }
        if let Some(speaker) = &mut claim.speaker {
            f(&mut speaker.mention.start);
            f(&mut speaker.mention.end);
        }
        if let Some(cue) = &mut claim.cue {
            f(&mut cue.start);
            f(&mut cue.end);
        }
        if let Some(source) = &mut claim.source {
            f(&mut source.start);
            f(&mut source.end);
        }
    }
}

/// Turn the byte offsets of `claims` (into `text`) into char offsets, in one pass over `text`.
pub fn to_chars(text: &str, claims: &mut [Claim]) {
    let mut bytes = Vec::new();
    each_offset(claims, |o| bytes.push(*o));
    bytes.sort_unstable();
    bytes.dedup();
    // chars[i]: the number of chars before byte offset bytes[i].
    let mut chars = Vec::with_capacity(bytes.len());
    let (mut at_byte, mut count) = (0usize, 0usize);
    for &b in &bytes {
        count += text.get(at_byte..b).map_or(0, |s| s.chars().count());
        at_byte = b;
        chars.push(count);
    }
    each_offset(claims, |o| {
        if let Ok(i) = bytes.binary_search(o) {
            *o = chars[i];
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_slice_the_same_text_by_chars() {
        let text = "Präsident Müller said: “Wir schaffen das — ganz sicher.” Reuters reported.";
        let mut claims = claimex::Extractor::new().extract(text).unwrap().claims;
        assert!(!claims.is_empty());
        let bytes = claims.clone();
        to_chars(text, &mut claims);
        let by_chars = |s: usize, e: usize| text.chars().skip(s).take(e - s).collect::<String>();
        for (c, b) in claims.iter().zip(&bytes) {
            assert_eq!(by_chars(c.content.start, c.content.end), b.content.text);
            assert!(c.content.start < b.content.start, "the text before has multi-byte chars");
            if let (Some(cs), Some(bs)) = (&c.speaker, &b.speaker) {
                assert_eq!(by_chars(cs.mention.start, cs.mention.end), bs.mention.text);
            }
            if let (Some(cc), Some(bc)) = (&c.cue, &b.cue) {
                assert_eq!(by_chars(cc.start, cc.end), bc.text);
            }
            if let (Some(cs), Some(bs)) = (&c.source, &b.source) {
                assert_eq!(by_chars(cs.start, cs.end), bs.text);
            }
            for (cq, bq) in c.quotes.iter().zip(&b.quotes) {
                assert_eq!(by_chars(cq.start, cq.end), &text[bq.start..bq.end]);
            }
        }
    }
}
