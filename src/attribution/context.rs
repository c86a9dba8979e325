//! The read-only lookups every attribution rule shares: the document, its tokens' lexical facts
//! (the [`TokenTable`]), entities, outlets, cues and quotes; and a few questions about one token or
//! one sentence that many rules ask ("does a comma come before this token?", "where does the
//! story start after a dateline?").

use crate::cues::CueMatch;
use crate::entities::Entity;
use crate::lexicon::{CueEntry, Gender, Lexicons, NounKind, PlaceKind, TitleClass, WordClass};
use crate::text::{Document, Sentence, TokenKind};
use crate::token_table::{Outlet, TokenTable};
use crate::Span;

use super::quote_index::QuoteIndex;
use super::words;

/// The token range of one sentence (or of the stretch of it a rule may look at): `start` is its
/// first token, `end` one past its last.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Bounds {
    pub start: usize,
    pub end: usize,
}

impl Bounds {
    pub fn of(sentence: &Sentence) -> Bounds {
        Bounds { start: sentence.tokens.start, end: sentence.tokens.end }
    }
}

/// Per-document lookups shared by the attribution rules.
pub(crate) struct Context<'d, 't> {
    pub doc: &'d Document<'t>,
    pub lex: &'d Lexicons,
    pub entities: &'d [Entity],
    pub cues: &'d [CueMatch],
    pub quotes: QuoteIndex<'d>,
    pub tokens: &'d TokenTable<'d>,
}

