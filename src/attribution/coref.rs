//! Coreference for speakers: pronouns to the latest compatible speaker or subject, surnames to the
//! full name introduced in the document, and one id per canonical speaker.

use std::collections::HashMap;

use super::mentions::{Context, Mention, MentionKind, Pronoun};
use super::{finish, RawClaim};
use crate::cues::CueMatch;
use crate::entities::EntityLabel;
use crate::lexicon::{Gender, PlaceKind};
use crate::{Claim, Span, Speaker, SpeakerKind, TextSpan};

/// A resolved referent: what a mention stands for.
#[derive(Debug, Clone, PartialEq)]
struct Referent {
    name: String,
    kind: SpeakerKind,
    plural: bool,
    /// Where the fullest / first naming mention is (for roles).
    anchor: Option<Span>,
}

/// One antecedent candidate, in text order.
#[derive(Debug, Clone)]
struct Antecedent {
    referent: Referent,
}

pub(super) fn resolve(ctx: &Context<'_, '_>, cues: &[CueMatch], mut raw: Vec<RawClaim>) -> Vec<Claim> {
    let text = ctx.doc.text();
    let people = PersonIndex::new(ctx);
    let mut genders: HashMap<String, Gender> = HashMap::new();
    let mut roles: HashMap<String, Span> = HashMap::new();
    // Subjects that open sentences are antecedents too.
    let subjects = sentence_subjects(ctx);
    // Events in text order: subjects and claims (by the position of their cue or quote).
    let mut order: Vec<(usize, bool, usize)> =
        subjects.iter().enumerate().map(|(i, m)| (m.span.start, false, i)).collect();
    order.extend(
        raw.iter()
            .enumerate()
            .map(|(i, r)| (r.speaker.as_ref().map_or(r.pos, |m| m.span.start.min(r.pos)), true, i)),
    );
    order.sort();
    let mut antecedents: Vec<Antecedent> = Vec::new();
    let mut resolved: Vec<Option<Referent>> = vec![None; raw.len()];
    for (_, is_claim, i) in order {
        if !is_claim {
            let m = &subjects[i];
            if let Some(r) = referent(ctx, &people, m, None, &antecedents, &mut genders) {
                antecedents.push(Antecedent { referent: r });
            }
            continue;
        }
        let Some(m) = raw[i].speaker.clone() else { continue };
        let r = referent(ctx, &people, &m, raw[i].follow_on.then_some(()), &antecedents, &mut genders);
        if let Some(r) = &r {
            if let Some(role) = m.role {
                roles.entry(r.name.clone()).or_insert(role);
            }
            if !raw[i].asker {
                antecedents.push(Antecedent { referent: r.clone() });
            }
        }
        resolved[i] = r;
    }
    // Roles of people named with a title anywhere in the document.
    for (name, span) in people.roles(ctx) {
        roles.entry(name).or_insert(span);
    }
    let mut ids: HashMap<(String, SpeakerKind), usize> = HashMap::new();
    let mut out = Vec::with_capacity(raw.len());
    for (i, r) in raw.iter_mut().enumerate() {
        let mut confidence = r.confidence;
        let speaker = match (&r.speaker, &resolved[i]) {
            (Some(m), Some(refr)) => {
                let next = ids.len();
                let id = *ids.entry((refr.name.clone(), refr.kind)).or_insert(next);
                Some(Speaker {
                    id,
                    name: tidy(&refr.name),
                    role: roles.get(&refr.name).map(|s| tidy(s.as_str(text))),
                    kind: refr.kind,
                    mention: TextSpan::new(text, m.span),
                })
            }
            (Some(m), None) => {
                // An unresolved pronoun: keep it, with low confidence.
                confidence *= 0.5;
                let name = m.span.as_str(text).to_string();
                let next = ids.len();
                let id = *ids.entry((name.clone(), SpeakerKind::Unknown)).or_insert(next);
                Some(Speaker {
                    id,
                    name,
                    role: None,
                    kind: SpeakerKind::Unknown,
                    mention: TextSpan::new(text, m.span),
                })
            }
            _ => None,
        };
        if speaker.is_none() && r.source.is_none() {
            confidence *= 0.6;
        }
        out.push(finish(text, cues, r, speaker, confidence.clamp(0.0, 1.0)));
    }
    out
}

