//! Stage 3: reporting cues — lexicon hits that are used as verbs of saying or believing.
//!
//! Every form in `data/cues.tsv` is found in one Aho–Corasick pass over the text; then each hit
//! is checked against its neighbours so that nouns and modifying participles drop out ("calls
//! for a truce", "the warning", "backed by Russian air power"), as do hits inside quotations.

use crate::lexicon::{Lexicons, WordClass};
use crate::quotes::Quote;
use crate::text::{Document, TokenKind};
use crate::{Span, Stance};

/// Grammatical shape of a cue occurrence, which decides where its speaker can be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CueForm {
    /// Finite active verb: "said", "says", "has said".
    Finite,
    /// Passive: "it was reported", "were told".
    Passive,
    /// "-ing" participle: "saying", "is warning".
    Gerund,
    /// Bare form after a modal or "did": "would not say", "did not deny".
    Base,
    /// A preposition-like cue: "according to".
    Preposition,
}

/// A reporting verb or phrase found in the text.
///
/// ```
/// let text = "The minister did not deny the report.";
/// let doc = claimex::text::Document::new(text);
/// let lex = claimex::lexicon::Lexicons::default();
/// let cues = claimex::cues::find(&doc, &lex, &[]);
/// assert_eq!(cues.len(), 1);
/// assert_eq!(cues[0].span.as_str(text), "deny");
/// assert!(cues[0].negated);
/// assert_eq!(cues[0].form, claimex::cues::CueForm::Base);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CueMatch {
    /// Where the cue is.
    pub span: Span,
    /// Token range of the cue.
    pub tokens: std::ops::Range<usize>,
    /// Base form ("rule out").
    pub lemma: String,
    /// Stance class.
    pub stance: Stance,
    /// Negated ("did not deny", "never said").
    pub negated: bool,
    /// Sentence index.
    pub sentence: usize,
    /// Grammatical shape.
    pub form: CueForm,
    /// Index of the first token of the verb group (auxiliaries, negation, adverbs before the cue).
    pub group_start: usize,
    /// The verb's content is usually its noun-phrase object (see [`CueEntry::object`](crate::lexicon::CueEntry::object)).
    pub object: bool,
}

fn is_quote_mark(s: &str) -> bool {
    matches!(s, "\"" | "“" | "”" | "„" | "«" | "»")
}

/// Find the cues of `doc`, in text order. Hits inside any of `quotes` are skipped.
///
/// ```
/// let text = "Syrian forces, backed by Russian jets, advanced. Putin rejected calls for a truce.";
/// let doc = claimex::text::Document::new(text);
/// let cues = claimex::cues::find(&doc, &claimex::lexicon::Lexicons::default(), &[]);
/// let found: Vec<&str> = cues.iter().map(|c| c.span.as_str(text)).collect();
/// assert_eq!(found, ["rejected"]);
/// ```
pub fn find(doc: &Document<'_>, lex: &Lexicons, quotes: &[Quote]) -> Vec<CueMatch> {
    let text = doc.text();
    let tokens = doc.tokens();
    let mut out = Vec::new();
    let mut q = 0usize;
    for (start, end, entry) in lex.find_cues(text) {
        while q < quotes.len() && quotes[q].span.end <= start {
            q += 1;
        }
        if q < quotes.len() && quotes[q].span.start < start {
            continue; // inside a quotation
        }
        let first = doc.token_index_at(start);
        let mut last = doc.token_index_at(end);
        if first >= tokens.len() || tokens[first].span.start != start {
            continue;
        }
        // `end` must close a token.
        if last == 0 || tokens[last - 1].span.end != end {
            continue;
        }
        if last <= first {
            last = first + 1;
        }
        let sentence = doc.sentence_at(start);
        let form_text = &entry.form;
        let lemma = &entry.lemma;
        let Some(form) = classify(doc, lex, first, last, form_text, lemma) else { continue };
        let (group_start, negated) = verb_group(doc, lex, first, sentence);
        out.push(CueMatch {
            span: Span::new(start, end),
            tokens: first..last,
            lemma: lemma.clone(),
            stance: entry.stance,
            negated,
            sentence,
            form,
            group_start,
            object: entry.object,
        });
    }
    out
}

