//! Raw claims and their speakers' referents → public [`Claim`]s: canonical names and roles, one id
//! per canonical speaker, and the final confidence.

use crate::claim::{Claim, Cue, Source, Speaker, TextSpan};
use crate::cues::CueMatch;
use crate::lexicon::FxMap;
use crate::{Act, Span, SpeakerKind, Stance};

use super::confidence;
use super::context::Context;
use super::coref::{resolve, Speaking};
use super::raw::RawClaim;

/// Resolve the speakers of `raw` and turn each claim into the public type.
pub(crate) fn finish(ctx: &Context<'_, '_>, raw: &[RawClaim]) -> Vec<Claim> {
    let text = ctx.doc.text();
    let speaking: Vec<Speaking<'_>> = raw
        .iter()
        .map(|r| Speaking { mention: r.speaker.as_ref(), pos: r.pos, antecedent: r.is_antecedent() })
        .collect();
    let resolution = resolve(ctx, &speaking);
    // (Keyed by borrowed names: the referents and the text outlive the loop.)
    let mut ids: FxMap<(&str, SpeakerKind), usize> = FxMap::default();
    let mut id_of = |name, kind| {
        let next = ids.len();
        *ids.entry((name, kind)).or_insert(next)
    };
    let mut stops: FxMap<&str, bool> = FxMap::default();
    let mut out = Vec::with_capacity(raw.len());
    for (r, referent) in raw.iter().zip(&resolution.referents) {
        let speaker = r.speaker.as_ref().map(|m| {
            let mention = TextSpan::new(text, m.span);
            match referent {
                Some(refr) => Speaker {
                    id: id_of(refr.name.as_str(), refr.kind),
                    name: written_stop(text, tidy(&refr.name), &refr.name, &mut stops),
                    role: resolution.roles.get(&refr.name).map(|s| tidy(s.as_str(text))),
                    kind: refr.kind,
                    mention,
                },
                // An unresolved pronoun: keep it as written, with low confidence.
                None => {
                    let name = m.span.as_str(text);
                    Speaker {
                        id: id_of(name, SpeakerKind::Unknown),
                        name: name.to_string(),
                        role: None,
                        kind: SpeakerKind::Unknown,
                        mention,
                    }
                }
            }
        });
        let unresolved = r.speaker.is_some() && referent.is_none();
        let nobody = speaker.is_none() && r.source.is_none();
        out.push(claim(ctx, r, speaker, confidence::resolved(r.confidence, unresolved, nobody)));
    }
    out
}

/// Abbreviations of a legal form or a generation that end a name ("Maplegate Foods Inc.",
/// "Joseph R. Biden Jr.").
const NAME_SUFFIX_ABBREVIATIONS: [&str; 7] = ["Inc", "Corp", "Co", "Ltd", "Jr", "Sr", "Bros"];

/// Whether `word` is an abbreviation that ends a company's or a person's name ("Corp", "Jr").
pub(crate) fn is_name_suffix_abbreviation(word: &str) -> bool {
    NAME_SUFFIX_ABBREVIATIONS.contains(&word)
}

/// "Maplegate Foods Inc. posted …": a canonical name of two words or more ending on such an
/// abbreviation takes the full stop that the text writes after it (the tokenizer splits it off).
/// Whether the text writes it is looked up once per name (`stops`, keyed by `key`).
fn written_stop<'t>(text: &str, name: String, key: &'t str, stops: &mut FxMap<&'t str, bool>) -> String {
    let last = name.rsplit(' ').next().unwrap_or_default();
    if !name.contains(' ') || !is_name_suffix_abbreviation(last) {
        return name;
    }
    let stopped = *stops
        .entry(key)
        .or_insert_with(|| text.match_indices(key).any(|(at, _)| text[at + key.len()..].starts_with('.')));
    if stopped {
        name + "."
    } else {
        name
    }
}

/// A name or role as one line: runs of white space (a hard-wrapped line, CRLF) become one space.
fn tidy(s: &str) -> String {
    // Most names are already one line of single spaces: copied as they are.
    if one_line(s) {
        return s.to_string();
    }
    let mut words = s.split_whitespace();
    let mut out = String::with_capacity(s.len());
    if let Some(first) = words.next() {
        out.push_str(first);
        for w in words {
            out.push(' ');
            out.push_str(w);
        }
    }
    out
}

