//! The embedded recognizer: capitalised-span chunking plus lexicons. No model, no allocation per
//! token beyond the output.

use super::words::Words;
use super::{Entity, EntityLabel, Recognizer};
use crate::lexicon::{Lexicons, NounKind, PlaceKind, TitleClass, WordClass};
use crate::text::{Document, TokenKind};
use crate::Error;

/// Fast entity recognizer that needs no model.
///
/// People are found by pattern, not by list: a run of capitalised words that no lexicon explains
/// (outlets, places, organisations, titles, common words) is a person; a lone capitalised word is a
/// person when it repeats the last word of a longer person name in the document.
///
/// ```
/// use claimex::entities::{EmbeddedRecognizer, EntityLabel, Recognizer};
/// use claimex::text::Document;
/// let doc = Document::new("Russian President Vladimir Putin met Reuters in Moscow.");
/// let ents = EmbeddedRecognizer::default().recognize(&doc, &[0])?;
/// let got: Vec<(&str, EntityLabel)> = ents.iter().map(|e| (e.span.as_str(doc.text()), e.label)).collect();
/// assert_eq!(got, [("Russian", EntityLabel::Misc), ("Vladimir Putin", EntityLabel::Person),
///                  ("Reuters", EntityLabel::Organization), ("Moscow", EntityLabel::Location)]);
/// # Ok::<(), claimex::Error>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct EmbeddedRecognizer {
    lexicons: Lexicons,
}

impl EmbeddedRecognizer {
    /// A recognizer using `lexicons` (the builder passes its extended lexicons here).
    ///
    /// ```
    /// let r = claimex::entities::EmbeddedRecognizer::new(claimex::lexicon::Lexicons::default());
    /// # let _ = r;
    /// ```
    pub fn new(lexicons: Lexicons) -> Self {
        EmbeddedRecognizer { lexicons }
    }
}

/// Linking syllables between hyphens in Persian and Urdu names ("Tehreek-e-Insaf", "Mazar-i-Sharif",
/// "Jamaat-ud-Dawa").
const IZAFAT: [&str; 6] = ["e", "i", "ul", "ud", "ur", "al"];

/// The lower-case Arabic article (and its assimilated forms) glued by a hyphen to a surname
/// ("Ahmed al-Qudsi", "Abdel Fattah el-Sisi", "ash-Shami").
pub(super) const ARABIC_ARTICLES: &[&str] = &["al", "el", "ul", "ad", "ar", "as", "ash", "at", "az"];

/// Lower-case words inside names ("Bank of England", "Ursula von der Leyen", "Erik ten Hag"); two
/// of them may follow each other ("van der", "von der").
const CONNECTORS: &[&str] = &[
    "of", "de", "al", "bin", "binti", "binte", "bint", "ap", "van", "von", "la", "le", "du", "del", "da",
    "der", "den", "ten", "ter", "dos",
];

/// The capitalised words of a name, whose first letters are its initials ("Food and Drug
/// Administration": "Food", "Drug", "Administration"; see [`initials`]).
pub(crate) fn capitalised_words(name: &str) -> Vec<&str> {
    name.split(' ').filter(|w| w.starts_with(char::is_uppercase)).collect()
}

/// The first letters of `words` ("FDA").
pub(crate) fn initials(words: &[&str]) -> String {
    words.iter().filter_map(|w| w.chars().next()).collect()
}

/// Whether `word` (any case) is a particle inside a person's name ("de", "von", "ten"), as
/// opposed to "of" inside a body's name.
pub(crate) fn is_name_particle(word: &str) -> bool {
    CONNECTORS.iter().any(|c| *c != "of" && c.eq_ignore_ascii_case(word))
}

/// Lower-case words inside organisation names after their head word ("the Committee to Protect
/// Journalists", "the Centre for Economic Policy Research", "the Council on Foreign Relations").
const ORG_CONNECTORS: &[&str] = &["for", "to", "on"];

/// Most portfolios a body's name lists before its last one ("Digital, Culture, Media and Sport").
const MAX_LISTED_PORTFOLIOS: usize = 4;

/// Abbreviated words that open place names ("St. Louis", "Mt. Vernon", "Ft. Worth").
const PLACE_ABBREVIATIONS: &[&str] = &["St", "Mt", "Ft"];

/// Words opening a chunk before "of" that name a part of a body or its people, no part of its name
/// ("Shares of Pellmark Ltd. fell", "Employees of Acme Corp said").
const PARTS_BEFORE_OF: &[&str] = &[
    "Shares",
    "Stock",
    "Units",
    "Employees",
    "Workers",
    "Staff",
    "Members",
    "Officials",
    "Executives",
    "Customers",
    "Investors",
    "Shareholders",
    "Bondholders",
    "Supporters",
    "Fans",
    "Residents",
];

/// Last words of the name of a region or a district ("Gyeonggi Province", "Kent County").
const PLACE_HEADS: &[&str] = &[
    "Province",
    "County",
    "Prefecture",
    "Oblast",
    "Governorate",
    "Territory",
    "Region",
    "District",
    "Township",
    "Municipality",
    "Peninsula",
    "Valley",
    "Island",
    "Islands",
    "State",
];

/// Last words of a street's or a square's name, which a body's head word may open ("Church
/// Street", "Parliament Square").
const STREET_WORDS: &[&str] =
    &["Street", "Road", "Avenue", "Square", "Lane", "Way", "Place", "Park", "Hill", "Station", "Drive"];

/// Words joining two parts of one organisation name ("Avon and Somerset Police", "Department of
/// Health and Human Services", "Procter & Gamble").
const ORG_CONJUNCTIONS: &[&str] = &["and", "&"];

/// A short word in capitals ("NSW", "FDA"), as the lone all-caps rule reads one.
fn is_acronym(w: &str) -> bool {
    (2..=6).contains(&w.len()) && w.chars().all(|c| c.is_ascii_uppercase())
}

impl Recognizer for EmbeddedRecognizer {
    fn name(&self) -> &str {
        "embedded"
    }

    /// Labels every sentence (it is cheap); `sentences` is ignored.
    fn recognize(&self, doc: &Document<'_>, _sentences: &[usize]) -> Result<Vec<Entity>, Error> {
        let words = Words::new(doc, &self.lexicons);
        let mut out = Vec::new();
        let mut dropped = Vec::new();
        for sentence in doc.sentences() {
            self.sentence(&words, sentence.tokens.clone(), &mut out, &mut dropped);
        }
        bodies_by_initials(doc, &mut out);
        with_glued_articles(doc, &mut out);
        promote_surnames(doc, &mut out, &dropped);
        with_leading_particles(doc, &self.lexicons, &mut out);
        Ok(out)
    }
}

impl EmbeddedRecognizer {
    fn sentence(
        &self,
        w: &Words<'_, '_>,
        range: std::ops::Range<usize>,
        out: &mut Vec<Entity>,
        dropped: &mut Vec<usize>,
    ) {
        let mut i = range.start;
        let first = range.start;
        while i < range.end {
            if w.kind(i) != TokenKind::Word || !w.capitalised(i) || self.caps_break(w, i) {
                i += 1;
                continue;
            }
            let t = w.text(i);
            // "Rep. Tom Brandt, R-Texas, said": a party tag's letter is no name; the state after it
            // is a place.
            if matches!(t, "D" | "R" | "I")
                && i + 2 < range.end
                && w.text(i + 1) == "-"
                && w.glued(i + 1)
                && w.glued(i + 2)
            {
                i += 2;
                continue;
            }
            // A listed organisation, in whatever case it was listed ("Committee to Protect Journalists").
            // ("The Department for Culture, Media and Sport": also after a capitalised article.)
            let at = if w.text(i) == "The" && i + 1 < range.end { i + 1 } else { i };
            if let Some(end) = self.listed_org_at(w, at, range.end) {
                let end = self.listed_body_end(w, at, end, range.end);
                out.push(Entity { span: w.span(at, end), label: EntityLabel::Organization, score: 0.95 });
                i = end;
                continue;
            }
            // Grow a chunk of capitalised words, initials, glued hyphens/apostrophes and connectors.
            let start = i;
            let mut end = i + 1; // exclusive
            while let Some(next) = self.chunk_step(w, start, end, range.end) {
                end = next;
            }
            end = without_trailing_marks(w, start + 1, end);
            // ("The U.S. said", "the U.K. government": a known place's final stop is its own.)
            if end < range.end && w.text(end) == "." && w.glued(end) && w.text(end - 1).len() == 1 {
                let mut s = end - 1;
                while s >= start + 2 && w.text(s - 1) == "." && w.text(s - 2).len() == 1 {
                    s -= 2;
                }
                if self.lexicons.place(w.span(s, end + 1).as_str(w.doc.text())).is_some() {
                    end += 1;
                }
            }
            let before = out.len();
            // ("According to Layoffs.fyi, …", "Booking.com said": a web address names its site.)
            if let Some(address_end) = web_address_end(w, end, range.end) {
                out.push(Entity {
                    span: w.span(start, address_end),
                    label: EntityLabel::Organization,
                    score: 0.8,
                });
                i = address_end;
                continue;
            }
            self.classify(w, start, end, start == first || after_quote(w.doc, start, first), out, dropped);
            if crate::lexicon::is_post_nominal(w.text(end - 1)) {
                drop_post_nominals(w, &mut out[before..]);
            }
            i = end.max(start + 1);
            // "Chuck Grassley Compares Trump": the verb that ended the name opens none.
            if i < range.end && self.title_case_verb(w, i) {
                i += 1;
            }
        }
    }

    /// Where a listed body's name (`at..end`) ends with what goes on after it: "of" and a place or
    /// name after a listed body ending on its kind ("the Democratic Party of Korea", "the Communist
    /// Party of China"), capitalised words ending on a head word ([`Self::body_of_listed`]), and
    /// after those, the connectors of any chunk ("the United Nations Office for the Coordination
    /// of Humanitarian Affairs").
    fn listed_body_end(&self, w: &Words<'_, '_>, at: usize, mut end: usize, limit: usize) -> usize {
        if end + 1 < limit && w.text(end) == "of" && w.capitalised(end + 1) && w.name(end - 1).org_suffix {
            end += 1;
            while end < limit && w.kind(end) == TokenKind::Word && w.capitalised(end) {
                end += 1;
            }
        }
        let listed_end = end;
        end = self.body_of_listed(w, end, limit);
        if end > listed_end {
            while let Some(next) = self.chunk_step(w, at, end, limit) {
                end = next;
            }
            end = without_trailing_marks(w, listed_end, end);
        }
        end
    }

    /// "The European Union Aviation Safety Agency said", "the Senate Judiciary Committee", "the
    /// United Nations Environment Programme": a listed body (ending at `end`) with capitalised words
    /// after it that end on a body's head word, and hold no title's head, opens that body's name. Returns where the name ends.
    fn body_of_listed(&self, w: &Words<'_, '_>, end: usize, limit: usize) -> usize {
        // ("the United Nations Environment Programme": a portfolio word, a title's modifier, may
        // name the body's field.)
        let no_head = |j: usize| !matches!(w.title(j), Some((TitleClass::Head, _)));
        let mut j = end;
        while j < limit && w.kind(j) == TokenKind::Word && w.capitalised(j) && no_head(j) {
            j += 1;
        }
        if j > end && w.name(j - 1).org_suffix {
            j
        } else {
            end
        }
    }

    /// Where the capitalised chunk `start..end` grows to with the token at `end` (and what it
    /// joins), or `None` when it ends there.
    fn chunk_step(&self, w: &Words<'_, '_>, start: usize, end: usize, limit: usize) -> Option<usize> {
        if end >= limit {
            return None;
        }
        let s = w.text(end);
        let glued = w.glued(end);
        let next_cap = end + 1 < limit && w.capitalised(end + 1);
        let next_glued = end + 1 < limit && w.glued(end + 1);
        // One more token: a capitalised word; an initial's period ("W. Bush"); the period of an
        // abbreviated place ("St. Louis Mayor Tishaura Jones"); a glued hyphen, apostrophe or "&"
        // ("Jean-Claude", "O'Malley", "AT&T"); a connector ("Bank of England", "Committee to
        // Protect Journalists").
        let word = w.kind(end) == TokenKind::Word && w.capitalised(end) && !self.caps_break(w, end);
        let one = word && !self.title_case_break(w, end)
            || s == "." && glued && w.text(end - 1).chars().count() == 1 && (next_cap || particle_after(w, end, limit))
            || s == "." && glued && next_cap && PLACE_ABBREVIATIONS.contains(&w.text(end - 1))
            || matches!(s, "-" | "'" | "’" | "&") && glued && next_glued && next_cap
            // ("Bernard & Co", "Marks & Spencer": a spaced ampersand joins a company's name.)
            || s == "&" && !glued && next_cap && !next_glued
            || next_cap
                && !glued
                && (CONNECTORS.contains(&s) || self.org_connector(w, start, end, limit))
                && !self.person_before_of(w, start, end);
        // Two: a possessive before a body's head word ("the Harris County Sheriff's Office"), or two
        // particles ("von der Leyen").
        let possessive_head = matches!(s, "'" | "’")
            && glued
            && end + 2 < limit
            && w.text(end + 1) == "s"
            && w.glued(end + 1)
            && w.capitalised(end + 2)
            && (w.name(end + 2).org_suffix
                || w.name(end - 1).place.is_none() && arm_after(w, end + 2, limit)
                || the_before(w, start) && body_after(w, end + 2, limit));
        // ("McDonald's said", "Sainsbury's reported": a name with its "'s", right before a verb
        // of saying, is a shop's or a company's.)
        let possessive_name = matches!(s, "'" | "’")
            && glued
            && end + 2 < limit
            && w.text(end + 1) == "s"
            && w.glued(end + 1)
            && matches!(
                w.text(end + 2),
                "said"
                    | "says"
                    | "reported"
                    | "reports"
                    | "announced"
                    | "told"
                    | "confirmed"
                    | "warned"
                    | "added"
            )
            && self.lexicons.first_name_gender(w.text(start)).is_none();
        // ("The Teachers' Union of Eastmoor": a plural possessive before a body's head word.)
        let plural_possessive = matches!(s, "'" | "’")
            && glued
            && w.text(end - 1).ends_with('s')
            && next_cap
            && !next_glued
            && w.name(end + 1).org_suffix;
        let particles = !glued
            && s != "of"
            && CONNECTORS.contains(&s)
            && end + 2 < limit
            && CONNECTORS.contains(&w.text(end + 1))
            && w.capitalised(end + 2);
        // ("Wong Suk-ling": a romanised syllable after a hyphen, two tokens too.)
        let syllable = s == "-" && glued && next_glued && self.romanised_syllable(w, start, end, limit)
            // ("Esther Ndung'u", "Ng'ang'a": a lower-case syllable after an apostrophe inside a
            // name, not a possessive or a contraction.)
            || matches!(s, "'" | "’") && glued && next_glued && end + 1 < limit && inner_syllable(w, end + 1);
        let inner_compound = s == "-" && glued && next_glued && Self::inner_compound(w, start, end, limit);
        let lettered = s == "(" && glued && lettered_parenthesis(w, end, limit);
        let nickname = nickname_at(w, start, end, limit);
        let of_the = !glued && self.of_the_after_head(w, end, limit);

        let step = if let Some(linked) = linked_syllable(w, end, limit) {
            linked
        } else if nickname || lettered {
            end + 3
        } else if possessive_head || syllable || possessive_name || inner_compound || of_the {
            end + 2
        } else if one || plural_possessive {
            end + 1
        } else if let Some(list_end) = self.org_list_end(w, start, end, limit) {
            list_end // "the Department for Work, Health and Pensions"
        } else if particles {
            end + 2
        } else {
            return None;
        };
        Some(step)
    }

    /// "the Food and Agriculture Organization of the United Nations", "the Royal Society for the
    /// Protection of Birds": "of the" or "for the" at `end`, after a body's head word and before a
    /// capitalised word, goes on with the body's name.
    fn of_the_after_head(&self, w: &Words<'_, '_>, end: usize, limit: usize) -> bool {
        matches!(w.text(end), "of" | "for")
            && end + 2 < limit
            && w.text(end + 1) == "the"
            && w.kind(end + 2) == TokenKind::Word
            && w.capitalised(end + 2)
            && !self.caps_break(w, end + 2)
            && !matches!(w.class(end + 2), Some(WordClass::Time))
            && w.name(end - 1).org_suffix
    }