impl<'d, 't> Context<'d, 't> {
    pub fn word(&self, t: usize) -> &'t str {
        self.unless_thousands(t, self.doc.token_text(t))
    }

    /// `w`, token `t` as written or in lower case; a thousands comma reads as its number.
    /// (Inlined: `word` and `lower` are read hundreds of thousands of times a document, and the
    /// call cost more than the test; the rare comma's check stays out of line.)
    #[inline(always)]
    fn unless_thousands<'w>(&self, t: usize, w: &'w str) -> &'w str
    where
        't: 'w,
    {
        if w == "," {
            if let Some(number) = self.thousands(t) {
                return number;
            }
        }
        w
    }

    /// "fell to 129,000": a comma between digits, with three after it, separates thousands; the
    /// rules read it as the number it sits in, never as a comma.
    #[inline(never)]
    fn thousands(&self, t: usize) -> Option<&'t str> {
        let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        // ("€1,950": a currency sign glued to the digits before the comma, one token with them.)
        let leading = |s: &str| {
            let s = s.trim_start_matches(words::CURRENCY_SIGNS);
            !s.is_empty() && digits(s)
        };
        // (Three digits after the comma first: most commas have a word after them.)
        let next = self.doc.token_text(t + 1);
        if next.len() != 3 || !digits(next) || t == 0 || !leading(self.doc.token_text(t - 1)) {
            return None;
        }
        let toks = self.doc.tokens();
        let (before, comma, after) = (&toks[t - 1], &toks[t], &toks[t + 1]);
        (before.span.end == comma.span.start && comma.span.end == after.span.start)
            .then(|| &self.doc.text()[before.span.start..after.span.end])
    }

    /// Whether tokens `mark` and `mark + 1`, both before `end`, are a possessive "’s" or "'s"
    /// ("Clinton’s aide", "the suspect's mother").
    pub fn possessive_s(&self, mark: usize, end: usize) -> bool {
        mark + 1 < end && matches!(self.word(mark), "'" | "’") && self.word(mark + 1) == "s"
    }

    /// How many tokens the possessive mark at `mark` (before `end`) takes: two for "’s" ("Acme’s
    /// lawyer"), one for a plural's bare mark ("Beltane Couriers’ lawyer"); none when it is none.
    pub fn possessive_mark(&self, mark: usize, end: usize) -> Option<usize> {
        if self.possessive_s(mark, end) {
            return Some(2);
        }
        let plural = mark > 0
            && mark + 1 < end
            && matches!(self.word(mark), "'" | "’")
            && self.word(mark - 1).ends_with('s')
            && self.touches(mark - 1, mark)
            && !self.touches(mark, mark + 1);
        plural.then_some(1)
    }

    /// Token `t` in lower case.
    pub fn lower(&self, t: usize) -> &str {
        self.unless_thousands(t, self.doc.token_lower(t))
    }

    /// Token `t` equals `w`, ignoring ASCII case.
    #[inline]
    pub fn lower_is(&self, t: usize, w: &str) -> bool {
        // (The raw text: `w` is a word, never the comma that `word` reads as a number.)
        self.doc.token_text(t).eq_ignore_ascii_case(w)
    }

    pub fn kind(&self, t: usize) -> TokenKind {
        self.doc.tokens()[t].kind
    }

    /// Whether token `t` is a punctuation mark (false past the last token): a cheap test before
    /// comparing its text with marks.
    pub fn is_punct(&self, t: usize) -> bool {
        self.doc.tokens().get(t).is_some_and(|tok| tok.kind == TokenKind::Punct)
    }

    pub fn is_cap(&self, t: usize) -> bool {
        self.tokens.is_cap(t)
    }

    /// Closed word class of token `t` as written (none for "US", "Shook").
    pub fn class(&self, t: usize) -> Option<WordClass> {
        self.tokens.class(t)
    }

    /// Closed word class of token `t` in lower case.
    pub fn lower_class(&self, t: usize) -> Option<WordClass> {
        self.tokens.lower_class(t)
    }

    /// The cue entry of token `t` as written.
    pub fn cue(&self, t: usize) -> Option<&'d CueEntry> {
        self.tokens.cue(t)
    }

    /// The cue entry of token `t` in lower case.
    pub fn lower_cue(&self, t: usize) -> Option<&'d CueEntry> {
        self.tokens.lower_cue(t)
    }

    /// Whether token `t` is a plain lower-case word: not capitalised, of no closed class and no
    /// cue ("staff", "handler", "meeting").
    pub fn plain_word(&self, t: usize) -> bool {
        self.kind(t) == TokenKind::Word
            && !self.is_cap(t)
            && self.lower_class(t).is_none()
            && self.lower_cue(t).is_none()
    }

    pub fn title(&self, t: usize) -> Option<(TitleClass, Gender)> {
        self.tokens.title(t)
    }

    pub fn lower_title(&self, t: usize) -> Option<(TitleClass, Gender)> {
        self.tokens.lower_title(t)
    }

    /// Whether `span` is a courtesy title alone ("Mr.", "Ms"), which is no role.
    pub fn is_courtesy_title(&self, span: Span) -> bool {
        crate::entities::is_courtesy_title(&crate::lexicon::lower(span.as_str(self.doc.text())))
    }

    pub fn noun(&self, t: usize) -> Option<NounKind> {
        self.tokens.noun(t)
    }

    pub fn lower_noun(&self, t: usize) -> Option<NounKind> {
        self.tokens.lower_noun(t)
    }

    pub fn place(&self, t: usize) -> Option<PlaceKind> {
        self.tokens.place(t)
    }

    /// "the World Health Organization (WHO)": the initials in parentheses whose "(" is token `t`
    /// (two capital letters or more), if any.
    pub fn initials_in_parentheses(&self, t: usize) -> Option<&'t str> {
        let initials = self.doc.token_text(t + 1);
        let capitals = initials.len() >= 2 && initials.bytes().all(|b| b.is_ascii_uppercase());
        (capitals && self.doc.token_text(t) == "(" && self.doc.token_text(t + 2) == ")").then_some(initials)
    }

    /// A title word, also when abbreviated ("Sen." → tokens "Sen" ".").
    pub fn is_title_word(&self, t: usize) -> bool {
        self.tokens.title(t).is_some() || self.tokens.title_abbrev(t)
    }

    /// Whether token `t` belongs to a clause rather than a noun phrase: an auxiliary, modal, verb,
    /// subordinator, cue, double quote mark, semicolon or colon.
    pub fn clause_word(&self, t: usize) -> bool {
        self.tokens.clause_word(t)
    }

    /// The entity covering token `t` (its index).
    pub fn entity_at(&self, t: usize) -> Option<usize> {
        self.tokens.entity_at.get(t).copied().flatten().map(|e| e as usize)
    }

    /// Whether entity `e` may name a body: any label but a person's, or a person's one-word name,
    /// which the recognizer gives a body's name it does not know ("a spokesperson for Qantas",
    /// "Eskom's statement").
    pub fn may_be_body(&self, e: &Entity) -> bool {
        e.label != crate::entities::EntityLabel::Person || !e.span.as_str(self.doc.text()).contains(' ')
    }

    /// Whether entity `e`, where the text describes or speaks for a body, names one: one that
    /// [`Self::may_be_body`] admits, or a "person" whose first word is no given name the lexicon
    /// knows ("…, rail operator Avanti West Coast said", "a spokesperson for Harbour Lines").
    pub fn may_name_body(&self, e: &Entity) -> bool {
        self.may_be_body(e)
            || self.lex.first_name_gender(self.word(self.doc.token_index_at(e.span.start))).is_none()
    }

    /// The entity covering token `t`.
    pub fn entity(&self, t: usize) -> Option<&'d Entity> {
        self.entity_at(t).map(|e| &self.entities[e])
    }

    /// The outlet covering token `t` (its index).
    pub fn outlet_at(&self, t: usize) -> Option<usize> {
        self.tokens.outlet_at.get(t).copied().flatten().map(|o| o as usize)
    }

    pub fn outlets(&self) -> &'d [Outlet] {
        &self.tokens.outlets
    }

    /// Tokens `a` and `b` touch, with no space between them ("5,000", "two-year").
    pub fn touches(&self, a: usize, b: usize) -> bool {
        self.doc.touches(a, b)
    }

    /// "ruled 6-3 that …", "claimed 4-31", "3/25": where a pair of numbers starting at token `t`,
    /// glued to one of `separators` between them, ends (the token after it), when it does before
    /// `end`.
    pub fn number_pair_end(&self, t: usize, end: usize, separators: &[&str]) -> Option<usize> {
        let pair = t + 2 < end
            && self.kind(t) == TokenKind::Number
            && separators.contains(&self.word(t + 1))
            && self.touches(t, t + 1)
            && self.touches(t + 1, t + 2)
            && self.kind(t + 2) == TokenKind::Number;
        pair.then_some(t + 3)
    }

    /// Whether token `t` is a hyphen glued to the words on both sides ("CNBC-TV18", "a
    /// Denver-based startup").
    pub fn hyphen_inside(&self, t: usize) -> bool {
        t > 0 && self.word(t) == "-" && self.touches(t - 1, t) && self.touches(t, t + 1)
    }

    /// "said 62-year-old Maria Gomez", "One patient, 81-year-old Margaret Tulley, told …": after an
    /// age written as one word at token `t` ("N-year-old", ending before `limit`), the token after
    /// it; else `t`.
    pub fn past_age(&self, t: usize, limit: usize) -> usize {
        let age = t + 5 < limit
            && self.kind(t) == TokenKind::Number
            && self.word(t + 1) == "-"
            && self.lower_is(t + 2, "year")
            && self.word(t + 3) == "-"
            && self.lower_is(t + 4, "old");
        if age {
            t + 5
        } else {
            t
        }
    }

    /// "U.S.", "U.K.", "U.N.": where the dotted initialism whose final stop is token `dot` starts
    /// (single capital letters, each glued to its stop; two at least), not before `limit`.
    pub fn initialism_start(&self, dot: usize, limit: usize) -> Option<usize> {
        let mut start = dot + 1;
        while start >= limit + 2
            && self.word(start - 1) == "."
            && self.initial_letter(start - 2)
            && self.touches(start - 2, start - 1)
            && (start == dot + 1 || self.touches(start - 1, start))
        {
            start -= 2;
        }
        (start + 3 <= dot).then_some(start)
    }

    /// Whether token `t` is one capital letter, as in an initialism ("U" of "U.S.").
    fn initial_letter(&self, t: usize) -> bool {
        let w = self.word(t);
        w.len() == 1 && w.chars().all(|c| c.is_ascii_uppercase())
    }

    /// "a former U.S. law enforcement official": where the dotted initialism opening at token `t`
    /// ends (the token after its final stop), before `limit`.
    pub fn initialism_end(&self, t: usize, limit: usize) -> Option<usize> {
        let mut end = t;
        while end + 1 < limit
            && self.initial_letter(end)
            && self.word(end + 1) == "."
            && self.touches(end, end + 1)
            && (end == t || self.touches(end - 1, end))
        {
            end += 2;
        }
        (end >= t + 4).then_some(end)
    }

    /// The byte span of tokens `a..b`.
    pub fn span(&self, a: usize, b: usize) -> Span {
        let t = self.doc.tokens();
        Span::new(t[a].span.start, t[b - 1].span.end)
    }

    /// The first byte of token `t`.
    pub fn byte(&self, t: usize) -> usize {
        // (Past the last token, the end of the text: no rule's lookahead may panic.)
        self.doc.tokens().get(t).map_or(self.doc.text().len(), |tok| tok.span.start)
    }

    /// Whether token `t` lies inside a quote (after its opening mark).
    pub fn in_quote(&self, t: usize) -> bool {
        self.quotes.inside(self.byte(t))
    }

    /// The quote (index) whose closing mark ends just before token `t` (see
    /// [`QuoteIndex::closing_before`]).
    pub fn quote_closing_before(&self, t: usize) -> Option<usize> {
        self.doc.tokens().get(t).and_then(|tok| self.quotes.closing_before(tok.span.start))
    }

    /// Where an attribution cluster starting at token `c` starts with the article of its name
    /// ("…, the Red Cross said": the cluster opens on "Red").
    pub fn with_article(&self, c: usize) -> usize {
        if c > 1 && self.class(c - 1) == Some(WordClass::Det) {
            c - 1
        } else {
            c
        }
    }

    /// Whether token `t` is a comma inside a quotation that closes right after it (before `end`):
    /// "called him a “moderate,” a subtle dig"; the phrase then ends after the mark.
    pub fn quote_closes_on(&self, t: usize, end: usize) -> bool {
        self.word(t) == "," && t + 1 < end && is_closing_mark(self.word(t + 1)) && self.in_quote(t)
    }

    /// Whether token `t` follows a comma, a spaced dash, or a closing quote mark right after a
    /// comma ("… “founded ISIS,” saying").
    pub fn after_comma(&self, s0: usize, t: usize) -> bool {
        t > s0
            && (self.word(t - 1) == ","
                // (a closing '' after a comma: "… ''founded ISIS,'' saying")
                || t > s0 + 2 && self.word(t - 1) == "'" && self.word(t - 2) == "'" && self.word(t - 3) == ","
                || words::is_dash_or_hyphen(self.word(t - 1)) && !self.touches(t - 1, t)
                || t > s0 + 1 && is_closing_mark(self.word(t - 1)) && self.word(t - 2) == ",")
    }

    /// Whether a clause subject can start at token `t`: a determiner, pronoun or possessive, or a
    /// name, or a number ("27 percent of those …", but not the "400" of "2,400").
    pub fn subject_starts(&self, t: usize) -> bool {
        matches!(self.class(t), Some(WordClass::Det | WordClass::Pron | WordClass::Poss))
            || self.entity_at(t).is_some()
            || self.doc.tokens().get(t).is_some_and(|tok| tok.kind == TokenKind::Number)
                && (t == 0 || !self.touches(t - 1, t))
    }

    /// Whether an auxiliary, a modal or a past-tense verb comes within three tokens of `t` (a
    /// subject phrase followed by its verb: "the Senate is holding", "the mayor's aides decided").
    pub fn verb_follows(&self, t: usize, end: usize) -> bool {
        (t..end.min(t + 3)).any(|u| {
            matches!(self.lower_class(u), Some(WordClass::Aux | WordClass::Modal | WordClass::Verb))
                || self.lower(u).ends_with("ed") && !self.is_cap(u)
        })
    }

    /// Move back from token `end` over commas, dashes, colons and the conjunctions that link
    /// clauses, and a preposition before a trimmed "which" ("a story in which …"); never before
    /// `floor`.
    pub fn trim_back(&self, mut end: usize, floor: usize) -> usize {
        let before_which =
            |end: usize| self.lower_class(end - 1) == Some(WordClass::Prep) && self.lower(end) == "which";
        while end > floor
            && (matches!(self.word(end - 1), "," | "—" | "–" | ";" | ":")
                || words::is_trimmed_link(self.lower(end - 1))
                || before_which(end))
        {
            end -= 1;
        }
        end
    }

    /// Move `end` back over closing punctuation (". , ; : ! ?" and dashes), keeping at least one
    /// token after `start`.
    pub fn trim_end_punctuation(&self, start: usize, mut end: usize) -> usize {
        // (A hyphen only when spaced, as a dash: "… such as driver's licenses and passports -".)
        let spaced_hyphen = |t: usize| self.word(t) == "-" && !self.touches(t - 1, t);
        while end > start + 1
            && (matches!(self.word(end - 1), "." | "," | ";" | ":" | "!" | "?" | "—" | "–")
                || spaced_hyphen(end - 1))
        {
            end -= 1;
        }
        end
    }

    /// After a dateline ("WASHINGTON, Dec. 8 (UPI) —", "BUENA PARK, Calif. -"): the first token of
    /// the story; `s0` itself when the sentence has none.
    pub fn dateline_end(&self, s0: usize, limit: usize) -> usize {
        if let Some(t) = self.clock_lead(s0, limit) {
            return t;
        }
        // ("Updated 3:45 PM EST WASHINGTON — …": a dateline may follow the stamp.)
        let s0 = self.stamp_lead(s0, limit).unwrap_or(s0);
        if s0 >= limit {
            return s0;
        }
        if let Some(colon) = self.colon_dateline(s0, limit) {
            return colon + 1;
        }
        // (Every dash is a punctuation token: the kind is checked before the text.)
        // (Not a hyphen glued on both sides, inside a place's name: "Saint-Hilaire (AFP) - …".)
        let dash = (s0 + 1..limit.min(s0 + 12))
            .find(|&i| self.is_punct(i) && matches!(self.word(i), "—" | "–" | "-") && !self.glued_hyphen(i));
        match dash {
            // "BEIJING, Dec. 4 (Xinhua) -- …": a dash may be written as two hyphens.
            Some(dash) if self.dateline_head(s0, dash) && self.set_off_dash(dash) => {
                (dash + 1..limit).find(|&t| self.word(t) != "-").unwrap_or(limit)
            }
            _ => self.agency_close(s0, limit).map_or(s0, |close| close + 1),
        }
    }

    /// "Updated 3:45 PM EST The bill …", "Published Dec. 4, 2026 The …", "By Jane Doe, Reuters
    /// Updated 3:45 PM EST, Dec 4, 2026 WASHINGTON — …": a byline and a time stamp that scraping
    /// glued before the story's first sentence. The first token after them, when a stamp word or
    /// a clock time and a number are there and a capitalised word follows.
    fn stamp_lead(&self, s0: usize, limit: usize) -> Option<usize> {
        const MAX_BYLINE: usize = 8;
        const MAX_STAMP: usize = 14;
        // (Asked of most sentences, many times: a byline, a stamp word or a number opens it; its
        // first byte is tested first.)
        let head = self.doc.token_text(s0).as_bytes().first().map_or(0, u8::to_ascii_lowercase);
        if !matches!(head, b'b' | b'u' | b'p' | b'0'..=b'9') {
            return None;
        }
        let by = self.lower_is(s0, "by");
        if !(by || self.stamp_word(s0) || self.kind(s0) == TokenKind::Number) {
            return None;
        }
        let mut t = s0;
        // "By Jane Doe, Reuters": capitalised words up to the stamp word.
        if by && t + 1 < limit && self.is_cap(t + 1) {
            t = (t + 1..limit.min(t + MAX_BYLINE))
                .find(|&u| !(self.is_cap(u) || self.word(u) == ",") || self.stamp_word(u))?;
        }
        let stamp_word = self.stamp_word(t);
        if stamp_word {
            t += 1;
            if t < limit && matches!(self.lower(t), "on" | "at" | ":") {
                t += 1;
            }
        }
        let from = t;
        let (mut number, mut clock) = (false, false);
        while t < limit && t < from + MAX_STAMP {
            let w = self.lower(t);
            let numeric = self.kind(t) == TokenKind::Number;
            let part = numeric
                || matches!(w, ":" | "." | "," | "|" | "am" | "pm" | "a" | "p" | "m" | "et" | "pt" | "ct")
                || words::is_month_abbreviation(w)
                || self.lower_class(t) == Some(WordClass::Time);
            if !part {
                break;
            }
            clock |= w == ":" && t > from && self.kind(t - 1) == TokenKind::Number;
            number |= numeric;
            t += 1;
        }
        let story = t < limit && self.is_cap(t) && self.kind(t) == TokenKind::Word;
        ((stamp_word || clock) && number && story && t > s0).then_some(t)
    }

    /// "Updated", "Published", "Posted": a word that opens a time stamp.
    fn stamp_word(&self, t: usize) -> bool {
        matches!(self.lower(t), "updated" | "published" | "posted")
    }

    /// Whether tokens `s0..end` can be a dateline: a place in capitals ("WASHINGTON", "CAIRO/DOHA"), or any place
    /// with the agency in parentheses ("Berlin (dpa)"), and no verb: only capitals, commas, dates,
    /// abbreviations and the parenthesised agency, whatever its case.
    fn dateline_head(&self, s0: usize, end: usize) -> bool {
        let head = self.word(s0);
        let paren = (s0..end).find(|&i| self.word(i) == "(");
        // ("(Bloomberg) -- …": the agency alone.)
        let caps = head.len() > 1 && !head.chars().any(char::is_lowercase)
            || (self.is_cap(s0) || head == "(") && paren.is_some();
        caps && (s0..end).all(|i| {
            let w = self.word(i);
            self.is_cap(i)
                || matches!(w, "," | "." | "(" | ")")
                // ("CAIRO/DOHA, March 3 (Reuters) -": two places, a slash between them.)
                || w == "/" && i > s0 && self.touches(i - 1, i) && self.touches(i, i + 1)
                // ("Saint-Hilaire (AFP) - …": a hyphen inside the place's name; not "Lee (D-Ohio) - …".)
                || i > s0 && paren.is_none_or(|p| i < p) && self.glued_hyphen(i)
                || w.chars().all(|c| c.is_ascii_digit())
                || paren.is_some_and(|p| i > p && self.word(i - 1) == "(" && self.word(i + 1) == ")")
        })
    }

    /// Whether token `t` is a hyphen glued to the words on both sides ("Saint-Hilaire").
    fn glued_hyphen(&self, t: usize) -> bool {
        self.word(t) == "-"
            && t > 0
            && t + 1 < self.doc.tokens().len()
            && self.touches(t - 1, t)
            && self.touches(t, t + 1)
    }

    /// Whether the dash at `dash` sets a dateline off: spaced before ("WASHINGTON —"), or glued to
    /// the stop after the agency ("Bogotá, Dec 4 (EFE).- …").
    fn set_off_dash(&self, dash: usize) -> bool {
        self.byte(dash) > self.doc.tokens()[dash - 1].span.end
            || dash >= 2 && self.word(dash - 1) == "." && self.word(dash - 2) == ")"
    }

    /// "NEW DELHI, Dec 4 (PTI) The government …", "KUALA LUMPUR (Bernama): The …": a dateline in
    /// capitals (in title case before a listed agency: "New Delhi, Oct 14 (PTI)") closed by the
    /// agency in parentheses, with no dash (a colon may follow); the
    /// closing parenthesis, or the colon.
    fn agency_close(&self, s0: usize, limit: usize) -> Option<usize> {
        let head = self.doc.token_text(s0).as_bytes();
        if head.len() < 2 || !head[0].is_ascii_uppercase() {
            return None;
        }
        // ("New Delhi, Oct 14 (PTI) The Supreme Court …", "Devgarhi (MP), Jan 12 (PTI) …": in title
        // case, the parenthesis after a listed agency.)
        let caps = head.iter().all(u8::is_ascii_uppercase);
        // (A place of one or two words, then its comma or parenthesis: asked of most sentences,
        // this is tested first.)
        if !caps && !(s0 + 1..limit.min(s0 + 3)).any(|t| matches!(self.word(t), "," | "(")) {
            return None;
        }
        let close = (s0 + 2..limit.min(s0 + 12))
            .find(|&t| self.word(t) == ")" && (caps || self.outlet_at(t - 1).is_some()))?;
        // ("KUALA LUMPUR (Bernama): The …": a colon after the agency.)
        let end = if close + 2 < limit && self.word(close + 1) == ":" { close + 1 } else { close };
        (self.word(close - 2) == "("
            && end + 1 < limit
            && self.is_cap(end + 1)
            && !self.touches(end, end + 1)
            && self.dateline_head(s0, close))
        .then_some(end)
    }

    /// "LAHORE: Two people were killed …", "NEW DELHI: The Centre …": a place in capitals, then a
    /// colon, opening the sentence (South Asian papers' dateline); the colon's token.
    pub fn colon_dateline(&self, s0: usize, limit: usize) -> Option<usize> {
        let Some(colon) = self.capitals_before_colon(s0, limit) else {
            return self.listed_place_before_colon(s0, limit);
        };
        // The place's name in title case ("NEW DELHI" → "New Delhi").
        let mut name = String::new();
        for t in s0..colon {
            if t > s0 {
                name.push(' ');
            }
            for (i, w) in self.word(t).split('-').enumerate() {
                if i > 0 {
                    name.push('-');
                }
                let mut chars = w.chars();
                name.extend(chars.next());
                name.extend(chars.flat_map(char::to_lowercase));
            }
        }
        if self.lex.place(&name).is_some() || self.unlisted_dateline(s0, colon) {
            Some(colon)
        } else {
            None
        }
    }

    /// "New Delhi: The opening of the line …", "Mumbai: Police said …": a listed city written in
    /// title case, then a colon, opening the sentence; the colon's token.
    fn listed_place_before_colon(&self, s0: usize, limit: usize) -> Option<usize> {
        const MAX_WORDS: usize = 3;
        let colon = (s0 + 1..limit.min(s0 + MAX_WORDS + 1)).find(|&t| self.word(t) == ":")?;
        let titled = (s0..colon).all(|t| self.is_cap(t) && self.kind(t) == TokenKind::Word);
        let place = self.doc.text().get(self.byte(s0)..self.doc.tokens()[colon - 1].span.end)?;
        let city = matches!(self.lex.place(place), Some(PlaceKind::City | PlaceKind::Capital));
        (titled && city && colon + 1 < limit && self.is_cap(colon + 1)).then_some(colon)
    }

    /// The colon after words in capitals from token `s0` (one to three, before `limit`): "NEW
    /// DELHI:", "TAPPER:"; the head of a dateline or of a transcript's turn.
    fn capitals_before_colon(&self, s0: usize, limit: usize) -> Option<usize> {
        // (Asked of most sentences, many times: the first word's case is tested first.)
        let caps = |t: usize| {
            let w = self.doc.token_text(t).as_bytes();
            w.len() > 1 && w.iter().all(|&c| c.is_ascii_uppercase() || c == b'-')
        };
        if s0 >= limit || !caps(s0) {
            return None;
        }
        let colon = (s0 + 1..limit.min(s0 + 4)).find(|&t| self.doc.token_text(t) == ":")?;
        (s0..colon).all(caps).then_some(colon)
    }

    /// Most paragraphs before the one a dateline of a place not listed may open.
    const DATELINE_PARAGRAPHS: usize = 3;

    /// "LUCKNOW: Two brothers from a village near Sitapur have cleared …": capitals and a colon
    /// opening one of the first paragraphs, before a capitalised word, in a document where no other
    /// paragraph opens on capitals and a colon (a transcript's turns: "TAPPER: …" ⏎ "SANDERS: …")
    /// and not a question or a first- or second-person answer ("TAPPER: Do you think …?").
    fn unlisted_dateline(&self, s0: usize, colon: usize) -> bool {
        let paragraphs = self.doc.paragraphs();
        let sentence = self.doc.sentence_at(self.byte(s0));
        let Some(s) = self.doc.sentences().get(sentence) else { return false };
        let p = s.paragraph;
        if p > Self::DATELINE_PARAGRAPHS || paragraphs.get(p).is_none_or(|q| q.start != self.byte(s0)) {
            return false;
        }
        let tokens = self.doc.tokens().len();
        let opens_label =
            |start: usize| self.capitals_before_colon(self.doc.token_index_at(start), tokens).is_some();
        let speech = (colon + 1..s.tokens.end).any(|t| {
            self.word(t) == "?" || matches!(self.lower(t), "i" | "you" | "we" | "i'm" | "we're" | "you're")
        });
        colon + 1 < tokens
            && self.is_cap(colon + 1)
            && !speech
            && paragraphs.iter().enumerate().all(|(i, q)| i == p || !opens_label(q.start))
    }

    /// After a live blog's time stamp ("11.18pm: Club captain X tells reporters …", "9:45 p.m. –
    /// …"): the first token of the entry; `None` when the sentence opens otherwise.
    fn clock_lead(&self, s0: usize, limit: usize) -> Option<usize> {
        let digits = |t: usize| {
            let w = self.doc.token_text(t);
            !w.is_empty() && w.len() <= 2 && w.bytes().all(|b| b.is_ascii_digit())
        };
        // (Hours, a "." or ":", then minutes with or without "pm" glued on.)
        if !digits(s0) || !matches!(self.doc.token_text(s0 + 1), "." | ":") {
            return None;
        }
        // (Compared as bytes: a token may open on a character of several bytes, "צּ".)
        let minutes = self.doc.token_text(s0 + 2).as_bytes();
        let suffix = minutes.get(2..).unwrap_or_default();
        let stamp = minutes.len() >= 2
            && minutes[..2].iter().all(u8::is_ascii_digit)
            && (suffix.is_empty()
                || suffix.eq_ignore_ascii_case(b"am")
                || suffix.eq_ignore_ascii_case(b"pm"));
        if !stamp {
            return None;
        }
        let mut t = s0 + 3;
        // ("9:45 p.m." as separate tokens.)
        while t < limit && matches!(self.doc.token_text(t), "a" | "p" | "m" | "." | "am" | "pm" | "AM" | "PM")
        {
            t += 1;
        }
        (t < limit && matches!(self.doc.token_text(t), ":" | "—" | "–" | "-")).then_some(t + 1)
    }

    /// Whether sentence `si` opens its paragraph.
    pub fn opens_paragraph(&self, si: usize) -> bool {
        let sents = self.doc.sentences();
        si == 0 || sents.get(si).is_some_and(|s| sents[si - 1].paragraph != s.paragraph)
    }

    /// Whether sentence `si` is a short line: at most 40 tokens, alone in its paragraph.
    pub fn short_line(&self, si: usize) -> bool {
        let sents = self.doc.sentences();
        sents.get(si).is_some_and(|s| {
            s.tokens.len() <= 40
                && self.opens_paragraph(si)
                && sents.get(si + 1).is_none_or(|n| n.paragraph != s.paragraph)
        })
    }
}

