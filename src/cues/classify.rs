//! Whether a lexicon hit is used as a verb of saying or believing, and in what shape: one function
//! per written form of the verb — the "-ing" participle, the bare form, the "-s" form, the past —
//! each reading the same neighbourhood of the hit.

use crate::lexicon::NounKind;
use crate::lexicon::{Lexicons, WordClass};
use crate::text::{Document, TokenKind};

use super::cue::CueForm;
use super::group::{before_aside, past_adverbs};
use super::words::{self, is_quote_mark, lower};

/// A lexicon hit at tokens `first..last` and what surrounds it in its sentence.
struct Hit<'d, 't> {
    doc: &'d Document<'t>,
    lex: &'d Lexicons,
    first: usize,
    last: usize,
    /// The written form and the lemma, from the lexicon.
    form: &'d str,
    lemma: &'d str,
    /// The sentence's first token and one past its last.
    start: usize,
    end: usize,
    /// The first word of the form and of the lemma ("ruled" and "rule" in "ruled out").
    head: &'d str,
    lemma_head: &'d str,
    /// The token before the hit (in its sentence), in lower case, and its class.
    prev: Option<usize>,
    prev_word: &'d str,
    prev_class: Option<WordClass>,
    /// The three words after the hit, in lower case ("" past the sentence).
    next_word: &'d str,
    next2: &'d str,
    next3: &'d str,
}

impl<'d, 't> Hit<'d, 't> {
    fn new(
        doc: &'d Document<'t>,
        lex: &'d Lexicons,
        first: usize,
        last: usize,
        form: &'d str,
        lemma: &'d str,
    ) -> Self {
        let sent = &doc.sentences()[doc.sentence_at(doc.tokens()[first].span.start)];
        let (start, end) = (sent.tokens.start, sent.tokens.end);
        let prev = (first > start).then(|| first - 1);
        let prev_word = prev.map(|p| lower(doc, p)).unwrap_or_default();
        let prev_class = lex.word_class(prev_word);
        let next_word = if last < end { lower(doc, last) } else { "" };
        let next2 = if last + 1 < end { lower(doc, last + 1) } else { "" };
        let next3 = if last + 2 < end { lower(doc, last + 2) } else { "" };
        let head = form.split(' ').next().unwrap_or(form);
        let lemma_head = lemma.split(' ').next().unwrap_or(lemma);
        Hit {
            doc,
            lex,
            first,
            last,
            form,
            lemma,
            start,
            end,
            head,
            lemma_head,
            prev,
            prev_word,
            prev_class,
            next_word,
            next2,
            next3,
        }
    }

    /// Token `i` in lower case.
    fn lower(&self, i: usize) -> &'d str {
        lower(self.doc, i)
    }

    fn kind(&self, i: usize) -> TokenKind {
        self.doc.tokens()[i].kind
    }

    /// Tokens `a` and `b` touch, with no space between ("Jae-in", "Poor's").
    fn glued(&self, a: usize, b: usize) -> bool {
        self.doc.touches(a, b)
    }

    /// Whether the token before the hit is a plain word.
    fn prev_is_word(&self) -> bool {
        self.prev.is_some_and(|p| self.kind(p) == TokenKind::Word)
    }

    /// "put" and "cast" are their own past: a phrase on them ("put it", "cast as") reads as past;
    /// so does "read".
    fn same_past(&self) -> bool {
        // ("The statement read: “…”": "read" is its own past.)
        let after_modal = matches!(self.prev_class, Some(WordClass::Modal | WordClass::Neg))
            || matches!(self.prev_word, "to" | "do" | "does" | "did");
        matches!(self.head, "put" | "cast") && self.form.contains(' ') || self.form == "read" && !after_modal
    }

    /// The form is an "-s" form ("says", "calls").
    fn s_form(&self) -> bool {
        self.head.ends_with('s') && !self.head.ends_with("ss")
    }

    /// The form is a past ("said", "ruled out"), not a bare, "-s" or "-ing" form.
    fn head_past(&self) -> bool {
        (self.head != self.lemma_head || self.same_past()) && !self.head.ends_with("ing") && !self.s_form()
    }

    /// "to" before a base form is the infinitive marker ("refused to say", "seemed to urge", "went
    /// on to say", "intervened to say"): only after a control verb or adjective, or one of coming
    /// forward to speak, whose subject is the cue's speaker;
    /// "met to discuss" and "urged voters to support" name someone else.
    fn infinitive(&self) -> bool {
        let first = self.first;
        let went_on = first >= self.start + 3
            && self.lower(first - 2) == "on"
            && matches!(self.lower(first - 3), "went" | "go" | "goes" | "going" | "gone");
        self.prev_word == "to"
            && self.head == self.lemma_head
            && first >= self.start + 2
            && (words::is_control_word(self.lower(first - 2)) || went_on || self.purpose())
    }

    /// "intervened to say", "stood up to say", "took to Twitter to say": a verb of coming forward
    /// (and its particle), or "took to" a platform, before the "to" of the cue.
    fn purpose(&self) -> bool {
        let first = self.first;
        let before = |k: usize| (first >= self.start + k).then(|| self.lower(first - k));
        let particle = before(2).is_some_and(|w| matches!(w, "up" | "in" | "out" | "forward" | "back"));
        before(2).is_some_and(words::is_purpose_verb)
            || particle && before(3).is_some_and(words::is_purpose_verb)
            || words::took_to_platform(self.doc, first, self.start)
    }

    /// "Some said", "Many believe", "another says", "one said": a quantifier standing alone is the
    /// subject ("a few hints" is a noun phrase).
    fn quantifier(&self) -> bool {
        let after_a = self.first >= self.start + 2 && matches!(self.lower(self.first - 2), "a" | "the");
        let group = words::is_quantifier(self.prev_word);
        let one = matches!(self.prev_word, "another" | "one") && (self.head_past() || self.lemma == "say");
        (group && !after_a) || one
    }

    /// Before a determiner, possessive, preposition or number, a cue word is a noun ("the
    /// warning", "his claims", "in response"), and after a possessive "'s" ("Editor's note",
    /// "Trump's claims"); a past form between a number and its noun is an adjective ("20 pledged
    /// delegates"), but a number before a past form is its subject ("Six in 10 said").
    fn noun_context(&self) -> bool {
        let (doc, first, last) = (self.doc, self.first, self.last);
        // (Not "said"/"says", never nouns: "Standard & Poor's said".)
        let after_possessive = self.prev_word == "s"
            && self.lemma != "say"
            && first >= self.start + 2
            && matches!(doc.token_text(first - 2), "'" | "’")
            && self.glued(first - 2, first - 1);
        // (Not after a share of a group: "Six in 10 say", "three of 10 said".)
        let share = self.prev.is_some_and(|p| {
            p >= self.start + 2 && matches!(doc.token_text(p - 1), "in" | "of") && {
                let before = lower(doc, p - 2);
                self.kind(p - 2) == TokenKind::Number
                    || matches!(
                        before,
                        "one" | "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine"
                    )
            }
        });
        // ("The El Tambo Workers’ Union No. 1 said late Monday …": a number after "No" ends a name.)
        let numbered_name = self.prev.is_some_and(|p| {
            let no = if p > self.start && doc.token_text(p - 1) == "." {
                p.saturating_sub(2)
            } else {
                p.saturating_sub(1)
            };
            no >= self.start && no < p && doc.token_text(no) == "No"
        });
        let after_number = self.prev.is_some_and(|p| self.kind(p) == TokenKind::Number)
            && !share
            && !numbered_name
            && (!self.head_past()
                || last < self.end
                    && self.kind(last) == TokenKind::Word
                    && self.lex.word_class(self.next_word).is_none()
                    && self.lex.cue(self.next_word).is_none()
                    && !doc.token_text(last).starts_with(char::is_uppercase));
        // ("Moon Jae-in said": the end of a hyphenated name is no preposition.)
        let hyphenated =
            first >= self.start + 2 && doc.token_text(first - 2) == "-" && self.glued(first - 2, first - 1);
        (matches!(self.prev_class, Some(WordClass::Det | WordClass::Poss | WordClass::Prep))
            && !hyphenated
            && !self.infinitive()
            && !self.quantifier())
            || after_possessive
            || after_number
    }

    /// Directly after another cue verb ("rejected calls for"), it is the object; but a past form
    /// after "plans", "claims" is that noun's verb ("internal plans said").
    fn after_cue_verb(&self) -> bool {
        // ("An official who asked not to be named said …": a passive infinitive ends the relative
        // clause; the verb after it is the sentence's.)
        let passive_before = |p: usize| p > 0 && matches!(self.lower(p - 1), "be" | "been" | "being");
        self.prev.is_some_and(|p| {
            let w = self.doc.token_text(p);
            if passive_before(p) && self.lemma == "say" {
                return false;
            }
            self.lex.cue(w).is_some_and(|c| c.form.split(' ').count() == 1 && c.lemma != "according to")
                && (w.ends_with("ed")
                    || self.lex.cue(w).is_some_and(|c| c.form != c.lemma) && !self.head_past())
        })
    }

    /// "is not expected", "is widely expected": a form of "be" before the hit, past negation and
    /// adverbs.
    fn prev_is_be(&self) -> bool {
        self.prev.is_some_and(|p| {
            let mut q = p;
            while q > self.start
                && (matches!(self.lex.word_class(self.lower(q)), Some(WordClass::Neg | WordClass::Adv))
                    || words::ly_adverb(self.lower(q)))
            {
                q -= 1;
            }
            matches!(self.lower(q), "is" | "are" | "was" | "were" | "be" | "been" | "being")
        })
    }

    /// "The plant will close, per a company filing.", "Per Axios, the deal is off.": "per" credits
    /// a source when it opens the sentence or follows a comma or a dash, and a determiner, a
    /// possessive, a name or a plural follows it (not "$4 per gallon", "3 per cent", "as per").
    fn credits_per(&self) -> bool {
        let set_off = self.prev.is_none() || matches!(self.prev_word, "," | "—" | "–" | "(" | ";");
        let name = self.last < self.end
            && self.kind(self.last) == TokenKind::Word
            && self.doc.token_text(self.last).starts_with(char::is_uppercase);
        let determiner =
            matches!(self.lex.word_class(self.next_word), Some(WordClass::Det | WordClass::Poss))
                && !matches!(self.next_word, "each" | "every" | "any" | "some");
        let plural =
            self.next_word.len() > 3 && self.next_word.ends_with('s') && !self.next_word.ends_with("ss");
        // ("Guccifer said, per a translator, that …": set off inside an attribution, it names
        // who relayed the words, not who said them.)
        let inside_cue = self.prev_word == ","
            && self.first >= self.start + 2
            && self.lex.cue(self.lower(self.first - 2)).is_some();
        set_off && !inside_cue && (name || determiner || plural)
    }

    /// Whether an object or a clause starts after the hit.
    fn object_follows(&self) -> bool {
        object_starts(self.doc, self.lex, self.last, self.end)
    }
}