    /// "Organisation for Economic Co-operation and Development": after the hyphen at `end`, a
    /// lower-case part inside a body's name (one with "of" or "for") that goes on after it; not
    /// "Trump-backed candidate".
    fn inner_compound(w: &Words<'_, '_>, start: usize, end: usize, limit: usize) -> bool {
        end + 3 < limit
            && w.kind(end + 1) == TokenKind::Word
            && !w.glued(end + 2)
            && (matches!(w.text(end + 2), "and" | "of" | "for") && w.capitalised(end + 3)
                || w.capitalised(end + 2))
            && (start..end).any(|t| matches!(w.text(t), "of" | "for"))
    }

    /// "Wong Suk-ling", "Kim Jong-un", "Lau Mei-kei": a lower-case syllable hyphenated to the last
    /// word of a name of two words or more (a romanised given name), not a compound's second part ("Biden-led",
    /// "Obama-era").
    fn romanised_syllable(&self, w: &Words<'_, '_>, start: usize, end: usize, limit: usize) -> bool {
        const COMPOUND_PARTS: [&str; 19] = [
            "era", "led", "run", "style", "type", "like", "wide", "free", "born", "based", "made", "ish",
            "area", "class", "level", "size", "scale", "only", "less",
        ];
        // (Up to seven words before it: "South Korean Unification Minister Ryu Seong-ho".)
        let syllable = w.text(end + 1);
        (start + 2..=start + 7).contains(&end)
            && end + 1 < limit
            && (start..end).all(|i| w.kind(i) == TokenKind::Word)
            && w.text(end - 1).chars().count() <= 6
            && (2..=5).contains(&syllable.chars().count())
            && syllable.chars().all(|c| c.is_ascii_lowercase())
            && !COMPOUND_PARTS.contains(&syllable)
    }

    /// "Senator Ben Cardin of Maryland", "Marc Lasry of Avenue Capital Group": "of" after a first
    /// name and a surname (the chunk `start..end` so far) leads to the place or body the person is
    /// from, not into the name.
    fn person_before_of(&self, w: &Words<'_, '_>, start: usize, end: usize) -> bool {
        // (Not a body whose name ends on its kind: "Royal College of Nursing", where "Royal" is
        // also a first name.)
        // ("Professor Aylin Kocaoglu of Istanbul's …": the name after a title.)
        let start = start + self.title_phrase_len(w, start, end.saturating_sub(2));
        // ("Juan “Chico” Manriquez of Oakland": the first name before a nickname.)
        let nicknamed = end >= start + 5
            && matches!(w.text(end - 2), "”" | "\"" | "’")
            && self.lexicons.first_name_gender(w.text(end - 5)).is_some();
        // ("Sen. Ana Lucía Ferrer of Arizona": a first name opening a name of three or four words.)
        let first_named = end <= start + 4
            && self.lexicons.first_name_gender(w.text(start)).is_some()
            && (start..end)
                .all(|t| w.kind(t) == TokenKind::Word && w.capitalised(t) && !w.name(t).org_suffix);
        w.text(end) == "of"
            && end >= start + 2
            && w.kind(end - 1) == TokenKind::Word
            && !w.name(end - 1).org_suffix
            && (self.lexicons.first_name_gender(w.text(end - 2)).is_some()
                || nicknamed
                || first_named
                || self.unknown_pair(w, start, end))
    }

    /// "Priya Shah of Harbour Bank": a chunk of exactly two capitalised words that no lexicon knows
    /// (a first name the census list lacks, and a surname) before "of".
    fn unknown_pair(&self, w: &Words<'_, '_>, start: usize, end: usize) -> bool {
        end == start + 2
            && (start..end).all(|t| {
                let name = w.name(t);
                w.kind(t) == TokenKind::Word
                    && !name.known()
                    && !name.org_suffix
                    && !name.outlet_suffix
                    && w.title(t).is_none()
                    && !self.lexicons.is_common_word(&w.text(t).to_lowercase())
            })
    }

    /// Split a capitalised chunk `start..end` into entities.
    fn classify(
        &self,
        w: &Words<'_, '_>,
        start: usize,
        end: usize,
        initial: bool,
        out: &mut Vec<Entity>,
        dropped: &mut Vec<usize>,
    ) {
        let lex = &self.lexicons;
        let start = self.name_start(w, start, end, initial, dropped);
        if start >= end {
            return;
        }
        let text = w.doc.text();
        let whole = w.span(start, end);
        // Known outlet or organisation as a whole, or an organisation-like ending.
        let whole_name = if end - start == 1 { w.name(start) } else { lex.name(whole.as_str(text)) };
        let possessive_name =
            end - start >= 3 && w.text(end - 1) == "s" && matches!(w.text(end - 2), "'" | "’");
        // ("The Rail, Maritime and Transport union": a list of fields before a body's noun.)
        let listed_body =
            (start..end).any(|t| w.text(t) == ",") && self.lower_body_noun(w, end, w.doc.tokens().len());
        // ("JD(S)", "JD(U)": a party's letter in parentheses.)
        let lettered = (start..end).any(|t| w.text(t) == "(");
        if whole_name.outlet || whole_name.org || possessive_name || listed_body || lettered {
            out.push(Entity { span: whole, label: EntityLabel::Organization, score: 0.95 });
            return;
        }
        // "Pakistan Tehreek-e-Insaf", "Jaish-e-Mohammed": a name with a Persian or Urdu linking
        // syllable is a party's, a movement's or a place's, whole.
        let linked = (start + 2..end.saturating_sub(1))
            .any(|t| w.text(t - 1) == "-" && IZAFAT.contains(&w.text(t)) && w.text(t + 1) == "-");
        if linked {
            let label =
                if whole_name.place.is_some() { EntityLabel::Location } else { EntityLabel::Organization };
            out.push(Entity { span: whole, label, score: 0.7 });
            return;
        }
        // "Minister for Emergency Management Tara Quinlan": after a title's "for"/"of", the
        // capitalised words before a first name are the portfolio, not the name.
        if let Some(j) = self.name_after_portfolio(w, start, end) {
            out.push(Entity { span: w.span(j, end), label: EntityLabel::Person, score: 0.8 });
            return;
        }
        // ("The Minister for Foreign Affairs said": with no name, the chunk is the portfolio.)
        if after_office(w, start) && self.lexicons.place(whole.as_str(text)).is_none() {
            out.push(Entity { span: whole, label: EntityLabel::Organization, score: 0.6 });
            return;
        }
        // A title inside the chunk means a person follows it ("Atlantic City Mayor Don Guardian"),
        // whatever the last word looks like.
        // (Not a title owning the body: "Sheriff's Office".)
        let titled = (start..end - 1).any(|i| {
            w.title(i).is_some_and(|(c, _)| c == TitleClass::Head)
                && !self.title_opens_org(w, i, end)
                && !matches!(w.text(i + 1), "'" | "’")
        });
        let last = w.name(end - 1);
        let org_end = last.org_suffix
            || (end - start > 1 && last.outlet_suffix)
            || self.company_name(w, start, end)
            || self.head_first(w, start, end)
            || self.members_of_country(w, start, end)
            || national_arm(w, start, end);
        // ("The company's Chief Executive said": a title of several words is no body.)
        let a_title = end - start > 1 && lex.title(whole.as_str(text)).is_some();
        if !titled && !a_title && (org_end || self.headed_org(w, start, end)) {
            // Keep a leading demonym/place inside ("Russian Foreign Ministry").
            out.push(Entity { span: whole, label: EntityLabel::Organization, score: 0.85 });
            return;
        }
        // ("a plant in Yongin, Gyeonggi Province", "Kent County": a place's head word ends it.)
        if !titled && end - start > 1 && PLACE_HEADS.contains(&w.text(end - 1)) {
            out.push(Entity { span: whole, label: EntityLabel::Location, score: 0.8 });
            return;
        }
        // ("who has lived on Main Street for 40 years", "Rue Principale": a street's name, which
        // no person's is, whatever its first word.)
        let street = matches!(w.text(end - 1), "Street" | "Road" | "Avenue" | "Boulevard")
            || matches!(w.text(start), "Rue" | "Avenue" | "Via" | "Calle" | "Boulevard");
        if !titled && end - start > 1 && street {
            out.push(Entity { span: whole, label: EntityLabel::Location, score: 0.8 });
            return;
        }
        // ("The Ondo State Governor, Chief Olawale Adebanjo, has ordered …": a place's head word
        // and a title, with no name after it, are the place and its office.)
        let office = w.title(end - 1).is_some_and(|(c, _)| c == TitleClass::Head);
        if office && end - start > 2 && PLACE_HEADS.contains(&w.text(end - 2)) {
            out.push(Entity { span: w.span(start, end - 1), label: EntityLabel::Location, score: 0.8 });
            return;
        }
        let i = self.peel(w, start, end, out);
        if i >= end {
            // ("Mr Sheikh fears …", "Ms Bishop said": a title word after a courtesy title, with
            // nothing after it, is a surname.)
            if let Some(last) = surname_after_courtesy(w, start, end) {
                out.push(Entity { span: w.span(last, end), label: EntityLabel::Person, score: 0.7 });
            }
            return;
        }
        self.after_peel(w, start, i, end, initial, out);
    }

    /// Where a name can start in the chunk `start..end`: past leading function words ("The", "In")
    /// and an ordinary word opening the sentence (`initial`); the lone words dropped are noted.
    fn name_start(
        &self,
        w: &Words<'_, '_>,
        mut start: usize,
        end: usize,
        initial: bool,
        dropped: &mut Vec<usize>,
    ) -> usize {
        let lex = &self.lexicons;
        let chunk_start = start;
        // Leading function words ("The", "In") are no part of a name. One standing alone may still
        // be a surname named before ("Sarah Day said … Day added"): `promote_surnames` decides.
        // ("A.K. Menon": a letter with its stop is an initial, not the article.)
        while start < end
            && w.class(start).is_some()
            && !w.name(start).known()
            && !before_ampersand(w, start)
            && !initial_letter(w, start, end)
            && !self.month_as_first_name(w, start, end)
            && !programme_name(w, start, end)
        {
            if end - start == 1 && w.capitalised(start) {
                dropped.push(start);
            }
            start += 1;
        }
        // ("Shares of Pellmark Ltd. fell": a part of a body, or people of it, before "of".)
        if start + 2 < end && w.text(start + 1) == "of" && PARTS_BEFORE_OF.contains(&w.text(start)) {
            start += 2;
        }
        // An ordinary word opening the sentence is no name either ("Leaders of Russia"), unless the
        // chunk is an organisation ("Green Valley Party").
        let last = w.name(end - 1);
        let org_like = end - start > 1
            && (last.org_suffix
                || last.outlet_suffix
                || self.company_name(w, start, end)
                || self.headed_org(w, start, end)
                || self.head_first(w, start, end)
                || self.members_of_country(w, start, end)
                || national_arm(w, start, end));
        // ("Hope Hicks said", "Grace Park said": a first name opening a two-word chunk stays, unless
        // it is a function word too: "Will Trump run?")
        let first_name =
            || end - start > 1 && w.class(start).is_none() && lex.first_name_gender(w.text(start)).is_some();
        // ("U.S. President Joe Biden said", "AT&T said": a letter with its period is an initial,
        // and letters before "&" a company's, no word.)
        // ("O'Neill said": a letter glued to an apostrophe opens a surname.)
        let letter =
            start + 1 < end && w.text(start).len() == 1 && matches!(w.text(start + 1), "." | "'" | "’")
                || before_ampersand(w, start);
        // ("Secretary-General Antonio Guterres said": a title with a name after it.)
        let titled = || {
            let n = self.title_phrase_len(w, start, end);
            n > 0 && start + n < end
        };
        // ("Southern California Edison said": a place of two words opens the chunk.)
        let place = || {
            self.multiword_place(w, start, end).is_some() || self.multiword_demonym(w, start, end).is_some()
        };
        // ("Wealth-X keeps …", "Coca-Cola said": a word hyphened to a capitalised one is a piece of
        // a name, unless it is a prefix: "Pro-Islamic State forums".)
        let hyphened = start + 2 < end
            && w.text(start + 1) == "-"
            && w.glued(start + 1)
            && w.glued(start + 2)
            && w.capitalised(start + 2)
            && !matches!(
                w.text(start),
                "Pro" | "Anti" | "Ex" | "Non" | "Post" | "Pre" | "Neo" | "Mid" | "Self"
            );
        if start == chunk_start
            && initial
            && !org_like
            && !place()
            && !letter
            && (lex.is_common_word(w.text(start))
                || abstract_plural(w.text(start))
                || trade_noun(w.text(start))
                || self.agent_before_name(w, start, end))
            && !w.name(start).known()
            && !first_name()
            && !hyphened
            && !titled()
            && self.body_before_title(w, start, end).is_none()
        {
            if end - start == 1 {
                dropped.push(start);
            }
            start += 1;
            // ("Pro-Islamic State forums": the hyphen that glued the word goes with it.)
            if start < end && (CONNECTORS.contains(&w.text(start)) || w.text(start) == "-" && w.glued(start))
            {
                start += 1;
            }
        }
        start
    }

    /// "Evacuee Bob Lindqvist said", "Forecaster Aled Pryce said": a word of an agent's ending
    /// (-er, -or, -ee, -ist, -ian, -ant, -ent) opening the sentence before a first name and a
    /// surname names what the person is (the common-word list lacks most of them).
    fn agent_before_name(&self, w: &Words<'_, '_>, start: usize, end: usize) -> bool {
        let word = w.text(start).to_lowercase();
        let agent = ["er", "or", "ee", "ist", "ian", "ant", "ent"].iter().any(|e| word.ends_with(e));
        end >= start + 3
            && word.len() > 5
            && agent
            && self.lexicons.first_name_gender(w.text(start)).is_none()
            && (self.lexicons.first_name_gender(w.text(start + 1)).is_some()
                || end == start + 3 && !self.lexicons.is_common_word(w.text(start + 1)))
            && w.capitalised(start + 2)
    }

    /// The rest `i..end` of the chunk `start..end` once its places, titles and bodies are peeled:
    /// an office's place or portfolio, a company or body before a role, or a name.
    fn after_peel(
        &self,
        w: &Words<'_, '_>,
        start: usize,
        i: usize,
        end: usize,
        initial: bool,
        out: &mut Vec<Entity>,
    ) {
        let lex = &self.lexicons;
        let text = w.doc.text();
        // "The Mayor of London said", "the Governor of Texas": after a title, "of" or "for" leads to
        // the place or body the office is of, with no name (one after it stays: "Minister for
        // Emergency Management Tara Quinlan").
        if i > start && i + 1 < end && matches!(w.text(i), "of" | "for") && w.title(i - 1).is_some() {
            if let Some(j) = self.name_after_portfolio(w, i + 1, end) {
                out.push(Entity { span: w.span(j, end), label: EntityLabel::Person, score: 0.8 });
            } else {
                let label = if lex.place(w.span(i + 1, end).as_str(text)).is_some() {
                    EntityLabel::Location
                } else {
                    EntityLabel::Organization
                };
                out.push(Entity { span: w.span(i + 1, end), label, score: 0.7 });
            }
            return;
        }
        // "Nvidia shares fell": a name before "shares" or "stock" is a company's.
        if end < w.doc.tokens().len() && matches!(w.text(end), "shares" | "stock") {
            out.push(Entity { span: w.span(i, end), label: EntityLabel::Organization, score: 0.7 });
            return;
        }
        // "Calgary Flames head coach Ryan Huska", "Home Depot spokesman Tom Ash": capitalised words
        // right before a lower-case title with a name after it name the body the role belongs to
        // (after a place, or two words or more opening on no first name; not "Obama adviser",
        // "Hillary Clinton aide").
        let unnamed = i > start || end - i > 1 && lex.first_name_gender(w.text(i)).is_none();
        if unnamed && self.lower_title_with_name_after(w, end) {
            out.push(Entity { span: w.span(i, end), label: EntityLabel::Organization, score: 0.6 });
            return;
        }
        let rest = w.span(i, end);
        let n = end - i;
        let rest_str = rest.as_str(text);
        if n == 1 && self.place_then_name(w, start, i) {
            out.retain(|e| e.span.start < w.span(start, i).start);
            out.push(Entity { span: w.span(start, end), label: EntityLabel::Organization, score: 0.6 });
            return;
        }
        // ("the charity Shelterline", "the firm Brightline": a one-word name right after a
        // lower-case noun of a body is that body's.)
        let body_before = i > 0
            && i == start
            && !w.capitalised(i - 1)
            && w.kind(i - 1) == TokenKind::Word
            && lex.speaker_noun(w.text(i - 1)) == Some(NounKind::Organization);
        if n == 1 {
            let all_caps =
                rest_str.len() >= 2 && rest_str.chars().all(|c| c.is_uppercase() || c.is_numeric());
            if all_caps && rest_str.len() <= 6 || body_before {
                out.push(Entity { span: rest, label: EntityLabel::Organization, score: 0.6 });
            } else if lex.is_common_word(rest_str) && initial {
                // Probably an ordinary word opening the sentence.
            } else {
                out.push(Entity { span: rest, label: EntityLabel::Person, score: 0.5 });
            }
        } else if let Some((title, name)) = self.title_inside(w, i, end) {
            // "WA Mines Minister Lorraine Baxter", "Kalgoorlie-Boulder Mayor Glenn Wray": words
            // before a title inside the rest name the body or place of the office, the words after
            // it the person.
            out.push(Entity { span: w.span(i, title), label: EntityLabel::Organization, score: 0.6 });
            out.push(Entity { span: w.span(name, end), label: EntityLabel::Person, score: 0.8 });
        } else if let Some(name) = self.name_after_office_of(w, i, end) {
            // "Principal Chief Conservator of Forests R. K. Menon": an office the title list
            // lacks, of a portfolio, before the name.
            out.push(Entity { span: w.span(i, name), label: EntityLabel::Misc, score: 0.6 });
            out.push(Entity { span: w.span(name, end), label: EntityLabel::Person, score: 0.8 });
        } else if self.after_the(w, i, end) {
            out.push(Entity { span: rest, label: EntityLabel::Organization, score: 0.6 });
        } else {
            out.push(Entity { span: rest, label: EntityLabel::Person, score: 0.8 });
        }
    }