/// A name or role as one line: runs of white space (a hard-wrapped line, CRLF) become one space.
fn tidy(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The referent of a mention; pronouns look back through `antecedents`.
fn referent(
    ctx: &Context<'_, '_>,
    people: &PersonIndex,
    m: &Mention,
    _follow_on: Option<()>,
    antecedents: &[Antecedent],
    genders: &mut HashMap<String, Gender>,
) -> Option<Referent> {
    let text = ctx.doc.text();
    let written = m.span.as_str(text);
    match &m.kind {
        MentionKind::Entity(EntityLabel::Person) => {
            let name = people.canonical(written, m.span.start);
            if let Some(g) = gender_of(ctx, m, &name) {
                genders.entry(name.clone()).or_insert(g);
            }
            Some(Referent { name, kind: SpeakerKind::Person, plural: false, anchor: Some(m.span) })
        }
        MentionKind::Entity(label) => {
            let name =
                written.strip_prefix("the ").or_else(|| written.strip_prefix("The ")).unwrap_or(written);
            let kind = match (label, m.place_kind) {
                (EntityLabel::Location, _) => SpeakerKind::Location,
                (_, Some(PlaceKind::Country | PlaceKind::Capital | PlaceKind::City | PlaceKind::State)) => {
                    SpeakerKind::Location
                }
                _ => SpeakerKind::Organization,
            };
            Some(Referent { name: name.to_string(), kind, plural: false, anchor: Some(m.span) })
        }
        MentionKind::Common { kind, plural } => {
            Some(Referent { name: written.to_string(), kind: *kind, plural: *plural, anchor: Some(m.span) })
        }
        MentionKind::Outlet(_) => None,
        MentionKind::Relative(antecedent) => referent(ctx, people, antecedent, None, antecedents, genders),
        MentionKind::Pronoun(p) => {
            let found = antecedents.iter().rev().take(12).find(|a| {
                let r = &a.referent;
                match p {
                    Pronoun::He | Pronoun::She => {
                        let want = if *p == Pronoun::He { Gender::Male } else { Gender::Female };
                        r.kind == SpeakerKind::Person
                            && !r.plural
                            && genders.get(&r.name).is_none_or(|g| *g == want || *g == Gender::Unknown)
                    }
                    Pronoun::It => {
                        matches!(r.kind, SpeakerKind::Organization | SpeakerKind::Location) && !r.plural
                    }
                    Pronoun::They => r.plural || r.kind == SpeakerKind::Organization,
                    Pronoun::We | Pronoun::I => false,
                }
            })?;
            let r = found.referent.clone();
            if matches!(p, Pronoun::He | Pronoun::She) {
                let g = if *p == Pronoun::He { Gender::Male } else { Gender::Female };
                genders.entry(r.name.clone()).or_insert(g);
            }
            Some(r)
        }
    }
}

/// Gender evidence from the mention's title ("spokeswoman", "Mrs.") or a surname ending that
/// marks it (Slavic "-ova", "-eva").
fn gender_of(ctx: &Context<'_, '_>, m: &Mention, name: &str) -> Option<Gender> {
    if let Some(role) = m.role {
        for w in role.as_str(ctx.doc.text()).split(|c: char| !c.is_alphanumeric() && c != '.') {
            if let Some((_, g)) = ctx.lex.title(w) {
                if g != Gender::Unknown {
                    return Some(g);
                }
            }
        }
    }
    let last = name.rsplit(' ').next()?;
    let female = ["ova", "eva", "ina", "skaya", "kaya"];
    let male = ["ov", "ev", "sky", "skiy"];
    if name.contains(' ') && female.iter().any(|s| last.ends_with(s)) {
        return Some(Gender::Female);
    }
    if name.contains(' ') && male.iter().any(|s| last.ends_with(s)) {
        return Some(Gender::Male);
    }
    None
}

/// The entity that opens each sentence (after an optional fronted adverbial), as a mention.
fn sentence_subjects(ctx: &Context<'_, '_>) -> Vec<Mention> {
    let mut out = Vec::new();
    for s in ctx.doc.sentences() {
        let mut t = super::dateline_end(ctx, s.tokens.start, s.tokens.end);
        // "On Thursday, Erdogan …": skip a short fronted phrase ending in a comma.
        if let Some(c) = (t..s.tokens.end.min(t + 8)).find(|&i| ctx.word(i) == ",") {
            if ctx.entity_at[t].is_none() {
                t = c + 1;
            }
        }
        // "Education Secretary Liam Duffy visited …": the title opens the sentence, the name follows.
        while t < s.tokens.end && ctx.entity_at[t].is_none() && ctx.lex.title(ctx.word(t)).is_some() {
            t += 1;
        }
        if t >= s.tokens.end || ctx.outlet_at[t].is_some() {
            continue;
        }
        let Some(e) = ctx.entity_at[t] else { continue };
        let ent = &ctx.entities[e as usize];
        if ent.label == EntityLabel::Misc {
            continue;
        }
        let a = ctx.doc.token_index_at(ent.span.start);
        let b = ctx.doc.token_index_at(ent.span.end);
        // A possessive ("Iran's capital") is not the subject.
        if b < s.tokens.end && matches!(ctx.word(b), "'" | "’") {
            continue;
        }
        out.push(Mention {
            span: ent.span,
            tokens: a..b,
            kind: MentionKind::Entity(ent.label),
            role: None,
            place_kind: ctx.lex.place(ent.span.as_str(ctx.doc.text())),
        });
    }
    out
}

/// Person names of the document, for surname → full name.
struct PersonIndex {
    /// (start, full name, surname) of every multi-word person entity, in text order.
    full: Vec<(usize, String, String, Span)>,
    /// Every word-suffix of every full name ("Vladimir Putin" → "Vladimir Putin", "Putin") → the
    /// mentions whose name ends with it, in text order, with the running best (longest name, then
    /// latest) up to each. Makes `canonical` a hash lookup plus a binary search.
    by_suffix: HashMap<String, SuffixMentions>,
}

#[derive(Default)]
struct SuffixMentions {
    /// Start of each mention, ascending.
    starts: Vec<usize>,
    /// Index into `full` of each mention.
    names: Vec<usize>,
    /// Index into `full` of the longest (then latest) name among mentions `0..=i`.
    best: Vec<usize>,
}

impl PersonIndex {
    fn new(ctx: &Context<'_, '_>) -> Self {
        let text = ctx.doc.text();
        let full: Vec<(usize, String, String, Span)> = ctx
            .entities
            .iter()
            .filter(|e| e.label == EntityLabel::Person)
            .filter_map(|e| {
                let s = e.span.as_str(text);
                let (_, last) = s.rsplit_once(' ')?;
                Some((e.span.start, s.to_string(), last.to_string(), e.span))
            })
            .collect();
        let mut by_suffix: HashMap<String, SuffixMentions> = HashMap::new();
        for (i, (start, name, _, _)) in full.iter().enumerate() {
            let mut suffix = name.as_str();
            loop {
                let entry = by_suffix.entry(suffix.to_string()).or_default();
                let best = match entry.best.last() {
                    Some(&b) if (full[b].1.len(), full[b].0) > (name.len(), *start) => b,
                    _ => i,
                };
                entry.starts.push(*start);
                entry.names.push(i);
                entry.best.push(best);
                match suffix.split_once(' ') {
                    Some((_, rest)) => suffix = rest,
                    None => break,
                }
            }
        }
        PersonIndex { full, by_suffix }
    }

    /// The fullest name for `written` at byte `at`: the nearest earlier full name with that surname,
    /// else the first later one, else `written` itself. A full name maps to the longest full name
    /// that ends with it.
    fn canonical(&self, written: &str, at: usize) -> String {
        let Some(m) = self.by_suffix.get(written) else { return written.to_string() };
        let k = m.starts.partition_point(|&s| s <= at);
        let chosen = if k > 0 { m.best.get(k - 1) } else { m.names.get(k) };
        chosen.map_or_else(|| written.to_string(), |&i| self.full[i].1.clone())
    }

    /// Title roles written before any full-name mention.
    fn roles(&self, ctx: &Context<'_, '_>) -> Vec<(String, Span)> {
        let mut out = Vec::new();
        for (_, name, _, span) in &self.full {
            let t = ctx.doc.token_index_at(span.start);
            let s0 = ctx.doc.sentences()[ctx.doc.sentence_at(span.start)].tokens.start;
            let s1 = ctx.doc.sentences()[ctx.doc.sentence_at(span.start)].tokens.end;
            let role = ctx.title_role(t, s0).or_else(|| {
                // "Miriam Okonjo, a human rights lawyer, filed …"
                let end = ctx.doc.token_index_at(span.end);
                let mut m = Mention {
                    span: *span,
                    tokens: t..end,
                    kind: MentionKind::Entity(EntityLabel::Person),
                    role: None,
                    place_kind: None,
                };
                ctx.appositive_after(&mut m, end, s1);
                m.role
            });
            if let Some(role) = role {
                out.push((self.canonical(name, span.start), role));
            }
        }
        out
    }
}
