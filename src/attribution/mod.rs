//! Stage 5: attribution — from cues, quotes and entities to [`Claim`]s.
//!
//! For each cue, in text order: find its speaker (the subject before the verb group, an inverted
//! subject after it, an appositive "X, a spokesman for Y, said", the agent of a passive, or the
//! object of "according to"), its content (the reported clause after the cue, the clause or
//! quote before a trailing "…, he said", or the quote that opens right after "said:"), and the
//! outlet credited in the sentence. Cues inside an earlier claim's content are not claims of
//! their own. Quotes no cue claims become their speaker's when they follow that speaker's quote in
//! the same paragraph. Finally pronouns and surnames are resolved to canonical speakers
//! (`coref.rs`).

mod coref;
mod mentions;

use crate::claim::{Claim, ClaimKind, Cue, Source, TextSpan};
use crate::cues::{CueForm, CueMatch};
use crate::entities::Entity;
use crate::lexicon::{Lexicons, WordClass};
use crate::quotes::Quote;
use crate::text::Document;
use crate::{Span, Stance};

use mentions::{Context, Mention, MentionKind};

/// A claim before coreference: the speaker is still a mention.
#[derive(Debug, Clone)]
pub(crate) struct RawClaim {
    pub content: Span,
    pub quotes: Vec<Span>,
    pub kind: ClaimKind,
    pub speaker: Option<Mention>,
    pub cue: Option<usize>,
    pub source: Option<(Span, String)>,
    pub sentence: usize,
    pub paragraph: usize,
    /// Position used to order coreference events.
    pub pos: usize,
    /// Follows an earlier quote of the same speaker (cue-less).
    pub follow_on: bool,
    /// A question's asker ("Asked by a reporter …"): never an antecedent, since the pronoun that
    /// follows is the person asked.
    pub asker: bool,
    /// Base confidence before speaker resolution.
    pub confidence: f32,
}

impl RawClaim {
    /// A claim reported by `cue` (index `ci`): its sentence, position and base confidence come from
    /// the cue.
    fn from_cue(
        cue: &CueMatch,
        ci: usize,
        paragraph: usize,
        (content, quotes, kind): Content,
        speaker: Option<Mention>,
        source: Option<(Span, String)>,
        trailing: bool,
    ) -> RawClaim {
        let confidence = base_confidence(cue, kind, speaker.as_ref(), trailing);
        RawClaim {
            content,
            quotes,
            kind,
            speaker,
            cue: Some(ci),
            source,
            sentence: cue.sentence,
            paragraph,
            pos: cue.span.start,
            follow_on: false,
            asker: false,
            confidence,
        }
    }
}

/// Build the claims of `doc` from its entities, cues and quotes.
///
/// ```
/// use claimex::{lexicon::Lexicons, text::Document, entities::{EmbeddedRecognizer, Recognizer}};
/// let text = "Officials said the bridge would reopen.";
/// let doc = Document::new(text);
/// let lex = Lexicons::default();
/// let quotes = claimex::quotes::find(&doc);
/// let cues = claimex::cues::find(&doc, &lex, &quotes);
/// let entities = EmbeddedRecognizer::default().recognize(&doc, &[0])?;
/// let claims = claimex::attribution::attribute(&doc, &lex, &entities, &cues, &quotes);
/// assert_eq!(claims[0].content.text, "the bridge would reopen");
/// assert_eq!(claims[0].speaker.as_ref().unwrap().name, "Officials");
/// # Ok::<(), claimex::Error>(())
/// ```
pub fn attribute(
    doc: &Document<'_>,
    lex: &Lexicons,
    entities: &[Entity],
    cues: &[CueMatch],
    quotes: &[Quote],
) -> Vec<Claim> {
    let ctx = Context::new(doc, lex, entities);
    let mut raw = Vec::new();
    let mut start = 0;
    while start < cues.len() {
        let s = cues[start].sentence;
        let mut end = start;
        while end < cues.len() && cues[end].sentence == s {
            end += 1;
        }
        sentence_claims(&ctx, cues, start..end, quotes, &mut raw);
        start = end;
    }
    // A paragraph quoted as a block after "X writes:" holds no claims of its own.
    let mut blocks: Vec<Span> = raw
        .iter()
        .filter(|r| doc.sentences().get(r.sentence).is_some_and(|s| r.content.start >= s.span.end))
        .map(|r| r.content)
        .collect();
    if !blocks.is_empty() {
        // (Blocks are whole paragraphs, so they do not overlap: the last one starting at or before a
        // position is the only one that can hold it.)
        blocks.sort_by_key(|b| b.start);
        raw.retain(|r| {
            let i = blocks.partition_point(|b| b.start <= r.pos);
            !(i > 0 && r.pos < blocks[i - 1].end)
        });
    }
    colon_claims(&ctx, quotes, &mut raw);
    dash_credits(&ctx, quotes, &mut raw);
    follow_on_quotes(&ctx, quotes, &mut raw);
    raw.sort_by_key(|r| (r.content.start, r.content.end));
    raw.dedup_by(|b, a| a.content.overlaps(b.content) && a.cue == b.cue || a.content == b.content);
    coref::resolve(&ctx, cues, raw)
}

/// The speaker side of one cue.
#[derive(Debug, Clone)]
struct Frame {
    speaker: Option<Mention>,
    /// Tokens of the whole attribution cluster (speaker + verb group + cue).
    cluster: std::ops::Range<usize>,
    /// First token after the cue and any inverted speaker.
    after: usize,
}