    /// "a senior official of the Bruhat Bengaluru Mahanagara Palike told PTI": words right after
    /// "the" with no first name among them name a body, not a person (whom no article opens).
    fn after_the(&self, w: &Words<'_, '_>, i: usize, end: usize) -> bool {
        i > 0
            && matches!(w.text(i - 1), "the" | "The")
            && end - i >= 2
            && (i..end).all(|t| self.lexicons.first_name_gender(w.text(t)).is_none() && w.title(t).is_none())
    }

    /// Whether token `t` (before `limit`) is a lower-case noun of a body ("union", "council"): after
    /// a capitalised list, it says what the list names ("The Rail, Maritime and Transport union").
    fn lower_body_noun(&self, w: &Words<'_, '_>, t: usize, limit: usize) -> bool {
        t < limit
            && !w.capitalised(t)
            && self.lexicons.speaker_noun(w.text(t)) == Some(NounKind::Organization)
    }

    /// "Conservator of Forests R. K. Menon": a capitalised word, "of" or "for", and a portfolio of
    /// ordinary words inside `i..end`; where the name after them starts. "(Leader of the Opposition
    /// in the National) Assembly Umar Daraz Khan": a body's head word, then the name.
    fn name_after_office_of(&self, w: &Words<'_, '_>, i: usize, end: usize) -> Option<usize> {
        if w.name(i).org_suffix {
            return self.name_after_common_words(w, i, end).filter(|&n| n == i + 1);
        }
        let k = (i + 1..end.saturating_sub(2)).find(|&k| matches!(w.text(k), "of" | "for"))?;
        (w.capitalised(k - 1) && w.kind(k - 1) == TokenKind::Word)
            .then(|| self.name_after_common_words(w, k, end))
            .flatten()
    }

    /// A title heading a role inside `i..end` (not opening it) with capitalised words after it and
    /// no title among them: the title's first token and the name's.
    fn title_inside(&self, w: &Words<'_, '_>, i: usize, end: usize) -> Option<(usize, usize)> {
        let t = (i + 1..end.saturating_sub(1))
            .find(|&t| w.title(t).is_some_and(|(class, _)| class == TitleClass::Head))?;
        let name = t + self.title_phrase_len(w, t, end);
        // ("Park Min-ho": a lower-case piece glued after a hyphen.)
        let plain = (name..end).all(|u| {
            w.capitalised(u) && w.title(u).is_none()
                || w.text(u) == "-"
                || u > 0 && w.text(u - 1) == "-" && w.glued(u)
        });
        // ("Martin Luther King Jr.": a generation alone after "King" is the end of one name.)
        let generation = (name..end).all(|u| super::is_generation(w.text(u)));
        (name < end && w.kind(name) == TokenKind::Word && plain && !generation).then_some((t, name))
    }

    /// Peel leading places, demonyms, titles and known organisations/outlets off the chunk
    /// `start..end` one at a time, pushing the places and organisations; returns where the rest
    /// (a name, if anything) starts.
    fn peel(&self, w: &Words<'_, '_>, start: usize, end: usize, out: &mut Vec<Entity>) -> usize {
        let mut i = start;
        while i < end {
            let name = w.name(i);
            if let Some(kind) = name.place.filter(|k| !self.first_name_place(w, *k, i, end)) {
                // Multi-word places are listed whole; try two- and three-word names first.
                let label =
                    if kind == PlaceKind::Demonym { EntityLabel::Misc } else { EntityLabel::Location };
                out.push(Entity { span: w.span(i, i + 1), label, score: 0.9 });
                i += 1;
                continue;
            }
            if let Some(n) = self.multiword_place(w, i, end) {
                out.push(Entity { span: w.span(i, i + n), label: EntityLabel::Location, score: 0.9 });
                i += n;
                continue;
            }
            if let Some(n) = self.multiword_demonym(w, i, end) {
                out.push(Entity { span: w.span(i, i + n), label: EntityLabel::Misc, score: 0.9 });
                i += n;
                continue;
            }
            let title_len = self.title_phrase_len(w, i, end);
            // ("The US Treasury said": a listed body ending the chunk is no title of a name.)
            let body_last = (name.outlet || name.org) && i + 1 == end;
            if title_len > 0 && !body_last {
                i += title_len;
                continue;
            }
            if body_last
                && i > start
                && !w.text(i).ends_with('s')
                && out.last().is_some_and(|e| e.span.end == w.span(i - 1, i).end)
            {
                // ("The U.S. Treasury said": the place before it is the body's.)
                if let Some(place) = out.pop() {
                    out.push(Entity {
                        span: crate::Span::new(place.span.start, w.span(i, i + 1).end),
                        label: EntityLabel::Organization,
                        score: 0.9,
                    });
                }
                i += 1;
                continue;
            }
            if name.outlet || name.org {
                out.push(Entity { span: w.span(i, i + 1), label: EntityLabel::Organization, score: 0.9 });
                i += 1;
                continue;
            }
            // "NSW Premier Kate Ellery", "FDA Commissioner": an acronym before a title is the
            // body the role belongs to, not a part of the name.
            if is_acronym(w.text(i)) && i + 1 < end && w.title(i + 1).is_some() {
                out.push(Entity { span: w.span(i, i + 1), label: EntityLabel::Organization, score: 0.6 });
                i += 1;
                continue;
            }
            if matches!(w.class(i), Some(WordClass::Time))
                && !self.month_as_first_name(w, i, end)
                && !programme_name(w, i, end)
            {
                i += 1;
                continue;
            }
            if let Some(body_end) = self.body_before_title(w, i, end) {
                out.push(Entity { span: w.span(i, body_end), label: EntityLabel::Organization, score: 0.8 });
                i = body_end;
                continue;
            }
            if let Some(place_end) = self.jurisdiction_before_title(w, i, end) {
                out.push(Entity { span: w.span(i, place_end), label: EntityLabel::Location, score: 0.8 });
                i = place_end;
                continue;
            }
            if self.one_word_body(w, i, end) {
                out.push(Entity { span: w.span(i, i + 1), label: EntityLabel::Organization, score: 0.6 });
                i += 1;
                continue;
            }
            break;
        }
        i
    }

    /// Whether a lower-case title starts at token `t` with a capitalised name after it
    /// ("head coach Ryan Huska").
    fn lower_title_with_name_after(&self, w: &Words<'_, '_>, t: usize) -> bool {
        let n = w.doc.tokens().len();
        let len = if t < n && !w.capitalised(t) { self.title_phrase_len(w, t, n) } else { 0 };
        len > 0 && t + len < n && w.capitalised(t + len) && w.kind(t + len) == TokenKind::Word
    }

    /// "Tesla CEO Elon Musk": one word that is no first name, right before a title with a name
    /// after it, is the body the role belongs to.
    fn one_word_body(&self, w: &Words<'_, '_>, i: usize, end: usize) -> bool {
        // The titles after it, one phrase or more ("Maharashtra Deputy Chief Minister").
        let mut j = i + 1;
        while j < end {
            let n = self.title_phrase_len(w, j, end);
            if n == 0 {
                break;
            }
            j += n;
        }
        // (The run ends on a title that heads a role: not "Maricopa County Recorder"; or on one
        // right before a name: "Peronist Deputy Mayra Gutiérrez".)
        let heads = j > i + 1
            && (w.title(j - 1).is_some_and(|(class, _)| class == TitleClass::Head)
                || j + 1 < end && w.capitalised(j) && !w.name(j).known() && w.class(j).is_none());
        i + 2 < end
            && w.kind(i) == TokenKind::Word
            && w.capitalised(i)
            && heads
            && j < end
            && self.lexicons.first_name_gender(w.text(i)).is_none()
    }

    /// "Orbis Foods Chief Executive Rafael Lemos", "Harrow Town Council Leader Ann Cole": a company
    /// or body named right before a title, with a name after the title, is the body the role
    /// belongs to. Returns where the body ends (the title's first token).
    fn body_before_title(&self, w: &Words<'_, '_>, start: usize, end: usize) -> Option<usize> {
        let title = (start + 1..end.saturating_sub(1)).find(|&t| w.title(t).is_some())?;
        // ("Bank of Canada Governor Tiff Macklem": a head word before "of".)
        let body_ends_as_one = w.name(title - 1).org_suffix
            || self.company_name(w, start, title)
            || self.headed_org(w, start, title);
        let name_follows = title + self.title_phrase_len(w, title, end) < end;
        (body_ends_as_one && name_follows).then_some(title)
    }

    /// "Maricopa County Sheriff Jerry Sheridan", "New York City Mayor Eric Adams", "Kempsey Shire
    /// Mayor Dean Saunders": a county, city, township or shire named right before a title, with a name after the title, is the place the role
    /// belongs to. Returns where the place ends (the title's first token).
    fn jurisdiction_before_title(&self, w: &Words<'_, '_>, start: usize, end: usize) -> Option<usize> {
        const MAX_PLACE_WORDS: usize = 4;
        let jurisdiction = |t: usize| {
            matches!(
                w.text(t),
                "County"
                    | "City"
                    | "Township"
                    | "Borough"
                    | "Parish"
                    | "Shire"
                    | "District"
                    | "Oblast"
                    | "Province"
                    | "Prefecture"
                    | "Governorate"
                    | "Municipality"
            )
        };
        let title = (start + 1..end.saturating_sub(1).min(start + MAX_PLACE_WORDS))
            .find(|&t| jurisdiction(t - 1) && !jurisdiction(t) && w.title(t).is_some())?;
        let name_follows = title + self.title_phrase_len(w, title, end) < end;
        name_follows.then_some(title)
    }

    /// A city used as a first name: "Sofia Marten", or a country or state that is a listed first
    /// name: "Jordan Whitaker", "Georgia Lane" (followed by a capitalised word that no lexicon
    /// explains).
    fn first_name_place(&self, w: &Words<'_, '_>, kind: PlaceKind, i: usize, end: usize) -> bool {
        let city = matches!(kind, PlaceKind::City | PlaceKind::Capital);
        (city || self.lexicons.first_name_gender(w.text(i)).is_some()) && unexplained_word_after(w, i, end)
    }

    /// "“It was fine,” June Abernathy said", "said May Collins": a month that is also a first name,
    /// not after a word that dates ("in June", "last May", "since April"), before a capitalised
    /// word that is nothing else known, opens a name (as [`Self::first_name_place`] for a town);
    /// so do "Will" and "May" inside a sentence ("said Will Doyle"; "Will Trump run?" asks).
    fn month_as_first_name(&self, w: &Words<'_, '_>, i: usize, end: usize) -> bool {
        // (Asked of every capitalised word of a closed class: the class is asked first.)
        if !matches!(w.class(i), Some(WordClass::Time | WordClass::Modal)) {
            return false;
        }
        let dated = i > 0
            && (matches!(w.class(i - 1), Some(WordClass::Prep | WordClass::Time))
                || ["last", "next", "early", "late", "mid", "this"]
                    .iter()
                    .any(|d| w.text(i - 1).eq_ignore_ascii_case(d)));
        let inside = i > 0
            && (w.kind(i - 1) == TokenKind::Word && !w.capitalised(i - 1)
                || matches!(w.text(i - 1), "," | "”" | "’" | "\"" | "'"));
        let class_ok = match w.class(i) {
            Some(WordClass::Time) => !dated,
            Some(WordClass::Modal) => matches!(w.text(i), "Will" | "May") && inside,
            _ => false,
        };
        class_ok
            && self.lexicons.first_name_gender(w.text(i)).is_some()
            && i + 1 < end
            && w.class(i + 1).is_none()
            && unexplained_word_after(w, i, end)
    }

    /// The end (exclusive token) of the longest listed organisation name starting at token `i`,
    /// compared case-blind (one word only when it is capitalised): a name added through the
    /// builder as "Doctors without Borders" or "doctors without borders" is found whole in
    /// "Doctors Without Borders said".
    fn listed_org_at(&self, w: &Words<'_, '_>, i: usize, limit: usize) -> Option<usize> {
        let max_words = w.org_first(i)?;
        w.with_scratch(|key| {
            let mut words = 0;
            let mut best = None;
            for j in i..limit {
                if j > i && !w.glued(j) {
                    key.push(' ');
                    words += 1;
                    if words >= max_words {
                        break;
                    }
                }
                crate::lexicon::push_lower(key, w.text(j));
                let found = self.lexicons.org_key(key);
                // One word only when written with a capital ("gazprom" added finds "Gazprom", not "house").
                let whole = words > 0 || w.capitalised(i) && !w.name(i).org;
                // (An abbreviation ends on its period: "U.N.")
                let ends = w.kind(j) == TokenKind::Word || j > i && w.text(j) == "." && w.glued(j);
                if found.name && whole && ends {
                    best = Some(j + 1);
                }
                // A longer name goes on after a space: where none does, and the next token is no
                // part of this word, no longer key can be a name.
                if !found.goes_on && (j + 1 >= limit || !w.glued(j + 1)) {
                    break;
                }
            }
            best
        })
    }

    /// "the Ministry of Housing, Communities and Local Government": after a body's head word and
    /// "of"/"for" in the chunk `start..c`, a comma at `c` that lists capitalised portfolios (common
    /// words) up to a last one after "and" goes on with the name. Returns the end of that last portfolio.
    fn org_list_end(&self, w: &Words<'_, '_>, start: usize, c: usize, limit: usize) -> Option<usize> {
        if w.text(c) != "," {
            return None;
        }
        // ("the Australian Curriculum, Assessment and Reporting Authority": with no head word
        // before the comma, two words at least, no person's, and a head word ending the list.)
        let headed = self.headed_org(w, start, c);
        // (Nor a fronted phrase: "On Monday, Colleges and Institutes Canada said".)
        // ("the Kenya Medical Practitioners, Pharmacists and Dentists Union": a country whose name
        // is a first name too opens no person's.)
        // ("the Rail, Tram and Bus Union": one word after "the" too.)
        // (Not a body's own name: "the Army, Navy and Air Force".)
        let after_the =
            start > 0 && w.text(start - 1) == "the" && !w.name(start).org_suffix && !w.name(start).org;
        let plain = (c >= start + 2 || c == start + 1 && after_the)
            && (self.lexicons.first_name_gender(w.text(start)).is_none() || w.name(start).place.is_some())
            && !(start..c).any(|t| matches!(w.class(t), Some(WordClass::Time | WordClass::Prep)));
        if !headed && !plain {
            return None;
        }
        // (Portfolios are common words: not "the Bank of England, Barclays and HSBC".)
        let caps = |mut j: usize| {
            while j < limit
                && w.capitalised(j)
                && w.kind(j) == TokenKind::Word
                && self.lexicons.is_common_word(w.text(j))
            {
                j += 1;
            }
            j
        };
        // ("the Department of Agriculture, Food and the Marine": a headed name's portfolio may
        // take "the", when no body's head word follows it: not "the Ministry of Defence, the Army
        // and the Navy".)
        let the = |j: usize| {
            usize::from(headed && j + 1 < limit && w.text(j) == "the" && !w.name(j + 1).org_suffix)
        };
        let mut j = c + 1;
        for _ in 0..MAX_LISTED_PORTFOLIOS {
            j += the(j);
            let after = caps(j);
            if after == j || after >= limit {
                return None;
            }
            match w.text(after) {
                "," => j = after + 1,
                "and" => {
                    let first = after + 1 + the(after + 1);
                    let last = caps(first);
                    // ("The Rail, Maritime and Transport union said": a body's lower-case noun
                    // after the list names what it is.)
                    let ends_on_head = w.name(last - 1).org_suffix || self.lower_body_noun(w, last, limit);
                    return (last > first && (headed || ends_on_head)).then_some(last);
                }
                _ => return None,
            }
        }
        None
    }

