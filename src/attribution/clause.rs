//! Where a cue's content must stop when its sentence holds several cues: at the next trailing
//! attribution ("…, Reuters reported"), at a second speaker's clause ("… and the president said
//! …"), at a later verb with its own subject; and, for one cue, at the end of a relative clause
//! ("…, who spoke on Monday, said") or of a fronted adverbial clause ("When Smith said …, the
//! markets fell").

use crate::cues::{CueForm, CueMatch};
use crate::lexicon::WordClass;
use crate::text::TokenKind;
use crate::Stance;

use super::content::{is_trailing, skip_prelude, subject_goes_on, Purpose};
use super::context::{Bounds, Context};
use super::mentions::MentionKind;
use super::speaker::Frame;
use super::words;

/// The clause map of one sentence: for each cue whether it trails its clause, which trailing cue
/// comes next, and how many colons and semicolons precede each token.
pub(crate) struct Clauses<'a> {
    cues: &'a [CueMatch],
    frames: &'a [Frame],
    b: Bounds,
    /// For each cue: it is at the end of its clause, so its content is on the left.
    pub trailing: Vec<bool>,
    /// For each cue, the next trailing one after it (only where a cue after the first trails).
    next_trailing: Vec<Option<usize>>,
    /// Colons and semicolons before each token of the sentence, from its start.
    separators: Vec<u32>,
}

impl<'a> Clauses<'a> {
    pub fn new(ctx: &Context<'_, '_>, cues: &'a [CueMatch], frames: &'a [Frame], b: Bounds) -> Self {
        let trailing: Vec<bool> =
            cues.iter().zip(frames).map(|(c, f)| is_trailing(ctx, c, f, b.end)).collect();
        let (mut next_trailing, mut separators) = (Vec::new(), Vec::new());
        // (Most sentences need neither table.)
        if trailing.iter().skip(1).any(|&t| t) {
            next_trailing = vec![None; frames.len()];
            for k in (0..frames.len() - 1).rev() {
                next_trailing[k] = if trailing[k + 1] { Some(k + 1) } else { next_trailing[k + 1] };
            }
            separators.reserve(b.end - b.start + 1);
            separators.push(0u32);
            for t in b.start..b.end {
                let n = separators[t - b.start] + u32::from(matches!(ctx.word(t), ";" | ":"));
                separators.push(n);
            }
        }
        Clauses { cues, frames, b, trailing, next_trailing, separators }
    }

    /// "He promised to defeat Randolph …, Frankel said.": a trailing attribution set off at the end
    /// takes the whole clause before it, and cue `k` inside that clause is part of its content.
    /// (Only the next trailing cue can; a colon or semicolon between them parts the clauses; a
    /// quote closing on a comma sets it off too: "Grayson said Randolph “would lose,” the source
    /// recalled".)
    pub fn inside_later(&self, ctx: &Context<'_, '_>, k: usize) -> bool {
        let (cue, s0) = (&self.cues[k], self.b.start);
        !self.trailing[k]
            && self.next_trailing.get(k).copied().flatten().is_some_and(|j| {
                // (Not a participle, which goes on from the attribution: "“…,” said Ines
                // Carvalho of the Morar collective, speaking by phone".)
                if self.cues[j].form == CueForm::Gerund {
                    return false;
                }
                // ("Adaeze Nwosu said the naira would stabilise, according to a statement": a
                // source after a clause that names its own speaker tells where the words were
                // found; the speaker's claim stands.)
                if self.relayed_by(ctx, k, j) || self.heard_of(k, j) {
                    return false;
                }
                let c = self.frames[j].cluster.start;
                // ("The airline plans to retire its oldest jets, according to The Wall Street
                // Journal": an attitude an outlet reports is the outlet's claim; words said stay
                // the speaker's, with the outlet as their source.)
                let attitude = cue.act == crate::Act::Attitude;
                self.frames[j]
                    .speaker
                    .as_ref()
                    .is_some_and(|m| attitude || !matches!(m.kind, MentionKind::Outlet(_)))
                    && c > cue.tokens.end
                    && c > s0
                    && (matches!(ctx.word(c - 1), "—" | "–") || ctx.after_comma(s0, c))
                    && self.separators[c - s0] == self.separators[cue.tokens.end.min(c) - s0]
            })
    }

    /// "Pyke stopped and told the call handler he “didn't see her at all”, the court heard": whether
    /// cue `j` is a court's hearing after the clause of cue `k` that names its own speaker (whose
    /// claim stands; the court only heard it).
    pub fn heard_of(&self, k: usize, j: usize) -> bool {
        self.cues[j].lemma == super::listener::LISTENING && self.names_own_speaker(k)
    }

    /// Whether the next trailing attribution after cue `k`, right after token `end` but for
    /// punctuation, credits an outlet ("The council has welcomed the plan, Reuters reported").
    pub fn outlet_right_after(&self, ctx: &Context<'_, '_>, k: usize, end: usize) -> bool {
        let Some(j) = self.next_trailing.get(k).copied().flatten() else { return false };
        let start = self.frames[j].cluster.start;
        self.frames[j].speaker.as_ref().is_some_and(|m| matches!(m.kind, MentionKind::Outlet(_)))
            && end < start
            && (end..start).all(|t| ctx.is_punct(t) || ctx.lower_is(t, "the"))
    }

    /// "Adaeze Nwosu said the naira would stabilise, according to a statement": whether cue `j`,
    /// an "according to" after the clause of cue `k` that names its own speaker, tells only where
    /// that speaker's words were found.
    pub fn relayed_by(&self, ctx: &Context<'_, '_>, k: usize, j: usize) -> bool {
        self.cues[j].form == CueForm::Preposition && self.names_own_speaker(k) && self.a_statement(ctx, j)
    }

    /// "According to court documents, Brandon Elsworth told investigators he had been drinking":
    /// whether cue `k`, an "according to" opening the sentence that names a statement, a record or
    /// the press, is followed right after its comma by a speaker and a verb of saying of their own
    /// (whose claim stands; the source tells where it was found).
    pub fn relays_fronted(&self, ctx: &Context<'_, '_>, k: usize) -> bool {
        let (cue, f) = (&self.cues[k], &self.frames[k]);
        let Some(src) = f.speaker.as_ref() else { return false };
        let comma = src.tokens.end;
        let opens =
            cue.form == CueForm::Preposition && cue.group_start == self.b.start && ctx.word(comma) == ",";
        opens
            && self.a_statement(ctx, k)
            && (k + 1..self.cues.len()).any(|j| {
                let c = &self.cues[j];
                // (Not what searchers found, a thing: "According to court documents, police found a
                // hammer …" reports the documents.)
                let searchers_find =
                    |m: &super::mentions::Mention| c.lemma == "find" && super::deeds::searchers(ctx, m);
                c.form == CueForm::Finite
                    && c.act == crate::Act::Speech
                    && self.frames[j].speaker.as_ref().is_some_and(|m| {
                        m.tokens.start == comma + 1
                            && matches!(m.kind, MentionKind::Entity(_) | MentionKind::Common { .. })
                            && !searchers_find(m)
                    })
            })
    }