fn sentence_claims(
    ctx: &Context<'_, '_>,
    cues: &[CueMatch],
    range: std::ops::Range<usize>,
    quotes: &[Quote],
    out: &mut Vec<RawClaim>,
) {
    let doc = ctx.doc;
    let Some(sent) = doc.sentences().get(cues[range.start].sentence) else { return };
    let (s0, s1) = (sent.tokens.start, sent.tokens.end);
    // A title-case headline has rules of its own; without a headline claim the ordinary ones apply.
    if headline_title_case(ctx, cues[range.start].sentence)
        && headline_claims(ctx, &cues[range.clone()], range.start, quotes, sent, out)
    {
        return;
    }
    // Frames first: who speaks for each cue.
    let mut frames: Vec<Frame> = range.clone().map(|i| frame(ctx, &cues[i], quotes, s0, s1)).collect();
    // A cue outside a quotation never has its speaker inside one.
    for f in &mut frames {
        if f.speaker.as_ref().is_some_and(|m| inside_quote(ctx, quotes, m.tokens.start)) {
            f.speaker = None;
        }
    }
    // ", adding …", ", noting …": the speaker of the verb before it in the sentence.
    // Right after "X said," the participle is X's too ("…, a Chinese official said, adding that …").
    for k in 1..frames.len() {
        let cue = &cues[range.start + k];
        if cue.form != CueForm::Gerund {
            continue;
        }
        let prev_cue = &cues[range.start + k - 1];
        let right_after = cue.group_start > 0
            && ctx.word(cue.group_start - 1) == ","
            && frames[k - 1].after + 1 >= cue.group_start
            && prev_cue.tokens.end <= cue.group_start;
        if frames[k].speaker.is_none() || right_after && frames[k - 1].speaker.is_some() {
            frames[k].speaker = frames[..k].iter().rev().find_map(|f| f.speaker.clone());
        }
    }
    // A cue is trailing when nothing but adverbials follows it before the clause ends.
    let trailing: Vec<bool> =
        range.clone().zip(&frames).map(|(i, f)| is_trailing(ctx, &cues[i], quotes, f.after, s1)).collect();
    // For each cue, the next trailing one after it; and how many colons and semicolons precede each
    // token of the sentence.
    // (Only where a cue after the first is trailing: most sentences need neither.)
    let (mut next_trailing, mut separators) = (Vec::new(), Vec::new());
    if trailing.iter().skip(1).any(|&t| t) {
        next_trailing = vec![None; frames.len()];
        for k in (0..frames.len() - 1).rev() {
            next_trailing[k] = if trailing[k + 1] { Some(k + 1) } else { next_trailing[k + 1] };
        }
        separators.reserve(s1 - s0 + 1);
        separators.push(0u32);
        for t in s0..s1 {
            let n = separators[t - s0] + u32::from(matches!(ctx.word(t), ";" | ":"));
            separators.push(n);
        }
    }
    let first_claim = out.len();
    let mut consumed_until = s0; // tokens before this belong to earlier claims of the sentence
                                 // Outlets that report in this sentence ("…, Reuters reported"), and the claims that are only theirs.
    let mut credit: Option<(Span, String)> = None;
    let mut outlet_slots: Vec<usize> = Vec::new();
    for (k, ci) in range.clone().enumerate() {
        let cue = &cues[ci];
        if cue.tokens.start < consumed_until {
            continue; // inside an earlier claim's content
        }
        let f = &frames[k];
        // "He promised to defeat Randolph …, Frankel said.": a trailing attribution set off at the end
        // takes the whole clause before it, and a cue inside that clause is part of its content.
        // (Only the next trailing cue can; a colon or semicolon between them parts the clauses.)
        let inside_later = !trailing[k]
            && next_trailing.get(k).copied().flatten().is_some_and(|j| {
                let c = frames[j].cluster.start;
                frames[j].speaker.as_ref().is_some_and(|m| outlet_source(m).is_none())
                    && c > cue.tokens.end
                    && c > s0
                    // (or by a quote closing on a comma: "Grayson said Randolph “would lose,” the
                    // source recalled")
                    && (matches!(ctx.word(c - 1), "—" | "–") || after_comma(ctx, s0, c))
                    && separators[c - s0] == separators[cue.tokens.end.min(c) - s0]
            });
        if inside_later {
            continue;
        }
        // "Asked whether …, Mr. Daley said", "… when asked about her weaknesses": a question put by
        // someone the text may not name; the content is the question.
        if f.speaker.is_none() && matches!(cue.lemma.as_str(), "ask" | "ask about") {
            if let Some((content, quoted, asker)) = question(ctx, cue, quotes, s0, s1) {
                consumed_until = consumed_until.max(doc.token_index_at(content.end));
                let kind = if quoted.is_empty() { ClaimKind::Indirect } else { ClaimKind::Mixed };
                let claim =
                    RawClaim::from_cue(cue, ci, sent.paragraph, (content, quoted, kind), asker, None, false);
                out.push(RawClaim { asker: true, ..claim });
                continue;
            }
        }
        if f.speaker.is_none()
            && cue.form == CueForm::Finite
            && cue.group_start == s0
            && f.after == cue.tokens.end
        {
            continue; // a participle or imperative opening the sentence ("Asked whether …")
        }
        let w = ctx.word(cue.tokens.start);
        let title_case = ctx.is_cap(cue.tokens.start) && w.chars().any(char::is_lowercase);
        if ctx.entity_at[cue.tokens.start].is_some() && title_case && cue.tokens.start > s0 {
            continue; // part of a name: "Jackson State University"
        }
        // Where the next trailing attribution starts, the right content stops.
        // (only one set off by a comma, dash or quote: "…, Reuters reported"; "… a million tweets with
        // the hashtag" is part of the content).
        let set_off = |j: usize| {
            let c = frames[j].cluster.start;
            let named = frames[j].speaker.is_some() || ctx.lower_is(c, "it");
            named && c > s0 && matches!(ctx.word(c - 1), "," | "—" | "–" | "”" | "\"" | "'" | "’" | ";")
        };
        // "… the talks had failed and the president said …": a second speaker starts a new clause.
        let coordinated = |j: usize| {
            let c = frames[j].cluster.start;
            frames[j].speaker.as_ref().is_some_and(|m| !matches!(m.kind, MentionKind::Relative(_)))
                && c > s0
                && matches!(
                    &*crate::lexicon::lower(ctx.word(c - 1)),
                    "and" | "but" | ";" | "while" | "whereas"
                )
        };
        // "… promised to push harder, opposed the trade deal", "… to ban them after the agency called
        // for the ban", "…; Mrs. Clinton aims to …": a later verb with its own subject (or the same
        // subject again) opens a clause of its own.
        let boundary = |j: usize| {
            let c = frames[j].cluster.start;
            if c > f.after {
                c
            } else {
                cues[range.start + j].group_start
            }
        };
        let new_clause = |j: usize| {
            let b = boundary(j);
            let cj = &cues[range.start + j];
            // "saying …, but suggesting …": parallel participles.
            let parallel = cj.form == CueForm::Gerund
                && b > s0
                && cue.form == CueForm::Gerund
                && matches!(&*crate::lexicon::lower(ctx.word(b - 1)), "and" | "but");
            // "insisted that he has “expanded the party,” claiming that …", "said X, adding that …"
            let comma_participle = cj.form == CueForm::Gerund && after_comma(ctx, s0, b);
            frames[j].speaker.as_ref().is_some_and(|m| !matches!(m.kind, MentionKind::Relative(_)))
                && (matches!(cj.form, CueForm::Finite | CueForm::Base) || parallel || comma_participle)
                && b > f.after + 1
                && b > s0
                && (CLAUSE_LINKS.contains(&&*crate::lexicon::lower(ctx.word(b - 1))) || comma_participle)
                // "Kelly said she asked for it because she wanted …": after a verb of saying, a
                // subordinate clause belongs to what was said.
                && !(cue.stance == Stance::Neutral
                    && ADVERBIAL_CLAUSE.contains(&&*crate::lexicon::lower(ctx.word(b - 1))))
                // "She said, if elected, she would ask …": a phrase set off right after the cue.
                && !(cue.stance == Stance::Neutral
                    && ctx.word(b - 1) == ","
                    && f.after + 1 < b
                    && ctx.word(f.after) == ","
                    && b - f.after <= 8
                    && matches!(ctx.lex.word_class(ctx.word(f.after + 1)), Some(WordClass::Subord | WordClass::Prep))
                    && !(f.after + 1..b - 1).any(|t| ctx.word(t) == ","))
        };
        let clause_end = (k + 1..frames.len())
            .find(|&j| {
                (trailing[j] && set_off(j) || coordinated(j) || new_clause(j))
                    && cues[range.start + j].tokens.start > f.after
            })
            .map(|j| trim_back(ctx, boundary(j), f.after))
            .unwrap_or(s1);
        // "“…,” X said, “…”": a quote right before the attribution is its content whatever follows.
        let quote_before = ctx
            .doc
            .tokens()
            .get(f.cluster.start)
            .and_then(|t| quote_ending_before(ctx, quotes, t.span.start))
            .filter(|&q| {
                // "“…,” X said, …" — not "“The talks failed.” Jones said it was over."
                // (A nested quote may close first: "… what can we do to help?’”.)
                let inner = quotes[q].inner.as_str(ctx.doc.text()).trim_end().trim_end_matches(['’', '\'']);
                // Not trailing: only when what follows is another quote or an aside ("“…,” X said,
                // “…”" / ", adding …"), not a reported clause of its own.
                let next = skip_prelude(ctx, cue, f.after, s1, true);
                let aside = next >= s1
                    || matches!(ctx.word(next), "," | "." | ";" | ":" | "“" | "\"" | "'" | "—" | "–" | "(")
                    || crate::lexicon::lower(ctx.word(next)).ends_with("ing");
                // A quote that opens the clause always counts.
                let opens_clause = quote_opens_clause(ctx, consumed_until.max(s0), quotes[q].span.start);
                (inner.ends_with([',', '?', '!', '—', '-']) && (aside || opens_clause)) || trailing[k]
            })
            .is_some_and(|q| {
                consumed_until <= s0 || quotes[q].span.start >= ctx.doc.tokens()[consumed_until].span.start
            })
            && f.speaker.is_some();
        // A relative clause ("…, who spoke on Monday, said …") ends at its closing comma.
        let clause_end = if matches!(f.speaker.as_ref().map(|m| &m.kind), Some(MentionKind::Relative(_))) {
            // (A quote closing on that comma stays whole: "…, who called the plan “reckless,” said".)
            (f.after..clause_end).find(|&t| ctx.word(t) == ",").map_or(clause_end, |t| {
                if quote_closes_on(ctx, quotes, t, clause_end) {
                    t + 2
                } else {
                    t
                }
            })
        } else if cue.form != CueForm::Preposition
            && (in_fronted_clause(ctx, s0, f.cluster.start) || as_clause_with_object(ctx, s0, f))
        {
            // "Three years after Republicans vowed to court Latinos, the party has done the opposite":
            // the report ends where the main clause's subject starts.
            (f.after..clause_end)
                .find(|&t| ctx.word(t) == "," && t + 1 < clause_end && subject_starts(ctx, t + 1))
                .unwrap_or(clause_end)
        } else {
            clause_end
        };
        // A passive's subject starts after any opening phrase ("In the primary, Ortiz was supported by").
        let mut passive_floor = consumed_until.max(s0);
        if matches!(ctx.lex.word_class(ctx.word(passive_floor)), Some(WordClass::Prep | WordClass::Time)) {
            if let Some(c) = (passive_floor..f.cluster.start).rev().find(|&t| ctx.word(t) == ",") {
                passive_floor = c + 1;
            }
        }
        let content = if let Some(q) = quote_after_colon(ctx, quotes, f.after, s1) {
            // "Dr. Ward stated:" ⏎ "“…”": the quote opening the next paragraph.
            Some((q.inner, vec![q.inner], ClaimKind::Direct))
        } else if let Some(block) = block_after_colon(ctx, sent.paragraph, f.after, s1) {
            // "Hewitt writes:" ⏎ "The movie mentions …": a paragraph set off as a block quotation.
            let quoted = quotes_inside(quotes, block);
            let kind = if quoted.is_empty() { ClaimKind::Indirect } else { ClaimKind::Mixed };
            Some((block, quoted, kind))
        } else if trailing[k] || quote_before {
            let floor = if cue.form == CueForm::Passive { passive_floor } else { consumed_until.max(s0) };
            let left = left_content(ctx, quotes, f.cluster.start, floor);
            // "Among the precedents at risk, according to Ms. Epstein, are 16 cases …": the source
            // splits the clause; the longer side carries the statement.
            let split = cue.form == CueForm::Preposition
                && !quote_before
                && f.after + 3 < s1
                && ctx.word(f.after) == ",";
            match left {
                Some(l) if split => match right_content(ctx, cue, quotes, f.after, clause_end) {
                    Some(r) if r.0.len() > l.0.len() => Some(r),
                    _ => Some(l),
                },
                left => left,
            }
        } else if cue.form == CueForm::Passive && f.speaker.is_some() {
            // "Clinton's position was supported by Sen. Feinstein": what the agent said or backed is
            // the passive's subject.
            left_content(ctx, quotes, f.cluster.start, passive_floor)
                .or_else(|| right_content(ctx, cue, quotes, f.after, clause_end))
        } else {
            right_content(ctx, cue, quotes, f.after, clause_end)
        };
        let outlet = f.speaker.as_ref().and_then(outlet_source);
        if let Some(o) = &outlet {
            credit.get_or_insert_with(|| o.clone());
        }
        let Some((content, quoted, kind)) = content else { continue };
        if content.is_empty() {
            continue;
        }
        // An active cue whose subject could not be found is more often a misreading (a participle,
        // a noun, an adjective: "self-described", "the oft-stated goal") than a claim; only a passive
        // ("it was reported that") or an outlet's report stands without a speaker.
        if f.speaker.is_none() && outlet.is_none() && cue.form != CueForm::Passive {
            continue;
        }
        // Passives that name or place rather than report ("is called X", "was found dead", "was
        // confirmed by the Senate", "was posted online") make no claim without an agent.
        if f.speaker.is_none() && outlet.is_none() && PASSIVES_THAT_NAME.contains(&cue.lemma.as_str()) {
            continue;
        }
        let tok_end = doc.token_index_at(content.end);
        consumed_until = consumed_until.max(tok_end).max(f.cluster.end);
        let mut speaker = f.speaker.clone();
        if outlet.is_some() {
            outlet_slots.push(out.len());
            speaker = None;
        }
        out.push(RawClaim::from_cue(
            cue,
            ci,
            sent.paragraph,
            (content, quoted, kind),
            speaker,
            outlet,
            trailing[k],
        ));
    }
    // An outlet that reports a claim someone else made is that claim's source, not a claim.
    // ("Though Kaine has described himself as …, the Huffington Post reported that he has moved …":
    // an outlet's report beside another claim, not around it, stays the outlet's claim.)
    if !outlet_slots.is_empty() && out.len() - first_claim > outlet_slots.len() {
        let others: Vec<Span> =
            (first_claim..out.len()).filter(|i| !outlet_slots.contains(i)).map(|i| out[i].content).collect();
        let mut kept = Vec::new();
        let mut wraps = false;
        for (i, c) in out.drain(first_claim..).enumerate() {
            let separate = !others.iter().any(|o| o.overlaps(c.content) || c.content.contains(*o));
            let outlet = outlet_slots.contains(&(first_claim + i));
            wraps |= outlet && !separate;
            if !outlet || separate {
                kept.push(c);
            }
        }
        out.extend(kept);
        // Only a report around other claims credits them.
        if !outlet_slots.is_empty() && !wraps {
            credit = None;
        }
    }
    if let Some(credit) = credit {
        for c in out[first_claim..].iter_mut() {
            if c.source.is_none() && !c.content.contains(credit.0) {
                c.source = Some(credit.clone());
            }
        }
    }
    // Outlets credited by preposition or object: "told Reuters", "in an interview with CNN",
    // "according to the Associated Press".
    if let Some((span, name)) = credited_outlet(ctx, s0, s1) {
        for c in out[first_claim..].iter_mut() {
            if c.source.is_none() && !c.content.contains(span) {
                c.source = Some((span, name.clone()));
            }
        }
    }
}