/// Decide whether the hit at tokens `first..last` (written `form`, of `lemma`) is a cue, and of
/// what shape.
pub(super) fn classify(
    doc: &Document<'_>,
    lex: &Lexicons,
    first: usize,
    last: usize,
    form: &str,
    lemma: &str,
) -> Option<CueForm> {
    let h = Hit::new(doc, lex, first, last, form, lemma);
    // "according to", "as reported by": the source follows (not "according to legend").
    if lemma == "according to" || form.ends_with(" by") {
        if form == "per" && !h.credits_per() {
            return None;
        }
        let listed = lex.cue_excluded(lemma, h.head, h.prev_word, &[h.next_word, h.next2, h.next3]);
        return (!listed).then_some(CueForm::Preposition);
    }
    if reports_nothing(&h) || relative_that(&h) {
        return None;
    }
    if h.head.ends_with("ing") && h.head != h.lemma_head {
        return gerund(&h);
    }
    if h.head == h.lemma_head && !h.same_past() {
        return base_form(&h);
    }
    if h.noun_context() || h.after_cue_verb() {
        return None;
    }
    let is_s_form = h.s_form() && h.lemma_head.len() < h.head.len() && !h.head.ends_with("ed");
    if is_s_form {
        return s_form(&h);
    }
    past(&h)
}

/// Contexts in which a cue word is no verb of reporting: inside a hyphenated compound
/// ("so-called", "self-described", "a sought-after host"), a context listed in
/// `data/cue_exclusions.tsv` ("adding to her lead", "backed down", "the reality TV show", "spoke
/// on condition of anonymity"), "named" before a name after a plain noun ("a worker named Antonio
/// Arroyo": naming, not nominating), or "heard" after anything but a court, jury or inquest
/// ("Neighbours heard shots", "a court has heard" past its auxiliary), or "continued" and a comma
/// before a determiner ("as long as the war continues, the economist said").
fn reports_nothing(h: &Hit<'_, '_>) -> bool {
    let doc = h.doc;
    let dash = |t: usize| matches!(doc.token_text(t), "-" | "‑");
    // ("a sought-after interviewer": a hyphen after the cue, glued to both sides.)
    let hyphen_after =
        h.last + 1 < h.end && dash(h.last) && h.glued(h.last - 1, h.last) && h.glued(h.last, h.last + 1);
    let hyphenated = h.prev.is_some_and(|p| dash(p) && h.glued(p, h.first)) || hyphen_after;
    let named = h.head == "named"
        && h.last < h.end
        && doc.token_text(h.last).starts_with(char::is_uppercase)
        && h.prev.is_some_and(|p| {
            h.kind(p) == TokenKind::Word
                && h.prev_class.is_none()
                && !doc.token_text(p).starts_with(char::is_uppercase)
        });
    // "Neighbours heard shots": only a court, a jury or an inquest hears what a claim reports.
    // ("…, a court has heard": past the auxiliary.)
    let listener = match h.prev {
        Some(p) if matches!(h.prev_word, "has" | "have" | "had") && p > h.start => h.lower(p - 1),
        _ => h.prev_word,
    };
    let heard = h.lemma == "hear" && !words::is_court_noun(listener);
    // ("The imam said prayers would be held", "He said nothing was decided": the listed words
    // open a clause when an auxiliary or a modal follows them.)
    // ("Judge Miriam Osei ruled on Thursday that …": a day after "on" is the time of a ruling, not
    // what was ruled on.)
    let clause = matches!(h.lex.word_class(h.next2), Some(WordClass::Aux | WordClass::Modal))
        || h.next_word == "on" && h.lex.word_class(h.next2) == Some(WordClass::Time);
    // ("“We are tired,” said Grace Mutua": a name after the cue, two capitalised words, is no
    // "said grace".)
    let name_after = h.last + 1 < h.end
        && [h.last, h.last + 1].iter().all(|&t| h.doc.token_text(t).starts_with(char::is_uppercase));
    let excluded = h.lex.cue_excluded(h.lemma, h.head, h.prev_word, &[h.next_word, h.next2, h.next3])
        && !clause
        && !name_after;
    // ("as long as the war continues, the economist Ida Varga said": a determiner after the comma
    // opens the attribution of the clause "continues" ends.)
    let goes_on = h.lemma == "continue"
        && h.next_word == ","
        && matches!(h.lex.word_class(h.next2), Some(WordClass::Det | WordClass::Poss));
    // ("“It will stay closed,” he went on, “until …”": "went on" reports only before a quotation,
    // a colon or the end of its clause; not "what went on inside", "went on to win".)
    let went_on = h.lemma == "go on" && !matches!(h.next_word, "," | ":" | "“" | "\"" | "." | "‘");
    hyphenated || excluded || named || heard || goes_on || went_on || hearsay(h) || name_given(h)
}

/// "a report said to be highly critical of the agency", "a man said to have fled": "said to"
/// right after a noun, with nobody saying.
fn hearsay(h: &Hit<'_, '_>) -> bool {
    h.head == "said" && h.next_word == "to" && matches!(h.next2, "be" | "have") && h.prev_class.is_none()
}

/// Most tokens of a name given by a naming participle ("dubbed “Clean Sweep”").
const MAX_GIVEN_NAME: usize = 6;

/// "The operation, dubbed “Clean Sweep” by officers, began", "the drug, called velanostat, also
/// scored": a naming participle set off after a comma, whose one complement (a name or a quoted
/// phrase) runs to a comma, "by" or a bracket, gives a name; "He paused, called the plan “a
/// disaster” and left" calls something a name and is a verb of the subject.
fn name_given(h: &Hit<'_, '_>) -> bool {
    if !matches!(h.head, "dubbed" | "called" | "nicknamed") || h.prev_word != "," {
        return false;
    }
    let limit = h.end.min(h.last + MAX_GIVEN_NAME + 1);
    let stop = (h.last..limit).find(|&t| matches!(h.lower(t), "," | "by" | ")" | "." | "and" | "—"));
    // (The complement is one name: "the" and capitalised words, one word in lower case, or a
    // quotation; not "Trump a “blowhard,”", "the new law “much, much better”".)
    let a = if h.lower(h.last) == "the" { h.last + 1 } else { h.last };
    let mark = |t: usize| matches!(h.lower(t), "“" | "”" | "\"" | "‘" | "’");
    stop.is_some_and(|s| {
        let capitalised = (a..s).all(|t| h.doc.token_text(t).starts_with(char::is_uppercase));
        let quoted = s >= a + 3 && mark(a) && mark(s - 1) && !(a + 1..s - 1).any(mark);
        let quoted = quoted || s >= a + 4 && mark(a) && h.lower(s - 1) == "," && mark(s - 2);
        s > a
            && matches!(h.lower(s), "," | "by" | ")")
            && (capitalised || quoted || s == a + 1 && a == h.last)
    })
}