/// Whether `s` is ASCII words parted by single spaces, with no other white space: what
/// [`tidy`] makes of it is itself. (One pass over the bytes.)
fn one_line(s: &str) -> bool {
    // (Starting as if after a space rejects a leading one.)
    let mut prev = b' ';
    for &c in s.as_bytes() {
        if !c.is_ascii() || (0x09..=0x0d).contains(&c) || c == b' ' && prev == b' ' {
            return false;
        }
        prev = c;
    }
    prev != b' '
}

/// The public cue of a claim: the cue match, with a preposition that joins it ("complained
/// about", lemma "complain about").
fn cue_of(text: &str, c: &CueMatch, particle: Option<Span>) -> Cue {
    let end = particle.map_or(c.span.end, |p| p.end);
    let lemma = match particle {
        Some(p) => format!("{} {}", c.lemma, p.as_str(text).to_lowercase()),
        None => c.lemma.clone(),
    };
    Cue { text: Span::new(c.span.start, end).as_str(text).to_string(), lemma, start: c.span.start, end }
}

/// The public claim of raw claim `r`.
fn claim(ctx: &Context<'_, '_>, r: &RawClaim, speaker: Option<Speaker>, confidence: f32) -> Claim {
    let text = ctx.doc.text();
    let cue = r.origin.cue().and_then(|i| ctx.cues.get(i));
    Claim {
        kind: r.content.kind,
        content: crate::Content::new(text, &r.content.parts()),
        quotes: r.content.quotes.clone(),
        speaker,
        cue: cue.map(|c| cue_of(text, c, r.particle)),
        stance: cue.map_or(Stance::Neutral, |c| c.stance),
        act: cue.map_or(Act::Speech, |c| c.act),
        negated: cue.is_some_and(|c| c.negated),
        noun_object: r.content.noun_object,
        source: r.source.as_ref().map(|credit| Source {
            name: credit.name.clone(),
            text: credit.span.as_str(text).to_string(),
            start: credit.span.start,
            end: credit.span.end,
        }),
        sentence: r.sentence,
        confidence,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_names_abbreviation_keeps_its_stop() {
        // "Maplegate Foods Inc. posted …", "Joseph R. Biden Jr. said …"; "Harold Brandvold Jr"
        // as written.
        let names = |text: &str| -> Vec<String> {
            let claims = crate::Extractor::new().extract(text).map(|e| e.claims).unwrap_or_default();
            claims.into_iter().filter_map(|c| c.speaker.map(|s| s.name)).collect()
        };
        let text = "Maplegate Foods Inc. posted a profit on Wednesday. The company said sales rose.";
        assert_eq!(names(text), ["Maplegate Foods Inc."]);
        let text = "Vice President Joseph R. Biden Jr. said on Monday that allies were worried. Mr. Biden said more.";
        assert_eq!(names(text), ["Joseph R. Biden Jr.", "Joseph R. Biden Jr."]);
        assert_eq!(names("Harold Brandvold Jr said the plan failed."), ["Harold Brandvold Jr"]);
    }

    #[test]
    fn names_on_one_line() {
        assert_eq!(tidy("Vladimir\r\n  Putin"), "Vladimir Putin");
        assert_eq!(tidy("Vladimir Putin"), "Vladimir Putin");
        assert_eq!(tidy(" Vladimir\u{a0}Putin "), "Vladimir Putin");
    }

    #[test]
    fn one_id_per_canonical_speaker() {
        let text = "Maria Okonjo said it rained. Okonjo said it snowed. John Smith said it was dry.";
        let claims = crate::Extractor::new().extract(text).map(|e| e.claims).unwrap_or_default();
        let ids: Vec<usize> = claims.iter().filter_map(|c| c.speaker.as_ref().map(|s| s.id)).collect();
        assert_eq!(ids, [0, 0, 1]);
    }

    #[test]
    fn a_courtesy_title_is_no_role() {
        // "Mr. Smith said …": no role; a later "Senator John Smith" gives the role.
        let text = "Mr. Smith said it rained. Senator John Smith had said so before.";
        let claims = crate::Extractor::new().extract(text).map(|e| e.claims).unwrap_or_default();
        let roles: Vec<Option<String>> = claims.into_iter().map(|c| c.speaker.and_then(|s| s.role)).collect();
        assert_eq!(roles, [Some("Senator".into()), Some("Senator".into())]);
        let claims = crate::Extractor::new().extract("Ms. Harris said she was ready.").map(|e| e.claims);
        assert_eq!(
            claims.ok().and_then(|c| c.into_iter().next()).and_then(|c| c.speaker).map(|s| s.role),
            Some(None)
        );
    }
}