/// Find the speaker of a cue and the extent of the attribution cluster.
fn frame(ctx: &Context<'_, '_>, cue: &CueMatch, quotes: &[Quote], s0: usize, s1: usize) -> Frame {
    let g = cue.group_start;
    let after_cue = cue.tokens.end;
    match cue.form {
        CueForm::Preposition => {
            // "according to FEC filings": a name that goes on into a longer phrase is part of it.
            let mut np = match ctx.right_np(after_cue, s1) {
                // "according to an online University of Texas poll": "of" goes on too.
                Some(m)
                    if m.tokens.end < s1
                        && ctx.doc.tokens()[m.tokens.end].kind == crate::text::TokenKind::Word
                        && (ctx.lex.word_class(ctx.word(m.tokens.end)).is_none()
                            || ctx.lower_is(m.tokens.end, "of") && !ctx.is_cap(m.tokens.start)) =>
                {
                    ctx.plain_np(after_cue, s1).or(Some(m))
                }
                Some(m) => Some(m),
                None => ctx.plain_np(after_cue, s1),
            };
            let after = match np.as_mut() {
                Some(m) => {
                    let end = m.tokens.end;
                    let after = ctx.appositive_after(m, end, s1);
                    // "According to Smith, the talks had failed.": opening a clause, an appositive
                    // must close with a comma, or it is the content.
                    let opens_clause = g == s0
                        || !matches!(ctx.word(g - 1), "," | "—" | "–" | ";")
                        || g >= s0 + 2
                            && matches!(
                                ctx.lex.word_class(ctx.word(g - 2)),
                                Some(WordClass::Subord | WordClass::Conj)
                            );
                    if opens_clause && (after >= s1 || ctx.word(after - 1) != ",") {
                        m.role = None;
                        end
                    } else {
                        after
                    }
                }
                None => after_cue,
            };
            // "For Trump, according to a person close to the process, the speech is a test": set off
            // mid-sentence, the source runs to its closing comma even where the phrase scan stopped.
            let set_off = g > s0 && matches!(ctx.word(g - 1), "," | "—" | "–");
            let after = if set_off && after < s1 && ctx.word(after) != "," {
                let close = (after..s1.min(after + 12)).find(|&t| matches!(ctx.word(t), "," | "—" | "–"));
                match close.filter(|&c| !(after..c).any(|t| ctx.clause_word(t))) {
                    Some(c) => {
                        if let Some(m) = np.as_mut().filter(|m| matches!(m.kind, MentionKind::Common { .. }))
                        {
                            m.tokens.end = c;
                            m.span = ctx.span(m.tokens.start, c);
                        }
                        c
                    }
                    None => after,
                }
            } else {
                after
            };
            Frame { cluster: g..after, after, speaker: np }
        }
        CueForm::Passive => {
            // "was supported Friday by Sen. Feinstein": the agent, after any time words.
            // (… and "was endorsed the day before by X", "was also backed last week by X").
            let mut by = after_cue;
            while by < s1
                && by < after_cue + 4
                && (ctx.lex.word_class(ctx.word(by)) == Some(WordClass::Time)
                    || matches!(
                        &*crate::lexicon::lower(ctx.word(by)),
                        "the" | "last" | "this" | "early" | "late"
                    ) && by + 1 < s1
                        && ctx.lex.word_class(ctx.word(by + 1)) == Some(WordClass::Time)
                    || ctx.lower_is(by, "on")
                        && by + 1 < s1
                        && ctx.lex.word_class(ctx.word(by + 1)) == Some(WordClass::Time))
            {
                by += 1;
            }
            if by < s1 && ctx.lower_is(by, "by") {
                // "was supported by overwhelming majorities of both men and women": any phrase.
                let np = ctx.right_np(by + 1, s1).or_else(|| ctx.plain_np(by + 1, s1));
                let after = np.as_ref().map_or(by + 1, |m| m.tokens.end);
                return Frame { cluster: g..after, after, speaker: np };
            }
            // "Leaders are worried that", "she is convinced": with a belief or fear the subject holds it.
            if matches!(cue.stance, Stance::Belief | Stance::Hope) && cue.lemma != "expect" {
                if let Some(np) = ctx.left_np(skip_adverbials_left(ctx, g, s0), s0) {
                    if !matches!(np.kind, MentionKind::Pronoun(mentions::Pronoun::It)) {
                        return Frame {
                            cluster: np.tokens.start..after_cue,
                            after: after_cue,
                            speaker: Some(np),
                        };
                    }
                }
            }
            // "It was reported that": a dummy subject.
            let start = if g > s0 && ctx.lower_is(g - 1, "it") { g - 1 } else { g };
            Frame { cluster: start..after_cue, after: after_cue, speaker: None }
        }
        _ => {
            let left = skip_adverbials_left(ctx, g, s0);
            let prev = (g > s0).then(|| ctx.word(g - 1));
            // Inversion: "“…,” said Putin", "…, reported BBC", "…, said a spokesman".
            // Inversion: "“…,” said Putin", "…, reported BBC", "…, said a spokesman". After a quote any
            // cue inverts ("“…,” declared Senator Flake"); after a comma only verbs of saying do.
            let after_quote = g > s0
                && ctx
                    .doc
                    .tokens()
                    .get(g)
                    .is_some_and(|t| quote_ending_before(ctx, quotes, t.span.start).is_some());
            // "told" is followed by its addressee ("…, told MSNBC"), never by its speaker.
            let addressed = takes_addressee(cue);
            let invertible = cue.form == CueForm::Finite
                && !addressed
                && (after_quote
                    || cue.stance == Stance::Neutral
                        && (prev.is_none_or(|w| matches!(w, "," | ":" | "—" | "–")) || left == s0));
            // "Jose Vargas, an immigration activist, asked the former secretary …": a name with its
            // appositive before the comma is the subject; nothing inverts.
            // ("Chairman Will Rogers, for example, said …": a short aside after the subject.)
            let short_aside = prev == Some(",") && g >= s0 + 3 && {
                let c = (g.saturating_sub(5).max(s0)..g - 1).rev().find(|&t| ctx.word(t) == ",");
                c.is_some_and(|c| {
                    c + 1 < g - 1
                        && (c + 1..g - 1).all(|t| {
                            !ctx.clause_word(t)
                                && !ctx.is_cap(t)
                                && ctx.doc.tokens()[t].kind == crate::text::TokenKind::Word
                        })
                        && (c + 1..g - 1).any(|t| {
                            matches!(ctx.lex.word_class(ctx.word(t)), Some(WordClass::Prep | WordClass::Adv))
                        })
                        && ctx.left_np(c, s0).is_some_and(|m| {
                            matches!(m.kind, MentionKind::Entity(_) | MentionKind::Pronoun(_))
                        })
                })
            };
            let appositive_subject = !after_quote
                && prev == Some(",")
                && (short_aside
                    || ctx.left_np(g, s0).is_some_and(|m| {
                        // ("Mike Murphy, who ran a super PAC, said the Trump “train …”": a relative
                        // clause as the appositive.)
                        let relative = m.tokens.end + 1 < g
                            && ctx.word(m.tokens.end) == ","
                            && matches!(&*crate::lexicon::lower(ctx.word(m.tokens.end + 1)), "who" | "which");
                        (m.role.is_some() || relative) && matches!(m.kind, MentionKind::Entity(_))
                    }));
            if invertible && !appositive_subject {
                let np = ctx
                    .right_np(after_cue, s1)
                    .or_else(|| after_quote.then(|| ctx.right_np_after_quote(after_cue, s1)).flatten());
                if let Some(mut np) = np {
                    let mut end = np.tokens.end;
                    // Symbols and emoji inside or after a name ("Zoë 😀 Smith") do not end the clause's
                    // chance to close; step over them and any capitalised word they join.
                    while end < s1 && ctx.doc.tokens()[end].kind == crate::text::TokenKind::Other {
                        end += 1;
                        if end < s1 && ctx.is_cap(end) {
                            end += 1;
                        }
                    }
                    // "Sen. Amy Klobuchar (D-Minn.), who …": a parenthesis after the name.
                    if end < s1 && ctx.word(end) == "(" {
                        if let Some(close) = (end..s1.min(end + 12)).find(|&t| ctx.word(t) == ")") {
                            end = close + 1;
                        }
                    }
                    let ends_clause = end >= s1
                        || matches!(ctx.word(end), "." | "," | ";" | ":" | "”" | "\"" | "!" | "?")
                        // "“…,” says a source involved in the talks", "… familiar with …"
                        || ctx.lower_is(end, "who")
                        || (after_quote && {
                            let w = crate::lexicon::lower(ctx.word(end));
                            matches!(&*w, "which" | "familiar" | "close")
                                || (w.ends_with("ed") || w.ends_with("ing")) && ctx.lex.cue(&w).is_none()
                        })
                        // ("… cites his Twitter followers as the source": an object before "as".)
                        || matches!(
                            ctx.lex.word_class(ctx.word(end)),
                            Some(WordClass::Prep | WordClass::Subord | WordClass::Time)
                        ) && !(cue.object && ctx.lower_is(end, "as"));
                    if ends_clause && !matches!(np.kind, MentionKind::Pronoun(mentions::Pronoun::It)) {
                        // "said his best friend at Lehigh, Bruce Turry": the name after the description
                        // speaks, the description is its role.
                        let end = match named_after_description(ctx, &np, end, s1) {
                            Some((named, name_end)) => {
                                np = named;
                                name_end
                            }
                            None => end,
                        };
                        let after = ctx.appositive_after(&mut np, end, s1);
                        let after = role_to_sentence_end(ctx, &mut np, end, after, s1);
                        return Frame { cluster: g..after, after, speaker: Some(np) };
                    }
                }
            }
            let manner = prev.is_some_and(|w| crate::cues::before_manner_participle(ctx.lex, w));
            let opens_sentence = cue.form == CueForm::Gerund && g == dateline_end(ctx, s0, g.max(s0 + 1));
            if opens_sentence {
                // "Noting that …, Tester added": the subject after the opening phrase.
                let speaker = (g..s1.min(g + 30))
                    .find(|&t| ctx.word(t) == ",")
                    .and_then(|c| ctx.right_np(c + 1, s1).or_else(|| ctx.subject_np(c + 1, s1)));
                return Frame { cluster: g..after_cue, after: after_cue, speaker };
            }
            if cue.form == CueForm::Gerund && (after_comma(ctx, s0, g) || manner) {
                // ", saying …": the speaker is the subject of the main clause; "After praising the plan,
                // Ortiz left": the main clause follows the opening phrase.
                let opening = manner
                    && g > s0
                    && (dateline_end(ctx, s0, g)..g - 1).all(|t| {
                        ctx.doc.tokens()[t].kind == crate::text::TokenKind::Number
                            || ctx.lex.word_class(ctx.word(t)) == Some(WordClass::Time)
                    });
                let speaker = if opening {
                    (g..s1.min(g + 30))
                        .find(|&t| ctx.word(t) == ",")
                        .and_then(|c| ctx.right_np(c + 1, s1).or_else(|| ctx.subject_np(c + 1, s1)))
                } else {
                    clause_subject(ctx, s0, g)
                };
                return Frame { cluster: g..after_cue, after: after_cue, speaker };
            }
            // "Kasich offered the man a job, then says …": ", then" coordinates like "and".
            let then = left > s0 && left < g && ctx.lower_is(left, "then") && ctx.word(left - 1) == ",";
            if left > s0 && (matches!(&*crate::lexicon::lower(ctx.word(left - 1)), "and" | "but") || then) {
                // "… brought up the bombing and later said": the subject of the first verb.
                // "… was complete when Trump in his speech called them “rapists” and promised …": the
                // subject of an open adverbial clause holding the first verb.
                let adverbial = (s0..left - 1)
                    .rev()
                    .take_while(|&t| !matches!(ctx.word(t), "," | ";" | ":" | "—" | "–" | "(" | ")"))
                    .find(|&t| ADVERBIAL_CLAUSE.contains(&&*crate::lexicon::lower(ctx.word(t))))
                    .and_then(|t| ctx.right_np(t + 1, left - 1).or_else(|| ctx.subject_np(t + 1, left - 1)))
                    .filter(|m| {
                        verb_follows(ctx, m.tokens.end, left - 1)
                            && !matches!(m.kind, MentionKind::Relative(_))
                    });
                if let Some(np) = adverbial.or_else(|| clause_subject(ctx, s0, left - 1)) {
                    return Frame { cluster: g..after_cue, after: after_cue, speaker: Some(np) };
                }
                // "ProPublica obtained a video … and said": an outlet reports.
                let start = dateline_end(ctx, s0, left);
                if let Some(o) = ctx.outlet_at.get(start).copied().flatten().map(|o| o as usize) {
                    let m = ctx.outlet_mention(o);
                    if m.tokens.start == start && m.tokens.end < left - 1 {
                        return Frame { cluster: g..after_cue, after: after_cue, speaker: Some(m) };
                    }
                }
            }
            if left > s0 {
                // "Slayton, who is now supporting …": adverbs and auxiliaries after "who".
                let mut r = left - 1;
                while r > s0
                    && left - r < 5
                    && matches!(
                        ctx.lex.word_class(ctx.word(r)),
                        Some(WordClass::Adv | WordClass::Time | WordClass::Aux | WordClass::Neg)
                    )
                {
                    r -= 1;
                }
                if let Some(rel) = ctx.relative(r, s0) {
                    return Frame { cluster: r..after_cue, after: after_cue, speaker: Some(rel) };
                }
            }
            if g == s0 && cue.form == CueForm::Finite {
                // "Asked whether …, Reid said": a participle (or an imperative) opening the sentence.
                return Frame { cluster: g..after_cue, after: after_cue, speaker: None };
            }
            // "X went so far as to say", "X shook her head and said": a verb before the group belongs
            // to the clause whose subject speaks.
            let np = if left > s0 && ctx.lex.word_class(ctx.word(left - 1)) == Some(WordClass::Verb) {
                None
            } else {
                ctx.left_np(left, s0).map(|np| relative_clause_subject(ctx, np, s0))
            };
            // "he spent more time mocking …": a gerund after the object of another verb; that verb's
            // subject speaks.
            let np = match np {
                Some(o) if cue.form == CueForm::Gerund => Some(gerund_object_subject(ctx, o, s0)),
                other => other,
            };
            match np {
                Some(np) => {
                    // A title before the name belongs to the attribution ("Governor Peter Lasko said").
                    let mut role_start = np
                        .role
                        .filter(|r| r.end <= np.span.start)
                        .map_or(np.tokens.start, |r| ctx.doc.token_index_at(r.start));
                    // "Mr. Daniloff, now 81, said": a title the mention left out.
                    if role_start >= s0 + 2
                        && ctx.word(role_start - 1) == "."
                        && ctx.is_title_word(role_start - 2)
                    {
                        role_start -= 2;
                    } else if role_start > s0 && ctx.is_title_word(role_start - 1) {
                        role_start -= 1;
                    }
                    // "…, he and Mr. Allen said": a coordinated speaker belongs to it too.
                    if role_start >= s0 + 2
                        && ctx.lower_is(role_start - 1, "and")
                        && (mentions::Pronoun::parse(ctx.word(role_start - 2)).is_some()
                            || ctx.entity_at[role_start - 2].is_some())
                    {
                        role_start =
                            ctx.left_np(role_start - 1, s0).map_or(role_start - 2, |m| m.tokens.start);
                    }
                    Frame {
                        cluster: role_start.min(np.tokens.start)..after_cue,
                        after: after_cue,
                        speaker: Some(np),
                    }
                }
                None => match opening_subject(ctx, s0, left) {
                    Some(np) => {
                        Frame { cluster: np.tokens.start..after_cue, after: after_cue, speaker: Some(np) }
                    }
                    None => Frame { cluster: g..after_cue, after: after_cue, speaker: None },
                },
            }
        }
    }
}

/// For a gerund whose left neighbour `o` is the object of another verb ("he spent more time mocking
/// …", "she spent much of her speech praising …"), that verb's subject; otherwise `o`.
fn gerund_object_subject(ctx: &Context<'_, '_>, o: Mention, s0: usize) -> Mention {
    if !matches!(o.kind, MentionKind::Common { .. }) || o.tokens.start <= s0 + 1 {
        return o;
    }
    let mut v = o.tokens.start - 1;
    // ("much of her speech")
    if ctx.lower_is(v, "of")
        && v >= s0 + 2
        && matches!(
            &*crate::lexicon::lower(ctx.word(v - 1)),
            "much" | "most" | "part" | "some" | "all" | "half"
        )
    {
        v -= 2;
    }
    let w = crate::lexicon::lower(ctx.word(v));
    let verbish = !ctx.is_cap(v)
        && ctx.lex.word_class(&w).is_none_or(|c| c == WordClass::Verb)
        && (w.ends_with("ed")
            || w.ends_with('s')
            || w.ends_with("nt")
            || ctx.lex.word_class(&w) == Some(WordClass::Verb));
    if !verbish {
        return o;
    }
    while v > s0
        && matches!(
            ctx.lex.word_class(ctx.word(v - 1)),
            Some(WordClass::Aux | WordClass::Adv | WordClass::Neg | WordClass::Modal)
        )
    {
        v -= 1;
    }
    match ctx.left_np(v, s0) {
        Some(subj) if !matches!(subj.kind, MentionKind::Relative(_)) => subj,
        _ => o,
    }
}