/// "is warning", ", saying": participles and progressives; "the warning" is a noun. "… by saying",
/// "a statement saying", "released a statement Wednesday saying": a participle whose speaker is
/// the clause's subject.
fn gerund(h: &Hit<'_, '_>) -> Option<CueForm> {
    // "Shares fell 4%, raising concerns that demand may be cooling": the writer's framing of an
    // event, which says nothing.
    if h.lemma.starts_with("raise ") && h.prev_word == "," {
        return None;
    }
    // ("Mark Hoskin, defending, said …": a participle alone between commas, before the verb of
    // saying, is a court role; not "…, saying, “…”".)
    if h.prev_word == "," && h.next_word == "," && h.lex.cue(h.next2).is_some() {
        return None;
    }
    let manner = before_manner_participle(h.lex, h.prev_word);
    if (h.noun_context() || h.after_cue_verb()) && !manner {
        return None;
    }
    // ("(Image: Local Democracy Reporting Service)": a capitalised word between a capitalised
    // plain word and another is a name's; not "Donald Trump Is Now Calling Obama …", a headline.)
    let cap = |t: usize| h.doc.token_text(t).starts_with(char::is_uppercase);
    if cap(h.first) && h.prev.is_some_and(cap) && h.prev_class.is_none() && h.last < h.end && cap(h.last) {
        return None;
    }
    // ("Dismissing the appeal, planning inspector David Rowe concluded …": a participle before a
    // title and a name modifies the title.)
    let name_after = h.last + 1 < h.end && h.doc.token_text(h.last + 1).starts_with(char::is_uppercase);
    let lower_title = h.last < h.end
        && h.doc.token_text(h.last).starts_with(char::is_lowercase)
        && h.lex.title(h.next_word).is_some_and(|(class, _)| class == crate::lexicon::TitleClass::Head);
    if lower_title && name_after {
        return None;
    }
    // "Although the results were encouraging, doctors said …": an adjective after "be", with
    // nothing after it.
    let bare = matches!(h.next_word, "" | "," | "." | ";" | ":" | "and" | "but" | "—" | "–");
    if h.prev_is_be() && bare && words::is_adjective_participle(h.form) {
        return None;
    }
    // ("the messages were “shameful” but never threatening.": after a conjunction or an adverb,
    // with nothing after it, an adjective coordinated with another.)
    let coordinated = matches!(h.prev_word, "but" | "and" | "or" | "yet")
        || matches!(h.prev_class, Some(WordClass::Neg | WordClass::Adv));
    let ends = matches!(h.next_word, "" | "." | ";" | "!" | "?")
        || h.next_word == "," && !is_quote_mark(h.next2) && h.next2 != ":";
    if coordinated && ends {
        return None;
    }
    let prev_word = h.prev_word;
    // "a group backing Mr. Rubio", "a new poll showing Trump ahead", "those supporting
    // deportation": a participle after a noun phrase, with an object of its own.
    // ("with Treasurer Lachlan Pryor saying “everything is on the table”": a quotation too.)
    let next_is_object = h.object_follows() || is_quote_mark(h.next_word);
    let noun_before = h.prev_is_word()
        && (h.prev_class.is_none() || matches!(prev_word, "those" | "others" | "some" | "many"))
        && !words::ly_adverb(prev_word)
        && !prev_word.ends_with("ing")
        && !prev_word.ends_with("ed");
    // "Noting that only Kirk voted with them, Tester added": a participle opening the sentence.
    let opening = h.prev.is_none() && (next_is_object || h.next_word == "that");
    // "began calling for", "kept insisting": a participle after a verb of beginning or going on.
    let aspect = words::is_aspect_verb(prev_word);
    // "quoted a ministry official as saying", "was quoted as saying".
    let quoted_as = prev_word == "as" && quoting_verb(h.doc, h.first - 1, h.start).is_some();
    // ("…, with developing countries accusing wealthy nations of backtracking": the subject of a
    // "with" clause before it.)
    let with_subject = noun_before && with_before(h);
    let ok = manner
        || quoted_as
        || with_subject
        || aspect
        || opening
        || (noun_before && next_is_object)
        || h.prev_is_be()
        // "he's not predicting", "is not saying"
        || h.prev_class == Some(WordClass::Neg)
        || matches!(prev_word, "," | "and" | "but" | "”" | "\"" | "'" | "’")
        // ("Residents have slammed their council - claiming rats are now running riot": a dash
        // sets it off as a comma does; a spaced hyphen is one.)
        || matches!(prev_word, "—" | "–")
        || prev_word == "-" && h.first > 0 && !h.doc.touches(h.first - 1, h.first)
        || h.prev_class == Some(WordClass::Adv)
        || words::ly_adverb(prev_word);
    ok.then_some(CueForm::Gerund)
}

/// Most words of the noun phrase between "with" and a participle ("with developing countries
/// accusing …").
const MAX_WITH_SUBJECT: usize = 4;

/// Whether "with" opens the few plain words before the hit, after a comma or at the sentence's
/// start ("…, with developing countries accusing …").
fn with_before(h: &Hit<'_, '_>) -> bool {
    let lo = h.first.saturating_sub(MAX_WITH_SUBJECT + 1).max(h.start);
    (lo..h.first)
        .rev()
        .take_while(|&t| h.kind(t) == TokenKind::Word)
        .find(|&t| h.lower(t) == "with")
        .is_some_and(|w| w == h.start || h.doc.token_text(w - 1) == ",")
}

/// The bare form: after a modal, "do"/"did", "to" or negation ("would not say", "refused to
/// say"); or present tense with a plural subject ("analysts say", "they believe", "who say", "Six
/// in 10 say"; adverbs between stay out: "voters still say") or before a clause ("some who
/// advocate free speech argue that …").
fn base_form(h: &Hit<'_, '_>) -> Option<CueForm> {
    if h.noun_context() {
        return None;
    }
    let prev_is_modal = matches!(h.prev_class, Some(WordClass::Modal))
        || matches!(h.prev_word, "do" | "does" | "did" | "to" | "not" | "never" | "t" | "n't");
    if prev_is_modal {
        return Some(CueForm::Base);
    }
    // "The police report said …", "A new report says …": a verb of saying right after it makes
    // the cue word a noun heading its subject ("to express doubts" is a verb).
    let verb_follows =
        h.lex.cue(h.next_word).is_some_and(|c| c.lemma != h.next_word && !c.form.ends_with("ing"));
    if verb_follows {
        return None;
    }
    let (doc, lex) = (h.doc, h.lex);
    let prev = h.prev.map(|p| bare_subject(h, p));
    // "The app lets users report potholes": a bare infinitive after a causative verb's object.
    let causative = prev.and_then(|p| p.checked_sub(1)).filter(|&q| q >= h.start).is_some_and(|q| {
        matches!(
            h.lower(q),
            "let" | "lets" | "letting" | "make" | "makes" | "made" | "making" | "help" | "helps" | "helped"
        )
    });
    if causative {
        return None;
    }
    let plural = |p: usize| {
        let w = doc.token_text(p);
        let lw = lower(doc, p);
        words::is_plural_subject(lw)
            || (lw.ends_with('s')
                && !lw.ends_with("ss")
                && lex.word_class(lw).is_none()
                && !words::ly_adverb(lw))
            || lex.speaker_noun(lw).is_some()
            || h.kind(p) == TokenKind::Number
            || (w.chars().next().is_some_and(char::is_uppercase) && p > h.start)
            // "RCMP say a man was hurt": a body's initials opening the sentence.
            || (w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase()))
    };
    // ("Doctors at the hospital say", "People in the village say", "Critics on the left say": the
    // people before a short phrase of place.)
    let before_place = |p: usize| {
        (p.saturating_sub(4).max(h.start + 1)..p)
            .rev()
            .take_while(|&q| h.kind(q) == TokenKind::Word && lex.cue(lower(doc, q)).is_none())
            .find(|&q| {
                matches!(lower(doc, q), "at" | "in" | "of" | "from" | "across" | "around" | "within" | "on")
            })
            .is_some_and(|q| {
                let head = lower(doc, q - 1);
                let kind = lex.speaker_noun(head);
                kind == Some(NounKind::Group) || kind.is_some() && head.ends_with('s')
            })
    };
    let plural_subject = prev.is_some_and(|p| plural(p) || before_place(p));
    // "Latino support for the party", "45 percent support and …": the noun.
    // ("the consensus estimate of 52 cents": before "of", a noun, but for the verbs that take it.)
    let of_noun = h.next_word == "of"
        && !h.form.contains(' ')
        && !matches!(
            h.lemma,
            "warn"
                | "speak"
                | "complain"
                | "think"
                | "approve"
                | "disapprove"
                | "talk"
                | "boast"
                | "hear"
                | "know"
        );
    let noun_use = (h.next_word == "for" && matches!(h.lemma, "support" | "back" | "praise"))
        || prev.is_some_and(|p| body_compound(h, p) || after_a_noun(h, p) || after_demonym(h, p))
        || of_noun
        || prev.is_some_and(|p| h.lower(p) == "percent") && !h.object_follows();
    // A nominative pronoun ("fear they will", "say he") or "there is" starts a clause too.
    let clause_follows = (h.next_word == "that"
        || matches!(h.next_word, "he" | "she" | "they" | "we" | "i")
        || h.next_word == "there" && lex.word_class(h.next2) == Some(WordClass::Aux))
        && h.prev_word != ","
        && !matches!(h.lemma, "support" | "back");
    let noun_subject = noun_follows(lex, h.next_word) && !contact_clause(h, prev);
    ((plural_subject || clause_follows) && !noun_use && !noun_subject && !subordinate_act(h))
        .then_some(CueForm::Finite)
}

/// "concerns about weak Chinese demand outweighed …", "British backing for the plan": a bare form
/// right after a demonym that is an adjective (no plural, not after "the": "the British say") is
/// the noun it describes.
fn after_demonym(h: &Hit<'_, '_>, p: usize) -> bool {
    let w = h.doc.token_text(p);
    p + 1 == h.first
        && p > h.start
        && !w.ends_with('s')
        && h.lower(p - 1) != "the"
        && h.lex.place(w) == Some(crate::lexicon::PlaceKind::Demonym)
}

/// Most tokens between a subordinator and the verb of its clause ("because unions at larger firms
/// report first": five).
const MAX_SUBORDINATE_SUBJECT: usize = 6;

/// "… overstates gains because unions at larger firms report first.": a verb in a clause a
/// subordinator opens, with only an adverb after it before the sentence ends, tells when or how
/// people act; it reports nothing.
fn subordinate_act(h: &Hit<'_, '_>) -> bool {
    let adverb = matches!(h.lex.word_class(h.next_word), Some(WordClass::Adv | WordClass::Time))
        || words::ly_adverb(h.next_word)
        || matches!(h.next_word, "first" | "last" | "early" | "late" | "later" | "back");
    let ends = matches!(h.next2, "." | "!" | "?" | "");
    let lo = h.first.saturating_sub(MAX_SUBORDINATE_SUBJECT).max(h.start);
    adverb && ends && (lo..h.first).any(|t| h.lex.word_class(h.lower(t)) == Some(WordClass::Subord))
}