/// A double closing quote mark.
pub(crate) fn is_closing_mark(w: &str) -> bool {
    matches!(w, "”" | "\"")
}

#[cfg(test)]
pub(crate) mod test_support {
    //! Run the stages before attribution on a short text, for the unit tests of the rules.

    use super::*;
    use crate::entities::{EmbeddedRecognizer, Recognizer};

    /// (speaker name, content) of every claim the extractor finds in `text`.
    pub(crate) fn claims(text: &str) -> Vec<(Option<String>, String)> {
        let claims = crate::Extractor::new().extract(text).map(|e| e.claims).unwrap_or_default();
        claims.into_iter().map(|c| (c.speaker.map(|s| s.name), c.content.text)).collect()
    }

    /// The content of every claim in `text`, with the claims whose content is only the verb's
    /// noun-phrase object ([`crate::ExtractorBuilder::noun_objects`]).
    pub(crate) fn contents_with_objects(text: &str) -> Vec<String> {
        let extractor = crate::Extractor::builder().noun_objects(true).build();
        let claims = extractor.and_then(|e| e.extract(text)).map(|e| e.claims).unwrap_or_default();
        claims.into_iter().map(|c| c.content.text).collect()
    }

    /// The speaker name of every claim with a speaker in `text`.
    pub(crate) fn speakers(text: &str) -> Vec<String> {
        claims(text).into_iter().filter_map(|(speaker, _)| speaker).collect()
    }