    /// Whether cue `k` is "said" or "says" and its frame names a speaker (no pronoun, no outlet,
    /// no relative).
    fn names_own_speaker(&self, k: usize) -> bool {
        let cue = &self.cues[k];
        cue.form == CueForm::Finite
            && matches!(cue.lemma.as_str(), "say" | "tell")
            && self.frames[k].speaker.as_ref().is_some_and(|m| {
                !m.is_relative() && matches!(m.kind, MentionKind::Entity(_) | MentionKind::Common { .. })
            })
    }

    /// Whether the source of cue `j` ("according to …") is a statement or another speech act by
    /// its noun ("a statement", "the ministry's statement"), a record of one ("a transcript
    /// released by investigators", "court documents"), or a medium that carried it ("state
    /// media", "the state news agency").
    fn a_statement(&self, ctx: &Context<'_, '_>, j: usize) -> bool {
        let act = |t: usize| words::is_speech_act_noun(ctx.lower(t)) || words::is_record_noun(ctx.lower(t));
        self.frames[j].speaker.as_ref().is_some_and(|m| {
            // ("a statement", "the ministry's statement", "a statement released late Wednesday")
            let last = m.tokens.end.saturating_sub(1);
            let medium = words::is_press_noun(ctx.lower(last));
            m.tokens.end > 0 && (act(last) || medium) || m.tokens.clone().take(3).any(act)
        })
    }

    /// Where the content of cue `k` must end (exclusive token): before the next cue that opens a
    /// clause of its own, the end of a relative or fronted clause holding the cue, or the end of
    /// the sentence.
    pub fn content_end(&self, ctx: &Context<'_, '_>, k: usize) -> usize {
        let (cue, f) = (&self.cues[k], &self.frames[k]);
        let clause_end = (k + 1..self.frames.len())
            .find(|&j| {
                (self.trailing[j] && self.set_off(ctx, j)
                    || self.coordinated(ctx, j)
                    || self.new_clause(ctx, k, j))
                    && self.cues[j].tokens.start > f.after
                    && !self.reduced_relative(ctx, j)
                    && !self.same_subject_goes_on(ctx, k, j)
                    && !self.in_prelude(ctx, k, j)
            })
            .map_or(self.b.end, |j| {
                let b = self.boundary(ctx, k, j);
                let end = self.lead_before(ctx, j, b).filter(|&l| l > f.after).unwrap_or(b);
                ctx.trim_back(end, f.after)
            });
        if f.speaker.as_ref().is_some_and(|m| m.is_relative()) || passive_in_relative(ctx, cue, self.b.start)
        {
            // A relative clause ("…, who spoke on Monday, said …") ends at its closing comma. (A
            // quote closing on that comma stays whole: "…, who called the plan “reckless,” said".)
            // ("Analysts who praised the deal warned that costs could rise": with no comma, where
            // the verb whose subject holds the clause starts.)
            // ("…, who said she pays €1,950 a month": a thousands comma reads as its number,
            // `Context::word`.)
            let clause_end = self.verb_of_subject_holding(k).unwrap_or(clause_end);
            (f.after..clause_end).find(|&t| ctx.word(t) == ",").map_or(clause_end, |t| {
                if ctx.quote_closes_on(t, clause_end) {
                    t + 2
                } else {
                    t
                }
            })
        } else if cue.form != CueForm::Preposition
            && (in_fronted_clause(ctx, self.b.start, f.cluster.start)
                || as_clause_with_object(ctx, cue, self.b, f))
        {
            // "Three years after Republicans vowed to court Latinos, the party has done the
            // opposite": the report ends where the main clause's subject starts.
            (f.after..clause_end)
                .find(|&t| {
                    ctx.word(t) == "," && t + 1 < clause_end && main_subject(ctx, f.after, t + 1, clause_end)
                })
                .unwrap_or(clause_end)
        } else {
            clause_end
        }
    }

    /// The start of the verb group of a later cue whose speaker holds cue `k` (a relative clause
    /// in the subject: "Analysts who praised the deal warned …").
    fn verb_of_subject_holding(&self, k: usize) -> Option<usize> {
        let span = self.cues[k].span;
        (k + 1..self.frames.len())
            .find(|&j| {
                self.frames[j]
                    .speaker
                    .as_ref()
                    .is_some_and(|m| m.span.start <= span.start && span.end <= m.span.end)
            })
            .map(|j| self.cues[j].group_start)
    }

    /// Where cue `j`'s attribution starts, seen from cue `k`: its cluster, or its verb group when
    /// the cluster reaches back into cue `k`'s.
    fn boundary(&self, ctx: &Context<'_, '_>, k: usize, j: usize) -> usize {
        // (With the name's article: "…; the Red Crescent said"; with its home: "…, Japanese
        // newspaper Nikkei reported".)
        let c =
            self.with_time_adverb(ctx, j).min(home_before(ctx, self.b.start, self.frames[j].cluster.start));
        if c > self.frames[k].after {
            c
        } else {
            self.cues[j].group_start
        }
    }

    /// "The penalty, Marsh said, was “never a penalty,” and the result, he added, flattered the
    /// home side": where the first part of what attribution `j` (starting at `c`) interrupts
    /// begins, at the conjunction after a comma before a short phrase with no verb, when a comma
    /// sets the attribution off on both sides and a verb follows it.
    fn lead_before(&self, ctx: &Context<'_, '_>, j: usize, c: usize) -> Option<usize> {
        const MAX_LEAD: usize = 6;
        let after = self.frames[j].after;
        let verb_next =
            after + 1 < self.b.end && ctx.word(after) == "," && ctx.verb_follows(after + 1, after + 2);
        if !verb_next || c < 3 || ctx.word(c - 1) != "," {
            return None;
        }
        let and = (c.saturating_sub(MAX_LEAD + 2)..c - 2).rev().find(|&t| {
            matches!(ctx.lower(t), "and" | "but") && matches!(ctx.word(t - 1), "," | "”" | "\"")
        })?;
        let plain = (and + 1..c - 1).all(|t| {
            ctx.kind(t) == TokenKind::Word
                && ctx.cue(t).is_none()
                && !matches!(ctx.lower_class(t), Some(WordClass::Aux | WordClass::Modal | WordClass::Verb))
        });
        plain.then_some(and)
    }