    /// Whether the lower-case word at `c` joins the capitalised chunk `start..c` to the capitalised
    /// words after it as one organisation name: "for", "to", "on" after an organisation's head word
    /// ("the Committee to Protect Journalists", "the Centre for Economic Policy Research"); "and"
    /// inside a name that already has one ("Department of Health and Human Services"), before
    /// words ending on a head word ("Avon and Somerset Police"), or between plural nouns before a
    /// country ("Colleges and Institutes Canada").
    fn org_connector(&self, w: &Words<'_, '_>, start: usize, c: usize, limit: usize) -> bool {
        let word = w.text(c);
        if matches!(w.class(c + 1), Some(WordClass::Time)) || self.caps_break(w, c + 1) {
            return false;
        }
        if ORG_CONNECTORS.contains(&word) {
            return (start..c).any(|i| w.name(i).org_suffix);
        }
        if word == "in" {
            return self.field_after_in(w, start, c, limit);
        }
        if !ORG_CONJUNCTIONS.contains(&word) {
            return false;
        }
        if self.headed_org(w, start, c) {
            return true;
        }
        // "Avon and Somerset Police", "West Midlands Fire and Rescue Service": the capitalised run
        // after "and" ends on a head word.
        // (Up to four words of the name before "and", past a leading "The": "The National Disaster
        // Risk Reduction and Management Council"; not a person's name: "John Smith and Edinburgh
        // City Council".)
        let run_end =
            (c + 1..limit).find(|&i| w.kind(i) != TokenKind::Word || !w.capitalised(i)).unwrap_or(limit);
        let first = if w.text(start) == "The" { start + 1 } else { start };
        // ("Bill and Melinda Gates Foundation": a first name alone stays.)
        let person = c - first > 1
            && self.lexicons.first_name_gender(w.text(first)).is_some()
            && w.name(first).place.is_none();
        self.members_of_country(w, first, run_end)
            || c - first <= 4 && !person && run_end > c + 1 && w.name(run_end - 1).org_suffix
            || c - first <= 3 && first == start && !person && self.joint_portfolio(w, first, c, run_end)
    }

    /// "WA Mines and Petroleum Minister Dale Kowalczyk", "Health and Aged Care Minister Mark
    /// Butler": ordinary words on both sides of "and" at `c`, then a title's head word and a name,
    /// make one office's portfolio (not after a first name or a listed body; the caller asks for
    /// no leading "The": "The Greens and Health Minister Mark Butler").
    fn joint_portfolio(&self, w: &Words<'_, '_>, first: usize, c: usize, run_end: usize) -> bool {
        // (A portfolio word may be a title's modifier itself: "Health".)
        let portfolio = |j: usize| {
            (self.lexicons.is_common_word(&w.text(j).to_lowercase())
                || is_acronym(w.text(j))
                || w.title(j).is_some())
                && !w.name(j).org
                && !w.name(j).outlet
                && self.lexicons.first_name_gender(w.text(j)).is_none()
                && !matches!(w.title(j), Some((TitleClass::Head, _)))
        };
        let Some(t) =
            (c + 1..run_end).find(|&t| w.title(t).is_some_and(|(class, _)| class == TitleClass::Head))
        else {
            return false;
        };
        t > c + 1 && t + 2 <= run_end && (first..c).all(portfolio) && (c + 1..t).all(portfolio)
    }

    /// "Colleges and Institutes Canada", "Farmers and Ranchers Canada": two plural nouns of
    /// members joined by "and", then the country they serve, make `start..end` a body's name.
    fn members_of_country(&self, w: &Words<'_, '_>, start: usize, end: usize) -> bool {
        let plural = |i: usize| {
            let t = w.text(i);
            t.len() > 3 && t.ends_with('s') && self.lexicons.is_common_word(&t.to_lowercase())
        };
        end == start + 4
            && w.text(start + 1) == "and"
            && plural(start)
            && plural(start + 2)
            && w.name(start + 3).place == Some(PlaceKind::Country)
    }

    /// "the Committee on Standards in Public Life", "the Centre for Research in Public Health":
    /// "in" at `c` goes on with a body's name that has a connector already, before two capitalised
    /// words or more that open on an ordinary word and name no place ("the Centre for Policy
    /// Studies in North Yorkshire" ends before "in").
    fn field_after_in(&self, w: &Words<'_, '_>, start: usize, c: usize, limit: usize) -> bool {
        let run_end =
            (c + 1..limit).find(|&i| w.kind(i) != TokenKind::Word || !w.capitalised(i)).unwrap_or(limit);
        // (Words that open places' names as often as fields': "in Lower Hutt", "in New Plymouth".)
        const PLACE_OPENERS: &[&str] =
            &["North", "South", "East", "West", "Upper", "Lower", "New", "Greater", "Great", "Little", "Old"];
        let text = w.doc.text();
        let first = w.text(c + 1);
        self.headed_org(w, start, c)
            && run_end > c + 2
            && !PLACE_OPENERS.contains(&first)
            && self.lexicons.is_common_word(&first.to_lowercase())
            && w.name(c + 1).place.is_none()
            && !w.name(c + 1).place_head
            && self.lexicons.place(w.span(c + 1, run_end).as_str(text)).is_none()
            && !PLACE_HEADS.contains(&w.text(run_end - 1))
    }

    /// Whether the chunk `start..end` holds an organisation's head word followed by a lower-case
    /// connector: "Bureau of Meteorology", "Ministry of External Affairs", "Committee to Protect
    /// Journalists".
    fn headed_org(&self, w: &Words<'_, '_>, start: usize, end: usize) -> bool {
        let joins = |s: &str| s == "of" || ORG_CONNECTORS.contains(&s) || ORG_CONJUNCTIONS.contains(&s);
        (start + 1..end).any(|i| joins(w.text(i)) && (start..i).any(|h| w.name(h).org_suffix))
    }

    /// "Bank Negara Malaysia said", "Police Scotland said": a chunk of two words or more opening on
    /// a body's head word, with no title and no first name after it, is that body's name (not a
    /// place: "United Kingdom", "Church Street").
    fn head_first(&self, w: &Words<'_, '_>, start: usize, end: usize) -> bool {
        end - start > 1
            && w.name(start).org_suffix
            && (start + 1..end).all(|i| w.capitalised(i) && w.title(i).is_none())
            && self.lexicons.first_name_gender(w.text(start + 1)).is_none()
            && self.lexicons.place(w.span(start, end).as_str(w.doc.text())).is_none()
            && !STREET_WORDS.contains(&w.text(end - 1))
    }

    /// Whether the chunk `start..end` is a company's name: words joined by "&", or capitalised
    /// words ending on a trade word, the first no first name ("Brightline Chemical said",
    /// "Velantis Pharma said", "Nova Scotia Health said"; not "Michael Steel said", nor "Shares of
    /// Orbis Foods", where the name starts after "of").
    fn company_name(&self, w: &Words<'_, '_>, start: usize, end: usize) -> bool {
        // ("AT&T", "Procter & Gamble": an ampersand joins a firm's names.)
        if (start + 1..end.saturating_sub(1)).any(|i| w.text(i) == "&") {
            return true;
        }
        end - start > 1
            && w.name(end - 1).company_suffix
            && (self.lexicons.first_name_gender(w.text(start)).is_none()
                || w.name(start).place.is_some()
                || self.multiword_place(w, start, end).is_some())
            && (start..end).all(|i| w.capitalised(i))
    }

    /// Where the person's name starts in a chunk `start..end` that follows a title and "for"/"of":
    /// at the first known first name after the portfolio ("Minister for Emergency Management Tara
    /// Quinlan"), at least two words before the end.
    fn name_after_portfolio(&self, w: &Words<'_, '_>, start: usize, end: usize) -> Option<usize> {
        if !after_office(w, start) {
            return None;
        }
        // ("Minister of State for Home Shri Rajendra Kushwaha": a title after the portfolio.)
        let titled = (start + 1..end.saturating_sub(1))
            .find(|&j| w.title(j).is_some_and(|(c, _)| c == TitleClass::Head))
            .map(|j| j + self.title_phrase_len(w, j, end))
            .filter(|&j| j < end);
        let known = || {
            (start + 1..end.saturating_sub(1)).find(|&j| self.lexicons.first_name_gender(w.text(j)).is_some())
        };
        // ("Superintendent of Police Rakesh Kumar": a first name the lexicon lacks. Two last words
        // that are no common words, after a portfolio, are the name; a word's hyphenated syllables
        // go with it: "Secretary for Transport and Logistics Lam Siu-fung".)
        let plain_name = |j: usize| {
            w.kind(j) == TokenKind::Word
                && !self.lexicons.is_common_word(w.text(j))
                && !w.name(j).org_suffix
                // ("the head of Transport Infrastructure Ireland": a country ends no name.)
                && w.name(j).place != Some(PlaceKind::Country)
        };
        let word_start = |e: usize| {
            let mut j = e - 1;
            while j >= start + 2 && w.text(j - 1) == "-" && w.glued(j) && w.glued(j - 1) {
                j -= 2;
            }
            j
        };
        let last = word_start(end);
        let first = if last > start + 1 { word_start(last) } else { start };
        let pair = (first > start && plain_name(first) && plain_name(last)).then_some(first);
        // (A hyphenated given name comes after the family name: "Lam Siu-fung", whose "Siu" is
        // also a first name of the census list.)
        // ("Secretary for Labour and Welfare Christopher Leung Wai-kit": an English given name
        // before them, no common word, opens the name.)
        let given = |f: usize| {
            f > start + 1
                && self.lexicons.first_name_gender(w.text(f - 1)).is_some()
                && !self.lexicons.is_common_word(w.text(f - 1))
                && w.title(f - 1).is_none()
        };
        // (Not an Arabic surname's article: "Adnan Kareem al-Jubouri".)
        let syllables = last + 1 < end && !ARABIC_ARTICLES.contains(&w.text(last));
        let romanised = pair.filter(|_| syllables).map(|f| if given(f) { f - 1 } else { f });
        titled.or(romanised).or_else(|| self.name_after_common_words(w, start, end)).or_else(known).or(pair)
    }

    /// "Minister for Health Ong Ye Kung", "Minister for Social and Family Development Tan Wei
    /// Ling": a portfolio is made of ordinary words (and acronyms, places, "and"); the first word
    /// after `start` that is none of them opens the name, when two words or more are left for it.
    fn name_after_common_words(&self, w: &Words<'_, '_>, start: usize, end: usize) -> Option<usize> {
        let portfolio = |j: usize| {
            w.kind(j) == TokenKind::Word
                && (self.lexicons.is_common_word(w.text(j))
                    || is_acronym(w.text(j))
                    || w.name(j).place.is_some()
                    || w.title(j).is_some())
                && !initial_letter(w, j, end)
        };
        let name = (start + 1..end).find(|&j| !portfolio(j))?;
        let words = (name..end).filter(|&j| w.kind(j) == TokenKind::Word && w.text(j) != "-").count();
        let plain = (name..end).all(|j| {
            w.kind(j) == TokenKind::Word && w.capitalised(j) && !w.name(j).org_suffix
                || w.text(j) == "-" && w.glued(j)
                || w.text(j) == "." && w.glued(j) && w.text(j - 1).chars().count() == 1
                || j > name && w.text(j - 1) == "-" && w.glued(j)
                // ("Minister of Water Resources Adnan Kareem al-Jubouri": the Arabic article.)
                || j > name && ARABIC_ARTICLES.contains(&w.text(j)) && j + 1 < end && w.text(j + 1) == "-"
        });
        (words >= 2 && plain && self.lexicons.first_name_gender(w.text(name - 1)).is_none()).then_some(name)
    }

    /// Whether the title at `t` opens an organisation's name rather than a person's: no first name
    /// follows it and the chunk ends on a head word ("The Premier Hockey League said"; not "Mayor
    /// Don Guardian", "Premier Kate Ellery").
    fn title_opens_org(&self, w: &Words<'_, '_>, t: usize, end: usize) -> bool {
        w.name(end - 1).org_suffix
            && (t + 1..end).all(|i| self.lexicons.first_name_gender(w.text(i)).is_none())
    }

    /// In text set in capitals, function words and cue verbs still end a name ("SMITH SAID"), unless
    /// a lexicon knows the word ("the US Geological Survey"); and "According" never joins one.
    fn caps_break(&self, w: &Words<'_, '_>, i: usize) -> bool {
        let word = w.text(i);
        // "According" (to) opens a cue, never a name, in any case.
        let according = word.eq_ignore_ascii_case("according");
        // (Most words have a small second letter: not set in capitals.)
        if word.as_bytes().get(1).is_some_and(u8::is_ascii_lowercase) {
            return according;
        }
        // ("Kestrel Copper H1 profit falls 18%": a half, a quarter or a fiscal year, no name's.)
        let period = matches!(word.as_bytes(), [b'H' | b'Q', b'1'..=b'4'])
            || word.len() <= 6 && word.starts_with("FY") && word[2..].bytes().all(|b| b.is_ascii_digit());
        according
            || period
            || word.len() > 1
                && !word.chars().any(char::is_lowercase)
                && !w.name(i).known()
                && !before_ampersand(w, i)
                && (w.lower_class(i).is_some() || w.cue(i))
    }

    /// In a headline set in title case, a capitalised function word or reporting verb inside a run
    /// of capitals ends a name: "Biden Aims Insult At Trump", "Chuck Grassley Compares Trump",
    /// "Kaine Growls In Response To Trump". Not "Of" ("Bank Of England"), nor modals and adverbs,
    /// which are surnames too ("Theresa May", "Huey Long").
    fn title_case_break(&self, w: &Words<'_, '_>, i: usize) -> bool {
        // ("James A. Lewis": a middle initial, not the article.)
        if w.text(i) == "Of" || initial_letter(w, i, w.doc.tokens().len()) {
            return false;
        }
        let function_word = matches!(
            w.lower_class(i),
            Some(
                WordClass::Prep
                    | WordClass::Det
                    | WordClass::Conj
                    | WordClass::Subord
                    | WordClass::Aux
                    | WordClass::Neg
            )
        );
        function_word || self.title_case_verb(w, i)
    }

    /// A capitalised reporting verb in a title-case headline ("Compares", "Slams", "Warned").
    fn title_case_verb(&self, w: &Words<'_, '_>, i: usize) -> bool {
        if !w.capitalised(i) {
            return false;
        }
        let word = w.text(i);
        word.len() > 4 && (word.ends_with('s') || word.ends_with("ed")) && w.cue(i)
    }

    /// Length in tokens of a multi-word place starting at `i` ("United States", "New York City").
    fn multiword_place(&self, w: &Words<'_, '_>, i: usize, end: usize) -> Option<usize> {
        self.listed_place_run(w, i, end, 4, |k| k != PlaceKind::Demonym)
    }

    /// "South Korean Unification Minister Ryu Seong-ho": a demonym of two or three words opening
    /// `i..end` (its length), peeled off a name like a one-word one.
    fn multiword_demonym(&self, w: &Words<'_, '_>, i: usize, end: usize) -> Option<usize> {
        self.listed_place_run(w, i, end, 3, |k| k == PlaceKind::Demonym)
    }

    /// The longest run of two to `longest` tokens from `i` (within `end`) that the lexicon lists as
    /// a place of a kind `fits` admits.
    fn listed_place_run(
        &self,
        w: &Words<'_, '_>,
        i: usize,
        end: usize,
        longest: usize,
        fits: impl Fn(PlaceKind) -> bool,
    ) -> Option<usize> {
        if !w.name(i).place_head {
            return None;
        }
        let text = w.doc.text();
        (2..=longest)
            .rev()
            .find(|&n| i + n <= end && self.lexicons.place(w.span(i, i + n).as_str(text)).is_some_and(&fits))
    }