/// When `np` is the object inside a relative clause that ends before the verb ("Some who study the
/// delta argue", "A woman who attended the rally said"), the whole subject: the noun phrase before
/// "who" through `np`. Otherwise `np`.
fn relative_clause_subject(ctx: &Context<'_, '_>, np: Mention, s0: usize) -> Mention {
    let a = np.tokens.start;
    if a < s0 + 3 || !matches!(np.kind, MentionKind::Common { .. } | MentionKind::Entity(_)) {
        return np;
    }
    let verb = ctx.word(a - 1);
    let verb_like = ctx.doc.tokens()[a - 1].kind == crate::text::TokenKind::Word
        && !ctx.is_cap(a - 1)
        && ctx.lex.word_class(verb).is_none_or(|c| c == WordClass::Verb);
    // "Republicans who have praised his candidacy warned": auxiliaries between "who" and the verb.
    let mut w = a - 2;
    while w > s0
        && matches!(ctx.lex.word_class(ctx.word(w)), Some(WordClass::Aux | WordClass::Neg | WordClass::Adv))
    {
        w -= 1;
    }
    if !verb_like || !matches!(&*crate::lexicon::lower(ctx.word(w)), "who" | "that") {
        // "a White House official who spoke anonymously to discuss internal strategy said": a longer
        // run of lower-case words back to "who".
        let who = (a.saturating_sub(8).max(s0 + 1)..a).rev().take_while(|&t| {
            ctx.lower_is(t, "who")
                || ctx.doc.tokens()[t].kind == crate::text::TokenKind::Word
                    && !ctx.is_cap(t)
                    && !matches!(ctx.lex.word_class(ctx.word(t)), Some(WordClass::Subord | WordClass::Pron))
        });
        let Some(w) = who.filter(|&t| ctx.lower_is(t, "who")).last() else { return np };
        return match ctx.left_np(w, s0) {
            Some(head @ Mention { kind: MentionKind::Common { .. } | MentionKind::Entity(_), .. }) => head,
            _ => np,
        };
    }
    match ctx.left_np(w, s0) {
        Some(head @ Mention { kind: MentionKind::Common { .. }, .. }) => {
            let span = Span::new(head.span.start, np.span.end);
            Mention { span, tokens: head.tokens.start..np.tokens.end, ..head }
        }
        Some(head @ Mention { kind: MentionKind::Entity(_), .. }) => head,
        _ => np,
    }
}

/// The subject that opens the clause of a verb group starting at `left`, when no noun phrase ends
/// right before it: "Some 56 percent of Cuban-Americans polled said", "The ex-wife of X who filed
/// reports blames", "Senator Whitehouse, in the name of growth, has proposed". The clause starts
/// after the last subordinator, semicolon or colon before the verb, or with the sentence.
fn opening_subject(ctx: &Context<'_, '_>, s0: usize, left: usize) -> Option<Mention> {
    if left <= s0 {
        return None;
    }
    let start = (s0..left)
        .rev()
        .find(|&t| {
            matches!(ctx.word(t), ";" | ":") || ctx.lex.word_class(ctx.word(t)) == Some(WordClass::Subord)
        })
        .map_or(s0, |t| t + 1);
    // "Even after the complaint was filed, Lewandowski continued to say": a subordinate clause closed
    // by its comma is fronted; the main clause's subject follows it.
    let closed = start > s0
        && ctx.lex.word_class(ctx.word(start - 1)) == Some(WordClass::Subord)
        && (start..left).any(|t| ctx.word(t) == ",");
    let start = if closed { s0 } else { start };
    if start >= left {
        return None;
    }
    let m = if start == s0 {
        clause_subject(ctx, s0, left)?
    } else {
        ctx.right_np(start, left).or_else(|| ctx.subject_np(start, left))?
    };
    (m.tokens.end <= left && !matches!(m.kind, MentionKind::Relative(_))).then_some(m)
}

/// A question put to someone: "Asked whether …, X said" opening the sentence, or "… when asked
/// about …". Returns the question (up to the comma before the main clause), its quotes, and the
/// asker when the text names one ("Asked by Stephanopoulos to respond, …").
fn question(
    ctx: &Context<'_, '_>,
    cue: &CueMatch,
    quotes: &[Quote],
    s0: usize,
    s1: usize,
) -> Option<(Span, Vec<Span>, Option<Mention>)> {
    let g = cue.group_start;
    let opens = g == dateline_end(ctx, s0, g.max(s0 + 1)) || g == s0;
    let after_when = g > s0
        && matches!(
            &*crate::lexicon::lower(ctx.word(g - 1)),
            "when" | "whenever" | "after" | "before" | "once" | "if"
        );
    if !(opens || after_when) {
        return None;
    }
    let mut start = skip_prelude(ctx, cue, cue.tokens.end, s1, false);
    let mut asker = None;
    if start + 1 < s1 && ctx.lower_is(start, "by") {
        asker = ctx.right_np(start + 1, s1);
        start = asker.as_ref().map_or(start + 1, |m| m.tokens.end);
    }
    let in_quote = |t: usize| inside_quote(ctx, quotes, t);
    // Opening the sentence, the question ends at the comma before the main clause.
    let subject_at = |u: usize| {
        u < s1
            && (subject_starts(ctx, u)
                || ctx.doc.tokens()[u].kind == crate::text::TokenKind::Number
                || ctx.is_cap(u))
    };
    let mut end = if opens {
        (start + 1..s1)
            .find(|&t| {
                ctx.word(t) == ","
                    && (!in_quote(t) && subject_at(t + 1)
                        // "Asked if he is “realistic enough,” 72 percent said yes": a quote closing on
                        // the comma.
                        || t + 2 < s1 && is_closing_mark(ctx.word(t + 1)) && subject_at(t + 2))
            })
            .unwrap_or(s1)
    } else {
        s1
    };
    while end > start + 1 && matches!(ctx.word(end - 1), "." | "," | ";" | ":" | "!" | "?" | "—" | "–") {
        end -= 1;
    }
    if start >= end {
        return None;
    }
    let span = ctx.span(start, end);
    Some((span, quotes_inside(quotes, span), asker))
}

/// Whether a clause subject can start at token `t`: a determiner, pronoun or possessive, or a name.
fn subject_starts(ctx: &Context<'_, '_>, t: usize) -> bool {
    matches!(ctx.lex.word_class(ctx.word(t)), Some(WordClass::Det | WordClass::Pron | WordClass::Poss))
        || ctx.entity_at[t].is_some()
        // "27 percent of those …" (but not the "400" of "2,400")
        || ctx.doc.tokens()[t].kind == crate::text::TokenKind::Number && (t == 0 || !ctx.touches(t - 1, t))
}

/// Whether an auxiliary, a modal or a past-tense verb comes within three tokens of `t` (a subject
/// phrase followed by its verb: "the Senate is holding", "the mayor's aides decided").
fn verb_follows(ctx: &Context<'_, '_>, t: usize, end: usize) -> bool {
    (t..end.min(t + 3)).any(|u| {
        let w = crate::lexicon::lower(ctx.word(u));
        matches!(ctx.lex.word_class(&w), Some(WordClass::Aux | WordClass::Modal | WordClass::Verb))
            || w.ends_with("ed") && !ctx.is_cap(u)
    })
}

/// Whether token `t` lies inside one of `quotes` (after its opening mark).
fn inside_quote(ctx: &Context<'_, '_>, quotes: &[Quote], t: usize) -> bool {
    let at = ctx.doc.tokens()[t].span.start;
    let i = quotes.partition_point(|q| q.span.end <= at);
    quotes.get(i).is_some_and(|q| q.span.start < at)
}

/// Whether the attribution starting at token `at` sits in an adverbial clause that opens the
/// sentence ("When Smith said …, the markets fell"): a subordinator among the first words, and no
/// comma between it and the attribution. ("As Smith said, …" reports the main clause, so "as" is not
/// one of them.)
fn in_fronted_clause(ctx: &Context<'_, '_>, s0: usize, at: usize) -> bool {
    let start = dateline_end(ctx, s0, at);
    (start..at.min(start + 5)).any(|t| {
        matches!(
            &*crate::lexicon::lower(ctx.word(t)),
            "after"
                | "when"
                | "although"
                | "though"
                | "because"
                | "if"
                | "while"
                | "since"
                | "before"
                | "once"
                | "until"
        ) && !(t..at).any(|u| ctx.word(u) == ",")
    })
}

/// After an inverted speaker ending at `end` whose appositive (if any) ends at `after`: a verbless
/// phrase running to the end of the sentence describes the speaker and joins its role ("“…,” said
/// Angie Holan, Politifact's editor.", "…, said Steve Bell, senior director at X, and a Republican
/// who headed …"). Returns where the attribution ends.
fn role_to_sentence_end(
    ctx: &Context<'_, '_>,
    np: &mut Mention,
    end: usize,
    after: usize,
    s1: usize,
) -> usize {
    let comma_at = |t: usize| t < s1 && ctx.word(t) == ",";
    let and_after_role = after > end && ctx.lower_is(after, "and");
    let extends = if after == end {
        np.role.is_none() && comma_at(end)
    } else {
        np.role.is_some() && (comma_at(after - 1) || and_after_role)
    };
    let from = if after == end { end } else { after - 1 };
    if !extends || from + 2 >= s1 {
        return after;
    }
    let last = if ctx.word(s1 - 1) == "." { s1 - 1 } else { s1 };
    // (A relative clause may describe the speaker too, but not one that reports: "…, who noted that".)
    let relative = (from + 1..last).find(|&t| ctx.lower_is(t, "who")).unwrap_or(last);
    let verbless = !(from + 1..relative).any(|t| ctx.clause_word(t))
        && !(relative..last).any(|t| ctx.lex.cue(ctx.word(t)).is_some());
    if !verbless || last - from > 16 || last <= from + 1 {
        return after;
    }
    let role_start = np.role.map_or(ctx.doc.tokens()[from + 1].span.start, |r| r.start);
    np.role = Some(Span::new(role_start, ctx.span(from + 1, last).end));
    last
}

/// "As Trump and Cruz lamented illegal immigration, Clinton …": an opening "as" clause whose cue has
/// its own object is fronted ("As Smith said, …", with nothing after the cue, reports the main
/// clause).
fn as_clause_with_object(ctx: &Context<'_, '_>, s0: usize, f: &Frame) -> bool {
    let start = dateline_end(ctx, s0, f.cluster.start);
    ctx.lower_is(start, "as")
        && f.cluster.start > start
        && !(start..f.cluster.start).any(|t| ctx.word(t) == ",")
        && f.after < ctx.doc.tokens().len()
        && !matches!(ctx.word(f.after), "," | "." | ":")
}

/// After an inverted common-noun speaker ("said his best friend at Lehigh, Bruce Turry"), the person
/// named right after the description, with the description (and its phrase) as role; and the token
/// after the name.
fn named_after_description(
    ctx: &Context<'_, '_>,
    np: &Mention,
    end: usize,
    s1: usize,
) -> Option<(Mention, usize)> {
    if !matches!(np.kind, MentionKind::Common { .. }) {
        return None;
    }
    let comma = (end..s1.min(end + 8)).find(|&t| ctx.word(t) == ",")?;
    if (end..comma).any(|t| matches!(ctx.word(t), "." | ";" | ":" | "“" | "”" | "\"")) {
        return None;
    }
    let e = ctx.entity_at.get(comma + 1).copied().flatten()?;
    let ent = &ctx.entities[e as usize];
    let (a, b) = (ctx.doc.token_index_at(ent.span.start), ctx.doc.token_index_at(ent.span.end));
    let closes = b >= s1 || matches!(ctx.word(b), "," | "." | ";" | "!" | "?") || ctx.lower_is(b, "who");
    if ent.label != crate::entities::EntityLabel::Person || a != comma + 1 || !closes {
        return None;
    }
    let mut named = ctx.right_np(a, b)?;
    named.role = Some(ctx.span(np.tokens.start, comma));
    Some((named, b))
}