    /// The content of every claim the extractor finds in `text`.
    pub(crate) fn contents(text: &str) -> Vec<String> {
        claims(text).into_iter().map(|(_, content)| content).collect()
    }

    /// Everything a [`Context`] borrows.
    pub(crate) struct Fixture<'t> {
        pub doc: Document<'t>,
        pub lex: Lexicons,
        pub entities: Vec<Entity>,
        pub cues: Vec<CueMatch>,
        pub quotes: Vec<crate::quotes::Quote>,
    }

    impl<'t> Fixture<'t> {
        pub fn new(text: &'t str) -> Self {
            let doc = Document::new(text);
            let lex = Lexicons::default();
            let quotes = crate::quotes::find(&doc);
            let cues = crate::cues::find(&doc, &lex, &quotes);
            let all: Vec<usize> = (0..doc.sentences().len()).collect();
            let entities = EmbeddedRecognizer::new(lex.clone()).recognize(&doc, &all).unwrap_or_default();
            Fixture { doc, lex, entities, cues, quotes }
        }

        /// Run `f` with a context over the text.
        pub fn with<R>(&self, f: impl FnOnce(&Context<'_, 't>) -> R) -> R {
            let table = TokenTable::new(&self.doc, &self.lex, &self.entities);
            let ctx = Context {
                doc: &self.doc,
                lex: &self.lex,
                entities: &self.entities,
                cues: &self.cues,
                quotes: QuoteIndex::new(&self.quotes, self.doc.text()),
                tokens: &table,
            };
            f(&ctx)
        }

        /// Index of the first token whose text is `word`.
        pub fn token(&self, word: &str) -> usize {
            (0..self.doc.tokens().len()).find(|&t| self.doc.token_text(t) == word).unwrap_or(usize::MAX)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::test_support::Fixture;

    #[test]
    fn a_live_blog_time_stamp_is_no_part_of_the_story() {
        // "11.18pm: Club captain X tells …", "9:45 p.m. – …"; "11.5 percent rose" is no stamp.
        for (text, first) in [
            ("11.18pm: Club captain Bea Sousa tells reporters it is close.", "Club"),
            ("9:45 p.m. – Trump said the race was over.", "Trump"),
            ("11.5 percent said no.", "11"),
            // (Any character after the stamp's separator: no slicing inside one.)
            ("1.\u{fb34}¥ said no.", "1"),
        ] {
            let f = Fixture::new(text);
            f.with(|ctx| {
                let t = ctx.dateline_end(0, ctx.doc.tokens().len());
                assert_eq!(ctx.word(t), first, "{text}");
            });
        }
    }

    #[test]
    fn wire_datelines() {
        // "BEIJING, Dec. 4 (Xinhua) -- …", "Bogotá, Dec 4 (EFE).- …", "Berlin (dpa) - …", "NEW
        // DELHI, Dec 4 (PTI) The …" (no dash), "(Bloomberg) -- …"; not "Mr. Lee (D-Ohio) - …".
        for (text, first) in [
            ("BEIJING, Dec. 4 (Xinhua) -- The talks ended.", "The"),
            ("KUALA LUMPUR, Dec 4 -- The talks ended.", "The"),
            ("Bogotá, Dec 4 (EFE).- The talks ended.", "The"),
            ("Berlin (dpa) - The talks ended.", "The"),
            ("NEW DELHI, Dec 4 (PTI) The talks ended.", "The"),
            ("KUALA LUMPUR (Bernama): The talks ended.", "The"),
            // In title case before a listed agency: "New Delhi, Oct 14 (PTI) The …"; not "Jane Doe
            // (D) The …".
            ("New Delhi, Oct 14 (PTI) The talks ended.", "The"),
            ("Devgarhi (MP), Jan 12 (PTI) The talks ended.", "The"),
            ("Jane Doe (D) The talks ended.", "Jane"),
            ("(Bloomberg) -- The talks ended.", "The"),
            ("Washington (AFP) – The talks ended.", "The"),
            // A hyphen inside the place's name: "Saint-Hilaire (AFP) - “We have treated …”".
            ("Saint-Hilaire (AFP) - The talks ended.", "The"),
            ("Lee (D-Ohio) - the talks ended.", "Lee"),
            ("CAIRO/DOHA, March 3 (Reuters) - The talks ended.", "The"),
            ("Mr. Lee said (quietly) - the talks ended.", "Mr"),
            ("NATO (the alliance) said the talks ended.", "NATO"),
            // Bylines and time stamps glued on by scraping: "Updated 3:45 PM EST The …".
            ("Updated 3:45 PM EST The talks ended.", "The"),
            ("Published Dec. 4, 2026 The talks ended.", "The"),
            ("By Jane Doe, Reuters Updated 3:45 PM EST, Dec 4, 2026 WASHINGTON — The talks ended.", "The"),
            ("Updated figures show the talks ended.", "Updated"),
        ] {
            let f = Fixture::new(text);
            f.with(|ctx| {
                let t = ctx.dateline_end(0, ctx.doc.tokens().len());
                assert_eq!(ctx.word(t), first, "{text}");
            });
        }
    }

    #[test]
    fn a_thousands_comma_reads_as_its_number() {
        // "fell to 129,000": no comma for the rules; "in 2015, 3 left" keeps its comma.
        let f = Fixture::new("It fell to 129,000 in May, and in 2015, 300 left.");
        f.with(|ctx| {
            let words: Vec<&str> = (0..ctx.doc.tokens().len()).map(|t| ctx.word(t)).collect();
            assert_eq!(words[4], "129,000");
            assert_eq!(ctx.lower(4), "129,000");
            assert_eq!(words.iter().filter(|w| **w == ",").count(), 2);
        });
        // "she pays €1,950 a month": the currency sign is glued to the digits before the comma.
        let f = Fixture::new("She pays €1,950 a month.");
        f.with(|ctx| {
            let words: Vec<&str> = (0..ctx.doc.tokens().len()).map(|t| ctx.word(t)).collect();
            assert!(words.contains(&"€1,950") && !words.contains(&","), "{words:?}");
        });
    }
}