    /// "Southern California Edison": a place (`start..i`, all places) and one word after it (`i`)
    /// that is no title, place or acronym name a company or body, not a person from the place
    /// (nobody writes "Texas Ted").
    fn place_then_name(&self, w: &Words<'_, '_>, start: usize, i: usize) -> bool {
        if i <= start {
            return false;
        }
        let text = w.doc.text();
        let place =
            self.lexicons.place(w.span(start, i).as_str(text)).is_some_and(|k| k != PlaceKind::Demonym)
                || (start..i).all(|t| w.name(t).place.is_some_and(|k| k != PlaceKind::Demonym));
        place
            && w.kind(i) == TokenKind::Word
            && w.title(i).is_none()
            && w.name(i).place.is_none()
            && !w.name(i).known()
            && !is_acronym(w.text(i))
    }

    /// Length in tokens of the longest title phrase starting at `i` ("Deputy Foreign Minister").
    fn title_phrase_len(&self, w: &Words<'_, '_>, i: usize, end: usize) -> usize {
        if !w.may_start_title(i) {
            return usize::from(w.title(i).is_some());
        }
        let text = w.doc.text();
        for n in (2..=4).rev() {
            if i + n > end {
                continue;
            }
            if self.lexicons.title(w.span(i, i + n).as_str(text)).is_some() {
                return n;
            }
        }
        usize::from(w.title(i).is_some())
    }
}

/// "Cancer Research UK said", "Amazon UK said": capitalised words before a country's letters
/// name a body's national arm.
/// "Transport Infrastructure Ireland", "Sport England": so do capitalised common nouns (no
/// sentence opener: "Meanwhile Ireland said") before a country's name.
fn national_arm(w: &Words<'_, '_>, start: usize, end: usize) -> bool {
    // ("Cricket South Africa", "Rugby New Zealand": a country's name of two or three words.)
    let text = w.doc.text();
    let country = if w.name(end - 1).place == Some(PlaceKind::Country) {
        Some(end - 1)
    } else if end >= start + 3 {
        (end.saturating_sub(3).max(start + 1)..end - 1)
            .find(|&s| w.lex.place(w.span(s, end).as_str(text)) == Some(PlaceKind::Country))
    } else {
        None
    };
    let before_country = || {
        let Some(country) = country else { return false };
        country > start
            && !crate::lexicon::is_sentence_opener(&w.text(start).to_lowercase())
            && (start..country).all(|t| {
                w.kind(t) == TokenKind::Word
                    && w.class(t).is_none()
                    && w.title(t).is_none_or(|(c, _)| c == TitleClass::Modifier)
                    && w.name(t).place.is_none()
                    && w.lex.is_common_word(w.text(t))
                    && w.lex.first_name_gender(w.text(t)).is_none()
            })
    };
    let first = country.unwrap_or(end - 1);
    first > start
        && w.kind(first - 1) == TokenKind::Word
        && w.name(first - 1).place.is_none()
        && (matches!(w.text(end - 1), "UK" | "US" | "USA") || before_country())
}

/// Where a chunk ending at `end` ends without its trailing connectors and punctuation, not before
/// `floor`: they never end a name, but for the parenthesis closing a party's letter ("JD(S)").
fn without_trailing_marks(w: &Words<'_, '_>, floor: usize, mut end: usize) -> usize {
    let lettered_end = |e: usize| {
        e >= floor + 3 && w.text(e - 3) == "(" && w.glued(e - 3) && lettered_parenthesis(w, e - 3, e)
    };
    while end > floor && w.kind(end - 1) != TokenKind::Word && !lettered_end(end) {
        end -= 1;
    }
    end
}

/// "JD(S) state president TN Chennakeshava", "JD(U)": a party's letter or two in parentheses at
/// `open`, glued to its name.
fn lettered_parenthesis(w: &Words<'_, '_>, open: usize, limit: usize) -> bool {
    open + 2 < limit
        && w.glued(open + 1)
        && w.glued(open + 2)
        && w.text(open + 2) == ")"
        && (1..=3).contains(&w.text(open + 1).len())
        && w.text(open + 1).bytes().all(|b| b.is_ascii_uppercase())
}

/// "Sen. Alfredo “Fred” Buenaflor": a nickname in quotation marks at `end`, between the first name
/// (after titles only: not "Marine John “Tig” Tiegen", whose "Marine" would be taken for a woman's
/// first name) and the surname.
fn nickname_at(w: &Words<'_, '_>, start: usize, end: usize, limit: usize) -> bool {
    let s = w.text(end);
    matches!(s, "“" | "\"" | "‘")
        && !w.glued(end)
        && end + 3 < limit
        && w.glued(end + 1)
        && w.capitalised(end + 1)
        && matches!(w.text(end + 2), "”" | "\"" | "’")
        && w.glued(end + 2)
        && w.capitalised(end + 3)
        && !w.glued(end + 3)
        && w.kind(end - 1) == TokenKind::Word
        && w.capitalised(end - 1)
        && (start..end - 1).all(|t| w.title(t).is_some() || w.text(t) == ".")
}

/// "P.J. van Wyk", "J. de la Cruz": a particle or two and a capitalised word after the token at
/// `end` (an initial's period).
fn particle_after(w: &Words<'_, '_>, end: usize, limit: usize) -> bool {
    let particle = |t: usize| t < limit && w.text(t) != "of" && CONNECTORS.contains(&w.text(t));
    particle(end + 1)
        && (end + 2 < limit && w.capitalised(end + 2)
            || particle(end + 2) && end + 3 < limit && w.capitalised(end + 3))
}

/// Where a name goes on over a linking syllable at `end`: four tokens for a Persian or Urdu
/// linking syllable between hyphens ("Tehreek-e-Insaf", "Jaish-e-Mohammed", "Mazar-i-Sharif"),
/// three for a lower-case Arabic article glued by a hyphen to the surname ("Ahmed al-Qudsi",
/// "Abdel Fattah el-Sisi").
fn linked_syllable(w: &Words<'_, '_>, end: usize, limit: usize) -> Option<usize> {
    let s = w.text(end);
    let glued = w.glued(end);
    let izafat = s == "-"
        && glued
        && end + 3 < limit
        && IZAFAT.contains(&w.text(end + 1))
        && (end + 1..=end + 3).all(|t| w.glued(t))
        && w.text(end + 2) == "-"
        && w.capitalised(end + 3);
    let article = !glued
        && ARABIC_ARTICLES.contains(&s)
        && end + 2 < limit
        && w.text(end + 1) == "-"
        && w.glued(end + 1)
        && w.glued(end + 2)
        && w.capitalised(end + 2);
    if izafat {
        Some(end + 4)
    } else if article {
        Some(end + 3)
    } else {
        None
    }
}

/// "Alzheimer's Research UK": whether the capitalised words from `from` (three at most) end on a
/// country's letters, a body's national arm that a possessive opens.
/// "of the Alzheimer's Research Foundation", "the Children's Heart Unit": after "the", a
/// possessive name with up to three capitalised words after its "'s" that end on a body's head
/// word is one body's name ("Trump's Justice Department", with no "the", is the department).
fn body_after(w: &Words<'_, '_>, from: usize, limit: usize) -> bool {
    capitalised_run_end(w, from, limit).is_some_and(|last| w.name(last).org_suffix)
}

/// The last of up to three capitalised words from `from` (before `limit`), if `from` is one.
fn capitalised_run_end(w: &Words<'_, '_>, from: usize, limit: usize) -> Option<usize> {
    (from..limit.min(from + 3)).take_while(|&i| w.kind(i) == TokenKind::Word && w.capitalised(i)).last()
}

/// Whether "the" (or "The") is the token before `start`.
fn the_before(w: &Words<'_, '_>, start: usize) -> bool {
    start > 0 && matches!(w.text(start - 1), "the" | "The")
}

/// Whether up to three capitalised words from `from` name a body's national arm ("Cancer
/// Research UK", "Sport England"; read after a possessive "'s").
fn arm_after(w: &Words<'_, '_>, from: usize, limit: usize) -> bool {
    capitalised_run_end(w, from, limit).is_some_and(|last| last > from && national_arm(w, from, last + 1))
}

/// Whether a word follows token `i` (before `end`) that no lexicon explains: no title, place,
/// outlet or organisation, nor a word ending one (a surname after a first name).
fn unexplained_word_after(w: &Words<'_, '_>, i: usize, end: usize) -> bool {
    if i + 1 >= end {
        return false;
    }
    let next = w.name(i + 1);
    w.kind(i + 1) == TokenKind::Word
        && w.title(i + 1).is_none()
        && !next.known()
        && !next.org_suffix
        && !next.outlet_suffix
}

/// "Declan Whelan TD said", "Jane Roe OBE": letters after a person's name of two words or more
/// are no part of it (`found`: the entities of a chunk that ends on such letters).
fn drop_post_nominals(w: &Words<'_, '_>, found: &mut [Entity]) {
    for e in found.iter_mut().filter(|e| e.label == EntityLabel::Person) {
        let (a, mut b) = (w.doc.token_index_at(e.span.start), w.doc.token_index_at(e.span.end));
        while b >= a + 3 && crate::lexicon::is_post_nominal(w.text(b - 1)) && !w.glued(b - 1) {
            b -= 1;
        }
        e.span.end = w.doc.tokens()[b - 1].span.end;
    }
}

/// Whether `word` is a courtesy title written with its capital ("Mr", "Mrs", "Ms", "Miss", "Mx",
/// `super::is_courtesy_title`) or "Dr", which a surname follows as well.
fn courtesy_before_surname(word: &str) -> bool {
    let title_case = word.starts_with(char::is_uppercase) && word.chars().skip(1).all(char::is_lowercase);
    word == "Dr" || title_case && super::is_courtesy_title(&word.to_ascii_lowercase())
}

/// "Mr Sheikh", "Ms. Bishop": where the chunk `start..end` ends on a capitalised title word after
/// courtesy titles only, that last word (the surname).
fn surname_after_courtesy(w: &Words<'_, '_>, start: usize, end: usize) -> Option<usize> {
    let last = end.checked_sub(1)?;
    let courtesy = |t: usize| courtesy_before_surname(w.text(t)) || w.text(t) == "." && t > start;
    // ("Mr. King": the stop ends the chunk before the surname.)
    let stopped =
        last == start && start >= 2 && w.text(start - 1) == "." && courtesy_before_surname(w.text(start - 2));
    (w.kind(last) == TokenKind::Word
        && w.capitalised(last)
        && w.title(last).is_some()
        && (last > start && (start..last).all(courtesy) || stopped))
        .then_some(last)
}

/// Nouns of one who speaks for a portfolio ("spokeswoman for Indigenous Australians").
const SPOKESPEOPLE: &[&str] = &["spokesman", "spokeswoman", "spokesperson"];

/// Whether the chunk at `start` follows a capitalised title and "for" or "of" ("Minister for …",
/// not "director of CREDO Action").
fn after_office(w: &Words<'_, '_>, start: usize) -> bool {
    let mut t = start;
    // ("Secretary for Transport and Logistics Lam Siu-fung": back over the portfolio's first part;
    // "Minister of Housing, Infrastructure and Communities Anjali Sethi-Roy": its list.)
    if t >= 4 && w.text(t - 1) == "and" && w.capitalised(t - 2) {
        t -= 2;
        let listed = |t: usize| {
            w.capitalised(t - 1) && w.title(t - 1).is_none_or(|(c, _)| c != TitleClass::Head)
                || w.text(t - 1) == ","
        };
        while t >= 3 && listed(t) && t + 9 > start {
            t -= 1;
        }
    }
    // ("Chancellor of the Exchequer Rachel Reeves": "the" after "of".)
    if t >= 3 && w.text(t - 1) == "the" {
        t -= 1;
    }
    // ("Minister of State with responsibility for Small Business Niamh Carrigan".)
    // ("Opposition spokeswoman for Indigenous Australians Narelle Cooper-Briggs": a spokesperson's
    // portfolio after "for", in lower case too.)
    // (Not a body after "the": "a spokesperson for the Harmon County Prosecutor's Office".)
    let spokesperson =
        t == start && t >= 2 && w.text(t - 1) == "for" && SPOKESPEOPLE.contains(&w.text(t - 2));
    let head = |t: usize| w.capitalised(t) && w.title(t).is_some_and(|(c, _)| c == TitleClass::Head);
    // ("Minister of State for Home Affairs Jane Roe": a junior minister's office.)
    let of_state = t >= 4 && w.text(t - 2) == "State" && w.text(t - 3) == "of" && head(t - 4);
    t >= 2
        && matches!(w.text(t - 1), "for" | "of")
        && (head(t - 2) || w.text(t - 2) == "responsibility" || spokesperson || of_state)
}

/// "told Morning Report the …", "on Weekend Edition", "the Evening Standard": a part of the day,
/// capitalised inside a sentence, before a capitalised word of no closed class, opens the name of a
/// programme or a paper.
fn programme_name(w: &Words<'_, '_>, i: usize, end: usize) -> bool {
    let part_of_day = ["Morning", "Evening", "Afternoon", "Night", "Weekend"].contains(&w.text(i));
    part_of_day
        && i > 0
        && w.kind(i - 1) == TokenKind::Word
        && !w.capitalised(i - 1)
        && i + 1 < end
        && w.class(i + 1).is_none()
}

/// Whether token `t` is a letter with its stop glued after it, before `bound` ("A." of "A.K.
/// Menon", "James A. Lewis"): an initial, not the article "A".
fn initial_letter(w: &Words<'_, '_>, t: usize, bound: usize) -> bool {
    t + 1 < bound && w.text(t).len() == 1 && w.text(t + 1) == "." && w.glued(t + 1)
}

/// Whether token `t`, glued after an apostrophe inside a capitalised word, is a lower-case syllable
/// of the name ("Ndung'u"), not the "s" of a possessive nor the end of a contraction ("n't",
/// "'ll"), and ends the word or meets another apostrophe ("Ng'ang'a").
fn inner_syllable(w: &Words<'_, '_>, t: usize) -> bool {
    let s = w.text(t);
    let ends = t + 1 >= w.doc.tokens().len() || !w.glued(t + 1) || matches!(w.text(t + 1), "'" | "’");
    w.kind(t) == TokenKind::Word
        && s.chars().next().is_some_and(char::is_lowercase)
        && !matches!(s, "s" | "t" | "ll" | "re" | "ve" | "d" | "m")
        && ends
}

/// Whether a glued "&" follows token `i`: "AT&T" names a company, and its "AT" is no "at".
fn before_ampersand(w: &Words<'_, '_>, i: usize) -> bool {
    i + 1 < w.doc.tokens().len() && w.glued(i + 1) && w.text(i + 1) == "&"
}

/// Endings of a web address written as a name ("Layoffs.fyi", "Booking.com").
const WEB_ENDINGS: [&str; 10] = ["com", "org", "net", "io", "ai", "fyi", "co", "gov", "edu", "news"];

/// Where the capitalised chunk ending at token `end` goes on as a web address: a glued stop and
/// a listed lower-case ending glued to it, with no word glued after that ("Layoffs.fyi"; not
/// "Layoffs.fyi.com" read short, nor "said.The").
fn web_address_end(w: &Words<'_, '_>, end: usize, limit: usize) -> Option<usize> {
    let address = end + 1 < limit
        && w.text(end) == "."
        && w.glued(end)
        && w.glued(end + 1)
        && WEB_ENDINGS.contains(&w.text(end + 1))
        && !(end + 2 < limit && w.glued(end + 2) && w.kind(end + 2) == TokenKind::Word);
    address.then_some(end + 2)
}

/// Whether token `i` opens a quotation or follows a colon/dash at the start of a clause, where
/// capitals are not evidence of a name.
fn after_quote(doc: &Document<'_>, i: usize, first: usize) -> bool {
    // ("SINGAPORE (Reuters) - Palm oil prices fell": a hyphen set off by spaces is a dash.)
    let spaced_hyphen =
        |d: usize| doc.token_text(d) == "-" && d > 0 && !doc.touches(d - 1, d) && !doc.touches(d, d + 1);
    i > first
        && (matches!(doc.token_text(i - 1), "“" | "\"" | "‘" | "'" | "(" | ":" | "—" | "–")
            || spaced_hyphen(i - 1))
}

/// "the ruling Rashtriya Pragati Dal (RPD)": a name of two words or more followed by its initials
/// in parentheses is a body's, whatever its words (people are not introduced by their initials).
fn bodies_by_initials(doc: &Document<'_>, ents: &mut [Entity]) {
    let text = doc.text();
    for e in ents.iter_mut().filter(|e| e.label == EntityLabel::Person) {
        let t = doc.token_index_at(e.span.end);
        if doc.token_text(t) != "(" || doc.token_text(t + 2) != ")" {
            continue;
        }
        let written = doc.token_text(t + 1);
        let words = capitalised_words(e.span.as_str(text));
        if words.len() >= 2 && written.len() == words.len() && initials(&words) == written {
            e.label = EntityLabel::Organization;
        }
    }
}