/// Walk left over time adverbials between a subject and its verb ("Putin on Friday rejected").
fn skip_adverbials_left(ctx: &Context<'_, '_>, g: usize, s0: usize) -> usize {
    let mut i = g;
    let time = |i: usize| matches!(ctx.lex.word_class(ctx.word(i)), Some(WordClass::Time));
    let lead = |i: usize| {
        matches!(ctx.lex.word_class(ctx.word(i)), Some(WordClass::Prep | WordClass::Det))
            || matches!(
                &*crate::lexicon::lower(ctx.word(i)),
                "last" | "past" | "this" | "next" | "early" | "late"
            )
    };
    // "on Friday", "this past week", "Monday morning", "earlier this year".
    while i > s0 && time(i - 1) {
        i -= 1;
        while i > s0 && (lead(i - 1) || time(i - 1)) {
            i -= 1;
        }
    }
    i
}

/// The subject that opens the clause of tokens `s0..limit`, after a fronted phrase ("At a rally
/// Monday, Trump's rival Sen. Marco Rubio …").
fn clause_subject(ctx: &Context<'_, '_>, s0: usize, limit: usize) -> Option<Mention> {
    let mut t = dateline_end(ctx, s0, limit);
    let first = ctx.word(t);
    let lf = crate::lexicon::lower(first);
    // "Asked on Monday whether …, Mrs. Clinton …", "Adopting the recommendations …, the board …": an
    // opening participle phrase up to its comma.
    // ("Led by Council Speaker X, the rally …": any word before "by".)
    let participle =
        (lf.ends_with("ed") || lf.ends_with("ing")) && lf.len() > 4 && ctx.entity_at[t].is_none()
            || t + 1 < limit && ctx.lower_is(t + 1, "by");
    // "Eight years ago, he …", "Back in 1999, Mr. Trump …": a verbless time phrase up to its comma.
    let numeral = ctx.doc.tokens()[t].kind == crate::text::TokenKind::Number
        || matches!(&*lf, "back" | "several")
        || mentions::NUMBER_WORDS.contains(&&*lf);
    // ("Back at the bungalow, he …" too: "back" and a preposition.)
    let back_at =
        lf == "back" && t + 1 < limit && ctx.lex.word_class(ctx.word(t + 1)) == Some(WordClass::Prep);
    let time_phrase = (t..limit.min(t + 10)).find(|&i| numeral && ctx.word(i) == ",").filter(|&c| {
        (back_at
            || (t..c).any(|i| {
                ctx.lex.word_class(ctx.word(i)) == Some(WordClass::Time)
                    || ctx.doc.tokens()[i].kind == crate::text::TokenKind::Number
            }))
            && !(t..c).any(|i| ctx.clause_word(i))
    });
    if let Some(c) = time_phrase {
        t = c + 1;
    } else if participle {
        if let Some(c) = (t..limit.min(t + 25)).find(|&i| ctx.word(i) == ",") {
            t = c + 1;
        }
    } else if ctx
        .lex
        .word_class(first)
        .is_some_and(|c| c != WordClass::Det && c != WordClass::Poss && c != WordClass::Pron)
    {
        // "Then she shattered …", "But Sen. Durbin, noting …, said": one adverb or conjunction before
        // the subject; otherwise a fronted phrase up to its comma ("In a statement on Monday, …").
        let one_word =
            matches!(ctx.lex.word_class(first), Some(WordClass::Adv | WordClass::Time | WordClass::Conj))
                && t + 1 < limit
                && (mentions::Pronoun::parse(ctx.word(t + 1)).is_some()
                    || ctx.entity_at[t + 1].is_some()
                    || ctx.is_title_word(t + 1)
                    || matches!(ctx.lex.word_class(ctx.word(t + 1)), Some(WordClass::Det | WordClass::Poss)));
        if one_word {
            t += 1;
        } else {
            let c = (t..limit.min(t + 20)).find(|&i| ctx.word(i) == ",")?;
            t = c + 1;
        }
    }
    if t >= limit {
        return None;
    }
    // "At a campaign event in Ames, Iowa, on Sunday, Mrs. Clinton …": a place or time phrase set off
    // by commas is still the fronted phrase.
    for _ in 0..4 {
        if t >= limit {
            return None;
        }
        if matches!(ctx.lex.word_class(ctx.word(t)), Some(WordClass::Prep | WordClass::Time)) {
            t = (t..limit.min(t + 15)).find(|&i| ctx.word(i) == ",")? + 1;
            continue;
        }
        let m = ctx.right_np(t, limit).or_else(|| ctx.subject_np(t, limit))?;
        let end = m.tokens.end;
        let place = matches!(m.kind, MentionKind::Entity(crate::entities::EntityLabel::Location));
        match (end < limit && ctx.word(end) == ",", place) {
            (true, true) => t = end + 1,
            _ => return (m.tokens.start <= t + 6 && !matches!(m.kind, MentionKind::Outlet(_))).then_some(m),
        }
    }
    None
}

/// After a dateline ("WASHINGTON, Dec. 8 (UPI) —", "BUENA PARK, Calif. -"): the first token of the
/// story; `s0` itself when the sentence has none.
pub(super) fn dateline_end(ctx: &Context<'_, '_>, s0: usize, limit: usize) -> usize {
    let Some(dash) = (s0 + 1..limit.min(s0 + 12)).find(|&i| matches!(ctx.word(i), "—" | "–" | "-"))
    else {
        return s0;
    };
    // A dateline opens with a place in capitals and holds no verb: only capitals, commas, dates,
    // abbreviations and a parenthesised agency before the dash.
    let head = ctx.word(s0);
    // In capitals ("WASHINGTON"), or any place with the agency in parentheses ("Washington (AFP) –").
    let caps = head.len() > 1 && !head.chars().any(char::is_lowercase)
        || (ctx.is_cap(s0) && (s0..dash).any(|i| ctx.word(i) == "("));
    let plain = (s0..dash).all(|i| {
        let w = ctx.word(i);
        ctx.is_cap(i) || matches!(w, "," | "." | "(" | ")") || w.chars().all(|c| c.is_ascii_digit())
    });
    if caps && plain && ctx.doc.tokens()[dash].span.start > ctx.doc.tokens()[dash - 1].span.end {
        dash + 1
    } else {
        s0
    }
}

/// Is the cue at the end of its clause (so its content is on the left)?
fn is_trailing(ctx: &Context<'_, '_>, cue: &CueMatch, quotes: &[Quote], after: usize, s1: usize) -> bool {
    // "…, according to a new poll that shows …": the clause before is the content.
    let mid_sentence_preposition = cue.form == CueForm::Preposition
        && cue.group_start > 0
        && ctx.doc.sentences().get(cue.sentence).is_some_and(|s| s.tokens.start < cue.group_start)
        // "…, because, according to Trump, the media would …": a clause opens after it.
        && !(cue.group_start >= 2
            && matches!(
                ctx.lex.word_class(ctx.word(cue.group_start - 2)),
                Some(WordClass::Subord | WordClass::Conj)
            ));
    if mid_sentence_preposition && matches!(ctx.word(cue.group_start - 1), "," | "—" | "–") {
        return true;
    }
    let i = skip_prelude(ctx, cue, after, s1, true);
    if i >= s1 {
        return true;
    }
    // "…, said Howard Rubel, a senior analyst, who notes …": a relative clause after the speaker.
    if i > 0 && ctx.word(i - 1) == "," && matches!(&*crate::lexicon::lower(ctx.word(i)), "who" | "which") {
        return true;
    }
    // "…, said a handful of Democrats who point to …": a relative clause right after the speaker.
    if i == after && ctx.lower_is(i, "who") {
        return true;
    }
    // A quote opening here is the cue's content ("Smith said: \"…\""); a closing mark ends the clause.
    let at = ctx.doc.tokens()[i].span.start;
    let opens = quotes.get(quotes.partition_point(|q| q.span.start < at)).is_some_and(|q| q.span.start == at);
    if opens {
        return false;
    }
    // A lone apostrophe opens a single-quoted clause (content); two close a ''-style quote.
    let doubled = ctx.word(i) == "'" && i + 1 < s1 && ctx.word(i + 1) == "'";
    doubled
        || matches!(ctx.word(i), "." | "!" | "?" | ";" | "”" | "\"" | "(")
        || mid_sentence_preposition && ctx.word(i) == ","
}

/// Verbs whose object is the addressee ("told reporters", "assured voters"), not the speaker or the
/// content.
fn takes_addressee(cue: &CueMatch) -> bool {
    matches!(cue.lemma.as_str(), "tell" | "inform" | "assure" | "remind" | "brief")
}

/// Skip what can sit between a cue and its content: time phrases, "in a statement", the object of
/// "told", a leading "that" or colon. Returns the first content token.
fn skip_prelude(ctx: &Context<'_, '_>, cue: &CueMatch, mut i: usize, s1: usize, for_trailing: bool) -> usize {
    let tell = takes_addressee(cue);
    let mut steps = 0;
    while i < s1 && steps < 6 {
        steps += 1;
        let w = ctx.word(i);
        let lw = crate::lexicon::lower(w);
        if matches!(w, "," | ":" | "—" | "–") {
            // ", adding that …" / ", saying …": a new participial claim; the clause before is done.
            if for_trailing && w == "," && i + 1 < s1 {
                let next = crate::lexicon::lower(ctx.word(i + 1));
                if next.ends_with("ing") && ctx.lex.cue(&next).is_some() || ADVERBIAL_CLAUSE.contains(&&*next)
                {
                    return s1;
                }
            }
            i += 1;
            continue;
        }
        // "suggesting that might not be enough": "that" before a verb is the subject, not "that".
        // (Nor "rejected that, too": a pronoun object.)
        let pronoun_that = i + 1 >= s1
            || matches!(ctx.word(i + 1), "," | "." | ";" | "!" | "?")
            || matches!(ctx.lex.word_class(ctx.word(i + 1)), Some(WordClass::Modal | WordClass::Aux));
        if lw == "that" && !for_trailing && !pronoun_that {
            return i + 1;
        }
        // "… told his advisers as he labored …": an adverbial clause, not reported content.
        if for_trailing && steps > 1 && ADVERBIAL_CLAUSE.contains(&&*lw) {
            return s1;
        }
        // "…, Ben Carson said after the attacks.": a short time phrase closing the sentence.
        if for_trailing
            && matches!(&*lw, "after" | "before" | "during")
            && s1 - i <= 10
            && !(i + 1..s1).any(|t| matches!(ctx.word(t), "," | "“" | "\"" | ":") || ctx.lower_is(t, "that"))
        {
            return s1;
        }
        // (Not "Monday's speech", a noun phrase.)
        let possessed = i + 2 < s1 && matches!(ctx.word(i + 1), "'" | "’") && ctx.word(i + 2) == "s";
        if (matches!(ctx.lex.word_class(&lw), Some(WordClass::Time)) || lw == "today") && !possessed {
            i += 1;
            continue;
        }
        // ", however, that …"
        if ctx.lex.word_class(&lw) == Some(WordClass::Adv) && i + 1 < s1 && ctx.word(i + 1) == "," {
            i += 2;
            continue;
        }
        if matches!(&*lw, "on" | "last" | "this" | "late" | "early" | "earlier")
            && i + 1 < s1
            && matches!(ctx.lex.word_class(ctx.word(i + 1)), Some(WordClass::Time))
        {
            i += 2;
            continue;
        }
        if tell && steps == 1 {
            // The addressee: "told reporters", "told Reuters", "told him".
            if matches!(&*lw, "him" | "her" | "them" | "us" | "me" | "you") {
                i += 1;
                continue;
            }
            if let Some(np) = ctx.right_np(i, s1) {
                i = np.tokens.end;
                // "told Randolph and others that …"
                if i + 1 < s1 && ctx.lower_is(i, "and") {
                    if let Some(more) = ctx.right_np(i + 1, s1).or_else(|| ctx.subject_np(i + 1, s1)) {
                        i = more.tokens.end;
                    }
                }
                continue;
            }
            if ctx.lex.word_class(&lw).is_none() {
                i += 1;
                continue;
            }
        }
        // "to" heads a phrase only before a noun phrase ("to reporters"), not a verb ("to be").
        let to_np = lw == "to"
            && i + 1 < s1
            && (ctx.is_cap(i + 1)
                || matches!(
                    ctx.lex.word_class(ctx.word(i + 1)),
                    Some(WordClass::Det | WordClass::Poss | WordClass::Pron)
                )
                || ctx.lower_is(i + 1, "reporters"));
        // "said on condition of anonymity …", "said by telephone": no part of the report.
        if lw == "on"
            && (ctx.lower_is(i + 1, "condition")
                || ctx.lower_is(i + 1, "the") && ctx.lower_is(i + 2, "condition"))
        {
            let stop = (i..s1).find(|&t| {
                matches!(ctx.word(t), "," | ":" | ";" | "“" | "\"") || ctx.word(t) == "." && t + 1 >= s1
            });
            i = stop.unwrap_or(s1);
            continue;
        }
        if lw == "by" && i + 1 < s1 && crate::cues::means_of_contact(&crate::lexicon::lower(ctx.word(i + 1)))
        {
            i += 2;
            continue;
        }
        // "have said for years that …"
        if lw == "for" && i + 1 < s1 && ctx.lex.word_class(ctx.word(i + 1)) == Some(WordClass::Time) {
            i += 2;
            continue;
        }
        // "said dryly", "said quietly that …"
        let clause_or_end =
            i + 1 >= s1 || matches!(ctx.word(i + 1), "." | "," | "!" | "?") || ctx.lower_is(i + 1, "that");
        if lw.ends_with("ly")
            && lw.len() > 3
            && ctx.lex.word_class(&lw).is_none()
            && !ctx.is_cap(i)
            && clause_or_end
        {
            i += 1;
            continue;
        }
        if to_np
            || matches!(&*lw, "in" | "at" | "during" | "on" | "via" | "through" | "with" | "from" | "per")
        {
            // A prepositional phrase up to a comma, colon or "that".
            let lim = (i + if for_trailing { 16 } else { 10 }).min(s1);
            let mut j = i + 1;
            // A full stop ends the phrase only at the end of the sentence, not after an initial
            // ("John F. Kerry") or an abbreviation.
            // A subject pronoun or an auxiliary starts the reported clause ("said in politics it takes
            // time"), so the phrase has ended before it.
            let phrase_end = |j: usize| {
                matches!(ctx.word(j), "," | ":" | "“" | "\"" | ";")
                    || ctx.word(j) == "." && j + 1 >= s1
                    || ctx.lower_is(j, "that")
                    || matches!(
                        ctx.lex.word_class(ctx.word(j)),
                        Some(WordClass::Pron | WordClass::Aux | WordClass::Modal)
                    )
            };
            while j < lim && !phrase_end(j) && !ctx.lower_is(j, "about") {
                if ctx.lex.cue(ctx.word(j)).is_some() && !ctx.lower_is(j, "statement") {
                    break;
                }
                j += 1;
            }
            // "talked with Clinton's operation about the next steps": the topic is the content.
            if j < lim && ctx.lower_is(j, "about") {
                i = j;
                break;
            }
            if j >= s1 || (j < lim && matches!(ctx.word(j), "," | ":" | ".") || ctx.lower_is(j, "that")) {
                i = j;
                continue;
            }
            if for_trailing && j >= lim {
                return i;
            }
        }
        break;
    }
    i
}