/// "adopted the committee report by 31 votes to 9": a bare form after "the" and a body's noun (at
/// `p`), before a preposition, is the compound's noun ("the committee say they …" is British
/// agreement: a verb).
fn body_compound(h: &Hit<'_, '_>, p: usize) -> bool {
    let (doc, lex) = (h.doc, h.lex);
    p > h.start
        && lex.speaker_noun(lower(doc, p)) == Some(NounKind::Organization)
        && matches!(lex.word_class(lower(doc, p - 1)), Some(WordClass::Det | WordClass::Poss))
        && lex.word_class(h.next_word) == Some(WordClass::Prep)
}

/// "A staff report presented to the committee estimated …": a bare form after "a" and a noun (at
/// `p`) is that compound's noun; "a few say", "a majority believe" count people.
fn after_a_noun(h: &Hit<'_, '_>, p: usize) -> bool {
    let w = lower(h.doc, p);
    let count = matches!(
        w,
        "few"
            | "lot"
            | "number"
            | "couple"
            | "handful"
            | "majority"
            | "minority"
            | "third"
            | "quarter"
            | "half"
            | "dozen"
            | "plurality"
    );
    p > h.start && matches!(lower(h.doc, p - 1), "a" | "an") && h.lex.word_class(w).is_none() && !count
}

/// Where the subject of a bare form would end, looking back from token `p`: past adverbs and "now"
/// (the live update's "Police now say …"), and before an aside ("Democrats — and some
/// Republicans — say").
fn bare_subject(h: &Hit<'_, '_>, p: usize) -> usize {
    let (doc, lex) = (h.doc, h.lex);
    let mut p = past_adverbs(doc, lex, p, h.start, false);
    if p > h.start && lower(doc, p) == "now" {
        p = past_adverbs(doc, lex, p - 1, h.start, false);
    }
    before_aside(doc, p, h.start)
}

/// "calls", "claims", "hopes": a verb only after a subject-like word ("Kaine now says": past the
/// adverb; "Jason Sims — a teacher from Mount Pleasant — says": before the aside), or after a
/// plain noun when a clause follows or the clause ends ("The billionaire magnate says the …", "the
/// poll finds immigration is …", "“…,” the board writes."), or in a phrasal form ("The plan calls
/// for rates …").
fn s_form(h: &Hit<'_, '_>) -> Option<CueForm> {
    let (doc, lex) = (h.doc, h.lex);
    let prev = h.prev.map(|p| past_adverbs(doc, lex, p, h.start, true));
    let prev = prev.map(|p| before_aside(doc, p, h.start));
    let subject_like = prev.is_some_and(|p| {
        let w = doc.token_text(p);
        // ("Controversial plans to build 200 homes …", "CONTROVERSIAL plans …": an adjective
        // opening the sentence is no subject.)
        let cap =
            w.chars().next().is_some_and(char::is_uppercase) && !(p == h.start && opening_adjective(lex, w));
        cap || matches!(lex.word_class(w), Some(WordClass::Pron | WordClass::Adv))
            || words::ly_adverb(w)
            || matches!(w, "," | "also" | "still" | ")" | "and" | "but")
            // "“…,” writes Nate Silver": inverted after a quote; "‘…,’ says Ms Lee" after a
            // single one (a mark after a comma, not an apostrophe).
            || is_quote_mark(w)
            || matches!(w, "’" | "'") && p > 0 && matches!(doc.token_text(p - 1), "," | "?" | "!")
            || (lex.speaker_noun(w).is_some() || lex.title(w).is_some()) && !modifier_noun(h, p)
            // ("Northbay Energy Corp. says": the period of a company's legal form.)
            || w == "." && p > h.start && lex.is_org_suffix(doc.token_text(p - 1))
    });
    let clause_follows = h.object_follows()
        || (h.last + 1 < h.end
            && h.kind(h.last) == TokenKind::Word
            && lex.word_class(h.next_word).is_none()
            && matches!(lex.word_class(h.lower(h.last + 1)), Some(WordClass::Aux | WordClass::Modal)));
    // "on supply fears": the plain noun before is a preposition's object, and the "-s" form the
    // head of its noun phrase.
    let in_phrase = prev.is_some_and(|p| {
        p > h.start && matches!(lex.word_class(doc.token_text(p - 1)), Some(WordClass::Prep))
    });
    // (Not a past verb: "Sorensen also addressed reports that …" has the noun.) ("The study also
    // says that …": past an adverb.)
    let plain_noun_before = prev.is_some_and(|p| {
        let w = lower(doc, p);
        h.kind(p) == TokenKind::Word
            && lex.word_class(w).is_none()
            && !words::ly_adverb(w)
            && (!w.ends_with("ed") || doc.token_text(p).starts_with(char::is_uppercase))
    });
    // ("The statement says: “…”", "The sign reads “No entry.”": a colon or a quotation after it.)
    let clause_ends =
        matches!(h.next_word, "." | "," | "!" | "?" | ";" | ":" | "") || is_quote_mark(h.next_word);
    let phrasal = h.form.contains(' ');
    // ("A board member who resigned says she …", "… who left last week says she …", "… who quit in
    // 2020 says …": "says" is never a noun, so a past verb, a time or a year before it ends a
    // relative clause.)
    let says_after_past = h.form == "says"
        && clause_follows
        && (h.prev_word.ends_with("ed")
            || matches!(h.prev_class, Some(WordClass::Time))
            || h.prev.is_some_and(|p| h.kind(p) == TokenKind::Number));
    // ("The district says extra counselors will be …": "says" after a plain noun is its verb.)
    let subject_like = subject_like
        || h.quantifier()
        || says_after_past
        || h.form == "says" && plain_noun_before && !in_phrase
        || (plain_noun_before && (clause_follows || (clause_ends && !in_phrase) || phrasal));
    // "as supply fears mount": one bare lower-case word ends the sentence, the noun's own verb
    // (not an adverb, "asks rhetorically", a plural object, "tells parishioners", or the object of a
    // verb that takes one, "Rubio opposes abortion").
    let takes_object = lex.cue(h.form).is_some_and(|c| c.object);
    let bare_verb_ends = !takes_object
        && h.last < h.end
        && (h.last + 1 == h.end || matches!(h.next2, "." | "!" | "?"))
        && h.kind(h.last) == TokenKind::Word
        && doc.token_text(h.last).starts_with(char::is_lowercase)
        && lex.word_class(h.next_word).is_none()
        && lex.cue(h.next_word).is_none()
        && !words::ly_adverb(h.next_word)
        && !h.next_word.ends_with('s');
    let noun_subject = noun_follows(lex, h.next_word) && !contact_clause(h, prev);
    (subject_like
        && !noun_subject
        && !infinitive_object(h, prev)
        && !bare_verb_ends
        && !figure_of_a_name(h, prev)
        && !opening_compound(h, prev)
        && !participle_object(h, prev))
    .then_some(CueForm::Finite)
}

/// "the $440 million average of analyst estimates compiled by LSEG": a singular noun of people
/// at `p`, right after a preposition with no article, modifies the "-s" form after it.
fn modifier_noun(h: &Hit<'_, '_>, p: usize) -> bool {
    let w = h.lower(p);
    p > h.start
        && !w.ends_with('s')
        && !h.doc.token_text(p).starts_with(char::is_uppercase)
        && matches!(h.lex.word_class(h.lower(p - 1)), Some(WordClass::Prep))
}

/// "speaking on condition of anonymity to discuss internal estimates, said": after "to", a verb
/// and at most one more plain word, the "-s" form is the infinitive's object.
fn infinitive_object(h: &Hit<'_, '_>, prev: Option<usize>) -> bool {
    let Some(p) = prev.filter(|&p| p + 1 == h.first) else { return false };
    let plain = |q: usize| {
        h.kind(q) == TokenKind::Word
            && h.lex.word_class(h.lower(q)).is_none()
            && !h.doc.token_text(q).starts_with(char::is_uppercase)
    };
    (1..=2).any(|k| p >= h.start + k && h.lower(p - k) == "to" && (p - k + 1..=p).all(plain))
}

/// "…, raising hopes that pay will rise", "approved cost-cutting plans, despite …": after a
/// participle opening a clause (behind a comma or a conjunction), or a hyphened participle
/// ("cost-cutting", "long-awaited"), the "-s" form is a noun, the participle's object or its
/// head ("The filing says …" has a subject).
fn participle_object(h: &Hit<'_, '_>, prev: Option<usize>) -> bool {
    let Some(p) = prev.filter(|&p| p == h.first - 1 && h.kind(p) == TokenKind::Word) else { return false };
    let w = h.lower(p);
    let participle = w.len() > 4 && (w.ends_with("ing") || w.ends_with("ed"));
    let hyphened = p >= h.start + 2 && h.lower(p - 1) == "-" && h.glued(p - 1, p) && h.glued(p - 2, p - 1);
    let opens_clause = p > h.start
        && (h.lower(p - 1) == ","
            || matches!(h.lex.word_class(h.lower(p - 1)), Some(WordClass::Conj | WordClass::Subord)));
    participle && (w.ends_with("ing") && opens_clause || hyphened)
}

/// "Insurance claims for storm damage rose 18 per cent", "Fraud claims against the company have
/// doubled": an "-s" form that is mostly a noun, after one ordinary word opening the sentence and
/// before a preposition or an auxiliary, heads the sentence's subject ("Smith claims …" has a name).
fn opening_compound(h: &Hit<'_, '_>, prev: Option<usize>) -> bool {
    let nouny = matches!(
        h.head,
        "claims" | "reports" | "estimates" | "forecasts" | "calls" | "demands" | "complaints"
    );
    let Some(p) = prev.filter(|&p| p == h.start) else { return false };
    let first = h.lower(p);
    let plain = h.lex.is_common_word(first)
        && h.lex.word_class(first).is_none()
        && h.lex.speaker_noun(first).is_none()
        && h.lex.title(first).is_none();
    let after =
        matches!(h.lex.word_class(h.next_word), Some(WordClass::Prep | WordClass::Aux | WordClass::Modal));
    nouny && plain && after
}