fn lower<'t>(doc: &Document<'t>, i: usize) -> std::borrow::Cow<'t, str> {
    crate::lexicon::lower(doc.token_text(i))
}

/// Decide whether the hit at tokens `first..last` is a cue, and of what shape.
fn classify(
    doc: &Document<'_>,
    lex: &Lexicons,
    first: usize,
    last: usize,
    form: &str,
    lemma: &str,
) -> Option<CueForm> {
    // "according to", "as reported by": the source follows.
    if lemma == "according to" || form.ends_with(" by") {
        return Some(CueForm::Preposition);
    }
    let sent = &doc.sentences()[doc.sentence_at(doc.tokens()[first].span.start)];
    let prev = (first > sent.tokens.start).then(|| first - 1);
    let prev_word = prev.map(|p| lower(doc, p)).unwrap_or_default();
    let prev_class = lex.word_class(&prev_word);
    let next_word = if last < sent.tokens.end { lower(doc, last) } else { std::borrow::Cow::Borrowed("") };
    // Inside a hyphenated compound ("so-called", "self-described", "much-praised"): an adjective.
    if prev.is_some_and(|p| {
        let t = &doc.tokens()[p];
        matches!(doc.token_text(p), "-" | "‑") && t.span.end == doc.tokens()[first].span.start
    }) {
        return None;
    }
    let head = form.split(' ').next().unwrap_or(form);
    let lemma_head = lemma.split(' ').next().unwrap_or(lemma);
    // Before a determiner, possessive, preposition or number, a cue word is a noun ("the warning",
    // "his claims", "in response").
    // "to" before a base form is the infinitive marker ("refused to say", "seemed to urge").
    // Only after a control verb or adjective, whose subject is the cue's speaker; "met to discuss"
    // and "urged voters to support" name someone else.
    // ("went on to say" too.)
    let went_on = first >= sent.tokens.start + 3
        && lower(doc, first - 2) == "on"
        && matches!(&*lower(doc, first - 3), "went" | "go" | "goes" | "going" | "gone");
    let infinitive = prev_word == "to"
        && head == lemma_head
        && first >= sent.tokens.start + 2
        && (CONTROL_WORDS.contains(&&*lower(doc, first - 2)) || went_on);
    // A number before a past form is its subject ("Six in 10 said"), before other forms a quantity.
    let s_form = head.ends_with('s') && !head.ends_with("ss");
    // "put" and "cast" are their own past: a phrase on them ("put it", "cast as") reads as past.
    let same_past = matches!(head, "put" | "cast") && form.contains(' ');
    let head_past = (head != lemma_head || same_past) && !head.ends_with("ing") && !s_form;
    // "Some said", "Many believe": a quantifier standing alone is the subject.
    // ("a few hints" is a noun phrase; "another says", "one said" are subjects too.)
    let after_a = first >= sent.tokens.start + 2 && matches!(&*lower(doc, first - 2), "a" | "the");
    let group =
        matches!(&*prev_word, "some" | "several" | "many" | "most" | "both" | "all" | "few" | "others");
    let one = matches!(&*prev_word, "another" | "one") && (head_past || lemma == "say");
    let quantifier = (group && !after_a) || one;
    // After a possessive "'s" ("Editor's note", "Trump's claims") a cue word is a noun.
    let after_possessive = prev_word == "s"
        && first >= sent.tokens.start + 2
        && matches!(doc.token_text(first - 2), "'" | "’")
        && doc.tokens()[first - 2].span.end == doc.tokens()[first - 1].span.start;
    let noun_context = (matches!(prev_class, Some(WordClass::Det | WordClass::Poss | WordClass::Prep))
        && !infinitive
        && !quantifier)
        || after_possessive
        || prev.is_some_and(|p| doc.tokens()[p].kind == TokenKind::Number)
            // ("20 pledged delegates": a past form between a number and its noun is an adjective.)
            && (!head_past
                || last < sent.tokens.end
                    && doc.tokens()[last].kind == TokenKind::Word
                    && lex.word_class(&next_word).is_none()
                    && lex.cue(&next_word).is_none()
                    && !doc.token_text(last).starts_with(char::is_uppercase));
    // Directly after another cue verb ("rejected calls for"), it is the object.
    let after_cue_verb = prev.is_some_and(|p| {
        let w = doc.token_text(p);
        lex.cue(w).is_some_and(|c| c.form.split(' ').count() == 1 && c.lemma != "according to")
            // (A past form after "plans", "claims" is that noun's verb: "internal plans said".)
            && (w.ends_with("ed") || lex.cue(w).is_some_and(|c| c.form != c.lemma) && !head_past)
    });
    // "is not expected", "is widely expected": a passive past negation and adverbs.
    let be_at = |p: usize| matches!(&*lower(doc, p), "is" | "are" | "was" | "were" | "be" | "been" | "being");
    let prev_is_be = prev.is_some_and(|p| {
        let mut q = p;
        while q > sent.tokens.start
            && (matches!(lex.word_class(&lower(doc, q)), Some(WordClass::Neg | WordClass::Adv))
                || lower(doc, q).ends_with("ly"))
        {
            q -= 1;
        }
        be_at(q)
    });
    let prev_is_modal = matches!(prev_class, Some(WordClass::Modal))
        || matches!(&*prev_word, "do" | "does" | "did" | "to" | "not" | "never" | "t" | "n't");
    // The word after `next_word`.
    let next2 =
        if last + 1 < sent.tokens.end { lower(doc, last + 1) } else { std::borrow::Cow::Borrowed("") };
    // "adding to her lead", "backed down", "the reality TV show", "helped found EDGE", "spoke on
    // condition of anonymity", "did not respond to a request for comment": data/cue_exclusions.tsv.
    if lex.cue_excluded(lemma, head, &prev_word, &[&next_word, &next2]) {
        return None;
    }
    // "a worker named Antonio Arroyo": naming, not nominating.
    if head == "named"
        && last < sent.tokens.end
        && doc.token_text(last).starts_with(char::is_uppercase)
        && prev.is_some_and(|p| {
            doc.tokens()[p].kind == TokenKind::Word
                && prev_class.is_none()
                && !doc.token_text(p).starts_with(char::is_uppercase)
        })
    {
        return None;
    }
    if head.ends_with("ing") && head != lemma_head {
        // "is warning", ", saying": participles and progressives; "the warning" is a noun.
        // "… by saying", "a statement saying", "released a statement Wednesday saying": a participle
        // whose speaker is the clause's subject.
        let manner = before_manner_participle(lex, &prev_word);
        if (noun_context || after_cue_verb) && !manner {
            return None;
        }
        // "a group backing Mr. Rubio", "a new poll showing Trump ahead", "those supporting deportation":
        // a participle after a noun phrase, with an object of its own.
        let next_is_object = object_starts(doc, lex, last, sent.tokens.end);
        let noun_before = prev.is_some_and(|p| {
            doc.tokens()[p].kind == TokenKind::Word
                && (prev_class.is_none() || matches!(&*prev_word, "those" | "others" | "some" | "many"))
                && !prev_word.ends_with("ly")
                && !prev_word.ends_with("ing")
                && !prev_word.ends_with("ed")
        });
        // "Noting that only Kirk voted with them, Tester added": a participle opening the sentence.
        let opening = prev.is_none() && (next_is_object || next_word == "that");
        // "began calling for", "kept insisting": a participle after a verb of beginning or going on.
        let aspect = matches!(
            &*prev_word,
            "began"
                | "begun"
                | "begin"
                | "begins"
                | "started"
                | "start"
                | "starts"
                | "kept"
                | "keep"
                | "keeps"
                | "continued"
                | "continue"
                | "continues"
        );
        let ok = manner
            || aspect
            || opening
            || (noun_before && next_is_object)
            || prev_is_be
            // "he's not predicting", "is not saying"
            || prev_class == Some(WordClass::Neg)
            || prev_word == ","
            || prev_word == "and"
            || prev_word == "but"
            || matches!(&*prev_word, "”" | "\"" | "'" | "’")
            || prev_class == Some(WordClass::Adv)
            || prev_word.ends_with("ly");
        return ok.then_some(CueForm::Gerund);
    }
    if head == lemma_head && !same_past {
        if noun_context {
            return None;
        }
        // Bare form after a modal, "do"/"did", "to" or negation ("would not say", "refused to say").
        if prev_is_modal {
            return Some(CueForm::Base);
        }
        // Present tense with a plural subject: "analysts say", "they believe", "who say", "Six in 10 say";
        // adverbs between stay out ("voters still say").
        let prev = prev.map(|p| past_adverbs(doc, lex, p, sent.tokens.start, false));
        // "Democrats — and some Republicans — say": the subject before the aside.
        let prev = prev.map(|p| before_aside(doc, p, sent.tokens.start));
        let plural_subject = prev.is_some_and(|p| {
            let w = doc.token_text(p);
            let lw = crate::lexicon::lower(w);
            matches!(
                &*lw,
                "they"
                    | "we"
                    | "i"
                    | "you"
                    | "who"
                    | "percent"
                    | "many"
                    | "some"
                    | "others"
                    | "several"
                    | "both"
                    | "most"
                    | "all"
            ) || (lw.ends_with('s')
                && !lw.ends_with("ss")
                && lex.word_class(&lw).is_none()
                && !lw.ends_with("ly"))
                || lex.speaker_noun(&lw).is_some()
                || doc.tokens()[p].kind == TokenKind::Number
                || (w.chars().next().is_some_and(char::is_uppercase) && p > sent.tokens.start)
        });
        // "Latino support for the party", "45 percent support and …": the noun.
        let noun_use = (next_word == "for" && matches!(lemma, "support" | "back" | "praise"))
            || prev.is_some_and(|p| lower(doc, p) == "percent")
                && !object_starts(doc, lex, last, sent.tokens.end);
        // "some who advocate free speech argue that …": a bare form before "that" is a verb.
        // A nominative pronoun ("fear they will", "say he") or "there is" starts a clause too.
        let clause_follows = (next_word == "that"
            || matches!(&*next_word, "he" | "she" | "they" | "we" | "i")
            || next_word == "there" && lex.word_class(&next2) == Some(WordClass::Aux))
            && prev_word != ","
            && !matches!(lemma, "support" | "back");
        return ((plural_subject || clause_follows) && !noun_use && !noun_follows(lex, &next_word))
            .then_some(CueForm::Finite);
    }
    let is_s_form = head.ends_with('s')
        && !head.ends_with("ss")
        && lemma_head.len() < head.len()
        && !head.ends_with("ed");
    if noun_context || after_cue_verb {
        return None;
    }
    if is_s_form {
        // "calls", "claims", "hopes": a verb only after a subject-like word ("Kaine now says": past the
        // adverb).
        let prev = prev.map(|p| past_adverbs(doc, lex, p, sent.tokens.start, true));
        // "Jason Sims — a teacher from Mount Pleasant — says": the subject before the aside.
        let prev = prev.map(|p| before_aside(doc, p, sent.tokens.start));
        let subject_like = prev.is_some_and(|p| {
            let w = doc.token_text(p);
            let cap = w.chars().next().is_some_and(char::is_uppercase);
            cap || matches!(lex.word_class(w), Some(WordClass::Pron | WordClass::Adv))
                || w.ends_with("ly")
                || matches!(w, "," | "also" | "still" | ")" | "and" | "but")
                // "“…,” writes Nate Silver": inverted after a quote.
                || is_quote_mark(w)
                || lex.speaker_noun(w).is_some()
                || lex.title(w).is_some()
        });
        // "The billionaire magnate says the …": after a plain noun, a verb when a clause follows.
        // "the poll finds immigration is …": a bare noun and a verb after it make a clause too.
        let clause_follows = object_starts(doc, lex, last, sent.tokens.end)
            || (last + 1 < sent.tokens.end
                && doc.tokens()[last].kind == TokenKind::Word
                && lex.word_class(&next_word).is_none()
                && matches!(lex.word_class(&lower(doc, last + 1)), Some(WordClass::Aux | WordClass::Modal)));
        let plain_noun_before = prev.is_some_and(|p| {
            doc.tokens()[p].kind == TokenKind::Word && prev_class.is_none() && !prev_word.ends_with("ly")
        });
        // "“…,” the board writes.": at the end of its clause.
        let clause_ends = matches!(&*next_word, "." | "," | "!" | "?" | ";" | "");
        // "The plan calls for rates …": a phrasal form after a noun is its verb.
        let phrasal = form.contains(' ');
        let subject_like =
            subject_like || quantifier || (plain_noun_before && (clause_follows || clause_ends || phrasal));
        return (subject_like && !noun_follows(lex, &next_word)).then_some(CueForm::Finite);
    }
    // "feel" reports a belief only before a clause ("feels that", "felt he"), not "felt good".
    if lemma == "feel"
        && !(next_word == "that"
            || matches!(lex.word_class(&next_word), Some(WordClass::Pron | WordClass::Det))
            || doc
                .token_text(last.min(sent.tokens.end.saturating_sub(1)))
                .chars()
                .next()
                .is_some_and(char::is_uppercase))
    {
        return None;
    }
    // "a program called Sandy Hook Promise", "a website called “…”": a participle that names.
    let indefinite_before = (first.saturating_sub(3).max(sent.tokens.start)..first)
        .any(|t| matches!(&*lower(doc, t), "a" | "an" | "another"));
    if lemma == "call"
        && form == "called"
        && indefinite_before
        && prev.is_some_and(|p| doc.tokens()[p].kind == TokenKind::Word && prev_class.is_none())
        && !doc.token_text(prev.unwrap_or(first)).starts_with(char::is_uppercase)
        && (last < sent.tokens.end
            && (doc.token_text(last).starts_with(char::is_uppercase) || is_quote_mark(doc.token_text(last))))
    {
        return None;
    }
    // Past tense or participle.
    if prev_is_be {
        return Some(CueForm::Passive);
    }
    // "said by telephone", "told by email": the means, not an agent.
    let by_means = next_word == "by" && last + 1 < sent.tokens.end && means_of_contact(&lower(doc, last + 1));
    if next_word == "by" && !by_means {
        // "backed by Russian air power": a participle modifying a noun; but "Asked by a reporter
        // whether …" opening the sentence (or after "when") puts a question.
        let has_aux = prev.is_some_and(|p| matches!(&*lower(doc, p), "has" | "have" | "had"));
        let question_opener = matches!(lemma, "ask" | "ask about") && (prev.is_none() || prev_word == "when");
        if !has_aux && !question_opener {
            return None;
        }
    }
    // "expected to" / "hoped to" as control verbs are kept: "Turkey hopes to find" is a belief.
    Some(CueForm::Finite)
}