/// A cue whose sentence ends in a colon right after it ("X said:") introduces the quote that opens
/// the next paragraph.
fn quote_after_colon<'q>(
    ctx: &Context<'_, '_>,
    quotes: &'q [Quote],
    after: usize,
    s1: usize,
) -> Option<&'q Quote> {
    let colon = final_colon(ctx, after, s1)?;
    let colon_end = ctx.doc.tokens()[colon].span.end;
    let q = quotes.get(quotes.partition_point(|q| q.span.start < colon_end))?;
    let gap = ctx.doc.text().get(colon_end..q.span.start)?;
    gap.chars().all(char::is_whitespace).then_some(q)
}

/// Words that open an adverbial clause after a finished attribution ("…, he told CNN, when …").
const ADVERBIAL_CLAUSE: &[&str] =
    &["after", "before", "when", "as", "while", "because", "although", "though", "since", "until"];

/// Cue lemmas whose agentless passive is seldom a report (under 0.2 precision on the tuning set).
const PASSIVES_THAT_NAME: &[&str] =
    &["call", "find", "confirm", "assure", "post", "disclose", "mention", "reject", "back", "identify"];

/// Words before a verb group that start a new clause of the sentence.
const CLAUSE_LINKS: &[&str] = &[
    ",",
    ";",
    "and",
    "but",
    "while",
    "whereas",
    "after",
    "before",
    "when",
    "as",
    "because",
    "though",
    "although",
    "since",
    "then",
    "ultimately",
    "so",
    "even",
    "which",
];

/// Move back from token `end` over commas, dashes and conjunctions; never before `floor`.
fn trim_back(ctx: &Context<'_, '_>, mut end: usize, floor: usize) -> usize {
    while end > floor
        && (matches!(ctx.word(end - 1), "," | "—" | "–" | ";" | ":")
            || matches!(
                &*crate::lexicon::lower(ctx.word(end - 1)),
                "and"
                    | "but"
                    | "while"
                    | "whereas"
                    | "then"
                    | "ultimately"
                    | "even"
                    | "though"
                    | "although"
                    | "as"
            ))
    {
        end -= 1;
    }
    end
}

type Content = (Span, Vec<Span>, ClaimKind);

/// The quotes whose span lies inside `span`, as inner spans.
fn quotes_inside(quotes: &[Quote], span: Span) -> Vec<Span> {
    let i = quotes.partition_point(|q| q.span.end <= span.start);
    quotes[i..]
        .iter()
        .take_while(|q| q.span.start < span.end)
        .filter(|q| span.contains(q.span))
        .map(|q| q.inner)
        .collect()
}

/// The quote (index) whose closing mark ends just before byte `at` (only commas/space between).
fn quote_ending_before(ctx: &Context<'_, '_>, quotes: &[Quote], at: usize) -> Option<usize> {
    let i = quotes.partition_point(|q| q.span.end <= at);
    let q = i.checked_sub(1)?;
    let gap = ctx.doc.text().get(quotes[q].span.end..at)?;
    // Same paragraph only: a line break between quote and attribution separates them.
    gap.chars()
        .all(|c| (c.is_whitespace() && c != '\n' && c != '\r') || c == ',' || c == '—' || c == '–')
        .then_some(q)
}

/// The colon ending the sentence right after an attribution ending at `after`, or after a short
/// verbless phrase ("He told his audience, to rowdy applause:").
fn final_colon(ctx: &Context<'_, '_>, after: usize, s1: usize) -> Option<usize> {
    let colon = s1.checked_sub(1)?;
    let short_aside = colon > after && colon - after <= 8 && !(after..colon).any(|t| ctx.clause_word(t));
    (after < s1 && ctx.word(colon) == ":" && (colon == after || short_aside)).then_some(colon)
}

/// After a cue that ends its sentence with a colon ("Hewitt writes:"), the next paragraph when the
/// colon ends this one: a block quotation set off without marks.
fn block_after_colon(ctx: &Context<'_, '_>, paragraph: usize, after: usize, s1: usize) -> Option<Span> {
    let colon = final_colon(ctx, after, s1)?;
    let block = *ctx.doc.paragraphs().get(paragraph + 1)?;
    let starts_here = ctx.doc.paragraphs().get(paragraph)?.end <= ctx.doc.tokens()[colon].span.end;
    (starts_here && !block.is_empty()).then_some(block)
}

/// Whether a quote starting at byte `quote_start` opens the clause that starts at token `floor`:
/// nothing but space and punctuation lies between them.
fn quote_opens_clause(ctx: &Context<'_, '_>, floor: usize, quote_start: usize) -> bool {
    let floor_at = ctx.doc.tokens().get(floor).map_or(0, |t| t.span.start);
    let lead = ctx.doc.text().get(floor_at..quote_start.max(floor_at)).unwrap_or("");
    // "… the code of conduct: “Civility was assumed,” he said": a colon opens the quote's clause.
    !lead.chars().any(char::is_alphanumeric) || lead.trim_end().ends_with(':')
}

/// Content to the left of a trailing cue: the adjacent quote, or the clause from `floor`.
fn left_content(
    ctx: &Context<'_, '_>,
    quotes: &[Quote],
    cluster_start: usize,
    floor: usize,
) -> Option<Content> {
    let doc = ctx.doc;
    let at = doc.tokens().get(cluster_start)?.span.start;
    if let Some(q) = quote_ending_before(ctx, quotes, at) {
        let quote = &quotes[q];
        // Direct when the quote opens the clause; "X may be “strategic,” said Y" is mixed.
        if quote_opens_clause(ctx, floor, quote.span.start) {
            return Some((quote.inner, vec![quote.inner], ClaimKind::Direct));
        }
    }
    let end = trim_back(ctx, cluster_start, floor);
    let mut start = floor;
    // Skip a leading conjunction or punctuation.
    while start < end
        && (matches!(ctx.word(start), "," | ";" | ":" | "—" | "–")
            || ctx.lower_is(start, "but")
            || ctx.lower_is(start, "and"))
    {
        start += 1;
    }
    // One word is too little, unless it names someone ("Ortiz was supported by …").
    if end <= start || end == start + 1 && ctx.entity_at[start].is_none() {
        return None;
    }
    let span = ctx.span(start, end);
    let q = quotes_inside(quotes, span);
    let kind = if q.is_empty() { ClaimKind::Indirect } else { ClaimKind::Mixed };
    Some((span, q, kind))
}

/// Content to the right of a cue, up to `clause_end` (exclusive token).
fn right_content(
    ctx: &Context<'_, '_>,
    cue: &CueMatch,
    quotes: &[Quote],
    after: usize,
    clause_end: usize,
) -> Option<Content> {
    let doc = ctx.doc;
    let start = skip_prelude(ctx, cue, after, clause_end, false);
    if start >= clause_end || !reports_here(ctx, cue, quotes, start) {
        return None;
    }
    let start_byte = doc.tokens()[start].span.start;
    // A quote opening right here: direct if it runs to the end of the clause.
    let qi = quotes.partition_point(|q| q.span.start < start_byte);
    if let Some(q) = quotes.get(qi).filter(|q| q.span.start == start_byte) {
        let after_q = doc.token_index_at(q.span.end);
        let rest_is_punct = (after_q..clause_end).all(|t| matches!(ctx.word(t), "." | "!" | "?" | "," | ";"));
        if rest_is_punct || after_q >= clause_end {
            return Some((q.inner, vec![q.inner], ClaimKind::Direct));
        }
    }
    // A new clause ends the reported one: ", while …", ", saying …", ", but he …".
    let mut end = (start + 1..clause_end)
        .find(|&t| {
            // "… but argues that …", "… called the merger a terrible deal and ranked …": the same
            // subject's next verb starts a new clause.
            let next_verb = t + 1 < clause_end && !ctx.is_cap(t + 1) && {
                let next = crate::lexicon::lower(ctx.word(t + 1));
                ctx.lex.cue(&next).is_some_and(|c| c.form.ends_with('s') || c.form.ends_with("ed"))
                    || (next.ends_with("ed") && next.len() > 4 && ctx.lex.word_class(&next).is_none())
            };
            if matches!(&*crate::lexicon::lower(ctx.word(t)), "but" | "and") && next_verb {
                return true;
            }
            if !matches!(ctx.word(t), "," | "—" | "–") || t + 1 >= clause_end {
                return false;
            }
            // "Earnest said Obama enjoys the event, in part, because …": after a verb of saying, an
            // adverbial clause is part of what was said.
            let subordinate_kept = cue.stance == Stance::Neutral;
            let next = crate::lexicon::lower(ctx.word(t + 1));
            let cue_next = ctx.word(t) == "," && ctx.lex.cue(&next).is_some_and(|c| c.form.ends_with("ing"));
            // ", but he …", "— and the Senate is holding …": a clause with a subject of its own.
            let new_subject = matches!(&*next, "but" | "and")
                && t + 2 < clause_end
                && (mentions::Pronoun::parse(ctx.word(t + 2)).is_some()
                    || subject_starts(ctx, t + 2)
                        && !ctx.lower_is(t + 2, "that")
                        && verb_follows(ctx, t + 3, clause_end));
            if ctx.word(t) != "," {
                return new_subject;
            }
            cue_next
                || new_subject
                || !subordinate_kept
                    && matches!(
                        &*next,
                        "while"
                            | "as"
                            | "when"
                            | "because"
                            | "although"
                            | "though"
                            | "whereas"
                            | "until"
                            | "before"
                            | "after"
                    )
        })
        .unwrap_or(clause_end);
    if cue.object {
        end = object_end(ctx, quotes, start, end);
    }
    // "the novice who wants to unseat Rep. Wasserman Schultz is reaping …", "others who want to ban
    // abortion said …": after a relative clause's infinitive, the main clause's verb ends it.
    let relative = cue.group_start > 0
        && matches!(&*crate::lexicon::lower(ctx.word(cue.group_start - 1)), "who" | "which" | "that");
    if relative && ctx.lower_is(start, "to") {
        if let Some(t) = (start + 2..end).find(|&t| {
            let w = crate::lexicon::lower(ctx.word(t));
            (matches!(ctx.lex.word_class(&w), Some(WordClass::Aux | WordClass::Modal))
                || ctx.lex.cue(&w).is_some_and(|c| c.lemma == "say" && w != "say"))
                && !inside_quote(ctx, quotes, t)
                && !matches!(ctx.word(t - 1), "," | "to")
        }) {
            end = t;
        }
    }
    // The content must not end inside a quote: extend to its closing mark.
    if let Some(q) = ctx.doc.tokens().get(end.saturating_sub(1)).and_then(|t| {
        let i = quotes.partition_point(|q| q.span.end <= t.span.start);
        quotes.get(i).filter(|q| q.span.start <= t.span.start)
    }) {
        end = end.max(ctx.doc.token_index_at(q.span.end)).min(clause_end.max(end));
    }
    while end > start + 1 && matches!(ctx.word(end - 1), "." | "," | ";" | ":" | "!" | "?" | "—" | "–") {
        end -= 1;
    }
    let span = ctx.span(start, end);
    let q = quotes_inside(quotes, span);
    let kind = if q.is_empty() { ClaimKind::Indirect } else { ClaimKind::Mixed };
    Some((span, q, kind))
}