    /// Whether cue `j`'s attribution is set off by a comma, dash, quote or semicolon ("…, Reuters
    /// reported"); "… a million tweets with the hashtag" is part of the content.
    fn set_off(&self, ctx: &Context<'_, '_>, j: usize) -> bool {
        let c = home_before(ctx, self.b.start, self.frames[j].cluster.start);
        let named = self.frames[j].speaker.is_some() || ctx.lower_is(c, "it");
        named && c > self.b.start && matches!(ctx.word(c - 1), "," | "—" | "–" | "”" | "\"" | "'" | "’" | ";")
    }

    /// Where cue `j`'s attribution starts with the article of its name ("…; the Red Crescent
    /// said") and a time adverb between a conjunction and its subject ("…, and now some close
    /// allies are hoping …").
    fn with_time_adverb(&self, ctx: &Context<'_, '_>, j: usize) -> usize {
        let c = ctx.with_article(self.frames[j].cluster.start);
        let subject_first =
            self.frames[j].speaker.as_ref().is_some_and(|m| ctx.with_article(m.tokens.start) == c);
        let adverb = c > self.b.start + 1
            && subject_first
            && matches!(ctx.lower(c - 1), "now" | "then")
            && matches!(ctx.lower(c - 2), "and" | "but");
        if adverb {
            c - 1
        } else if self.frames[j]
            .speaker
            .as_ref()
            .is_some_and(|m| subject_first && matches!(m.kind, MentionKind::Entity(_)))
        {
            described_name(ctx, self.b.start, c)
        } else {
            c
        }
    }

    /// "… the talks had failed and the president said …": a second speaker starts a new clause.
    fn coordinated(&self, ctx: &Context<'_, '_>, j: usize) -> bool {
        // ("…; the Red Crescent said …": with the name's article.)
        let c = self.with_time_adverb(ctx, j);
        self.frames[j].speaker.as_ref().is_some_and(|m| !m.is_relative())
            && c > self.b.start
            && (matches!(ctx.lower(c - 1), "and" | "but" | ";" | "while" | "whereas") || self.even_as(ctx, c))
            && !self.backshifted(ctx, j)
    }

    /// "MacAskill says his government will not reopen the contract, even as their union warns
    /// members could walk off the job": "even as" before the clause starting at `c`. (A concession,
    /// "…, though he said …", is `new_clause`'s.)
    fn even_as(&self, ctx: &Context<'_, '_>, c: usize) -> bool {
        c > self.b.start + 1 && ctx.lower_is(c - 1, "as") && ctx.lower_is(c - 2, "even")
    }

    /// "Jones said he was sad and would speak to the players": after a past verb of saying earlier
    /// in the sentence, a modal of the past after "and" goes on with what was said.
    fn backshifted(&self, ctx: &Context<'_, '_>, j: usize) -> bool {
        let c = self.frames[j].cluster.start;
        c > self.b.start
            && ctx.lower_is(c - 1, "and")
            && matches!(ctx.lower(c), "would" | "could" | "might" | "had")
            && self.cues[..j].iter().any(|k| matches!(ctx.lower(k.tokens.start), "said" | "told"))
    }

    /// "… promised to push harder, opposed the trade deal", "… to ban them after the agency called
    /// for the ban", "…; Mrs. Clinton aims to …": a later verb `j` with its own subject (or the
    /// same subject again) opens a clause of its own after cue `k`.
    fn new_clause(&self, ctx: &Context<'_, '_>, k: usize, j: usize) -> bool {
        let (cue, f, cj) = (&self.cues[k], &self.frames[k], &self.cues[j]);
        let (b, s0) = (self.boundary(ctx, k, j), self.b.start);
        // "saying …, but suggesting …": parallel participles.
        let parallel = cj.form == CueForm::Gerund
            && b > s0
            && cue.form == CueForm::Gerund
            && matches!(ctx.lower(b - 1), "and" | "but");
        // "insisted that he has “expanded the party,” claiming that …", "said X, adding that …"
        let comma_participle = cj.form == CueForm::Gerund && ctx.after_comma(s0, b);
        // ("Police said the woman, 34, had admitted the theft": the comma closes the subject's
        // appositive, no clause.)
        let appositive = |m: &super::mentions::Mention| {
            ctx.word(b - 1) == ","
                && m.tokens.start >= f.after
                && m.tokens.end + 1 < b - 1
                && ctx.word(m.tokens.end) == ","
        };
        self.frames[j].speaker.as_ref().is_some_and(|m| !m.is_relative() && !appositive(m))
            && (matches!(cj.form, CueForm::Finite | CueForm::Base) || parallel || comma_participle)
            && b > f.after + 1
            && b > s0
            && (words::is_clause_link(ctx.lower(b - 1)) || comma_participle)
            && (!subordinate_of_saying(ctx, cue, f, b) || concessive_report(ctx, cj, s0, b))
            && !self.backshifted(ctx, j)
            && !self.nested_relative(ctx, j, b)
    }

    /// "… warned that a wave of new, larger ships ordered during the pandemic boom is flooding the
    /// market": cue `j`, a past form right after a common noun, then a preposition's phrase and the
    /// sentence's own verb (no second subject before it), is a participle describing the noun (a
    /// reduced relative clause); it opens no clause. ("Officials said during a briefing the plan
    /// is dead": a determiner opens another subject.)
    fn reduced_relative(&self, ctx: &Context<'_, '_>, j: usize) -> bool {
        const MAX_PHRASE: usize = 8;
        let (cj, f) = (&self.cues[j], &self.frames[j]);
        let c = cj.tokens.start;
        let w = ctx.lower(c);
        let after_noun = f
            .speaker
            .as_ref()
            .is_some_and(|m| matches!(m.kind, MentionKind::Common { .. }) && m.tokens.end == c);
        let p = cj.tokens.end;
        if !(cj.form == CueForm::Finite
            && cj.group_start == c
            && cj.lemma != "say"
            && words::is_past_form(w)
            && after_noun
            && p + 2 < self.b.end
            && ctx.lower_class(p) == Some(WordClass::Prep))
        {
            return false;
        }
        let det =
            |t: usize| matches!(ctx.lower_class(t), Some(WordClass::Det | WordClass::Poss | WordClass::Pron));
        let verb = (p + 2..self.b.end.min(p + 2 + MAX_PHRASE))
            .take_while(|&t| ctx.kind(t) == TokenKind::Word)
            .find(|&t| matches!(ctx.lower_class(t), Some(WordClass::Aux | WordClass::Modal)));
        verb.is_some_and(|v| !(p + 2..v).any(det))
    }