/// "Asked whether Baghdad would compensate, al-Kubaisi said …": a name opening on a lower-case
/// Arabic article glued by a hyphen (which `linked_syllable` joins only after a first name) starts
/// at the article.
fn with_glued_articles(doc: &Document<'_>, ents: &mut [Entity]) {
    let tokens = doc.tokens();
    for e in ents.iter_mut() {
        let t = doc.token_index_at(e.span.start);
        if t < 2 || doc.token_text(t - 1) != "-" || !doc.touches(t - 2, t - 1) || !doc.touches(t - 1, t) {
            continue;
        }
        let article = ARABIC_ARTICLES.contains(&doc.token_text(t - 2));
        if article && !(t >= 3 && doc.touches(t - 3, t - 2)) {
            e.span = crate::Span::new(tokens[t - 2].span.start, e.span.end);
        }
    }
}

/// "Asked about the sale, van der Merwe said …", "…, de Klerk said": a person's name opening on
/// its lower-case particles (which a chunk joins only after a capitalised word) starts at the
/// first of them; not after an article or a possessive ("a van Brown had rented"). ("Pieter du
/// Randt said …": a sentence's first word before them, no common word, is the given name.)
fn with_leading_particles(doc: &Document<'_>, lexicons: &Lexicons, ents: &mut [Entity]) {
    const MAX_PARTICLES: usize = 2;
    let tokens = doc.tokens();
    let particle = |t: usize| {
        let w = doc.token_text(t);
        w != "of" && w != "ten" && CONNECTORS.contains(&w) && !doc.touches(t, t + 1)
    };
    for e in ents.iter_mut().filter(|e| e.label == EntityLabel::Person) {
        let t = doc.token_index_at(e.span.start);
        let first = (t.saturating_sub(MAX_PARTICLES)..t).rev().take_while(|&u| particle(u)).last();
        let Some(first) = first else { continue };
        let before = (first > 0).then(|| doc.token_text(first - 1).to_lowercase());
        let determiner = before.as_deref().is_some_and(|b| {
            matches!(
                b,
                "a" | "an"
                    | "the"
                    | "his"
                    | "her"
                    | "their"
                    | "its"
                    | "our"
                    | "my"
                    | "your"
                    | "this"
                    | "that"
            )
        });
        if determiner {
            continue;
        }
        let given = first.checked_sub(1).filter(|&g| {
            let w = doc.token_text(g);
            tokens[g].kind == TokenKind::Word
                && w.starts_with(char::is_uppercase)
                && !lexicons.is_common_word(&w.to_lowercase())
                && (g == 0 || tokens[g - 1].kind != TokenKind::Word)
        });
        e.span = crate::Span::new(tokens[given.unwrap_or(first)].span.start, e.span.end);
    }
}

/// A lone capitalised word that repeats the last word of a longer person name is that person —
/// also when it opened a sentence and looked like an ordinary word ("Trump said", "Macron said").
fn promote_surnames(doc: &Document<'_>, ents: &mut Vec<Entity>, dropped: &[usize]) {
    let text = doc.text();
    let surnames = super::surnames(text, ents);
    if surnames.is_empty() {
        return;
    }
    for e in ents.iter_mut() {
        let s = e.span.as_str(text);
        if !s.contains(' ') && e.label != EntityLabel::Location && surnames.binary_search(&s).is_ok() {
            e.label = EntityLabel::Person;
            e.score = e.score.max(0.85);
        }
    }
    let before = ents.len();
    for &t in dropped {
        if surnames.binary_search(&doc.token_text(t)).is_ok() {
            ents.push(Entity { span: doc.tokens()[t].span, label: EntityLabel::Person, score: 0.8 });
        }
    }
    if ents.len() > before {
        ents.sort_by_key(|e| e.span.start);
    }
}

/// "Retrenchments fell in the third quarter": a plural of an abstract noun ("-ments", "-tions",
/// "-ities", "-nesses") that the common-word list lacks is no name either (no name ends so).
fn abstract_plural(word: &str) -> bool {
    const ENDINGS: &[&str] = &["ments", "tions", "sions", "ities", "nesses", "isms"];
    word.len() > 7 && ENDINGS.iter().any(|e| word.ends_with(e))
}