/// Verbs and adjectives that pass their subject to an infinitive cue ("seemed to urge", "refused to
/// say", "went so far as to say").
const CONTROL_WORDS: &[&str] = &[
    "seem",
    "seems",
    "seemed",
    "appear",
    "appears",
    "appeared",
    "refuse",
    "refuses",
    "refused",
    "decline",
    "declines",
    "declined",
    "continue",
    "continues",
    "continued",
    "try",
    "tries",
    "tried",
    "begin",
    "begins",
    "began",
    "start",
    "starts",
    "started",
    "want",
    "wants",
    "wanted",
    "going",
    "able",
    "willing",
    "ready",
    "likely",
    "eager",
    "quick",
    "careful",
    "as",
    "has",
    "have",
    "had",
    "sought",
    "seeks",
    "vowed",
    "promised",
    "hesitate",
    "hesitated",
];

/// Whether an object or a clause starts at token `next` (before `end`): "that", a determiner,
/// possessive or pronoun, a capitalised word or a number.
fn object_starts(doc: &Document<'_>, lex: &Lexicons, next: usize, end: usize) -> bool {
    if next >= end {
        return false;
    }
    let w = doc.token_text(next);
    lower(doc, next) == "that"
        || matches!(lex.word_class(w), Some(WordClass::Det | WordClass::Poss | WordClass::Pron))
        || w.starts_with(char::is_uppercase)
        || doc.tokens()[next].kind == TokenKind::Number
}