    /// "Police said on Monday, citing witnesses, that the gunman fled": cue `j` sits in the aside
    /// between cue `k` and the "that" that opens its content, which goes on past it.
    fn in_prelude(&self, ctx: &Context<'_, '_>, k: usize, j: usize) -> bool {
        let (cue, f) = (&self.cues[k], &self.frames[k]);
        skip_prelude(ctx, cue, f.after, self.b.end, Purpose::Content) > self.cues[j].tokens.end
    }

    /// "Police said officers were called to the address and found a woman injured": cue `j`, a verb
    /// right after "and" that goes on with the reported clause's own subject (see
    /// [`subject_goes_on`]), is part of cue `k`'s content.
    fn same_subject_goes_on(&self, ctx: &Context<'_, '_>, k: usize, j: usize) -> bool {
        let (cue, f, cj) = (&self.cues[k], &self.frames[k], &self.cues[j]);
        let b = cj.group_start;
        // (Cue `k` takes a clause, and `j` is a bare finite verb: not "has asked leaders to … and
        // has characterized him", "thanked its members … and called …", "… and vowing …".)
        // ("Castellanos wrote on Instagram that she was “heartbroken” but hoped to be fit": a verb
        // of doing too, when a "that" opens its clause.)
        let start = || skip_prelude(ctx, cue, f.after, b, Purpose::Content);
        let that_clause = || {
            cue.deed && !cue.object && {
                let s = start();
                s > f.after && ctx.lower_is(s - 1, "that")
            }
        };
        let clause_cue = matches!(cue.form, CueForm::Finite | CueForm::Base)
            && (!cue.object && !cue.deed || that_clause());
        // (Or a pluperfect, backshifted: "… was remorseful and had written to the family".)
        // ("… said it had hired 212 nurses since January and was offering incentives …": a
        // backshifted progressive too.)
        let progressive = cj.form == CueForm::Gerund
            && b + 1 == cj.tokens.start
            && matches!(ctx.lower(b), "was" | "were")
            && past_cue(ctx, cue);
        let bare = cj.form == CueForm::Finite
            && (b == cj.tokens.start || b + 1 == cj.tokens.start && ctx.lower_is(b, "had"))
            || progressive;
        // ("Haddad said he had an open mind but wanted to see …": "but" too, after a pronoun, the
        // speaker again; not "said families should decide but encouraged parents to …", the
        // speaker's own act.)
        // ("Thériault said his party would support the bill but would propose amendments": a
        // backshifted modal after a cue in the past, the reported subject again, whoever it is.)
        let backshifted = cj.form == CueForm::Base && backshifted_modal(ctx, cue, b, cj.tokens.start);
        // ("The ministry said it would study the proposal but did not want to rush into changes":
        // a verb of attitude negated with "did"; not "… but did not say when", the speaker's.)
        let did_not = cj.form == CueForm::Base
            && ctx.lower_is(b, "did")
            && cj.negated
            && cj.act == crate::Act::Attitude
            && !words::is_comment_verb(ctx.lower(cj.tokens.end + 1));
        if b < 2
            || !matches!(ctx.lower(b - 1), "and" | "but")
            || !clause_cue
            || !(bare || backshifted || did_not)
        {
            return false;
        }
        let start = start();
        let pronoun = super::mentions::Pronoun::at(ctx, start).is_some();
        // ("Sebola said the party had “full confidence” in the mayor but expected a written report
        // …": a verb of attitude after "but" goes on with the reported subject.)
        let attitude = bare && cj.act == crate::Act::Attitude;
        // ("Van der Merwe said the company was in talks with the government and was confident of
        // reaching “a fair outcome”": an attitude stated with a backshifted "was" or "were" goes on
        // with the reported subject, after a cue in the past.)
        // ("… many of his colleagues were “deeply uneasy” but did not want to embarrass the
        // government": one negated with "did" too, after any subject.)
        let backshifted_be = (attitude && matches!(ctx.lower(b), "was" | "were") || did_not)
            && past_cue(ctx, cue)
            && ctx.word(b - 2) != ",";
        (ctx.lower_is(b - 1, "and") || pronoun || backshifted || attitude || backshifted_be)
            && start + 1 < b - 1
            && (backshifted_be || subject_goes_on(ctx, cue, start, b - 1))
    }

    /// "Jones said the decision, which officials described as final, would be appealed": a
    /// relative clause opened by "which" right before the attribution `j` (starting at `b`), closed
    /// by a comma before the main clause's verb, sits inside the content.
    fn nested_relative(&self, ctx: &Context<'_, '_>, j: usize, b: usize) -> bool {
        let s1 = self.b.end;
        b > self.b.start + 1
            && ctx.lower_is(b - 1, "which")
            && ctx.word(b - 2) == ","
            && (self.cues[j].tokens.end..s1)
                .find(|&t| matches!(ctx.word(t), "," | ";" | "—" | "–"))
                .is_some_and(|c| {
                    // (Or an infinitive: "hired advisers, which it declined to name, to review a sale".)
                    ctx.word(c) == ","
                        && c + 1 < s1
                        && (ctx.verb_follows(c + 1, c + 2) || ctx.lower_is(c + 1, "to"))
                })
    }
}

/// Whether token `t` is a lower-case word, no cue, that can describe a speaker named after it
/// ("business daily", "fellow councillor").
fn describing_word(ctx: &Context<'_, '_>, t: usize) -> bool {
    ctx.kind(t) == TokenKind::Word && !ctx.is_cap(t) && ctx.cue(t).is_none()
}

/// "…, Japanese newspaper Nikkei reported", "…, Swedish business daily Dagens Industri reported",
/// "…, Japan's Nikkei reported": where an attribution whose cluster starts at `c` starts with the
/// lower-case words describing its speaker and the demonym or the place's possessive before them,
/// when a comma or a dash sets that off (after `s0`); otherwise `c`.
fn home_before(ctx: &Context<'_, '_>, s0: usize, c: usize) -> usize {
    const MAX_DESCRIPTION: usize = 3;
    let describes = |t: usize| {
        describing_word(ctx, t) && ctx.lower_class(t).is_none() && !(t > 0 && ctx.possessive_s(t - 1, t + 1))
    };
    let mut t = c;
    while t > s0 + 1 && c - t < MAX_DESCRIPTION && describes(t - 1) {
        t -= 1;
    }
    // ("Japan's": the place, then its possessive mark.)
    let p = if t >= s0 + 3 && ctx.possessive_s(t - 2, t) { t - 2 } else { t };
    let home = ctx.entity(p.saturating_sub(1)).filter(|e| {
        matches!(e.label, crate::entities::EntityLabel::Misc | crate::entities::EntityLabel::Location)
            && ctx.doc.token_index_at(e.span.end) == p
    });
    let Some(e) = home.filter(|_| p > s0 + 1) else { return c };
    let start = ctx.doc.token_index_at(e.span.start);
    if start > s0 && matches!(ctx.word(start - 1), "," | "—" | "–") {
        start
    } else {
        c
    }
}