/// "revenue above Wall Street estimates", "beat Bloomberg forecasts": a word of figures after a
/// name that a word of comparing governs is the noun whose owner the name is.
fn figure_of_a_name(h: &Hit<'_, '_>, prev: Option<usize>) -> bool {
    if !matches!(h.lemma, "estimate" | "forecast" | "project" | "expect" | "predict") {
        return false;
    }
    let Some(p) = prev else { return false };
    // ("beating studio forecasts", "topping analysts' estimates": up to three words of the
    // figure's owner, capitalised or not.)
    const MAX_OWNER_WORDS: usize = 3;
    let comparing = |t: usize| {
        matches!(
            lower(h.doc, t),
            "above"
                | "below"
                | "beyond"
                | "than"
                | "under"
                | "over"
                | "beat"
                | "beating"
                | "missed"
                | "missing"
                | "topped"
                | "topping"
                | "exceeded"
                | "exceeding"
                | "trailing"
                | "lagging"
                | "meeting"
                | "matching"
                | "against"
        )
    };
    let owner = |t: usize| {
        let w = h.doc.token_text(t);
        // (A possessive is two tokens, its mark and "s".)
        w.starts_with(char::is_alphabetic) || w == "'" || w == "’"
    };
    let mut q = p;
    while q > h.start && p - q < MAX_OWNER_WORDS && owner(q) && !comparing(q) {
        q -= 1;
    }
    // (Not "of" inside a body's name: "The Canadian Federation of Agriculture estimates …".)
    q < p && comparing(q)
}

/// Whether `word` reads as an adjective: an ordinary word with an adjective's ending
/// ("Controversial", "AMBITIOUS", "Expensive").
fn opening_adjective(lex: &Lexicons, word: &str) -> bool {
    const ENDINGS: [&str; 8] = ["ial", "ous", "ive", "ical", "ful", "less", "able", "ible"];
    let lower = word.to_lowercase();
    lower.len() >= 6 && ENDINGS.iter().any(|e| lower.ends_with(e)) && lex.is_common_word(&lower)
}

/// "a role it says is vital", "a policy critics say is flawed", "a price the company says is
/// competitive": right after a subject pronoun or a plural noun for speakers (any, before "say"),
/// the verb before an auxiliary opens a relative clause without "that"; it is no noun (not "the
/// rules committee report was finalized").
fn contact_clause(h: &Hit<'_, '_>, prev: Option<usize>) -> bool {
    prev.is_some_and(|p| {
        let w = h.lower(p);
        matches!(w, "it" | "he" | "she" | "they" | "we" | "i" | "you")
            || (w.ends_with('s') || h.lemma == "say") && h.lex.speaker_noun(w).is_some()
    })
}

/// Past tense or participle: a passive after "be"; not "felt good" (only "feels that", "felt
/// he", "felt his side deserved a point"), "called to say" (the infinitive reports), "a program
/// called Sandy Hook Promise" (a participle that names), or "backed by Russian air power" (a
/// participle modifying a noun) — but "Asked by a reporter whether …" opening the
/// sentence (or after "when") puts a question, and "said by telephone" names the means.
fn past(h: &Hit<'_, '_>) -> Option<CueForm> {
    let (doc, lex) = (h.doc, h.lex);
    let last = h.last;
    // ("He called to say that he was safe", "wrote to say": the verb of saying after "to" reports.)
    if h.next_word == "to" && words::is_purpose_verb(h.form) && lex.cue(h.next2).is_some() {
        return None;
    }
    if h.lemma == "feel"
        && !(h.next_word == "that"
            || matches!(
                lex.word_class(h.next_word),
                Some(WordClass::Pron | WordClass::Det | WordClass::Poss)
            )
            || doc
                .token_text(last.min(h.end.saturating_sub(1)))
                .chars()
                .next()
                .is_some_and(char::is_uppercase))
    {
        return None;
    }
    if names_a_thing(h) || compares_figures(h) || set_off_participle(h) {
        return None;
    }
    if h.prev_is_be() || participle_before_preposition(h) {
        return Some(CueForm::Passive);
    }
    let by_means = h.next_word == "by" && last + 1 < h.end && means_of_contact(h.lower(last + 1));
    // ("said by-elections were “notoriously unpredictable”": a word the hyphen goes on with.)
    let hyphened = last + 2 < h.end && doc.token_text(last + 1) == "-" && doc.touches(last, last + 1);
    if h.next_word == "by" && !by_means && !hyphened {
        let has_aux = h.prev.is_some_and(|p| matches!(h.lower(p), "has" | "have" | "had"));
        let question_opener =
            matches!(h.lemma, "ask" | "ask about") && (h.prev.is_none() || h.prev_word == "when");
        if !has_aux && !question_opener {
            return None;
        }
    }
    // "expected to" / "hoped to" as control verbs are kept: "Turkey hopes to find" is a belief.
    Some(CueForm::Finite)
}

/// Most tokens of a participle's phrase set off by commas inside a clause.
const MAX_SET_OFF_PHRASE: usize = 10;

/// "… said the cost, estimated at $90 million a year, would be met …", "the plan, estimated to
/// cost $2bn, would be shelved": a past form right after a comma that follows a lower-case noun,
/// before "at" or "to", whose phrase closes on a comma before an auxiliary or a modal, is a
/// participle describing the noun (a reduced relative clause), not a verb of reporting.
fn set_off_participle(h: &Hit<'_, '_>) -> bool {
    let Some(p) = h.prev.filter(|&p| p > h.start && h.prev_word == ",") else { return false };
    let noun = h.kind(p - 1) == TokenKind::Word
        && h.lex.word_class(h.lower(p - 1)).is_none()
        && !h.doc.token_text(p - 1).starts_with(char::is_uppercase);
    if !noun || !matches!(h.next_word, "at" | "to") {
        return false;
    }
    let close = (h.last..h.end.min(h.last + MAX_SET_OFF_PHRASE)).find(|&t| h.doc.token_text(t) == ",");
    close.is_some_and(|c| {
        c + 1 < h.end && matches!(h.lex.word_class(h.lower(c + 1)), Some(WordClass::Aux | WordClass::Modal))
    })
}

/// "Officials in several states that voted for him", "the states that vote on March 1": a form
/// ending on "that" ("states that", "considers that") is a cue only before a clause's subject (an
/// article, a pronoun, a possessive, a name or a number: "The report states that the …"); before a
/// verb it is a noun with a relative clause.
fn relative_that(h: &Hit<'_, '_>) -> bool {
    let subject =
        matches!(h.lex.word_class(h.next_word), Some(WordClass::Det | WordClass::Pron | WordClass::Poss))
            || h.last < h.end
                && (matches!(h.kind(h.last), TokenKind::Number)
                    || h.doc.token_text(h.last).starts_with(char::is_uppercase));
    h.form.ends_with(" that") && !subject
}

/// "A man accused of assaulting a bus driver has been remanded", "the minister, criticised for the
/// delay, …": a verb whose object comes before its preposition ("accused Smith of", "blamed the
/// council for"), right before that preposition, is a participle with the object as its subject
/// (not after a subject pronoun or a relative word: "the rivals who he accused of lying").
fn participle_before_preposition(h: &Hit<'_, '_>) -> bool {
    const MAX_RELATIVE_DISTANCE: usize = 3;
    let verb_and_preposition = matches!(
        (h.lemma, h.next_word),
        ("accuse", "of") | ("blame" | "criticise" | "praise" | "condemn" | "thank", "for")
    );
    let fronted_object = || {
        (h.first.saturating_sub(MAX_RELATIVE_DISTANCE).max(h.start)..h.first)
            .any(|t| matches!(h.lower(t), "who" | "whom" | "that" | "which"))
    };
    let subject_pronoun = matches!(h.prev_word, "he" | "she" | "they" | "we" | "i" | "you" | "it");
    verb_and_preposition && !subject_pronoun && !fronted_object()
}

/// "She runs a program called Sandy Hook Promise", "a group called the Friends of Elm Park", "A
/// warm-up band called Sophistafunk": "called" right after an indefinite noun phrase's lower-case
/// head, before a name or a quotation, is a participle that names; so is one set off by a comma
/// before a quotation ("The campaign, called “Not In Our Name”, was launched").
fn names_a_thing(h: &Hit<'_, '_>) -> bool {
    const MAX_NP_WORDS: usize = 5;
    if h.lemma != "call" || h.form != "called" {
        return false;
    }
    let doc = h.doc;
    // ("The campaign, called “Not In Our Name”, was launched in May": set off after its noun, the
    // name closed by a comma; not "in what Bay Buchanan, national treasurer …, called “hand-to-hand
    // combat.”", a subject's verb after its appositive.)
    if h.prev_word == "," && h.last < h.end && is_quote_mark(doc.token_text(h.last)) {
        const MAX_NAME_TOKENS: usize = 12;
        let close =
            (h.last + 2..h.end.min(h.last + MAX_NAME_TOKENS)).find(|&t| is_quote_mark(doc.token_text(t)));
        return close.is_some_and(|c| c + 1 < h.end && doc.token_text(c + 1) == ",");
    }
    if !h.prev_is_word() || h.prev_class.is_some() {
        return false;
    }
    let indefinite_before = (h.first.saturating_sub(MAX_NP_WORDS).max(h.start)..h.first)
        .any(|t| matches!(h.lower(t), "a" | "an" | "another"));
    let lower_head = !doc.token_text(h.prev.unwrap_or(h.first)).starts_with(char::is_uppercase);
    // The name may open on "the" ("called the Friends of Elm Park").
    let name_at = if h.next_word == "the" { h.last + 1 } else { h.last };
    let name = name_at < h.end
        && (doc.token_text(name_at).starts_with(char::is_uppercase)
            || is_quote_mark(doc.token_text(name_at)));
    indefinite_before && lower_head && name
}