/// Verbs that report only with a topic or a quote after them: "spoke about the deal", not "spoke at a
/// rally" or "spoke Hebrew"; "continued: …", not "continues to be the favourite"; "showed", not
/// "showed up".
fn reports_here(ctx: &Context<'_, '_>, cue: &CueMatch, quotes: &[Quote], start: usize) -> bool {
    let w = crate::lexicon::lower(ctx.word(start));
    match cue.lemma.as_str() {
        "speak" => {
            matches!(&*w, "about" | "of" | "out" | "favorably" | "highly" | "against" | "up") || {
                let at = ctx.doc.tokens()[start].span.start;
                quotes.get(quotes.partition_point(|q| q.span.start < at)).is_some_and(|q| q.span.start == at)
            }
        }
        "continue" => w != "to" && !w.ends_with("ing"),
        // "showed up at the rally"
        "show" => w != "up",
        _ => true,
    }
}

/// Where the noun-phrase object of a verb like "opposed" or "praised" ends, for content tokens
/// `start..end`: before a comma, dash or parenthesis, an adverbial clause, a time phrase or a
/// prepositional adjunct ("opposed it as a candidate", "defended his endorsement this week on his radio
/// show", "blamed the media for …"). A clause ("praised that …", "defended how …") runs on.
fn object_end(ctx: &Context<'_, '_>, quotes: &[Quote], start: usize, end: usize) -> usize {
    let first = crate::lexicon::lower(ctx.word(start));
    let clausal = matches!(
        &*first,
        "that" | "whether" | "if" | "how" | "why" | "what" | "who" | "when" | "where" | "to"
    ) || matches!(&*first, "he" | "she" | "they" | "we" | "i");
    if clausal {
        return end;
    }
    let in_quote = |t: usize| inside_quote(ctx, quotes, t);
    (start + 1..end)
        .find(|&t| {
            let w = ctx.word(t);
            let lw = crate::lexicon::lower(w);
            let next_pronoun = t + 1 < end && mentions::Pronoun::parse(ctx.word(t + 1)).is_some();
            // "… has not endorsed Mr. Trump and has been a critic": the subject's next verb.
            // "… blamed the incident on hackers but later fessed up": an adverb after the conjunction.
            // "… calling him a “nice guy” and he didn’t …": a clause with a subject pronoun of its own.
            let next_verb = matches!(&*lw, "and" | "but")
                && t + 1 < end
                && (matches!(
                    ctx.lex.word_class(ctx.word(t + 1)),
                    Some(
                        WordClass::Aux | WordClass::Modal | WordClass::Neg | WordClass::Adv | WordClass::Time
                    )
                ) || matches!(
                    &*crate::lexicon::lower(ctx.word(t + 1)),
                    "he" | "she" | "they" | "we" | "i"
                ));
            // "5,000" and "two-year" are one word to a reader.
            let in_number = w == ","
                && t + 1 < end
                && ctx.touches(t - 1, t)
                && ctx.touches(t, t + 1)
                && ctx.word(t + 1).starts_with(|c: char| c.is_ascii_digit());
            let stop = (matches!(w, "," | ";" | "—" | "–" | "(")
                && !in_number
                && !(w == "," && list_goes_on(ctx, t, end)))
                || next_verb
                // ("criticized him for saying …": a participle after a preposition is the object's.)
                || OBJECT_STOPS.contains(&&*lw)
                    && !(lw == "saying" && ctx.lex.word_class(ctx.word(t - 1)) == Some(WordClass::Prep))
                || ctx.lex.word_class(&lw) == Some(WordClass::Verb)
                || (lw == "as" && next_pronoun);
            // "called him a “moderate,” a subtle dig …": a comma closing the quote ends the object.
            (stop && !in_quote(t)) || quote_closes_on(ctx, quotes, t, end)
        })
        .map_or(end, |t| if quote_closes_on(ctx, quotes, t, end) { t + 2 } else { t })
}

/// Whether token `t` is a comma inside a quotation that closes right after it (before `end`):
/// "called him a “moderate,” a subtle dig"; the phrase then ends after the mark.
fn quote_closes_on(ctx: &Context<'_, '_>, quotes: &[Quote], t: usize, end: usize) -> bool {
    ctx.word(t) == "," && t + 1 < end && is_closing_mark(ctx.word(t + 1)) && inside_quote(ctx, quotes, t)
}

/// The outlet a mention names, as the source it credits (span as written, canonical name).
fn outlet_source(m: &Mention) -> Option<(Span, String)> {
    match &m.kind {
        MentionKind::Outlet(name) => Some((m.span, name.clone())),
        _ => None,
    }
}

/// A mention as speaker, or, when it names an outlet, as source: an outlet is never the speaker of its
/// own report.
fn speaker_or_source(m: Mention) -> (Option<Mention>, Option<(Span, String)>) {
    match outlet_source(&m) {
        Some(source) => (None, Some(source)),
        None => (Some(m), None),
    }
}

/// Whether token `t` follows a comma, or a closing quote mark right after one ("… “founded ISIS,”
/// saying").
fn after_comma(ctx: &Context<'_, '_>, s0: usize, t: usize) -> bool {
    t > s0
        && (ctx.word(t - 1) == ","
            // (a closing '' after a comma: "… ''founded ISIS,'' saying")
            || t > s0 + 2 && ctx.word(t - 1) == "'" && ctx.word(t - 2) == "'" && ctx.word(t - 3) == ","
            || matches!(ctx.word(t - 1), "—" | "–" | "-") && !ctx.touches(t - 1, t)
            || t > s0 + 1 && is_closing_mark(ctx.word(t - 1)) && ctx.word(t - 2) == ",")
}

fn is_closing_mark(w: &str) -> bool {
    matches!(w, "”" | "\"")
}

/// The comma at `t` separates items of a list ("his parents, his siblings, his wife and his
/// children"): a short stretch after it, up to the next comma, holds "and" or "or".
fn list_goes_on(ctx: &Context<'_, '_>, t: usize, end: usize) -> bool {
    let first = crate::lexicon::lower(ctx.word(t + 1));
    // "Harold Doley, a banker and former official": an appositive after a name, not a list.
    let appositive = ctx.is_cap(t - 1) && ctx.lex.word_class(&first) == Some(WordClass::Det);
    if t + 1 >= end
        || appositive
        || matches!(ctx.lex.word_class(&first), Some(WordClass::Subord | WordClass::Pron))
        || matches!(&*first, "who" | "which" | "and" | "but" | "or")
    {
        return false;
    }
    (t + 1..end.min(t + 8))
        .take_while(|&u| !matches!(ctx.word(u), "," | ";" | "—" | "–" | "(" | "."))
        .any(|u| matches!(&*crate::lexicon::lower(ctx.word(u)), "and" | "or"))
}

/// Words that end a noun-phrase object: adverbial clauses and adjunct prepositions.
const OBJECT_STOPS: &[&str] = &[
    "after", "while", "because", "when", "before", "since", "despite", "though", "although", "even", "until",
    "if", "saying", "during",
];

/// An outlet credited by preposition or object in tokens `s0..s1`.
fn credited_outlet(ctx: &Context<'_, '_>, s0: usize, s1: usize) -> Option<(Span, String)> {
    let first = ctx.outlets.partition_point(|o| o.tokens.start < s0);
    for o in ctx.outlets[first..].iter().take_while(|o| o.tokens.start < s1) {
        let mut p = o.tokens.start;
        if p > s0 && ctx.lower_is(p - 1, "the") {
            p -= 1;
        }
        if p == s0 {
            continue;
        }
        let before = crate::lexicon::lower(ctx.word(p - 1));
        let before2 =
            if p >= s0 + 2 { crate::lexicon::lower(ctx.word(p - 2)) } else { std::borrow::Cow::Borrowed("") };
        let credited = matches!(&*before, "told" | "tells" | "telling")
            || (before == "to" && before2 == "according")
            || (before == "with" && matches!(&*before2, "interview" | "conversation" | "call"))
            || (before == "to"
                && matches!(&*before2, "statement" | "interview" | "said" | "spoke" | "speaking"))
            || matches!(&*before, "on" | "by") && matches!(&*before2, "appearing" | "interviewed" | "aired");
        if credited {
            return Some((o.span, o.name.clone()));
        }
    }
    None
}

/// Headline and transcript attributions: a sentence that opens with a name (after an optional
/// title) and a colon, "Rubio: I'm Not Interested" or "BENENSON: Senator Sanders doesn't get to
/// decide". The colon is the only cue, so the claim has none.
/// A quotation standing as its own paragraph, credited in the next one by a dash and a name
/// ("“I will look into it.”" ⏎ "— Hillary Clinton."): the named person or body said it.
fn dash_credits(ctx: &Context<'_, '_>, quotes: &[Quote], raw: &mut Vec<RawClaim>) {
    let doc = ctx.doc;
    let sents = doc.sentences();
    let paragraphs = doc.paragraphs();
    let mut with_claims = vec![false; paragraphs.len()];
    for r in raw.iter() {
        if let Some(w) = with_claims.get_mut(r.paragraph) {
            *w = true;
        }
    }
    for (si, s) in sents.iter().enumerate() {
        let (s0, s1) = (s.tokens.start, s.tokens.end);
        if si == 0
            || !opens_paragraph(ctx, si)
            || s1 < s0 + 2
            || !matches!(ctx.word(s0), "-" | "—" | "–" | "―")
        {
            continue;
        }
        let Some(np) = ctx.right_np(s0 + 1, s1) else { continue };
        let named = matches!(
            np.kind,
            MentionKind::Entity(
                crate::entities::EntityLabel::Person | crate::entities::EntityLabel::Organization
            )
        );
        if !named || np.tokens.start > s0 + 2 {
            continue;
        }
        // The paragraph before is one quotation, from its first character to its last.
        let Some(before) = s.paragraph.checked_sub(1).and_then(|p| paragraphs.get(p)) else { continue };
        let Some(q) = quotes
            .get(quotes.partition_point(|q| q.span.start < before.start))
            .filter(|q| q.span.start == before.start && q.span.end == before.end)
        else {
            continue;
        };
        if with_claims.get(s.paragraph - 1).copied().unwrap_or(true) {
            continue;
        }
        let (speaker, source) = speaker_or_source(np);
        raw.push(RawClaim {
            content: q.inner,
            quotes: vec![q.inner],
            kind: ClaimKind::Direct,
            speaker,
            cue: None,
            source,
            sentence: doc.sentence_at(q.span.start),
            paragraph: s.paragraph - 1,
            pos: q.span.start,
            follow_on: false,
            asker: false,
            confidence: 0.6,
        });
    }
}