/// "… said his party would support the bill but would propose amendments": "would", "could",
/// "…, while his colleague Sarah Flint said …", "… but fellow councillor Sarah Flint said": where
/// a speaker named at `c` starts with the few lower-case words describing them, when a
/// conjunction of clauses opens the description (otherwise `c`).
fn described_name(ctx: &Context<'_, '_>, s0: usize, c: usize) -> usize {
    const MAX_DESCRIPTION: usize = 3;
    let describes =
        |t: usize| describing_word(ctx, t) && matches!(ctx.lower_class(t), None | Some(WordClass::Poss));
    let start = (c.saturating_sub(MAX_DESCRIPTION).max(s0 + 1)..c).rev().take_while(|&t| describes(t)).last();
    // (A clause's "and" after a comma: not "Mr. Manafort and his colleagues Phil Griffin and
    // Catherine Barnes pressed …", one subject.)
    let link = |t: usize| match ctx.lower(t - 1) {
        "and" => t > s0 + 1 && ctx.word(t - 2) == ",",
        w => matches!(w, "but" | "while" | "whereas" | ";"),
    };
    match start {
        Some(t) if link(t) => t,
        _ => c,
    }
}

/// "might" or "should" (and "not") from `b` up to the verb at `verb`, after a cue in the past tense.
fn backshifted_modal(ctx: &Context<'_, '_>, cue: &CueMatch, b: usize, verb: usize) -> bool {
    past_cue(ctx, cue)
        && b < verb
        && matches!(ctx.lower(b), "would" | "could" | "might" | "should")
        && (b + 1..verb).all(|t| matches!(ctx.lower(t), "not" | "also" | "still" | "n't"))
}

/// Whether `cue` is written in the past ("said", "told", "warned"), so that what it reports is
/// backshifted.
fn past_cue(ctx: &Context<'_, '_>, cue: &CueMatch) -> bool {
    let w = ctx.lower(cue.tokens.start);
    matches!(w, "said" | "told") || w.ends_with("ed")
}

/// "Smith said the fire was deliberate, though he said no arrests had been made": a concession
/// set off by a comma (also one inside a closing quote: "was “the easiest we’ve tested,” though it
/// noted …") whose own verb reports is a second claim, not part of the first.
fn concessive_report(ctx: &Context<'_, '_>, cj: &CueMatch, s0: usize, b: usize) -> bool {
    b >= 2
        && ctx.after_comma(s0, b - 1)
        && matches!(ctx.lower(b - 1), "though" | "although")
        && cj.act == crate::Act::Speech
}

/// After a verb of saying, what follows belongs to what was said: "Kelly said she asked for it
/// because she wanted …" (a subordinate clause), "She said, if elected, she would ask …" (a phrase
/// set off right after the cue), for a later verb whose attribution starts at `b`.
fn subordinate_of_saying(ctx: &Context<'_, '_>, cue: &CueMatch, f: &Frame, b: usize) -> bool {
    // ("He admitted the Lions' discipline “still needs a lot of work” after they conceded 14
    // penalties": a statement of another stance too, with no comma before the clause.)
    let statement = cue.stance == Stance::Neutral || cue.stance.is_statement() && ctx.word(b - 1) != ",";
    statement
        && (words::is_adverbial_clause(ctx.lower(b - 1))
            || ctx.word(b - 1) == ","
                && f.after + 1 < b
                && ctx.word(f.after) == ","
                && b - f.after <= 8
                && matches!(ctx.class(f.after + 1), Some(WordClass::Subord | WordClass::Prep))
                && !(f.after + 1..b - 1).any(|t| ctx.word(t) == ","))
}

/// "Carrick captain Will Ashdown, who was shown a yellow card in the 62nd minute, accepted …": a
/// passive cue right after ", who" or ", which" and its auxiliary, a relative clause set off by
/// commas (its content ends at the closing comma).
fn passive_in_relative(ctx: &Context<'_, '_>, cue: &CueMatch, s0: usize) -> bool {
    let g = cue.group_start;
    cue.form == CueForm::Passive
        && g >= s0 + 2
        && matches!(ctx.lower(g - 1), "who" | "which")
        && ctx.word(g - 2) == ","
}

/// Whether the attribution starting at token `at` sits in an adverbial clause that opens the
/// sentence ("When Smith said …, the markets fell"): a subordinator among the first words, and no
/// comma between it and the attribution. ("As Smith said, …" reports the main clause, so "as" is not
/// one of them.)
fn in_fronted_clause(ctx: &Context<'_, '_>, s0: usize, at: usize) -> bool {
    let start = ctx.dateline_end(s0, at);
    (start..at.min(start + 5))
        .any(|t| words::is_fronting_subordinator(ctx.lower(t)) && !(t..at).any(|u| ctx.word(u) == ","))
}

/// Most words of a bare subject before its verb ("campaigners outside the building booed").
const MAX_BARE_SUBJECT: usize = 6;

/// Whether the main clause's subject starts at token `t`, after a fronted clause's comma: a
/// determiner, pronoun, name or number ("…, the party has done …"), or a bare noun with a verb
/// within a few words ("When Ferris said that the line would close, campaigners outside the
/// building booed"), when a verb came before the comma since `from` (not "As Clinton told the
/// New York Daily News, tax relief is …", whose report is the main clause).
fn main_subject(ctx: &Context<'_, '_>, from: usize, t: usize, end: usize) -> bool {
    let verb = |u: usize| ctx.verb_follows(u, u + 1);
    let bare = ctx.kind(t) == TokenKind::Word
        && (from..t).any(verb)
        && ctx.lower_class(t).is_none()
        && ctx.lower_cue(t).is_none()
        && (t + 1..end.min(t + MAX_BARE_SUBJECT)).any(verb);
    ctx.subject_starts(t) || bare
}