/// "Thirty-nine percent viewed him favorably, compared to 50 percent in November", "Compared with
/// last year, sales rose": "compared to/with" opening a phrase (at the sentence start or after a
/// comma) sets two figures side by side; nobody compares anything aloud.
fn compares_figures(h: &Hit<'_, '_>) -> bool {
    h.lemma == "compare"
        && h.form == "compared"
        && matches!(h.next_word, "to" | "with")
        && (h.prev.is_none() || h.prev_word == ",")
}

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

/// After a present-tense form, an auxiliary, a modal, a past verb or a verb of rising and falling
/// shows it was a noun subject ("the report could not", "36 percent support is", "Asylum claims
/// fell", "the Treasury note rose"), and so does a closing parenthesis.
fn noun_follows(lex: &Lexicons, next_word: &str) -> bool {
    matches!(lex.word_class(next_word), Some(WordClass::Aux | WordClass::Modal | WordClass::Verb))
        || words::is_change_verb(next_word)
        || next_word == ")"
}

/// Whether `word` (lower case) names a means of contact: "said by telephone", "told by email".
pub(crate) fn means_of_contact(word: &str) -> bool {
    words::is_means_of_contact(word)
}

/// Most tokens between "quoted" and "as" ("quoted a senior ministry official as saying").
const MAX_QUOTED_NP: usize = 10;

/// The "quoted" (or "quotes", "reported", "cited") before the "as" at token `as_at`, within a noun
/// phrase's reach and not before `start`: "Interfax quoted a ministry official as saying", "was
/// quoted as saying", "was reported as saying".
/// The participle after "as" is a cue (here), and its speaker the one quoted (the attribution's
/// `speaker/quoted_as.rs`).
pub(crate) fn quoting_verb(doc: &Document<'_>, as_at: usize, start: usize) -> Option<usize> {
    let lo = start.max(as_at.saturating_sub(MAX_QUOTED_NP + 1));
    (lo..as_at).rev().find(|&t| matches!(lower(doc, t), "quoted" | "quotes" | "reported" | "cited"))
}