fn colon_claims(ctx: &Context<'_, '_>, quotes: &[Quote], raw: &mut Vec<RawClaim>) {
    let doc = ctx.doc;
    let mut has_claim = vec![false; doc.sentences().len()];
    for r in raw.iter() {
        if let Some(h) = has_claim.get_mut(r.sentence) {
            *h = true;
        }
    }
    for (si, s) in doc.sentences().iter().enumerate() {
        if has_claim[si] {
            continue;
        }
        let (s0, s1) = (s.tokens.start, s.tokens.end);
        let Some(colon) = (s0 + 1..s1.min(s0 + 8)).find(|&t| ctx.word(t) == ":") else { continue };
        if colon + 3 >= s1 {
            continue;
        }
        let opens_paragraph = opens_paragraph(ctx, si);
        // A transcript's speaker label: "TAPPER: Do you think …" at the start of a paragraph.
        let label = opens_paragraph && transcript_label(ctx, s0, colon);
        let np = if label {
            Some(ctx.common_mention(s0, colon, crate::SpeakerKind::Person, false))
        } else {
            ctx.left_np(colon, s0)
        };
        let Some(np) = np else { continue };
        // A sure name: several words, a title, or a recognizer that is sure of it.
        let sure = np.tokens.len() > 1
            || np.role.is_some()
            || ctx.entity_at[np.tokens.start].is_some_and(|e| ctx.entities[e as usize].score >= 0.8);
        let named = sure
            && matches!(
                np.kind,
                MentionKind::Entity(
                    crate::entities::EntityLabel::Person | crate::entities::EntityLabel::Organization
                )
            );
        let role_only = np.role.is_some_and(|r| r.start == ctx.doc.tokens()[s0].span.start);
        // A headline names its speaker by surname or outlet alone ("Graham: Trump's rhetoric …",
        // "NY Daily News: …").
        let headline_name = is_headline(ctx, si)
            && np.tokens.start == s0
            && (matches!(np.kind, MentionKind::Outlet(_)) || headline_name(ctx, np.tokens.clone()));
        if !(named || headline_name || label) || (np.tokens.start != s0 && !role_only) {
            continue;
        }
        let (speaker, source) = speaker_or_source(np);
        let start = colon + 1;
        // A label that opens its paragraph speaks for the whole paragraph (a transcript's turn).
        let mut end = if opens_paragraph {
            doc.sentences()[si..]
                .iter()
                .take_while(|n| n.paragraph == s.paragraph)
                .last()
                .map_or(s1, |n| n.tokens.end)
        } else {
            s1
        };
        while end > start + 1 && matches!(ctx.word(end - 1), "." | "!" | "?") {
            end -= 1;
        }
        // "Hillary Clinton: 1,769." in a list of results states nothing.
        let words =
            (start..end).filter(|&t| ctx.doc.tokens()[t].kind == crate::text::TokenKind::Word).count();
        if words < 2 {
            continue;
        }
        let span = ctx.span(start, end);
        let quoted = quotes_inside(quotes, span);
        let kind = match quoted.as_slice() {
            [q] if span.len() <= q.len() + 8 => ClaimKind::Direct,
            [] => ClaimKind::Indirect,
            _ => ClaimKind::Mixed,
        };
        raw.push(RawClaim {
            content: span,
            quotes: quoted,
            kind,
            speaker,
            cue: None,
            source,
            sentence: si,
            paragraph: s.paragraph,
            pos: doc.tokens()[colon].span.start,
            follow_on: false,
            asker: false,
            confidence: 0.6,
        });
    }
}

/// Tokens `s0..colon` are a transcript's speaker label: one to three words in capitals ("TAPPER",
/// "JAKE TAPPER"), not a section heading ("BREAKING", "FULL TEXT") or an interview's "Q" and "A".
fn transcript_label(ctx: &Context<'_, '_>, s0: usize, colon: usize) -> bool {
    const HEADINGS: &[&str] = &[
        "BREAKING",
        "UPDATE",
        "UPDATED",
        "EXCLUSIVE",
        "WATCH",
        "VIDEO",
        "PHOTOS",
        "NOTE",
        "CORRECTION",
        "ABSTRACT",
        "FULL",
        "TEXT",
        "PREVIOUSLY",
        "SOURCE",
        "SOURCES",
        "RELATED",
        "READ",
        "MORE",
        "EDITOR",
        "WASHINGTON",
        "NEW",
        "YORK",
        "UPI",
        "AP",
        "AFP",
        "PS",
        "TL",
        "DR",
        "Q",
        "A",
    ];
    (1..=3).contains(&(colon - s0))
        && (s0..colon).all(|t| {
            let w = ctx.word(t);
            w.chars().count() >= 2
                && w.chars().all(|c| c.is_ascii_uppercase() || c == '-' || c == '\'')
                && !HEADINGS.contains(&w)
                && ctx.lex.place(w).is_none()
        })
}

/// Cue-less quotes that follow a quote of a known speaker in the same paragraph.
fn follow_on_quotes(ctx: &Context<'_, '_>, quotes: &[Quote], raw: &mut Vec<RawClaim>) {
    raw.sort_by_key(|r| r.pos);
    let mut extra = Vec::new();
    let mut r = 0usize;
    let mut last_quoted: Option<usize> = None; // index into raw of the latest claim with quotes
                                               // Claim contents by start, with the running maximum end: "does any claim overlap q?" becomes a
                                               // binary search instead of a scan of every claim for every quote.
    let mut contents: Vec<(usize, usize)> = raw.iter().map(|c| (c.content.start, c.content.end)).collect();
    contents.sort_unstable();
    let max_end: Vec<usize> = contents
        .iter()
        .scan(0, |m, &(_, e)| {
            *m = e.max(*m);
            Some(*m)
        })
        .collect();
    let overlaps_claim = |s: Span| {
        let k = contents.partition_point(|&(start, _)| start < s.end);
        k > 0 && max_end[k - 1] > s.start
    };
    for q in quotes {
        while r < raw.len() && raw[r].content.start <= q.span.start {
            if !raw[r].quotes.is_empty() {
                last_quoted = Some(r);
            }
            r += 1;
        }
        if overlaps_claim(q.inner) {
            continue;
        }
        // Short quotes are scare quotes, unless they make up a sentence of their own (“One is money.”).
        let whole_sentence = q.inner.as_str(ctx.doc.text()).trim_end().ends_with(['.', '!', '?'])
            && ctx.doc.sentences()[ctx.doc.sentence_at(q.span.start)].span.start == q.span.start;
        if q.words(ctx.doc.text()) < 4 && !whole_sentence {
            continue;
        }
        let Some(prev) = last_quoted.map(|i| &raw[i]) else { continue };
        if prev.paragraph != ctx.doc.sentences()[ctx.doc.sentence_at(q.span.start)].paragraph {
            continue;
        }
        if prev.speaker.is_none() {
            continue;
        }
        let sentence = ctx.doc.sentence_at(q.span.start);
        extra.push(RawClaim {
            content: q.inner,
            quotes: vec![q.inner],
            kind: ClaimKind::Direct,
            speaker: prev.speaker.clone(),
            cue: None,
            source: None,
            sentence,
            paragraph: prev.paragraph,
            pos: q.span.start,
            follow_on: true,
            asker: false,
            confidence: prev.confidence * 0.85,
        });
    }
    raw.extend(extra);
}

/// Confidence before speaker resolution; see the crate docs for the scheme.
fn base_confidence(cue: &CueMatch, kind: ClaimKind, speaker: Option<&Mention>, trailing: bool) -> f32 {
    let speaker_factor = match speaker.map(|m| &m.kind) {
        Some(MentionKind::Entity(_)) => 1.0,
        Some(MentionKind::Pronoun(_)) => 0.9,
        Some(MentionKind::Relative(_)) => 0.8,
        Some(MentionKind::Common { kind: crate::SpeakerKind::Person, .. }) => 0.9,
        Some(MentionKind::Common { .. }) => 0.75,
        Some(MentionKind::Outlet(_)) | None => 0.7,
    };
    let cue_factor = match (cue.form, cue.stance) {
        (CueForm::Finite, Stance::Neutral) => 1.0,
        (CueForm::Finite, _) => 0.92,
        (CueForm::Preposition, _) => 0.9,
        (CueForm::Passive, _) => 0.8,
        (CueForm::Gerund | CueForm::Base, _) => 0.75,
    };
    let kind_factor = match kind {
        ClaimKind::Direct => 1.0,
        ClaimKind::Mixed => 0.97,
        ClaimKind::Indirect => 0.93,
    };
    let position: f32 = if trailing { 1.0 } else { 0.98 };
    (0.95 * speaker_factor * cue_factor * kind_factor * position).clamp(0.0, 1.0)
}

/// Turn a resolved raw claim into the public type.
pub(crate) fn finish(
    text: &str,
    cues: &[CueMatch],
    r: &RawClaim,
    speaker: Option<crate::Speaker>,
    confidence: f32,
) -> Claim {
    let cue = r.cue.and_then(|i| cues.get(i));
    Claim {
        kind: r.kind,
        content: TextSpan::new(text, r.content),
        quotes: r.quotes.clone(),
        speaker,
        cue: cue.map(|c| Cue {
            text: c.span.as_str(text).to_string(),
            lemma: c.lemma.clone(),
            start: c.span.start,
            end: c.span.end,
        }),
        stance: cue.map_or(Stance::Neutral, |c| c.stance),
        negated: cue.is_some_and(|c| c.negated),
        source: r.source.as_ref().map(|(span, name)| Source {
            name: name.clone(),
            text: span.as_str(text).to_string(),
            start: span.start,
            end: span.end,
        }),
        sentence: r.sentence,
        confidence,
    }
}

/// Whether sentence `si` is the document's headline: the first sentence, alone in the first
/// paragraph, and short.
fn is_headline(ctx: &Context<'_, '_>, si: usize) -> bool {
    si == 0 && short_line(ctx, si)
}

/// Whether sentence `si` opens its paragraph.
fn opens_paragraph(ctx: &Context<'_, '_>, si: usize) -> bool {
    let sents = ctx.doc.sentences();
    si == 0 || sents.get(si).is_some_and(|s| sents[si - 1].paragraph != s.paragraph)
}

/// Whether sentence `si` is a short line: at most 40 tokens, alone in its paragraph.
fn short_line(ctx: &Context<'_, '_>, si: usize) -> bool {
    let sents = ctx.doc.sentences();
    sents.get(si).is_some_and(|s| {
        s.tokens.len() <= 40
            && opens_paragraph(ctx, si)
            && sents.get(si + 1).is_none_or(|n| n.paragraph != s.paragraph)
    })
}

/// A headline in title case ("Conservative Icon Endorses Ted Cruz"), where capitals mark no names.
fn headline_title_case(ctx: &Context<'_, '_>, si: usize) -> bool {
    // The document's headline, or a title-case line standing alone in the body (a related headline,
    // a list entry).
    if !short_line(ctx, si) {
        return false;
    }
    let s = &ctx.doc.sentences()[si];
    // Capitalised words with lower-case letters: "Endorses", not "SAID" in a text set in capitals.
    let (mut words, mut titled) = (0usize, 0usize);
    for t in s.tokens.start + 1..s.tokens.end {
        let w = ctx.word(t);
        if w.chars().count() >= 4 && w.chars().all(char::is_alphabetic) {
            words += 1;
            titled += usize::from(ctx.is_cap(t) && w.chars().any(char::is_lowercase));
            // Even if every word left were titled, three in four could no longer be.
            if (words - titled) * 4 > words + (s.tokens.end - t - 1) {
                return false;
            }
        }
    }
    words >= 2 && titled * 4 >= words * 3
}

/// Capitalised words, as a headline names a person or body ("Graham", "Jeb Bush Super PAC Chief"),
/// not a shouted phrase ("FIX IS IN", "BREAKING") or a phrase with a determiner ("The Latest").
fn headline_name(ctx: &Context<'_, '_>, toks: std::ops::Range<usize>) -> bool {
    let n = toks.len();
    (1..=6).contains(&n)
        && toks.clone().all(|t| ctx.is_cap(t) || matches!(ctx.word(t), "." | "\'" | "’" | "s" | "-"))
        && !toks.clone().any(|t| ctx.lex.word_class(ctx.word(t)).is_some())
        && !toks.clone().all(|t| !ctx.word(t).chars().any(char::is_lowercase))
}

/// Claims of a title-case headline: "Conservative Icon Morton Blackwell Endorses Ted Cruz",
/// "Trump Says He's Unlikely To …". The speaker is the capitalised phrase before the verb (after a
/// "Name:" lead), the content what follows it. `cues` are the headline's (the first has index
/// `first` in the document's list). Returns whether it made a claim.
fn headline_claims(
    ctx: &Context<'_, '_>,
    cues: &[CueMatch],
    first: usize,
    quotes: &[Quote],
    sent: &crate::text::Sentence,
    out: &mut Vec<RawClaim>,
) -> bool {
    let (s0, mut s1) = (sent.tokens.start, sent.tokens.end);
    while s1 > s0 + 1 && matches!(ctx.word(s1 - 1), "." | "!" | "?") {
        s1 -= 1;
    }
    let colon = (s0..s1).find(|&t| ctx.word(t) == ":");
    for (k, cue) in cues.iter().enumerate() {
        let ci = first + k;
        let lead = colon.filter(|&c| c < cue.group_start).map_or(s0, |c| c + 1);
        if cue.group_start <= lead || cue.tokens.end >= s1 || !headline_name(ctx, lead..cue.group_start) {
            continue;
        }
        let speaker = match ctx.outlet_at[cue.group_start - 1] {
            Some(_) => ctx.left_np(cue.group_start, lead),
            None => None,
        }
        .unwrap_or_else(|| ctx.common_mention(lead, cue.group_start, crate::SpeakerKind::Unknown, false));
        let mut end = s1;
        if cue.object {
            end = object_end(ctx, quotes, cue.tokens.end, end);
        }
        let start = if ctx.lower_is(cue.tokens.end, "that") { cue.tokens.end + 1 } else { cue.tokens.end };
        if start >= end {
            continue;
        }
        let content = ctx.span(start, end);
        let quoted = quotes_inside(quotes, content);
        let kind = if quoted.is_empty() { ClaimKind::Indirect } else { ClaimKind::Mixed };
        let (speaker, source) = speaker_or_source(speaker);
        out.push(RawClaim::from_cue(
            cue,
            ci,
            sent.paragraph,
            (content, quoted, kind),
            speaker,
            source,
            false,
        ));
        return true;
    }
    false
}