/// From token `p` leftwards past adverbs (and time words with `time`) to the word before them, not
/// before `floor`: "voters still say", "Kaine now says".
fn past_adverbs(doc: &Document<'_>, lex: &Lexicons, mut p: usize, floor: usize, time: bool) -> usize {
    while p > floor
        && match lex.word_class(&lower(doc, p)) {
            Some(WordClass::Adv) => true,
            Some(WordClass::Time) => time,
            _ => false,
        }
    {
        p -= 1;
    }
    p
}

/// Whether `word` (lower case) names a means of contact: "said by telephone", "told by email".
pub(crate) fn means_of_contact(word: &str) -> bool {
    matches!(word, "telephone" | "phone" | "email" | "e-mail" | "text" | "video" | "satellite")
}

/// When token `p` closes a dash or bracket aside ("— and some Republicans —"), the token before
/// the aside opens; otherwise `p`.
fn before_aside(doc: &Document<'_>, p: usize, floor: usize) -> usize {
    let open = match doc.token_text(p) {
        "—" => "—",
        "–" => "–",
        ")" => "(",
        // "Cement makers, for instance, argue": a short lower-case aside between commas.
        "," => {
            let lo = p.saturating_sub(5).max(floor);
            return (lo..p)
                .rev()
                .find(|&q| doc.token_text(q) == ",")
                .filter(|&q| {
                    q > floor
                        && (q + 1..p).all(|t| {
                            doc.tokens()[t].kind == TokenKind::Word
                                && doc.token_text(t).starts_with(|c: char| c.is_lowercase())
                        })
                })
                .map_or(p, |q| q - 1);
        }
        _ => return p,
    };
    (floor..p).rev().find(|&q| doc.token_text(q) == open).filter(|&q| q > floor).map_or(p, |q| q - 1)
}