/// "Carmaker Toyota said", "Shipbuilder Harland said", "Ornithologist Kai Brennan said": a maker,
/// a builder or a scientist of a field opening a sentence describes the one named after it (the
/// common-word list lacks most such compounds).
fn trade_noun(word: &str) -> bool {
    word.len() > 7 && (word.ends_with("maker") || word.ends_with("builder") || word.ends_with("ologist"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entities(text: &str) -> Vec<(String, EntityLabel)> {
        let doc = Document::new(text);
        let ents = EmbeddedRecognizer::default().recognize(&doc, &[0]).unwrap_or_default();
        ents.iter().map(|e| (e.span.as_str(text).to_string(), e.label)).collect()
    }

    fn org(name: &str) -> (String, EntityLabel) {
        (name.to_string(), EntityLabel::Organization)
    }

    fn person(name: &str) -> (String, EntityLabel) {
        (name.to_string(), EntityLabel::Person)
    }

    /// The people the recognizer finds in `text`.
    fn people(text: &str) -> Vec<String> {
        entities(text).into_iter().filter(|e| e.1 == EntityLabel::Person).map(|e| e.0).collect()
    }

    #[test]
    fn an_elementary_school_is_a_body() {
        // "Keisha Rowland, whose two children attend Sycamore Elementary, one of the schools slated
        // to close, said …": the school had been a person, and spoke.
        let got = entities("Later, Keisha Rowland, whose children attend Sycamore Elementary, said it.");
        assert_eq!(got.last(), Some(&org("Sycamore Elementary")));
    }

    #[test]
    fn a_shipping_line_is_a_company() {
        // "Norvalis Line will withdraw two of its Asia-North Europe loops …, the carrier said":
        // "Line" ends a company's name (data/organizations.tsv).
        assert_eq!(entities("Later, Norvalis Line will withdraw two loops."), [org("Norvalis Line")]);
    }

    #[test]
    fn a_title_word_after_a_courtesy_title_is_a_surname() {
        // "Mr Sheikh fears that a tax …", "Mr. Prince said": the word that is a title alone
        // ("sheikh", "prince") is the surname after "Mr" (nothing was left of the name).
        assert_eq!(people("Later, Mr Sheikh said it."), ["Sheikh"]);
        assert_eq!(people("Later, Mr. Prince said it."), ["Prince"]);
        assert_eq!(people("Later, Ms Bishop said it."), ["Bishop"]);
        assert!(people("Later, the King said it.").is_empty());
    }

    #[test]
    fn a_portfolio_whose_word_names_companies() {
        // "Iraq's Minister of Water Resources Adnan Kareem al-Jubouri": "Water" ends companies'
        // names ("Thames Water") and modifies titles, and "of" before it is no one-word body; the
        // name after the portfolio keeps its Arabic article, which no hyphenated given name is.
        let got = entities("Later, Iraq's Minister of Water Resources Adnan Kareem al-Jubouri said it.");
        assert_eq!(got.last(), Some(&person("Adnan Kareem al-Jubouri")));
        assert!(!got.iter().any(|e| e.0 == "of"));
        let got = entities("Later, Minister of Water Resources Tara Quinlan said it.");
        assert_eq!(got, [person("Tara Quinlan")]);
    }

    #[test]
    fn parties_of_a_country_and_linked_names() {
        // "the Democratic Party of Korea": a listed body, then "of" and a place, is one body.
        assert_eq!(entities("The Democratic Party of Korea said so."), [org("Democratic Party of Korea")]);
        // "Pakistan Tehreek-e-Insaf", "Jaish-e-Mohammed": Persian or Urdu linked names, whole.
        assert_eq!(entities("Pakistan Tehreek-e-Insaf said so."), [org("Pakistan Tehreek-e-Insaf")]);
        assert_eq!(entities("Later Jaish-e-Mohammed said so."), [org("Jaish-e-Mohammed")]);
    }

    #[test]
    fn a_unions_list_of_occupations_and_a_national_society() {
        // "the Kenya Medical Practitioners, Pharmacists and Dentists Union": a country that is a
        // first name too opens a union's list of occupations; "The American Red Cross": listed whole.
        let text = "Doctors struck, the Kenya Medical Practitioners, Pharmacists and Dentists Union said.";
        assert_eq!(entities(text), [org("Kenya Medical Practitioners, Pharmacists and Dentists Union")]);
        assert_eq!(entities("The American Red Cross said it."), [org("American Red Cross")]);
    }

    #[test]
    fn a_joint_portfolio_before_a_title_is_no_coordination() {
        // "WA Mines and Petroleum Minister Dale Kowalczyk said …": one minister, two fields.
        assert_eq!(people("WA Mines and Petroleum Minister Dale Kowalczyk said so."), ["Dale Kowalczyk"]);
        assert_eq!(people("He met Health and Aged Care Minister Mark Butler."), ["Mark Butler"]);
        // (A person before "and" stays a person of their own.)
        assert_eq!(
            people("John Smith and Health Minister Mark Butler said so."),
            ["John Smith", "Mark Butler"]
        );
    }

    #[test]
    fn of_the_and_for_the_after_a_head_word_join_a_body() {
        // "The Food and Agriculture Organization of the United Nations warned …"
        assert_eq!(
            entities("The Food and Agriculture Organization of the United Nations warned."),
            [org("Food and Agriculture Organization of the United Nations")]
        );
        assert_eq!(
            entities("The Royal Society for the Protection of Birds said so."),
            [org("Royal Society for the Protection of Birds")]
        );
        // (Not after a word that heads no body: "Smith of the Times".)
        assert_ne!(entities("Then Tom Smith of the Times said so.")[0].0, "Tom Smith of the Times");
    }

    #[test]
    fn names_found_by_the_seventeenth_sitting_probes() {
        // A body's name after "the" with a possessive inside; a title of two words is no body.
        let text = "Professor Alan Whitcombe of the Alzheimer's Research Foundation said it was safe.";
        assert!(entities(text).contains(&org("Alzheimer's Research Foundation")));
        assert!(
            entities("Obama's Justice Department said it would appeal.").contains(&org("Justice Department"))
        );
        assert!(entities("The Health Service Executive said lists grew.")
            .contains(&org("Health Service Executive")));
        assert!(entities("The company's Chief Executive said profits fell.").is_empty());
        // A listed body that is also a title's word, ending the chunk, takes the place before it.
        assert_eq!(entities("The U.S. Treasury said it would borrow more."), vec![org("U.S. Treasury")]);
        assert_eq!(people("US Treasury Secretary Jane Hale said it."), vec!["Jane Hale"]);
        // Common nouns before a country name a body's national arm; a sentence opener does not.
        let text = "The head of Transport Infrastructure Ireland said the line would open.";
        assert_eq!(entities(text), vec![org("Transport Infrastructure Ireland")]);
        assert_eq!(entities("Meanwhile Ireland said it would veto the deal.")[0].1, EntityLabel::Location);
        // An agent's word opening the sentence before a name describes the person.
        assert_eq!(people("Evacuee Bob Lindqvist said he had left."), vec!["Bob Lindqvist"]);
        assert_eq!(people("Forecaster Aled Pryce said the rain would clear."), vec!["Aled Pryce"]);
        assert_eq!(people("Christian Bale said it."), vec!["Christian Bale"]);
    }

    #[test]
    fn names_found_by_the_fifteenth_sitting_probes() {
        // "a spokesperson for Carrick Regional Airport": an airport, a museum, a mosque are bodies.
        assert_eq!(
            entities("A spokesperson for Carrick Regional Airport said it."),
            [org("Carrick Regional Airport")]
        );
        // "in" goes on with a body's field, not with a place.
        assert_eq!(
            entities("The Committee on Standards in Public Life said it."),
            [org("Committee on Standards in Public Life")]
        );
        assert_eq!(
            entities("The Institute for Fiscal Studies in London said it."),
            [org("Institute for Fiscal Studies"), ("London".to_string(), EntityLabel::Location)]
        );
        // A demonym of two words opening the sentence; a romanised syllable after a long title.
        assert_eq!(
            entities("South Korean Unification Minister Ryu Seong-ho said it.").last(),
            Some(&person("Ryu Seong-ho"))
        );
        assert_eq!(
            entities("South Korean officials said it."),
            [("South Korean".to_string(), EntityLabel::Misc)]
        );
        // Particles after initials.
        assert_eq!(entities("Engineer P.J. van Wyk said it."), [person("P.J. van Wyk")]);
        assert_eq!(entities("J. de la Cruz said it."), [person("J. de la Cruz")]);
    }

    #[test]
    fn a_title_inside_a_chunk_ends_the_office_and_opens_the_name() {
        // "WA Mines Minister Lorraine Baxter said": the office's body, then the person.
        assert_eq!(people("WA Mines Minister Lorraine Baxter said so."), ["Lorraine Baxter"]);
        assert_eq!(people("Kalgoorlie-Boulder Mayor Glenn Wray said so."), ["Glenn Wray"]);
        assert_eq!(
            people("Then Clinton Communications Director Jennifer Palmieri said so."),
            ["Jennifer Palmieri"]
        );
        // (A title ending the chunk names no one after it: "Julie Bishop said".)
        assert_eq!(people("Then Julie Bishop said so."), ["Julie Bishop"]);
    }

    #[test]
    fn a_month_that_is_a_first_name_opens_a_name() {
        // "“It was fine,” June Abernathy said", "said May Collins"; not "in June", "last May".
        assert_eq!(people("“It was fine,” June Abernathy said."), ["June Abernathy"]);
        assert_eq!(people("“No,” said May Collins."), ["May Collins"]);
        assert_eq!(people("Last May Smith said he would run."), ["Smith"]);
        assert_eq!(people("He said in June Smith was ill."), ["Smith"]);
        assert_eq!(people("“It is costly,” said Will Doyle, a professor."), ["Will Doyle"]);
        assert!(people("Will Trump run?").iter().all(|p| p != "Will Trump"));
    }

    #[test]
    fn a_dateline_in_capitals_and_the_word_after_its_dash() {
        // "SINGAPORE, April 22 (Reuters) - Palm oil prices fell": the place, and no "Palm".
        let got = entities("SINGAPORE, April 22 (Reuters) - Palm oil prices fell.");
        assert_eq!(got[0], ("SINGAPORE".to_string(), EntityLabel::Location));
        assert!(got.iter().all(|e| e.0 != "Palm"), "{got:?}");
    }

    #[test]
    fn hyphened_words_opening_a_sentence() {
        // "Wealth-X keeps …" is a name whole; "Pro-Islamic State forums …" drops the prefix and
        // its hyphen.
        assert_eq!(entities("Wealth-X keeps its finances a secret.")[0].0, "Wealth-X");
        assert_eq!(entities("Pro-Islamic State forums posted old messages.")[0].0, "Islamic State");
    }

    #[test]
    fn a_listed_body_opens_a_longer_body_name() {
        // "The European Union Aviation Safety Agency said", "the Senate Judiciary Committee".
        let got = entities("The European Union Aviation Safety Agency said so.");
        assert_eq!(got, [org("European Union Aviation Safety Agency")]);
        assert_eq!(
            entities("He told the Senate Judiciary Committee so."),
            [org("Senate Judiciary Committee")]
        );
        // "according to the United Nations Office for the Coordination of Humanitarian Affairs":
        // its connectors after the head word.
        let got = entities("The United Nations Office for the Coordination of Humanitarian Affairs said so.");
        assert_eq!(got, [org("United Nations Office for the Coordination of Humanitarian Affairs")]);
    }

    #[test]
    fn an_abstract_plural_opening_a_sentence_is_no_name() {
        // "Retrenchments fell in the third quarter."
        assert!(entities("Retrenchments fell in the third quarter.").is_empty());
    }

    #[test]
    fn organisation_names_with_lower_case_connectors() {
        // "the Committee to Protect Journalists said", "the Centre for Economic Policy Research".
        let got = entities("Rates will rise, the Committee to Protect Journalists said.");
        assert_eq!(got, [org("Committee to Protect Journalists")]);
        let got = entities("It fell, the Centre for Economic Policy Research said on Monday.");
        assert_eq!(got[0], org("Centre for Economic Policy Research"));
        // "Avon and Somerset Police", "Department of Health and Human Services".
        assert_eq!(
            entities("He was charged, Avon and Somerset Police said."),
            [org("Avon and Somerset Police")]
        );
        let got = entities("The Department of Health and Human Services said so.");
        assert_eq!(got, [org("Department of Health and Human Services")]);
        let got = entities("West Midlands Fire and Rescue Service said so.");
        assert_eq!(got, [org("West Midlands Fire and Rescue Service")]);
        // A head word and "of" make an organisation, not a person: "the Bureau of Meteorology".
        assert_eq!(entities("The Bureau of Meteorology warned of storms."), [org("Bureau of Meteorology")]);
        // Four words before "and", past "The"; a person's name before "and" stays a person.
        let got = entities("The National Disaster Risk Reduction and Management Council said so.");
        assert_eq!(got, [org("National Disaster Risk Reduction and Management Council")]);
        let got = entities("The West Midlands Fire and Rescue Service said so.");
        assert_eq!(got, [org("West Midlands Fire and Rescue Service")]);
        let got = entities("John Smith and Edinburgh City Council said so.");
        assert_eq!(got, [person("John Smith"), org("Edinburgh City Council")]);
        assert_eq!(
            entities("The Bill and Melinda Gates Foundation said so."),
            [org("Bill and Melinda Gates Foundation")]
        );
    }

    #[test]
    fn a_head_word_opening_a_sentence_and_a_national_arm() {
        // "Bank Negara Malaysia said in a statement …", "Police Scotland said".
        assert_eq!(entities("Bank Negara Malaysia said the cut was needed."), [org("Bank Negara Malaysia")]);
        assert_eq!(entities("Police Scotland said so."), [org("Police Scotland")]);
        assert_eq!(entities("The Federal Reserve System said so."), [org("Federal Reserve System")]);
        // (Not a street, nor a title with a name after it.)
        assert!(entities("Church Street was closed.").is_empty());
        let got = entities("Council Leader John Smith said so.");
        assert_eq!(got, [org("Council"), person("John Smith")]);
        // "Alzheimer's Research UK said the study added to evidence", "Cancer Research UK".
        assert_eq!(entities("Cancer Research UK said so."), [org("Cancer Research UK")]);
        // "Cricket South Africa confirmed …": a country's name of two words.
        assert_eq!(entities("Cricket South Africa confirmed it."), [org("Cricket South Africa")]);
        // "The Rail, Maritime and Transport union said": a listed name before a body's noun.
        let got = entities("The Rail, Maritime and Transport union said it.");
        assert_eq!(got, [org("Rail, Maritime and Transport")]);
        assert_eq!(entities("He flew to New Zealand."), [("New Zealand".to_string(), EntityLabel::Location)]);
        let got = entities("Alzheimer's Research UK said the study added to evidence.");
        assert_eq!(got, [org("Alzheimer's Research UK")]);
        // (A place's possessive stays apart.)
        let got = entities("Britain's Cancer Research UK said so.");
        assert_eq!(got[1], org("Cancer Research UK"));
    }

    #[test]
    fn title_case_headline_words_end_a_name() {
        // "Chuck Grassley Compares Trump To …", "Biden Aims Insult At Trump".
        assert_eq!(people("Chuck Grassley Compares Trump To Nixon"), ["Chuck Grassley", "Trump", "Nixon"]);
        assert!(people("Biden Aims Insult At Trump").contains(&"Trump".to_string()));
        // Surnames that are modals stay: "Theresa May said".
        assert_eq!(people("Prime Minister Theresa May said so."), ["Theresa May"]);
    }

    #[test]
    fn an_organisation_added_in_any_case_comes_out_whole() {
        // The builder's "doctors without borders" finds "Doctors Without Borders said".
        let mut sources = crate::lexicon::LexiconSources::embedded().unwrap_or_default();
        sources.orgs.push("doctors without borders".into());
        let lexicons = Lexicons::compile(&sources).unwrap_or_default();
        let text = "Staff were evacuated, Doctors Without Borders said.";
        let doc = Document::new(text);
        let ents = EmbeddedRecognizer::new(lexicons).recognize(&doc, &[0]).unwrap_or_default();
        let got: Vec<(&str, EntityLabel)> = ents.iter().map(|e| (e.span.as_str(text), e.label)).collect();
        assert_eq!(got, [("Doctors Without Borders", EntityLabel::Organization)]);
    }

    #[test]
    fn a_surname_that_is_a_time_word() {
        let got = entities("Sarah Day said so. Day added more.");
        assert_eq!(got, [person("Sarah Day"), person("Day")]);
        assert_eq!(entities("Day added more."), []);
    }

    #[test]
    fn a_first_name_that_is_a_word_opens_a_name() {
        assert_eq!(entities("Hope Hicks said so."), [person("Hope Hicks")]);
        assert_eq!(entities("Will Trump run again?"), [person("Trump")]);
    }

    #[test]
    fn a_body_named_like_a_person_keeps_its_of() {
        let got = entities("The Royal College of Nursing said so.");
        assert_eq!(got, [org("Royal College of Nursing")]);
    }

    #[test]
    fn a_jurisdiction_before_a_title_is_no_part_of_the_name() {
        let got = entities("Maricopa County Sheriff Jerry Sheridan spoke.");
        let place = ("Maricopa County".to_string(), EntityLabel::Location);
        assert_eq!(got, [place, ("Jerry Sheridan".to_string(), EntityLabel::Person)]);
    }

    #[test]
    fn an_acronym_before_a_title_is_no_part_of_the_name() {
        // "NSW Premier Kate Ellery said".
        let got = entities("NSW Premier Kate Ellery said so.");
        assert_eq!(got, [org("NSW"), ("Kate Ellery".to_string(), EntityLabel::Person)]);
    }

    #[test]
    fn a_company_before_a_title_is_no_part_of_the_name() {
        // "Orbis Foods Chief Executive Rafael Lemos said".
        let got = entities("Orbis Foods Chief Executive Rafael Lemos said so.");
        assert_eq!(got, [org("Orbis Foods"), ("Rafael Lemos".to_string(), EntityLabel::Person)]);
        // One word that is no first name: "Tesla CEO Elon Musk"; not "Maricopa County …".
        let got = entities("Tesla CEO Elon Musk said so.");
        assert_eq!(got, [org("Tesla"), ("Elon Musk".to_string(), EntityLabel::Person)]);
        // A modifier title right before the name: "Peronist Deputy Mayra Gutiérrez".
        let got = entities("Peronist Deputy Mayra Gutiérrez said so.");
        assert_eq!(got.last(), Some(&("Mayra Gutiérrez".to_string(), EntityLabel::Person)));
        // A province or oblast before the title: "Kharkiv Oblast Governor Oleh Pryimak".
        let got = entities("Kharkiv Oblast Governor Oleh Pryimak said so.");
        assert_eq!(got.last(), Some(&("Oleh Pryimak".to_string(), EntityLabel::Person)));
    }

    #[test]
    fn a_hyphenated_part_inside_a_body() {
        // "the Organisation for Economic Co-operation and Development"; not "Trump-backed".
        let got = entities("The Organisation for Economic Co-operation and Development said it.");
        assert_eq!(got, [org("Organisation for Economic Co-operation and Development")]);
        // "according to the Office of the Auditor-General": a hyphenated title is one title.
        let got = entities("It was never repaired, according to the Office of the Auditor-General.");
        assert_eq!(got.iter().map(|e| e.0.as_str()).collect::<Vec<_>>(), ["Office of the Auditor-General"]);
        let got = entities("Attorney-General Mark Dreyfus said the law was clear.");
        assert_eq!(got, [person("Mark Dreyfus")]);
    }

    #[test]
    fn a_unit_after_a_possessive_ends_a_body() {
        // "The IDF Spokesperson's Unit said it."
        let got = entities("The IDF Spokesperson's Unit said it.");
        assert_eq!(got, [org("IDF Spokesperson's Unit")]);
    }

    #[test]
    fn a_trade_word_ends_a_company_name_unless_a_first_name_opens_it() {
        assert_eq!(entities("Brightline Chemical said it was saddened."), vec![org("Brightline Chemical")]);
        assert_eq!(entities("Torvald Steel warned that profit would fall."), vec![org("Torvald Steel")]);
        let steel = entities("Michael Steel said the vote would go ahead.");
        assert_eq!(steel, vec![("Michael Steel".to_string(), EntityLabel::Person)]);
    }

    #[test]
    fn a_title_before_a_head_word_opens_an_organisation() {
        let league = entities("The Premier Hockey League said the match would be replayed.");
        assert_eq!(league, vec![org("Premier Hockey League")]);
        let survey = entities("The quake struck off the coast, the US Geological Survey said.");
        assert_eq!(survey, vec![org("US Geological Survey")]);
    }

    #[test]
    fn a_portfolio_after_minister_for_is_no_part_of_the_name() {
        let got = entities("Minister for Emergency Management Tara Quinlan said it.");
        assert_eq!(got, vec![("Tara Quinlan".to_string(), EntityLabel::Person)]);
    }

    #[test]
    fn a_party_tag_is_no_name() {
        let got = entities("Rep. Tom Brandt, R-Texas, said it.");
        assert!(!got.iter().any(|(n, _)| n.contains("R-")), "{got:?}");
    }

    #[test]
    fn a_person_of_a_place_or_body() {
        // "Senator Ben Cardin of Maryland": the person, then the place.
        let got = entities("Senator Ben Cardin of Maryland spoke.");
        assert_eq!(got[0], person("Ben Cardin"));
        // "Sen. Ana Lucía Ferrer of Arizona": a first name opens three words the census lacks.
        let got = entities("Sen. Ana Lucía Ferrer of Arizona spoke.");
        assert_eq!(got[0], person("Ana Lucía Ferrer"));
        let got = entities("He thanked Marc Lasry of Avenue Capital Group.");
        assert_eq!(got[0], person("Marc Lasry"));
        // Not a body's name: "Bank of England".
        assert_eq!(entities("The Bank of England said it."), [org("Bank of England")]);
        // "Professor Aylin Kocaoglu of Istanbul's Bogazici University": the pair after a title.
        let got = entities("Professor Aylin Kocaoglu of Istanbul's Bogazici University said it.");
        assert_eq!(got[0], person("Aylin Kocaoglu"));
    }

    #[test]
    fn honorifics_and_portfolios_before_a_name() {
        // "Datuk Seri Anwar Rahim", "Tan Sri Muhyiddin Yassin", "Vice-Premier Zhou Wenhai".
        assert_eq!(entities("Later, Datuk Seri Anwar Rahim said it."), [person("Anwar Rahim")]);
        assert_eq!(entities("Later, Tan Sri Muhyiddin Yassin said it."), [person("Muhyiddin Yassin")]);
        assert_eq!(entities("Later, Vice-Premier Zhou Wenhai said it."), [person("Zhou Wenhai")]);
        // "a senior official of the Bruhat Bengaluru Mahanagara Palike": no article opens a
        // person's name.
        let got = entities("Later, an official of the Bruhat Bengaluru Mahanagara Palike said it.");
        assert_eq!(got, [("Bruhat Bengaluru Mahanagara Palike".to_string(), EntityLabel::Organization)]);
        // "… president Cde Tendai Mukarati said …": Zimbabwe's "Comrade", written short.
        assert_eq!(entities("Later, Cde Tendai Mukarati said it."), [person("Tendai Mukarati")]);
        // "Minister of State for Home Shri Rajendra Prasad Kushwaha": a title after the portfolio.
        let got = entities("Later, Minister of State for Home Shri Rajendra Prasad Kushwaha said it.");
        assert_eq!(got.last(), Some(&person("Rajendra Prasad Kushwaha")));
        // "Secretary for Transport and Logistics Lam Siu-fung": a portfolio of two parts, then a
        // family name and a hyphenated given name (whose "Siu" the census also lists).
        let got = entities("Later, Secretary for Transport and Logistics Lam Siu-fung said it.");
        assert_eq!(got.last(), Some(&person("Lam Siu-fung")));
        // "Secretary for Labour and Welfare Christopher Leung Wai-kit": an English given name first.
        let got = entities("Later, Secretary for Labour and Welfare Christopher Leung Wai-kit said it.");
        assert_eq!(got.last(), Some(&person("Christopher Leung Wai-kit")));
        let got = entities("Later, Secretary for Justice Paul Lam Ting-kwok said it.");
        assert_eq!(got.last(), Some(&person("Paul Lam Ting-kwok")));
        // "Minister for Health Ong Ye Kung", "Minister for Social and Family Development Tan Wei
        // Ling": the portfolio's ordinary words end where the name's first uncommon word opens it
        // (not "Wei Ling", whose "Wei" the census lists as a first name).
        let got = entities("Later, Minister for Health Ong Ye Kung said it.");
        assert_eq!(got.last(), Some(&person("Ong Ye Kung")));
        let got = entities("Later, Minister for Social and Family Development Tan Wei Ling said it.");
        assert_eq!(got.last(), Some(&person("Tan Wei Ling")));
        let got = entities("Later, Minister for Health John Carter said it.");
        assert_eq!(got.last(), Some(&person("John Carter")));
        // "Principal Chief Conservator of Forests R. K. Menon": an office the titles lack, "of"
        // and a portfolio before the name, initials and all.
        let got = entities("Later, Principal Chief Conservator of Forests R. K. Menon said it.");
        assert_eq!(got.last(), Some(&person("R. K. Menon")));
        // "Leader of the Opposition in the National Assembly Umar Daraz Khan": after a body's head.
        let got =
            entities("Later, the Leader of the Opposition in the National Assembly Umar Daraz Khan spoke.");
        assert_eq!(got.last(), Some(&person("Umar Daraz Khan")));
        // "Minister of Housing, Infrastructure and Communities Anjali Sethi-Roy": a listed portfolio;
        // "with responsibility for Small Business Niamh Carrigan".
        let got =
            entities("The Minister of Housing, Infrastructure and Communities Anjali Sethi-Roy said it.");
        assert_eq!(got.last(), Some(&person("Anjali Sethi-Roy")));
        let got =
            entities("Minister of State with responsibility for Small Business Niamh Carrigan said it.");
        assert_eq!(got.last(), Some(&person("Niamh Carrigan")));
        // "Minister of State for Home Kailash Parihar said": a junior minister's office.
        let got = entities("Minister of State for Home Affairs Kailash Parihar said it.");
        assert_eq!(got.last(), Some(&person("Kailash Parihar")));
    }

    #[test]
    fn a_nickname_in_quotation_marks_is_part_of_the_name() {
        // "Sen. Alfredo “Fred” Buenaflor", "Juan "Chico" Manriquez of Oakland".
        assert_eq!(entities("Sen. Alfredo “Fred” Buenaflor said it."), [person("Alfredo “Fred” Buenaflor")]);
        let got = entities("“We cried,” said Juan \"Chico\" Manriquez of Oakland.");
        assert_eq!(got.first(), Some(&person("Juan \"Chico\" Manriquez")));
        // (Not after a word that is no title: "Marine John “Tig” Tiegen".)
        let got = entities("Later, Marine John “Tig” Tiegen said it.");
        assert!(!got.iter().any(|(n, _)| n.contains("“Tig”")), "{got:?}");
    }

    #[test]
    fn a_middle_initial_is_no_article() {
        // "James A. Lewis": "A" is an initial, not "a".
        assert_eq!(entities("James A. Lewis said it."), [person("James A. Lewis")]);
        assert_eq!(entities("He met Robert A. Pruzan."), [person("Robert A. Pruzan")]);
        // An abbreviation opening a sentence is no common word ("U" is one): the name after it stays whole.
        let got = entities("U.S. President Joe Biden said it.");
        assert_eq!(got.last(), Some(&person("Joe Biden")));
        assert_eq!(got.len(), 2);
        // Nor is a title with a name after it.
        assert_eq!(entities("Secretary-General Antonio Guterres said it."), [person("Antonio Guterres")]);
        // Nor letters before "&" ("at"): a firm's name.
        assert_eq!(entities("AT&T said profits rose."), [org("AT&T")]);
        assert_eq!(entities("O'Neill said it."), [person("O'Neill")]);
    }

    #[test]
    fn names_and_titles_from_other_presses() {
        // "Health CS Esther Ndung'u": a lower-case syllable after an apostrophe is the name's; a
        // possessive is not.
        assert_eq!(entities("Health CS Esther Ndung'u said it.").last(), Some(&person("Esther Ndung'u")));
        assert_eq!(entities("Esther Smith's aide said it."), [person("Esther Smith")]);
        // "Sinn Féin TD Caoimhe Nolan", "Garda Seán Tierney": a party and an Irish title.
        let got = entities("Sinn Féin TD Caoimhe Nolan said it.");
        assert_eq!(got, [org("Sinn Féin"), person("Caoimhe Nolan")]);
        assert_eq!(entities("Garda Seán Tierney said it."), [person("Seán Tierney")]);
        // "The charity Shelterline said": a one-word name after a noun of a body is the body's.
        assert_eq!(entities("The charity Shelterline said it."), [org("Shelterline")]);
        assert_eq!(entities("The firm Brightline said it."), [org("Brightline")]);
        // "Shares of Pellmark Ltd. fell": a part of a body before "of" is no part of its name.
        assert_eq!(entities("Shares of Pellmark Ltd. fell 6%."), [org("Pellmark Ltd")]);
        // "Economists at Barclays Plc said": a legal form in title case, and Europe's ("SE", "ASA").
        assert_eq!(entities("Economists at Barclays Plc said it."), [org("Barclays Plc")]);
        assert_eq!(entities("Equinor ASA said it."), [org("Equinor ASA")]);
        // "A.K. Menon said": initials, the first of them no article.
        assert_eq!(entities("A.K. Menon said it."), [person("A.K. Menon")]);
    }

    #[test]
    fn a_name_followed_by_its_initials_is_a_body() {
        // "the ruling Rashtriya Pragati Dal (RPD) and the opposition Jan Shakti Party (JSP)".
        let got = entities("The ruling Rashtriya Pragati Dal (RPD) traded charges.");
        assert_eq!(got, [org("Rashtriya Pragati Dal"), org("RPD")]);
        // (Not other letters: "Sarah Mottram (SM)" is no body's initials.)
        assert_eq!(entities("Sarah Mottram (KT) said it.")[0], person("Sarah Mottram"));
    }

    #[test]
    fn a_place_and_its_office_before_the_name() {
        // "The Ondo State Governor, Chief Olawale Adebanjo, has ordered a full investigation".
        let got = entities("The Ondo State Governor, Chief Olawale Adebanjo, has ordered a probe.");
        assert_eq!(got, [("Ondo State".to_string(), EntityLabel::Location), person("Olawale Adebanjo")]);
    }

    #[test]
    fn a_reporting_period_is_no_part_of_a_name() {
        // "UPDATE 2-Kestrel Copper H1 profit falls 18% on lower grades": a half, a quarter, a
        // fiscal year.
        let got = entities("Kestrel Copper H1 profit falls 18% on lower grades.");
        assert_eq!(got.first().map(|e| e.0.as_str()), Some("Kestrel Copper"));
        assert!(entities("The FY24 budget passed.").is_empty());
    }

    #[test]
    fn a_partys_letter_in_parentheses() {
        // "“Both national parties,” said JD(S) state president TN Chennakeshava, “are playing
        // ping-pong with the lives of farmers.”"
        let got = entities("The JD(U) said it would quit.");
        assert_eq!(got, [org("JD(U)")]);
        // Not a spaced parenthesis: "Mr Smith (D) said".
        assert_eq!(entities("Mr Smith (D) said it."), [person("Smith")]);
    }

    #[test]
    fn a_title_kept_to_its_capitals() {
        // "DI Whitfield urged anyone who was in the park …": a detective inspector; "Di Natale"
        // keeps its "Di".
        assert_eq!(entities("DI Whitfield urged witnesses to call."), [person("Whitfield")]);
        assert_eq!(entities("Di Natale urged witnesses to call."), [person("Di Natale")]);
        // "PC James Farrow, a collision investigator, said …": a police constable.
        assert_eq!(entities("PC James Farrow said the lorry was slow."), [person("James Farrow")]);
    }

    #[test]
    fn a_dotted_place_keeps_its_final_stop() {
        // "The U.S. said": a known place's final stop is its own, after "The" too.
        let location = |name: &str| (name.to_string(), EntityLabel::Location);
        assert_eq!(entities("The U.S. said it."), [location("U.S.")]);
        assert_eq!(entities("Sales rose in the U.K. on Monday."), [location("U.K.")]);
    }

    #[test]
    fn bodies_and_places_before_titles() {
        // A body's name that lists its portfolios.
        let got = entities("A spokesperson for the Department for Work, Health and Pensions said it.");
        assert_eq!(got, [org("Department for Work, Health and Pensions")]);
        let got = entities("The Ministry of Housing, Communities and Local Government said it.");
        assert_eq!(got, [org("Ministry of Housing, Communities and Local Government")]);
        // "The Department of Agriculture, Food and the Marine said …": "the" before a portfolio.
        let got = entities("The Department of Agriculture, Food and the Marine said it.");
        assert_eq!(got, [org("Department of Agriculture, Food and the Marine")]);
        let got = entities("The Department of Climate Change, Energy, the Environment and Water said it.");
        assert_eq!(got, [org("Department of Climate Change, Energy, the Environment and Water")]);
        // (Not bodies of their own after "the": "the Army", "the Navy".)
        let got = entities("The Ministry of Defence, the Army and the Navy said it.");
        assert_eq!(got[0], org("Ministry of Defence"));
        // Not a list of places after a body: "the Bank of England, Barclays and HSBC" is three.
        assert_eq!(entities("He met the Bank of England, Barclays and HSBC.").len(), 3);
        // A shire before its mayor.
        let got = entities("Later, Kempsey Shire Mayor Dean Saunders said it.");
        assert_eq!(got.last(), Some(&person("Dean Saunders")));
        // A company before its shares.
        assert_eq!(entities("Nvidia shares fell 5%.")[0], org("Nvidia"));
        // A body before a lower-case title.
        let got = entities("Calgary Flames head coach Ryan Huska said it.");
        assert_eq!(got.last(), Some(&person("Ryan Huska")));
        assert!(got[..got.len() - 1].iter().all(|e| e.1 != EntityLabel::Person));
        let got = entities("Sales fell, Home Depot spokesman Tom Ash said.");
        assert_eq!(got, [org("Home Depot"), person("Tom Ash")]);
        assert_eq!(entities("Later, Obama adviser David Axelrod said it.")[0], person("Obama"));
        // A body or place the lexicons do not know, before a run of titles.
        let got = entities("Later, Maharashtra Deputy Chief Minister Devendra Fadnavis said it.");
        assert_eq!(got.last(), Some(&person("Devendra Fadnavis")));
        // An abbreviated place before a title.
        let got = entities("St. Louis Mayor Tishaura Jones said it.");
        assert_eq!(got.last(), Some(&person("Tishaura Jones")));
        assert_eq!(got[0].0, "St. Louis");
        // A body named with "of" before a title.
        let got = entities("Bank of Canada Governor Tiff Macklem said it.");
        assert_eq!(got, [org("Bank of Canada"), person("Tiff Macklem")]);
        // A possessive inside a body's name.
        let got = entities("The Harris County Sheriff's Office said it.");
        assert_eq!(got, [org("Harris County Sheriff's Office")]);
        // A portfolio, then a name the first names do not list.
        let got = entities("Later, Superintendent of Police Rakesh Kumar said it.");
        assert_eq!(got.last(), Some(&person("Rakesh Kumar")));
        assert_eq!(entities("The Minister for Foreign Affairs said it."), [org("Foreign Affairs")]);
        // An office of a place, with no name: the place, no person.
        let got = entities("The Mayor of London said it.");
        assert_eq!(got, [("London".to_string(), EntityLabel::Location)]);
    }

    #[test]
    fn a_place_or_an_unlisted_first_name_opens_a_person() {
        // "Jordan Whitaker of Meridian Capital": a country that is a first name; "Priya Shah of
        // Harbour Bank": two unknown words before "of" are a person, not a body's name.
        let got = entities("Jordan Whitaker of Meridian Capital wrote it.");
        assert_eq!(got, [person("Jordan Whitaker"), org("Meridian Capital")]);
        let got = entities("Later, Priya Shah of Harbour Bank said it.");
        assert_eq!(got, [person("Priya Shah"), org("Harbour Bank")]);
        assert_eq!(entities("The Bank of England said it."), [org("Bank of England")]);
        // "Professor Aylin Kocaoglu of Istanbul's Bogazici University": the pair after a title.
        let got = entities("Professor Aylin Kocaoglu of Istanbul's Bogazici University said it.");
        assert_eq!(got[0], person("Aylin Kocaoglu"));
    }

    #[test]
    fn company_names_after_places_and_with_their_s() {
        // "Southern California Edison", "UBS Group AG", "McDonald's said"; not "Ted Cruz's
        // preferred candidates", "Smith's lawyer".
        assert_eq!(
            entities("Later, Southern California Edison said it."),
            [org("Southern California Edison")]
        );
        assert_eq!(entities("Analysts at UBS Group AG said it."), [org("UBS Group AG")]);
        // "A bench of Justices Arvind Khatri and Sunanda Iyer": a plural title before names.
        let got = entities("A bench of Justices Arvind Khatri and Sunanda Iyer gave the states two weeks.");
        assert_eq!(got, [person("Arvind Khatri"), person("Sunanda Iyer")]);
        // "Martin Luther King Jr. said": a generation after a title's word ends one person's name.
        assert_eq!(entities("Later, Martin Luther King Jr. said it."), [person("Martin Luther King Jr")]);
        // "Colleges and Institutes Canada said", also after "On Monday,".
        let got = entities("On Monday, Colleges and Institutes Canada said it.");
        assert_eq!(got.last(), Some(&org("Colleges and Institutes Canada")));
        // "Nova Scotia Health said": a place of two words before the trade word.
        assert_eq!(entities("Later, Nova Scotia Health said it."), [org("Nova Scotia Health")]);
        assert_eq!(entities("Later, McDonald's said it."), [org("McDonald's")]);
        // "Bernard & Co analyst Felix Osei": a spaced ampersand inside a company's name.
        let got = entities("Later, Bernard & Co analyst Felix Osei said it.");
        assert_eq!(got.last(), Some(&person("Felix Osei")));
        assert!(got.contains(&org("Bernard & Co")), "{got:?}");
        // "The Teachers' Union of Eastmoor": a plural possessive before the head word.
        assert_eq!(
            entities("The Teachers' Union of Eastmoor said it."),
            [org("Teachers' Union of Eastmoor")]
        );
        assert_eq!(entities("Later, Ted Cruz's aides said it."), [person("Ted Cruz")]);
        assert_eq!(entities("Later, Smith's lawyer said it."), [person("Smith")]);
        // "Chancellor of the Exchequer Rachel Reeves": "the" after the office's "of".
        let got = entities("Later, Chancellor of the Exchequer Rachel Reeves said it.");
        assert_eq!(got.last(), Some(&person("Rachel Reeves")));
    }

    #[test]
    fn romanised_given_names_and_letters_after_names() {
        // "Wong Suk-ling", "Moon Jae-in": a hyphenated lower-case syllable ends the name; not
        // "Biden-led" nor "New York-area".
        assert_eq!(entities("Wong Suk-ling said it."), [person("Wong Suk-ling")]);
        assert_eq!(entities("Later, Professor Lau Mei-kei said it."), [person("Lau Mei-kei")]);
        // (Six letters before the syllable: "Koo Byoung-sam".)
        assert_eq!(entities("Later, Koo Byoung-sam said it."), [person("Koo Byoung-sam")]);
        assert_eq!(entities("Later, Joe Biden-led talks failed."), [person("Joe Biden")]);
        assert_eq!(entities("The New York-area schools shut.")[0].0, "New York");
        // "Declan Whelan TD said": letters after the name are no part of it.
        assert_eq!(entities("Later, Declan Whelan TD said it."), [person("Declan Whelan")]);
        assert_eq!(entities("Dr Jane Roe OBE said it."), [person("Jane Roe")]);
    }

    #[test]
    fn a_list_inside_a_bodys_name() {
        // "figures released by the Australian Curriculum, Assessment and Reporting Authority show".
        let got =
            entities("Scores fell, the Australian Curriculum, Assessment and Reporting Authority said.");
        assert_eq!(got, [org("Australian Curriculum, Assessment and Reporting Authority")]);
        // (Not a list of names: "Ben Lee, Anna Cole and Tom Hart".)
        assert_eq!(people("Ben Lee, Anna Cole and Tom Hart met."), ["Ben Lee", "Anna Cole", "Tom Hart"]);
    }

    #[test]
    fn a_regions_head_word_ends_a_place() {
        // "… a new memory chip plant in Yongin, Gyeonggi Province"; "Kent County Council" is a body.
        let got = entities("It will build a plant in Hebei Province and Kent County.");
        assert_eq!(
            got,
            [("Hebei Province".into(), EntityLabel::Location), ("Kent County".into(), EntityLabel::Location)]
        );
        assert_eq!(entities("Kent County Council said so."), [org("Kent County Council")]);
        // "the Commissioner for Health in Oyo State": a federation's state (not "Secretary of State").
        let got = entities("Cases rose in Oyo State.");
        assert_eq!(got, [("Oyo State".into(), EntityLabel::Location)]);
        assert_eq!(entities("Secretary of State Mike Pompeo said so."), [person("Mike Pompeo")]);
    }

    #[test]
    fn a_lower_case_arabic_article_joins_the_surname() {
        // "Ahmed al-Qudsi, the hospital's director, said …"
        assert_eq!(people("Ahmed al-Qudsi said the hospital was full."), ["Ahmed al-Qudsi"]);
        // "after the Rail, Tram and Bus Union rejected a revised pay offer": one word after "the"
        // opens a listed union's name; not a body's own ("the Army, Navy and Air Force").
        let got = entities("Commuters face chaos after the Rail, Tram and Bus Union rejected an offer.");
        assert_eq!(got, [org("Rail, Tram and Bus Union")]);
        let got = entities("He thanked the Army, Navy and Air Force.");
        assert_eq!(got, [org("Army"), org("Navy and Air Force")]);
        // "Elections Saskatchewan said …": a province's election agency (data/organizations.tsv).
        assert_eq!(entities("Elections Saskatchewan said it."), [org("Elections Saskatchewan")]);
        // "said Jean Tremblay, who has lived on Rue Principale for 40 years": streets are places.
        let got = entities("Jean Tremblay has lived on Rue Principale and on Main Street.");
        assert_eq!(
            got,
            [
                person("Jean Tremblay"),
                ("Rue Principale".into(), EntityLabel::Location),
                ("Main Street".into(), EntityLabel::Location)
            ]
        );
        // "Asked whether Baghdad would compensate, al-Kubaisi said …": the surname alone.
        let text = "Hayder al-Kubaisi spoke. Asked about it, al-Kubaisi said Iraq had paid.";
        assert_eq!(people(text), ["Hayder al-Kubaisi", "al-Kubaisi"]);
        assert_eq!(people("Abdel Fattah el-Sisi met Tom Hart."), ["Abdel Fattah el-Sisi", "Tom Hart"]);
    }

    #[test]
    fn particles_inside_names() {
        // "Ursula von der Leyen", "Erik ten Hag": lower-case particles, one or two.
        let got = entities("Ursula von der Leyen and Erik ten Hag spoke.");
        assert_eq!(got, [person("Ursula von der Leyen"), person("Erik ten Hag")]);
    }

    #[test]
    fn a_name_may_open_on_its_particles() {
        // "Asked about the sale on the call, van der Merwe said …", "…, de Klerk said".
        assert_eq!(people("Asked about the sale, van der Merwe said no."), ["van der Merwe"]);
        assert_eq!(people("Later, de Klerk said no."), ["de Klerk"]);
        // A given name no lexicon knows, opening the sentence: "Pieter du Randt said …".
        assert_eq!(people("Pieter du Randt said no."), ["Pieter du Randt"]);
        assert_eq!(people("Yesterday van der Merwe said no."), ["van der Merwe"]);
        // Not after an article: "a van Brown had rented".
        assert_eq!(people("She drove a van Brown had rented."), ["Brown"]);
    }

    #[test]
    fn malay_and_welsh_particles_join_a_name() {
        // "Datuk Norhayati binti Mohd Salleh", "Nur Aisyah binte Kamal", "Gwenllian ap Dafydd".
        assert_eq!(people("Datuk Norhayati binti Mohd Salleh said so."), ["Norhayati binti Mohd Salleh"]);
        assert_eq!(people("Then Nur Aisyah binte Kamal said so."), ["Nur Aisyah binte Kamal"]);
        assert_eq!(people("Then Gwenllian ap Dafydd said so."), ["Gwenllian ap Dafydd"]);
    }

    #[test]
    fn connectors_do_not_join_people_or_dates() {
        // "told the Committee on Tuesday"; "Smith and Jones said".
        let got = entities("She told the Committee on Tuesday that it failed.");
        assert_eq!(got[0], org("Committee"));
        let got = entities("Anna Smith and Tom Jones said it failed.");
        assert_eq!(got.iter().filter(|e| e.1 == EntityLabel::Person).count(), 2);
    }
}