/// Whether `word` right before an -ing cue makes it a participle of manner, whose speaker is the
/// clause's subject: "… by saying", "a statement saying", "released a statement Wednesday saying".
pub(crate) fn before_manner_participle(lex: &Lexicons, word: &str) -> bool {
    words::is_manner_word(&crate::lexicon::lower(word)) || lex.word_class(word) == Some(WordClass::Time)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shape of the only lexicon hit written `word` in `text`.
    fn shape(text: &str, word: &str) -> Option<CueForm> {
        let doc = Document::new(text);
        let lex = Lexicons::default();
        let (start, end, entry) = lex.find_cues(text).find(|(s, e, _)| &text[*s..*e] == word)?;
        let first = doc.token_index_at(start);
        let last = doc.token_index_at(end);
        classify(&doc, &lex, first, last, &entry.form, &entry.lemma)
    }

    #[test]
    fn a_quoted_object_and_a_figures_noun() {
        // "with Treasurer Lachlan Pryor saying “everything is on the table”": a quotation is a
        // participle's object too.
        let text = "Prices rose, with Treasurer Lachlan Pryor saying “everything is on the table”.";
        assert_eq!(shape(text, "saying"), Some(CueForm::Gerund));
        // "…, with developing countries accusing wealthy nations of backtracking on promises":
        // the subject of a "with" clause before it, an adjective's object after.
        let text = "The talks ended, with developing countries accusing wealthy nations of backtracking.";
        assert_eq!(shape(text, "accusing"), Some(CueForm::Gerund));
        // A figure's noun after a name a preposition governs: "above Wall Street estimates".
        assert_eq!(shape("Revenue came in above Wall Street estimates on Tuesday.", "estimates"), None);
        // "“It will stay closed,” he went on, “until …”"; not "what went on inside", "went on to win".
        assert_eq!(
            shape("“It will stay closed,” he went on, “until May.”", "went on"),
            Some(CueForm::Finite)
        );
        assert_eq!(shape("He said what went on inside was secret.", "went on"), None);
        assert_eq!(shape("He went on to win the title.", "went on"), None);
        // "The thriller earned $48 million in its first weekend, beating studio forecasts."
        assert_eq!(shape("It earned $48 million, beating studio forecasts.", "forecasts"), None);
        assert_eq!(shape("Shares fell 2%, trailing market forecasts.", "forecasts"), None);
        assert_eq!(shape("Revenue topped analysts' estimates.", "estimates"), None);
        let text = "Goldman Sachs estimates that growth will slow.";
        assert_eq!(shape(text, "estimates"), Some(CueForm::Finite));
        let text = "The Canadian Federation of Agriculture estimates the cap could cost $1bn.";
        assert_eq!(shape(text, "estimates"), Some(CueForm::Finite));
    }

    #[test]
    fn a_noun_of_people_modifying_an_s_form() {
        // "That missed the $440 million average of analyst estimates compiled by LSEG."
        let text = "That missed the average of analyst estimates compiled by LSEG.";
        assert_eq!(shape(text, "estimates"), None);
        assert_eq!(shape("The analyst estimates that prices will rise.", "estimates"), Some(CueForm::Finite));
    }

    #[test]
    fn an_s_form_after_a_noun_and_an_adverb() {
        // "The report also warns that a fourth poor rainy season could push …": past the adverb,
        // a plain noun is the subject.
        let text = "The report also warns that a fourth poor rainy season could push prices up.";
        assert_eq!(shape(text, "warns"), Some(CueForm::Finite));
        assert_eq!(shape("The study also says that prices will rise.", "says"), Some(CueForm::Finite));
        // Not after a past verb: "Sorensen also addressed reports that …".
        assert_eq!(shape("Sorensen also addressed reports that prices will rise.", "reports"), None);
    }

    #[test]
    fn a_past_form_after_a_names_number() {
        // "The El Tambo Workers’ Union No. 1 said late Monday that …": a name's number; not "the
        // 1996 said" (a number before an adjective).
        let text = "The union No. 1 said late Monday that talks failed.";
        assert_eq!(shape(text, "said"), Some(CueForm::Finite));
        assert_eq!(shape("The union 1 said late Monday that talks failed.", "said"), None);
    }

    #[test]
    fn one_rule_per_form() {
        use CueForm::{Base, Finite, Gerund, Passive};
        let cases: &[(&str, &str, Option<CueForm>)] = &[
            // Gerunds: participles and progressives; "the warning" is a noun.
            ("He left, saying it was over.", "saying", Some(Gerund)),
            ("Interfax quoted an official as saying it was over.", "saying", Some(Gerund)),
            ("She is warning of a crash.", "warning", Some(Gerund)),
            // An adjective after "be": "Although the results were encouraging, doctors said …".
            ("Although the results were encouraging, doctors said so.", "encouraging", None),
            ("They were encouraging voters to stay.", "encouraging", Some(Gerund)),
            // "felt" reports a belief before "that", a pronoun, a determiner or a possessive:
            // "Dean Maddox felt his side deserved a point"; not "felt good".
            ("Dean Maddox felt his side deserved a point.", "felt", Some(Finite)),
            ("She felt good about it.", "felt", None),
            // "intervened to say", "stood up to say": an infinitive of purpose reports; the verb
            // of coming forward does not ("called to say").
            ("Fiona Calder-Lyle intervened to say it was over.", "say", Some(Base)),
            ("She stood up to say it was over.", "say", Some(Base)),
            ("He called to say that he was safe.", "called", None),
            // An "-s" form after a past verb is its object: "Sorensen also addressed reports that …".
            ("Sorensen also addressed reports that jobs would go.", "reports", None),
            ("The warning came late.", "warning", None),
            // Bare forms: after a modal, with a plural subject; "Latino support for" is a noun.
            ("He would not say why.", "say", Some(Base)),
            ("Analysts say the plan failed.", "say", Some(Finite)),
            ("RCMP say a man was hurt.", "say", Some(Finite)),
            ("Six in 10 say he is decisive.", "say", Some(Finite)),
            ("Latino support for the party grew.", "support", None),
            ("It missed the consensus estimate of 52 cents.", "estimate", None),
            ("Experts warn of a crash.", "warn", Some(Finite)),
            // "Police now say …": past the live update's "now".
            ("Police now say the man was armed.", "say", Some(Finite)),
            ("Officials now believe the fire was set.", "believe", Some(Finite)),
            ("Critics on the left say the bill goes too far.", "say", Some(Finite)),
            // British agreement with a body or a pair: "The club say …", "The couple say …".
            ("The club say the stadium is safe.", "say", Some(Finite)),
            ("The couple say the house is haunted.", "say", Some(Finite)),
            // A colon or a quotation after an "-s" form: "The statement says: “…”"; "read" is its
            // own past: "The statement read: “…”".
            ("The statement says: “We will win.”", "says", Some(Finite)),
            ("The sign reads “No entry.”", "reads", Some(Finite)),
            ("The statement read: “We will win.”", "read", Some(Finite)),
            ("He will read a statement.", "read", Some(Base)),
            ("The police report said he was drunk.", "report", None),
            ("The app lets users report potholes.", "report", None),
            ("Shares fell, raising concerns that demand is cooling.", "raising concerns", None),
            // "-s" forms after a subject ("Kaine now says"), a phrasal form; "his claims" is a noun.
            ("Kaine now says he will run.", "says", Some(Finite)),
            // "says" is never a noun: "The district says extra counselors will be …".
            ("The district says extra counselors will help.", "says", Some(Finite)),
            // "Kara Moss jokes that …"; "His jokes fell flat" is the noun.
            ("Kara Moss jokes that she never cooks.", "jokes", Some(Finite)),
            ("His jokes fell flat.", "jokes", None),
            ("The chief of Northbay Energy Corp. says it will go ahead.", "says", Some(Finite)),
            ("A member who resigned says she was pushed out.", "says", Some(Finite)),
            ("A member who left last week says she was pushed out.", "says", Some(Finite)),
            // A participle before a title and a name modifies it: "planning inspector David Rowe".
            ("Then planning inspector David Rowe spoke.", "planning", None),
            // "Data show …": a plural without "-s".
            ("Data show the rate rose.", "show", Some(Finite)),
            // After a passive infinitive: "An official who asked not to be named said …".
            ("An official who asked not to be named said it.", "said", Some(Finite)),
            ("The plan calls for new rates.", "calls for", Some(Finite)),
            ("He repeated his claims.", "claims", None),
            ("Standard & Poor's said the outlook was stable.", "said", Some(Finite)),
            // A relative clause without "that": "a role it says is vital", "a policy critics say is
            // flawed"; "the committee report was finalized" is a noun.
            ("It plays a role it says is vital.", "says", Some(Finite)),
            ("It is a policy critics say is flawed.", "say", Some(Finite)),
            ("It costs $9, a price the company says is fair.", "says", Some(Finite)),
            ("The rules committee report was finalized.", "report", None),
            // ("Moon Jae-in said": the end of a hyphenated name is no preposition.)
            ("Moon Jae-in said talks would resume.", "said", Some(Finite)),
            // Inverted after a quote, double or single ("‘…,’ says Ms Lee"); not after a possessive.
            ("“We won,” writes Nate Silver.", "writes", Some(Finite)),
            ("‘We won,’ says Ms Lee.", "says", Some(Finite)),
            ("The voters’ says were ignored.", "says", None),
            // Past forms; "backed by jets" modifies a noun, "said by telephone" names the means,
            // "a program called Sandy Hook Promise" names.
            ("Putin rejected the plan.", "rejected", Some(Finite)),
            // "accused of" with no object between: a participle ("A man accused of theft was
            // jailed"), but for a subject pronoun or a relative before it.
            ("A man accused of theft was jailed.", "accused", Some(Passive)),
            ("the rivals who he accused of lying", "accused", Some(Finite)),
            // "states that" before a clause's subject; a noun with a relative clause before a verb.
            ("Jo Bell states that the risks were high.", "states that", Some(Finite)),
            ("Voters in states that vote early said so.", "states that", None),
            // "is pleased to announce that …": the adjective passes its subject to the cue.
            ("Acme is pleased to announce that it won.", "announce", Some(Base)),
            ("It was reported that he left.", "reported", Some(Passive)),
            ("Forces backed by jets advanced.", "backed", None),
            ("He said by telephone that it was over.", "said", Some(Finite)),
            ("She runs a program called Sandy Hook Promise.", "called", None),
            ("Residents formed a group called the Friends of Elm Park.", "called", None),
            ("A warm-up band called Sophistafunk played.", "called", None),
            ("A spokesman called the plan reckless.", "called", Some(Finite)),
            // "The campaign, called “Not In Our Name”, was launched in May."
            ("The campaign, called “Not In Our Name”, was launched.", "called", None),
            ("In what Bay Buchanan, a treasurer, called “hand-to-hand combat.”", "called", Some(Finite)),
            // ", compared to 50 percent" sets figures side by side.
            ("Most approved, compared to 50 percent in May.", "compared", None),
            ("She compared the plan to a tax.", "compared", Some(Finite)),
            // "Economists estimate that …" reports; "the estimate", "By one estimate" are nouns.
            ("Economists estimate that growth will slow.", "estimate", Some(Finite)),
            ("The estimate was revised.", "estimate", None),
            ("By one estimate, the plan costs more.", "estimate", None),
            // The people before a phrase of place: "Doctors at the hospital say …".
            ("Doctors at the hospital say demand has climbed.", "say", Some(Finite)),
            ("People in the village say the water is dirty.", "say", Some(Finite)),
        ];
        for &(text, word, want) in cases {
            assert_eq!(shape(text, word), want, "{text}");
        }
    }

    #[test]
    fn compounds_nouns_and_pleas_are_no_cues() {
        let cases: &[(&str, &str, Option<CueForm>)] = &[
            ("He is a sought-after host.", "sought", None),
            // "On the earnings call, …", "declared a state of emergency".
            ("On the earnings call, the CFO spoke.", "call", None),
            ("The governor declared a state of emergency.", "declared", None),
            // Court pleas: "denies two counts of rape", "admitted manslaughter"; not "denied the
            // charges were …".
            ("Carter denies two counts of rape.", "denies", None),
            ("Carter admitted manslaughter at a hearing.", "admitted", None),
            ("He denied the charges were motivated.", "denied", Some(CueForm::Finite)),
            // Three words after the cue are read: "charged in the death of".
            ("He was charged in the death of his wife.", "charged", None),
        ];
        for &(text, word, want) in cases {
            assert_eq!(shape(text, word), want, "{text}");
        }
    }

    #[test]
    fn an_idiom_and_a_deal_report_nothing() {
        // "Her face said it all"; "agreed personal terms", "agreed a ceasefire": a deal made.
        assert_eq!(shape("Her face said it all.", "said"), None);
        assert_eq!(shape("He has agreed personal terms with the club.", "agreed"), None);
        assert_eq!(shape("The two sides agreed a ceasefire.", "agreed"), None);
        assert_eq!(shape("Senators agreed the bill was flawed.", "agreed"), Some(CueForm::Finite));
    }

    #[test]
    fn a_defeat_a_death_feared_and_an_opening_adjective() {
        // "Labour leader Grace Tuhiwai conceded defeat", "Five fishermen are feared dead".
        assert_eq!(shape("Grace Tuhiwai conceded defeat shortly after 11pm.", "conceded"), None);
        assert_eq!(shape("Five fishermen are feared dead.", "feared"), None);
        assert_eq!(shape("Tuhiwai conceded the count was close.", "conceded"), Some(CueForm::Finite));
        // "Controversial plans to build 200 homes …": an adjective opening the sentence is no
        // subject of "plans"; a name is ("Apple plans to launch …").
        assert_eq!(shape("Controversial plans to build 200 homes were approved.", "plans"), None);
        assert_eq!(shape("CONTROVERSIAL plans to build 200 homes were approved.", "plans"), None);
        assert_eq!(shape("Apple plans to launch a phone.", "plans"), Some(CueForm::Finite));
    }

    #[test]
    fn nouns_of_compounds() {
        // "adopted the committee report by 31 votes", "A staff report presented …", "Insurance
        // claims for storm damage rose …": the cue word heads a noun phrase.
        assert_eq!(shape("The assembly adopted the committee report by 31 votes to 9.", "report"), None);
        assert_eq!(shape("A staff report presented last year estimated the cost.", "report"), None);
        assert_eq!(shape("Insurance claims for storm damage rose 18 per cent.", "claims"), None);
        assert_eq!(shape("Fraud claims against the company have doubled.", "claims"), None);
        assert_eq!(shape("Smith claims the vote was rigged.", "claims"), Some(CueForm::Finite));
    }

    #[test]
    fn nouns_after_a_demonym_or_an_infinitive() {
        // "as concerns about weak Chinese demand outweighed supply risks"; not "The British say".
        let text = "Oil fell as concerns about weak Chinese demand outweighed supply risks.";
        assert_eq!(shape(text, "demand"), None);
        assert_eq!(shape("The British say the plan will fail.", "say"), Some(CueForm::Finite));
        // "A department official, speaking on condition of anonymity to discuss internal estimates,
        // said …"; not "…, she claims".
        let text = "An official, speaking on condition of anonymity to discuss internal estimates, said it.";
        assert_eq!(shape(text, "estimates"), None);
        assert_eq!(shape("He wants to protect workers, she claims.", "claims"), Some(CueForm::Finite));
    }

    #[test]
    fn excluded_contexts() {
        assert_eq!(shape("Critics of the so-called deal left.", "called"), None);
        assert_eq!(shape("A worker named Antonio Arroyo died.", "named"), None);
        assert_eq!(shape("The accused, identified as Ravi Kumar, was held.", "identified"), None);
        assert_eq!(shape("Hundreds protested outside the embassy.", "protested"), None);
        assert_eq!(shape("Ramesh termed the laws draconian.", "termed"), Some(CueForm::Finite));
        // Senses that report nothing: a plea, a charge, a win, an injury, a ban, a ruling.
        assert_eq!(shape("Moss pleaded not guilty to all counts.", "pleaded"), None);
        assert_eq!(shape("He was charged with murder.", "charged"), None);
        assert_eq!(shape("Man charged over stabbing", "charged"), None);
        assert_eq!(shape("Petrovic claimed the title in Doha.", "claimed"), None);
        assert_eq!(shape("Okoro has been ruled out for six weeks.", "ruled out"), None);
        assert_eq!(shape("The trainer has been warned off for three years.", "warned"), None);
        assert_eq!(shape("Brandt is expected to be sworn in next week.", "sworn"), None);
        assert_eq!(shape("The memo, which was viewed by Reuters, said it.", "viewed"), None);
        assert_eq!(shape("The storm knocked out power to 40,000 homes.", "knocked"), None);
        assert_eq!(shape("Firefighters responded to more than 200 calls.", "responded"), None);
        // "She was responding to questions about the reported resignation": the occasion, no answer.
        assert_eq!(shape("She was responding to questions about the deal.", "responding"), None);
        // "as long as the war continues, the economist Ida Varga said": the clause goes on no
        // quotation; "“…,” he continued, citing …" and "He continued, “…”" report.
        let text = "Prices will rise as long as the war continues, the economist Ida Varga said.";
        assert_eq!(shape(text, "continues"), None);
        assert_eq!(shape("He continued, “We will not stop.”", "continued"), Some(CueForm::Finite));
        // "According to legend", "can call police on 105": no source, no report.
        assert_eq!(shape("According to legend, the lake has no bottom.", "According to"), None);
        assert_eq!(shape("According to police, the man fled.", "According to"), Some(CueForm::Preposition));
        assert_eq!(shape("Anyone with information can call police on 105.", "call"), None);
        // "the jobs report due on Friday": a compound noun; "Analysts report that …" reports.
        assert_eq!(shape("The jobs report bolstered wagers that rates fall.", "report"), None);
        assert_eq!(shape("Analysts report that sales fell.", "report"), Some(CueForm::Finite));
    }

    #[test]
    fn calls_made_and_participles_set_off_report_nothing() {
        // "the cost, estimated at $90 million a year, would be met": a participle set off.
        let text = "He said the cost, estimated at $90 million a year, would be met.";
        assert_eq!(shape(text, "estimated"), None);
        assert_eq!(shape("Prices rose, he estimated at the time.", "estimated"), Some(CueForm::Finite));
        // "… could not be reached, and calls to his office went unanswered": calls made.
        assert_eq!(shape("He could not be reached, and calls to his office went unanswered.", "calls"), None);
        // "Community leaders have called a march to the municipal offices on Friday": an event
        // called, as a strike or an election is.
        assert_eq!(shape("Community leaders have called a march on Friday.", "called"), None);
        assert_eq!(shape("The premier called a referendum on the plan.", "called"), None);
    }

    #[test]
    fn pleas_and_what_people_will_live_through() {
        // "Thames Meadow Water admitted six offences", "will see their bills rise": a plea, and
        // what people will live through; "Economists see rates falling" holds a view.
        assert_eq!(shape("Thames Meadow Water admitted six offences under the rules.", "admitted"), None);
        assert_eq!(shape("Ratepayers will see their bills rise by 14.5 percent.", "see"), None);
        assert_eq!(shape("Economists see rates falling next year.", "see"), Some(CueForm::Finite));
    }

    #[test]
    fn a_participle_set_off_by_a_dash() {
        // "Residents have slammed their council - claiming rats are now running riot": a spaced
        // hyphen or a dash sets it off as a comma does; not a compound's "fact-checking".
        let text = "Residents have slammed their council - claiming rats are running riot.";
        assert_eq!(shape(text, "claiming"), Some(CueForm::Gerund));
        let text = "Residents have slammed their council — claiming rats are running riot.";
        assert_eq!(shape(text, "claiming"), Some(CueForm::Gerund));
    }

    #[test]
    fn a_gerund_inside_a_name() {
        // "Brook Lane after flooding in January (Image: Local Democracy Reporting Service)".
        let text = "Flooding in January (Image: Local Democracy Reporting Service)";
        assert_eq!(shape(text, "Reporting"), None);
        assert_eq!(shape("Ellis, Reporting for ABC, said so.", "Reporting"), Some(CueForm::Gerund));
    }

    #[test]
    fn a_hyphened_by_is_no_agents() {
        // "A Conservative Party spokesperson said by-elections were “notoriously unpredictable”".
        let text = "A spokesperson said by-elections were unpredictable.";
        assert_eq!(shape(text, "said"), Some(CueForm::Finite));
        assert_eq!(shape("It was said by officials to be final.", "said"), Some(CueForm::Passive));
    }

    #[test]
    fn the_writers_guess_about_an_attitude() {
        // "Drivers should expect lane closures", "Republicans might want to consider a nominee":
        // the writer's advice or guess; "Analysts expect a rate cut" holds a view.
        assert_eq!(shape("Drivers should expect lane closures each day.", "expect"), None);
        assert_eq!(shape("Republicans might want to consider a nominee.", "want"), None);
        assert_eq!(shape("Analysts expect a rate cut in March.", "expect"), Some(CueForm::Finite));
    }

    #[test]
    fn per_credits_a_source() {
        // "The plant will close, per a company filing.", "Per Axios, …": "per" credits a source
        // set off by a comma or opening the sentence; not "$4 per gallon", "3 per cent", "per the
        // agreement", nor "said, per a translator, that …" (who relayed the words).
        assert_eq!(shape("The plant will close, per a company filing.", "per"), Some(CueForm::Preposition));
        assert_eq!(shape("Per Axios, the deal is off.", "Per"), Some(CueForm::Preposition));
        assert_eq!(shape("The deal is off, per sources.", "per"), Some(CueForm::Preposition));
        assert_eq!(shape("Gas costs $4 per gallon.", "per"), None);
        assert_eq!(shape("Prices rose, 3 per cent in all.", "per"), None);
        assert_eq!(shape("The fee is due, per the agreement.", "per"), None);
        assert_eq!(shape("Per capita income rose.", "Per"), None);
        assert_eq!(shape("Guccifer said, per a translator, that it was open.", "per"), None);
    }

    #[test]
    fn a_verb_in_a_subordinate_clause_with_only_an_adverb() {
        // "… because unions at larger firms report first.": when they act, not what they say.
        let text = "Gains are overstated because unions at larger firms report first.";
        assert_eq!(shape(text, "report"), None);
        let text = "Gains are overstated because unions at larger firms report that wages rose.";
        assert_eq!(shape(text, "report"), Some(CueForm::Finite));
    }

    #[test]
    fn participles_that_report_nothing() {
        // "…, raising hopes that pay will rise", "approved cost-cutting plans, despite …": the
        // object or head of a participle is a noun.
        assert_eq!(shape("The union spoke, raising hopes that pay will rise.", "hopes"), None);
        assert_eq!(shape("Councillors approved cost-cutting plans, despite a petition.", "plans"), None);
        assert_eq!(shape("The council plans to cut 300 jobs.", "plans"), Some(CueForm::Finite));
        // "Mark Hoskin, defending, said …": a court role; "…, adding, “…”" still reports.
        assert_eq!(shape("Mark Hoskin, defending, said it.", "defending"), None);
        assert_eq!(shape("He spoke, adding, “We won.”", "adding"), Some(CueForm::Gerund));
        // "the messages were “shameful” but never threatening.": an adjective; "… and adding,
        // “…”" reports.
        assert_eq!(shape("He said they were “shameful” but never threatening.", "threatening"), None);
        assert_eq!(shape("He hinted and adding, “It is ours.”", "adding"), Some(CueForm::Gerund));
    }

    #[test]
    fn excluded_contexts_and_the_clauses_they_open() {
        // "said goodbye to fans", "said nothing about layoffs"; "said nothing would change" reports.
        assert_eq!(shape("Jensen said goodbye to fans in London.", "said"), None);
        assert_eq!(shape("The company said nothing about layoffs.", "said"), None);
        assert_eq!(shape("He said nothing would change.", "said"), Some(CueForm::Finite));
        assert_eq!(shape("The imam said prayers for the victims.", "said"), None);
        assert_eq!(shape("The imam said prayers would be held.", "said"), Some(CueForm::Finite));
        // "“We are tired,” said Grace Mutua": a name, not "said grace".
        assert_eq!(shape("“We are tired,” said Grace Mutua, a nurse.", "said"), Some(CueForm::Finite));
        assert_eq!(shape("The family said grace before the meal.", "said"), None);
        // "a report said to be highly critical": hearsay after a noun.
        assert_eq!(shape("He is reading a report said to be highly critical of them.", "said"), None);
        // "The operation, dubbed “Clean Sweep” by officers, began": a name given, set off.
        assert_eq!(shape("The operation, dubbed “Clean Sweep” by officers, began.", "dubbed"), None);
        assert_eq!(shape("Those taking the drug, called velanostat, scored better.", "called"), None);
        // (Not a verb of the subject that calls something a name: "…, called her “third-rate” and …".)
        let text = "He paused, called her “third-rate” and left.";
        assert_eq!(shape(text, "called"), Some(CueForm::Finite));
        assert_eq!(shape("The judge ruled on the appeal.", "ruled"), None);
        assert_eq!(shape("The judge ruled on Thursday that it was lawful.", "ruled"), Some(CueForm::Finite));
        // An author's beat, not a text: "She writes about Congress" ("wrote about" keeps its object).
        assert_eq!(shape("She writes about Congress and the courts.", "writes"), None);
        assert_eq!(shape("She claimed that the vote was rigged.", "claimed"), Some(CueForm::Finite));
    }

    #[test]
    fn nouns_before_their_own_verb() {
        assert_eq!(shape("Asylum claims fell by a fifth, the Home Office said.", "claims"), None);
        assert_eq!(shape("The yield on the Treasury note rose to 4.31%.", "note"), None);
        assert_eq!(shape("Oil climbs as Gulf supply fears mount", "fears"), None);
        assert_eq!(shape("Copper hit a high on supply fears, and aluminium followed.", "fears"), None);
        // A verb still: an object, an adverb, a clause after a prepositional phrase.
        assert_eq!(shape("Rubio opposes abortion.", "opposes"), Some(CueForm::Finite));
        assert_eq!(shape("“Can you?” he asks rhetorically.", "asks"), Some(CueForm::Finite));
        assert_eq!(shape("A body of work suggests that tests help.", "suggests"), Some(CueForm::Finite));
    }
}