/// Whether `word` right before an -ing cue makes it a participle of manner, whose speaker is the
/// clause's subject: "… by saying", "a statement saying", "released a statement Wednesday saying".
pub(crate) fn before_manner_participle(lex: &Lexicons, word: &str) -> bool {
    matches!(
        &*crate::lexicon::lower(word),
        "by" | "statement"
            | "letter"
            | "email"
            | "memo"
            | "release"
            | "after"
            | "before"
            | "while"
            | "since"
            | "without"
    ) || lex.word_class(word) == Some(WordClass::Time)
}

/// After a present-tense form, an auxiliary or modal shows it was a noun subject ("the report
/// could not", "36 percent support is"), and so does a closing parenthesis.
fn noun_follows(lex: &Lexicons, next_word: &str) -> bool {
    matches!(lex.word_class(next_word), Some(WordClass::Aux | WordClass::Modal)) || next_word == ")"
}

/// Walk left over auxiliaries, negation and adverbs; return the first token of the verb group and
/// whether it is negated.
fn verb_group(doc: &Document<'_>, lex: &Lexicons, first: usize, sentence: usize) -> (usize, bool) {
    let start = doc.sentences()[sentence].tokens.start;
    let mut i = first;
    let mut negated = false;
    while i > start {
        let w = doc.token_text(i - 1);
        let lw = crate::lexicon::lower(w);
        match lex.word_class(&lw) {
            Some(WordClass::Aux | WordClass::Modal) => {}
            Some(WordClass::Neg) => negated = true,
            Some(WordClass::Adv) => {}
            // "are now openly questioning"; but a time word right before a bare verb is a subject-less
            // clause opener, so only inside a group that has an auxiliary further left.
            Some(WordClass::Time)
                if i >= start + 2 && lex.word_class(doc.token_text(i - 2)) == Some(WordClass::Aux) => {}
            _ if lw.ends_with("ly") && lw.len() > 3 && w.chars().next().is_some_and(char::is_lowercase) => {}
            // "was quick to say", "seemed to urge": a control word before "to" is part of the group,
            // unless it is a cue of its own ("refused to say").
            _ if lw == "to"
                && i >= start + 2
                && CONTROL_WORDS.contains(&&*lower(doc, i - 2))
                && lex.cue(doc.token_text(i - 2)).is_none() =>
            {
                i -= 1;
                // "went so far as to say"
                if i >= start + 3
                    && lower(doc, i - 1) == "as"
                    && lower(doc, i - 2) == "far"
                    && lower(doc, i - 3) == "so"
                {
                    i -= 2;
                }
            }
            _ if matches!(&*lw, "did" | "does" | "do" | "to") => {}
            _ if lw == "t" && i >= start + 3 && matches!(doc.token_text(i - 2), "'" | "’") => {
                // "didn't", "wouldn't": tokens "didn" "'" "t".
                negated = true;
                i -= 2;
            }
            // "she’s not predicting", "they’re saying", "he’d said": a contracted auxiliary.
            _ if matches!(&*lw, "s" | "re" | "d" | "ve" | "ll")
                && i >= start + 3
                && matches!(doc.token_text(i - 2), "'" | "’")
                && doc.tokens()[i - 2].span.end == doc.tokens()[i - 1].span.start
                && doc.tokens()[i - 3].span.end == doc.tokens()[i - 2].span.start
                && matches!(lex.word_class(&lower(doc, i - 3)), Some(WordClass::Pron)) =>
            {
                i -= 2;
                break;
            }
            _ if lw == "t" || is_quote_mark(&lw) => break,
            _ => break,
        }
        i -= 1;
    }
    (i, negated)
}

