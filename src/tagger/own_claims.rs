//! The tagger's own claims: content runs it tags where the rules may have found none. Not used by
//! the extractor (measured in `examples/train_tagger.rs`, they did not pay); public so that the
//! training command can measure them again on a newsroom's own annotation.

use super::{Tag, TaggedSentence};
use crate::claim::{Act, Claim, ClaimKind, Content, Cue, Speaker, SpeakerKind, Stance, TextSpan};
use crate::span::Span;

impl TaggedSentence {
    /// The claims this sentence makes on the tagger's word alone: one per run of content tags
    /// whose mean content probability is `least` or more, with the sentence's first source run as
    /// the speaker and its first cue run as the cue. Such a claim is indirect, neutral, speech, of
    /// confidence 0.5, and its speaker's id is `usize::MAX` (no coreference ran on it).
    ///
    /// ```
    /// let text = "The mayor said the bridge would reopen in May.";
    /// let tagged = claimex::tagger::tag(&claimex::Extractor::new(), claimex::tagger::Model::embedded(), text)?;
    /// for claim in tagged.iter().flat_map(|s| s.claims(text, 0.5)) {
    ///     assert_eq!(claim.content.span().as_str(text), claim.content.text);
    /// }
    /// # Ok::<(), claimex::Error>(())
    /// ```
    pub fn claims(&self, text: &str, least: f32) -> Vec<Claim> {
        let span =
            |r: &std::ops::Range<usize>| Span::new(self.tokens[r.start].start, self.tokens[r.end - 1].end);
        let source = self.runs(|t| matches!(t, Tag::BeginSource | Tag::InsideSource)).first().map(span);
        let cue = self.runs(|t| matches!(t, Tag::BeginCue | Tag::InsideCue)).first().map(span);
        self.runs(Tag::is_content)
            .iter()
            .filter(|r| self.content[r.start..r.end].iter().sum::<f32>() / r.len() as f32 >= least)
            .map(|r| Claim {
                kind: ClaimKind::Indirect,
                content: Content::new(text, &[span(r)]),
                quotes: Vec::new(),
                speaker: source.map(|m| Speaker {
                    id: usize::MAX,
                    name: m.as_str(text).to_string(),
                    role: None,
                    kind: SpeakerKind::Unknown,
                    mention: TextSpan::new(text, m),
                }),
                cue: cue.map(|c| Cue {
                    text: c.as_str(text).to_string(),
                    lemma: c.as_str(text).to_lowercase(),
                    start: c.start,
                    end: c.end,
                }),
                stance: Stance::Neutral,
                act: Act::Speech,
                negated: false,
                noun_object: false,
                source: None,
                sentence: self.sentence,
                confidence: 0.5,
            })
            .collect()
    }

    /// Runs of consecutive tokens whose tag satisfies `want`, a `B-` tag starting a new run.
    fn runs(&self, want: fn(Tag) -> bool) -> Vec<std::ops::Range<usize>> {
        let mut out: Vec<std::ops::Range<usize>> = Vec::new();
        for (i, t) in self.tags.iter().enumerate() {
            let begins = matches!(t, Tag::BeginSource | Tag::BeginCue | Tag::BeginContent);
            match out.last_mut() {
                Some(r) if want(*t) && r.end == i && !begins => r.end = i + 1,
                _ if want(*t) => out.push(i..i + 1),
                _ => {}
            }
        }
        out
    }
}