/// "As Trump and Cruz lamented illegal immigration, Clinton …": an opening "as" clause whose cue has
/// its own object is fronted ("As Smith said, …", "As Reuters reported on Monday, …", with
/// nothing but a time or place after the cue, reports the main clause).
fn as_clause_with_object(ctx: &Context<'_, '_>, cue: &CueMatch, b: Bounds, f: &Frame) -> bool {
    let start = ctx.dateline_end(b.start, f.cluster.start);
    if !ctx.lower_is(start, "as")
        || f.cluster.start <= start
        || (start..f.cluster.start).any(|t| ctx.word(t) == ",")
        || f.after >= b.end
    {
        return false;
    }
    // (Only a time may come between: not "As Freddy joked with his best friend, his brother …".)
    let i = skip_prelude(ctx, cue, f.after, b.end, Purpose::Trailing);
    let time = |t: usize| {
        matches!(ctx.lower_class(t), Some(WordClass::Prep | WordClass::Time | WordClass::Det))
            || ctx.kind(t) == TokenKind::Number
            || ctx.word(t) == ","
    };
    let time_only = i > f.after && ctx.word(i - 1) == "," && (f.after..i).all(time);
    i < b.end && !matches!(ctx.word(i), "," | "." | ":") && !time_only
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribution::context::test_support::Fixture;
    use crate::attribution::speaker::sentence_frames;

    /// For each cue of the first sentence: (trailing, the text up to its content end).
    fn clauses(text: &str) -> Vec<(bool, String)> {
        let f = Fixture::new(text);
        let b = Bounds::of(&f.doc.sentences()[0]);
        let cues: Vec<CueMatch> = f.cues.iter().filter(|c| c.sentence == 0).cloned().collect();
        f.with(|ctx| {
            let frames = sentence_frames(ctx, &cues, b);
            let map = Clauses::new(ctx, &cues, &frames, b);
            (0..cues.len())
                .map(|k| (map.trailing[k], ctx.span(0, map.content_end(ctx, k)).as_str(text).to_string()))
                .collect()
        })
    }

    #[test]
    fn an_attitude_an_outlet_reports_is_the_outlets_claim() {
        use crate::attribution::context::test_support::claims;
        // "The airline plans to retire its oldest jets two years early, according to The Wall
        // Street Journal": the paper reports the plan; the airline said nothing.
        let got = claims("The airline plans to retire its oldest jets two years early, according to The Wall Street Journal.");
        assert_eq!(got, [(None, "The airline plans to retire its oldest jets two years early".into())]);
        let got = claims("The company expects to cut 500 jobs, Bloomberg reported on Tuesday.");
        assert_eq!(got, [(None, "The company expects to cut 500 jobs".into())]);
        // Words said stay the speaker's, the outlet their source.
        let got = claims("The company said it would cut 500 jobs, Bloomberg reported on Tuesday.");
        assert_eq!(got, [(Some("The company".into()), "it would cut 500 jobs".into())]);
    }

    #[test]
    fn a_backshifted_attitude_goes_on_with_the_reported_subject() {
        use crate::attribution::context::test_support::contents;
        // "Van der Merwe also said the company was in talks with the Zambian government … and was
        // confident of reaching “a fair outcome”."
        let text =
            "Smith said the company was in talks with the government and was confident of reaching a deal.";
        assert_eq!(
            contents(text),
            ["the company was in talks with the government and was confident of reaching a deal"]
        );
        // After a comma, the speaker's own attitude.
        let text =
            "Smith said the company was in talks with the government, and was confident of reaching a deal.";
        assert_eq!(contents(text).len(), 2);
    }

    #[test]
    fn a_backshifted_progressive_or_negated_attitude_goes_on() {
        use crate::attribution::context::test_support::contents;
        // "… the Saskatchewan Health Authority said it had hired 212 nurses since January and was
        // offering incentives of up to $50,000 …".
        let text = "The authority said it had hired 212 nurses and was offering incentives to staff.";
        assert_eq!(contents(text), ["it had hired 212 nurses and was offering incentives to staff"]);
        // "Wren added that many of his colleagues were “deeply uneasy” but did not want to
        // embarrass the government …"; not the speaker's "… but did not want to comment".
        let text =
            "Wren added that many colleagues were uneasy but did not want to embarrass the government.";
        assert_eq!(
            contents(text),
            ["many colleagues were uneasy but did not want to embarrass the government"]
        );
        let text = "Wren said the plan was sound but did not want to comment further.";
        assert_eq!(contents(text)[0], "the plan was sound");
    }

    #[test]
    fn a_second_speaker_described_before_the_name() {
        use crate::attribution::context::test_support::claims;
        // "Councillor Ben Adeyemi said the scheme was a waste of money, while his colleague Sarah
        // Flint said it would pay for itself within a decade."
        let got = claims(
            "Councillor Ben Adeyemi said the scheme was a waste of money, while his colleague Sarah Flint \
             said it would pay for itself within a decade.",
        );
        let want = [
            (Some("Ben Adeyemi".into()), "the scheme was a waste of money".into()),
            (Some("Sarah Flint".into()), "it would pay for itself within a decade".into()),
        ];
        assert_eq!(got, want);
        // Not one subject of two names: "Mr. Manafort and his colleagues Phil Griffin and Catherine
        // Barnes pressed …".
        let got = claims(
            "According to cables, Mr. Manafort and his colleague Phil Griffin pressed diplomats to act.",
        );
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].1, "Mr. Manafort and his colleague Phil Griffin pressed diplomats to act");
    }

    #[test]
    fn a_citing_aside_after_a_time_phrase_is_no_new_clause() {
        use crate::attribution::context::test_support::contents;
        // "Police said on Monday, citing witnesses, that …": the aside sits before the "that".
        assert_eq!(
            contents("Police said on Monday, citing witnesses, that the gunman fled on foot."),
            ["the gunman fled on foot"]
        );
        // (A participle after the content still opens a claim of its own.)
        let got = clauses("Police said on Monday the gunman fled, citing witnesses.");
        assert_eq!(got[0].1, "Police said on Monday the gunman fled");
    }

    #[test]
    fn a_passive_in_a_relative_clause_ends_at_its_comma() {
        // "Carrick captain Will Ashdown, who was shown a yellow card in the 62nd minute, accepted
        // his side had “let it slip”."
        let got = clauses(
            "Will Ashdown, who was told to leave the field in the 62nd minute, accepted his side had lost.",
        );
        assert_eq!(got[0].1, "Will Ashdown, who was told to leave the field in the 62nd minute");
    }

    #[test]
    fn a_negated_attitude_after_but_goes_on() {
        use crate::attribution::context::test_support::contents;
        // "MOE said it would study the proposal but did not want to rush into changes".
        let got =
            contents("The ministry said it would study the proposal but did not want to rush into changes.");
        assert_eq!(got, ["it would study the proposal but did not want to rush into changes"]);
        // (A speech act not made is the speaker's: "… but did not say when it would reopen".)
        let got = contents("He said he was fine but did not say when he would return.");
        assert_eq!(got, ["he was fine"]);
    }

    #[test]
    fn a_relative_clause_in_the_subject_ends_at_the_main_verb() {
        use crate::attribution::context::test_support::{claims, contents};
        // "Republicans who have praised his candidacy warned that he could lose": the warning is
        // theirs; the praise describes them.
        let got = claims("Analysts who praised the deal warned that costs could rise.");
        assert_eq!(got, [(Some("Analysts who praised the deal".into()), "costs could rise".into())]);
        // "…, a nurse from Drumcondra, who said she pays €1,950 a month for a one-bedroom
        // apartment": the comma inside a number closes no relative clause.
        let text =
            "Among the marchers was Siobhán Kearney, a nurse, who said she pays €1,950 a month for a flat.";
        assert_eq!(contents(text), ["she pays €1,950 a month for a flat"]);
        // (A comma ending the text, after "who said", has no token after it: no panic.)
        assert!(contents("Among them was Jane Roe, who said,").len() <= 1);
    }

    #[test]
    fn a_second_speaker_after_even_as() {
        use crate::attribution::context::test_support::contents;
        // "Nova Scotia Premier Gordon MacAskill says his government will not reopen its contract
        // with the province's nurses, even as their union warns members could walk off the job".
        let text = "Premier Gordon MacAskill says his government will not reopen its contract, even as the union warns members could walk off the job.";
        assert_eq!(
            contents(text),
            ["his government will not reopen its contract", "members could walk off the job"]
        );
        let text = "The minister said the scheme was working, although critics say it has stalled.";
        assert_eq!(contents(text), ["the scheme was working", "it has stalled"]);
    }

    #[test]
    fn a_reduced_relative_after_an_adjective_list_opens_no_clause() {
        use crate::attribution::context::test_support::contents;
        // "… warned that a wave of new, larger ships ordered during the pandemic boom is now
        // flooding the market": the participle describes "ships".
        let text = "Executives warned that a wave of new, larger ships ordered during the boom is now flooding the market.";
        assert_eq!(
            contents(text),
            ["a wave of new, larger ships ordered during the boom is now flooding the market"]
        );
        // (A second subject after the phrase: the verb reports.)
        let text = "The union said the plan was flawed, and ministers ordered during the meeting that it be dropped.";
        assert_eq!(contents(text), ["the plan was flawed", "it be dropped"]);
    }

    #[test]
    fn an_opening_as_clause_reports_the_main_clause() {
        use crate::attribution::context::test_support::contents;
        // "As Reuters reported on Monday, …": a time after the cue, then the main clause.
        assert_eq!(
            contents("As Reuters reported on Monday, the bank is cutting jobs."),
            ["the bank is cutting jobs"]
        );
        // "As Freddy joked with his best friend, …": the cue's own phrase fronts the clause.
        assert!(contents("As Freddy joked with his best friend at the table, his brother grew impatient.")
            .is_empty());
    }

    #[test]
    fn an_outlet_described_with_its_home_is_set_off() {
        use crate::attribution::context::test_support::contents;
        // "The Financial Sector Union of Sweden said it had not been consulted …, Swedish business
        // daily Dagens Industri reported": the outlet's claim ends the union's content.
        for text in [
            "The union said it had not been consulted, Swedish business daily Dagens Industri reported.",
            "The union said it had not been consulted, Japanese newspaper Nikkei reported.",
            "The union said it had not been consulted, Japan's Nikkei reported.",
        ] {
            assert_eq!(contents(text), ["it had not been consulted"], "{text}");
        }
    }

    #[test]
    fn a_verb_of_doing_with_a_that_clause_goes_on_after_but() {
        use crate::attribution::context::test_support::contents;
        // "Castellanos wrote on Instagram that she was “heartbroken” but hoped to be fit for Roland
        // Garros": "wrote" (a verb of doing too, "wrote a book") takes the clause "that" opens.
        let text =
            "Castellanos wrote on Instagram that she was heartbroken but hoped to be fit for the final.";
        assert_eq!(contents(text), ["she was heartbroken but hoped to be fit for the final"]);
    }

    #[test]
    fn the_reported_subjects_next_verb_after_but() {
        use crate::attribution::context::test_support::contents;
        // "Haddad said he had an open mind but wanted to see …": one claim, as with "and".
        let text = "Haddad said he had an open mind but wanted to see how other cities handle permits.";
        assert_eq!(contents(text), ["he had an open mind but wanted to see how other cities handle permits"]);
        // "Sebola said the party had “full confidence” in the mayor but expected a written report
        // …": a verb of attitude with its object after "but", whatever the reported subject.
        let text =
            "Kagiso Sebola said the party had full confidence in the mayor but expected a written report.";
        assert_eq!(
            contents(text),
            ["the party had full confidence in the mayor but expected a written report"]
        );
        let text = "He said he had asked for two signings but understood the club's position.";
        assert_eq!(contents(text), ["he had asked for two signings but understood the club's position"]);
        // (A verb of saying is the speaker's own: "… but added that …".)
        let text = "Smith said the plan was flawed but added that it could be fixed.";
        assert_eq!(contents(text), ["the plan was flawed", "it could be fixed"]);
        let text = "Hutchins said families should decide but encouraged parents to talk to a doctor.";
        assert_eq!(contents(text), ["families should decide", "parents to talk to a doctor"]);
        // "… said his party would support the bill but would propose amendments": a backshifted
        // modal goes on with the reported subject, a noun phrase too.
        let text = "Marc Theriault said his party would support the bill but would propose amendments.";
        assert_eq!(contents(text), ["his party would support the bill but would propose amendments"]);
        // (Not after a cue in the present: "says it backs the bill but will propose …" is the
        // party's own next step, and "will" is no backshifted modal.)
        let text = "The party says it backs the bill but will propose amendments.";
        assert_eq!(contents(text), ["it backs the bill"]);
    }

    #[test]
    fn a_past_perfect_after_and_goes_on_with_what_was_said() {
        use crate::attribution::context::test_support::contents;
        // "… said the group was now considering a legal challenge and had already spoken to
        // solicitors": "had" after "and" is backshifted too.
        let text =
            "Ann Cole said the group was considering a challenge and had already spoken to solicitors.";
        assert_eq!(
            contents(text),
            ["the group was considering a challenge and had already spoken to solicitors"]
        );
        // "…, and cut their price target": an irregular past after a comma is the speaker's own.
        let text =
            "Analysts said the guidance was below consensus, and cut their price target to 150 crowns.";
        assert_eq!(contents(text), ["the guidance was below consensus"]);
    }

    #[test]
    fn a_fronted_clause_ends_before_a_bare_subject() {
        use crate::attribution::context::test_support::contents;
        // "When Ferris said that the line would be scrapped, campaigners outside the building
        // booed": the main clause is the writer's.
        let text =
            "When Niall Ferris said that the line would be scrapped, campaigners outside the building booed.";
        assert_eq!(contents(text), ["the line would be scrapped"]);
        let text = "As Niall Ferris announced that the line would be scrapped, campaigners booed.";
        assert_eq!(contents(text), ["the line would be scrapped"]);
    }

    #[test]
    fn a_relative_clause_inside_the_content() {
        use crate::attribution::context::test_support::contents;
        // "the decision, which officials described as final, would be appealed".
        let got = contents("Jones said the decision, which officials described as final, would be appealed.");
        assert_eq!(got, ["the decision, which officials described as final, would be appealed"]);
        let got = contents("Acme Corp said it hired advisers, which it declined to name, to review a sale.");
        assert_eq!(got, ["it hired advisers, which it declined to name, to review a sale"]);
        // At the end of the sentence the relative clause is the writer's: ", which" stays out.
        let got =
            contents("Jones said the decision would be appealed, which officials described as a mistake.");
        assert_eq!(got[0], "the decision would be appealed");
    }

    #[test]
    fn a_statement_credited_after_a_named_speaker() {
        use crate::attribution::context::test_support::claims;
        // "Adaeze Nwosu said the naira would stabilise, according to a statement."
        let got = claims("Adaeze Nwosu said the naira would stabilise, according to a statement.");
        assert_eq!(got, [(Some("Adaeze Nwosu".into()), "the naira would stabilise".into())]);
        // A record of the words too: "…, according to a transcript released by investigators".
        let got = claims("Captain Ivo Marek said the ship had lost power, according to a transcript released by investigators.");
        assert_eq!(got, [(Some("Ivo Marek".into()), "the ship had lost power".into())]);
        // A medium that carried the words: "…, according to the state news agency".
        let got =
            claims("The president said the talks had been constructive, according to the state news agency.");
        assert_eq!(got, [(Some("The president".into()), "the talks had been constructive".into())]);
        // Opening the sentence: "According to court documents, Brandon Elsworth told investigators …".
        let got =
            claims("According to court documents, Brandon Elsworth told investigators he had been drinking.");
        assert_eq!(got, [(Some("Brandon Elsworth".into()), "he had been drinking".into())]);
        let got = claims("According to two aides, Smith said the plan would fail.");
        assert_eq!(got, [(Some("two aides".into()), "Smith said the plan would fail".into())]);
        // Other sources take the clause: "…, according to two aides".
        let got = claims("Ann Lee said the plan would fail, according to two aides.");
        assert_eq!(got, [(Some("two aides".into()), "Ann Lee said the plan would fail".into())]);
    }

    #[test]
    fn people_doing_more_after_and() {
        use crate::attribution::context::test_support::contents;
        // "Police said officers were called to the address and found a woman injured."
        let got = contents("Police said officers were called to the address and found a woman injured.");
        assert_eq!(got, ["officers were called to the address and found a woman injured"]);
        // "Police said the roof collapsed and crushed two cars": a verb that reports nothing goes on
        // with any subject.
        let got = contents("Police said the roof collapsed and crushed two cars.");
        assert_eq!(got, ["the roof collapsed and crushed two cars"]);
        let got = contents("The official said protesters had blocked the road and demanded his resignation.");
        assert_eq!(got, ["protesters had blocked the road and demanded his resignation"]);
        // Talks announce nothing: the verb is the speaker's (a claim of its noun object alone).
        let text = "The envoy said the talks had failed and announced his resignation.";
        assert_eq!(contents(text), ["the talks had failed"]);
        let got = crate::attribution::context::test_support::contents_with_objects(text);
        assert_eq!(got, ["the talks had failed", "his resignation"]);
    }

    #[test]
    fn an_appositive_of_the_reported_subject() {
        use crate::attribution::context::test_support::contents;
        // "Police said the woman, 34, had admitted the theft": the comma closes the appositive.
        let got = contents("Police said the woman, 34, had admitted the theft.");
        assert_eq!(got, ["the woman, 34, had admitted the theft"]);
        let got = contents("Police said the woman, a nurse, had admitted the theft.");
        assert_eq!(got, ["the woman, a nurse, had admitted the theft"]);
    }

    #[test]
    fn a_past_modal_after_and_goes_on_with_what_was_said() {
        use crate::attribution::context::test_support::contents;
        // "Jones said he was sad and would speak to the players".
        let got = contents("Jones said he was sad with the result and would speak to the players.");
        assert_eq!(got, ["he was sad with the result and would speak to the players"]);
    }

    #[test]
    fn a_second_speaker_ends_the_first_content() {
        // "… the talks had failed and the president said …"
        let got = clauses("The envoy said the talks had failed and the president said they would resume.");
        assert_eq!(got[0], (false, "The envoy said the talks had failed".to_string()));
        // "…; the Red Crescent said …": after a semicolon, and with the name's article.
        let got = clauses("The ministry said 20 were hurt; the Red Crescent said the toll was higher.");
        assert_eq!(got[0], (false, "The ministry said 20 were hurt".to_string()));
        // "…, and the result, he added, flattered the home side": the second attribution's lead
        // is no part of the first content.
        let got = clauses("Prices, she said, would rise, and wages, she added, would follow.");
        assert_eq!(got[0], (false, "Prices, she said, would rise".to_string()));
        // "…, and now some close allies are hoping …": a time adverb before the second subject.
        let got = clauses("Aides felt the speech was too long, and now some allies are hoping for less.");
        assert_eq!(got[0], (false, "Aides felt the speech was too long".to_string()));
    }

    #[test]
    fn trailing_attribution_set_off_by_a_comma() {
        // "…, Reuters reported."
        let got = clauses("Mary Lee said the plan would fail, Reuters reported.");
        assert_eq!(got.len(), 2);
        assert!(got[1].0);
        assert_eq!(got[0].1, "Mary Lee said the plan would fail");
    }

    #[test]
    fn a_concession_that_reports_is_a_claim_of_its_own() {
        // "Smith said the fire was deliberate, though he said no arrests had been made."
        let got = clauses("Smith said the fire was deliberate, though he said no arrests had been made.");
        assert_eq!(got[0].1, "Smith said the fire was deliberate");
        // (An attitude in the concession stays in the content.)
        let got = clauses("Kelly said she asked for it, though she wanted more.");
        assert_eq!(got[0].1, "Kelly said she asked for it, though she wanted more.");
        // "… was “the easiest we’ve tested,” though it noted …": the comma inside the quote.
        let got =
            clauses("The site said setup was “the easiest we’ve tested,” though it noted the app was slow.");
        assert_eq!(got[0].1, "The site said setup was “the easiest we’ve tested,”");
    }

    #[test]
    fn subordinate_clause_after_saying_is_content() {
        // "Kelly said she asked for it because she wanted …"
        let got = clauses("Kelly said she asked for it because she wanted answers.");
        assert_eq!(got[0].1, "Kelly said she asked for it because she wanted answers.");
    }

    #[test]
    fn fronted_clause_ends_at_the_main_subject() {
        // "When Smith said …, the markets fell"
        let got = clauses("When John Smith said the bank would fail, the markets fell.");
        assert_eq!(got[0].1, "When John Smith said the bank would fail");
    }
}