/// Sentences that can yield a claim: those holding a cue or a quote mark, and the sentence
/// before each (for coreference). Sorted, deduplicated.
///
/// ```
/// let text = "It rained. Smith said it was wet. Nothing else.";
/// let doc = claimex::text::Document::new(text);
/// let cues = claimex::cues::find(&doc, &claimex::lexicon::Lexicons::default(), &[]);
/// assert_eq!(claimex::cues::claim_bearing_sentences(&doc, &cues, &[]), [0, 1]);
/// ```
pub fn claim_bearing_sentences(doc: &Document<'_>, cues: &[CueMatch], quotes: &[Quote]) -> Vec<usize> {
    let n = doc.sentences().len();
    let mut keep = vec![false; n];
    let mut mark = |s: usize| {
        if s < n {
            keep[s] = true;
            if s > 0 {
                keep[s - 1] = true;
            }
        }
    };
    for c in cues {
        mark(c.sentence);
    }
    for q in quotes {
        let (a, b) = (doc.sentence_at(q.span.start), doc.sentence_at(q.span.end.saturating_sub(1)));
        for s in a..=b {
            mark(s);
        }
    }
    keep.iter().enumerate().filter(|(_, k)| **k).map(|(i, _)| i).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cues(text: &str) -> Vec<(String, bool)> {
        let doc = Document::new(text);
        let q = crate::quotes::find(&doc);
        find(&doc, &Lexicons::default(), &q)
            .iter()
            .map(|c| (c.span.as_str(text).to_string(), c.negated))
            .collect()
    }

    #[test]
    fn nouns_and_participles_are_not_cues() {
        assert!(cues("The warning came late.").is_empty());
        assert!(cues("Forces, backed by jets, advanced.").is_empty());
        assert_eq!(cues("Putin rejected calls for a truce."), [("rejected".to_string(), false)]);
    }

    #[test]
    fn negation() {
        assert_eq!(cues("He didn't deny it."), [("deny".to_string(), true)]);
        assert_eq!(cues("She never said that."), [("said".to_string(), true)]);
    }

    #[test]
    fn inside_quotes_is_skipped() {
        assert_eq!(cues("“We expect that,” she said."), [("said".to_string(), false)]);
    }

    #[test]
    fn phrasal_and_prepositional() {
        assert_eq!(
            cues("He ruled out talks, according to aides."),
            [("ruled out".to_string(), false), ("according to".to_string(), false)]
        );
    }
}
