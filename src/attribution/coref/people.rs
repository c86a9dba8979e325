//! The document's person names: every multi-word person entity, for surname → full name ("Putin"
//! → "Vladimir Putin") and for the roles written around them.

use crate::entities::{without_arabic_article, without_generation, without_nickname, EntityLabel};
use std::cell::OnceCell;
use std::collections::hash_map::Entry;

use crate::lexicon::{FxMap, WordClass};
use crate::Span;

use super::super::context::Context;
use super::super::mentions::{appositive_after, title_role, Mention, MentionKind};
use super::super::words;

/// One multi-word person name as written.
struct FullName<'t> {
    start: usize,
    name: &'t str,
    /// The name without a generational suffix ("Joseph R. Biden" of "Joseph R. Biden Jr.").
    core: &'t str,
    span: Span,
}

/// Person names of the document, for surname → full name.
pub(super) struct PersonIndex<'t> {
    /// Every multi-word person entity, in text order.
    full: Vec<FullName<'t>>,
    /// Every word-suffix of every full name ("Vladimir Putin" → "Vladimir Putin", "Putin") → the
    /// mentions whose name ends with it, in text order, with the running best (longest name, then
    /// latest) up to each. Makes `canonical` a hash lookup plus a binary search.
    by_suffix: FxMap<&'t str, SuffixMentions>,
    /// The first word of every full name → the fullest name opening with it, or `None` when two
    /// different names open with it ("Han Jae-sung … Han added"); built when first asked.
    by_first: OnceCell<FxMap<&'t str, Option<usize>>>,
    /// Bodies introduced with their initials in parentheses ("the Roads and Transport Authority
    /// (RTA)"): initials → name; built when first asked.
    acronyms: OnceCell<FxMap<String, String>>,
    /// Names in Hong Kong's order ("Edward Lam Chi-fai"): family name → the first such name;
    /// built when first asked.
    family_middle: OnceCell<FxMap<&'t str, usize>>,
    /// Companies named with their legal form ("Acme Corp"): the name before it → (where each
    /// such name ends, the name), in text order; built when first asked.
    companies: OnceCell<FxMap<String, Vec<(usize, String)>>>,
}

/// The mentions whose name ends with one suffix, in text order. Most suffixes have one mention:
/// it is kept in place, and only a second one allocates.
struct SuffixMentions {
    first: SuffixMention,
    rest: Vec<SuffixMention>,
}

impl SuffixMentions {
    fn last(&self) -> &SuffixMention {
        self.rest.last().unwrap_or(&self.first)
    }

    /// Mention `k` in text order.
    fn get(&self, k: usize) -> Option<&SuffixMention> {
        match k {
            0 => Some(&self.first),
            _ => self.rest.get(k - 1),
        }
    }

    /// How many mentions start at or before byte `at` (the starts ascend).
    fn count_up_to(&self, at: usize) -> usize {
        if self.first.start > at {
            0
        } else {
            1 + self.rest.partition_point(|e| e.start <= at)
        }
    }
}

/// One mention whose name ends with a suffix.
#[derive(Clone, Copy)]
struct SuffixMention {
    /// Start of the mention (ascending along the Vec).
    start: usize,
    /// Index into `full` of the mention.
    name: usize,
    /// Index into `full` of the longest (then latest) name among the mentions up to this one.
    best: usize,
}

impl<'t> PersonIndex<'t> {
    pub fn new(ctx: &Context<'_, 't>) -> Self {
        let text = ctx.doc.text();
        let full: Vec<FullName<'t>> = ctx
            .entities
            .iter()
            .filter(|e| e.label == EntityLabel::Person)
            .filter_map(|e| {
                let name = e.span.as_str(text);
                // (A name has a surname when its core has two words: `surname`'s reading, with
                // the core kept for the suffixes below.)
                let core = without_generation(name);
                core.contains(' ').then_some(FullName { start: e.span.start, name, core, span: e.span })
            })
            .collect();
        let mut by_suffix: FxMap<&'t str, SuffixMentions> = FxMap::default();
        // "Joseph R. Biden Jr." answers to "Biden Jr." and, without the suffix, to "Biden".
        let keyed = full.iter().enumerate().flat_map(|(i, f)| {
            std::iter::once((i, f, f.name)).chain((f.core != f.name).then_some((i, f, f.core)))
        });
        for (i, f, name) in keyed {
            let mut suffix = name;
            loop {
                let mention = SuffixMention { start: f.start, name: i, best: i };
                match by_suffix.entry(suffix) {
                    Entry::Vacant(v) => {
                        v.insert(SuffixMentions { first: mention, rest: Vec::new() });
                    }
                    Entry::Occupied(mut o) => {
                        let b = o.get().last().best;
                        let best =
                            if (full[b].name.len(), full[b].start) > (f.name.len(), f.start) { b } else { i };
                        o.get_mut().rest.push(SuffixMention { best, ..mention });
                    }
                }
                // ("Adnan Kareem al-Jubouri … Jubouri said": the surname without its Arabic article.)
                match suffix.split_once(' ').map(|(_, rest)| rest).or_else(|| without_arabic_article(suffix))
                {
                    Some(rest) => suffix = rest,
                    None => break,
                }
            }
        }
        PersonIndex {
            full,
            by_suffix,
            by_first: OnceCell::new(),
            family_middle: OnceCell::new(),
            acronyms: OnceCell::new(),
            companies: OnceCell::new(),
        }
    }

    /// The full person name written from byte `start`, if one is.
    pub fn name_at(&self, start: usize) -> Option<Span> {
        let i = self.full.partition_point(|f| f.start < start);
        self.full.get(i).filter(|f| f.start == start).map(|f| f.span)
    }

    /// The fullest name for `written` at byte `at`: the longest (then the latest) full name with
    /// that surname written before it, else the first one after it, else `written` itself. A full
    /// name maps to the longest full name that ends with it.
    pub fn canonical(&self, written: &str, at: usize) -> String {
        // ("De Blasio" opening a sentence answers to "Bill de Blasio" first.)
        let particle = lower_particle(written).and_then(|p| self.by_suffix.get(p.as_str()));
        let found = particle.or_else(|| self.by_suffix.get(written));
        let Some(m) = found else { return without_nickname(written).into_owned() };
        let k = m.count_up_to(at);
        let chosen = if k > 0 { m.get(k - 1).map(|e| e.best) } else { m.get(k).map(|e| e.name) };
        // ("Ramon “Monching” Villarica … Villarica said": the name without the nickname.)
        without_nickname(chosen.map_or(written, |i| self.full[i].name)).into_owned()
    }

    /// [`canonical`](Self::canonical) for a person's mention: also "Han Jae-sung … Han added",
    /// "Chan Wei Ming … Mr Chan said", "Lou Jiwei … Lou said": a single word that no full name ends
    /// with, but that opens exactly one whose next word is no common word (a family name written
    /// first; not "Trump Train", "Super Tuesday"), is that name.
    /// Also says whether the name was found by its first word.
    pub fn canonical_person(&self, ctx: &Context<'_, '_>, written: &str, at: usize) -> (String, bool) {
        let name = self.canonical(written, at);
        // (A name of several words is as full as it gets: no table is built for it.)
        if name != written || written.contains(' ') {
            return (name, false);
        }
        let Some(i) = self.opening_with(written) else {
            return match self.english_first_name_before(ctx, written) {
                Some(i) => (self.full[i].name.to_string(), true),
                None => (name, false),
            };
        };
        let full = self.full[i].name;
        let words: Vec<&str> = full.split(' ').collect();
        let plain = |w: &str| {
            let lower = w.to_lowercase();
            !ctx.lex.is_common_word(w)
                && ctx.lex.title(&lower).is_none()
                && ctx.lex.word_class(&lower).is_none()
        };
        let second = words.get(1).copied().unwrap_or_default();
        // ("Sheikh Hamdan bin Mohammed … Sheikh Hamdan said": a name particle is no common word.)
        let particle = crate::entities::is_name_particle(second);
        // ("Koh Boon Huat … Mr Koh said": a given name of two syllables, the first a common
        // word, the second none.)
        let given_pair =
            words.len() == 3 && plain(words[2]) && ctx.lex.title(&second.to_lowercase()).is_none();
        if !(particle || plain(second) || given_pair) {
            return (name, false);
        }
        (full.to_string(), true)
    }

    /// "Edward Lam Chi-fai … Lam said": a name of three words, an English first name, the family
    /// name and a hyphenated given name whose second syllable is in lower case (Hong Kong's
    /// order), answers to its middle word. So does "Carla Ibáñez Rojas … Ibáñez told reporters":
    /// a known first name, then two surnames (the father's first), the middle one no first name
    /// itself (not "Mary Ann Smith"), the last no common word (not "Rachel Maddow Show").
    fn english_first_name_before(&self, ctx: &Context<'_, '_>, family: &str) -> Option<usize> {
        let table = self.family_middle.get_or_init(|| {
            let mut table: FxMap<&'t str, usize> = FxMap::default();
            for (i, f) in self.full.iter().enumerate() {
                let mut words = f.core.split(' ');
                let (Some(first), Some(middle), Some(given), None) =
                    (words.next(), words.next(), words.next(), words.next())
                else {
                    continue;
                };
                let syllables = given
                    .split_once('-')
                    .filter(|(a, b)| a.starts_with(char::is_uppercase) && b.starts_with(char::is_lowercase));
                let surnames = ctx.lex.first_name_gender(first).is_some()
                    && ctx.lex.first_name_gender(middle).is_none()
                    && [middle, given].iter().all(|w| w.starts_with(char::is_uppercase) && !w.contains('.'))
                    && !ctx.lex.is_common_word(given);
                if syllables.is_some() || surnames {
                    table.entry(middle).or_insert(i);
                }
            }
            table
        });
        table.get(family).copied()
    }

    /// The fullest name whose first word is `first`, when no two different names open with it
    /// ("Han Jae-sung" and "Han" are one). The table is built on the first question.
    fn opening_with(&self, first: &str) -> Option<usize> {
        let table = self.by_first.get_or_init(|| {
            let mut by_first: FxMap<&'t str, Option<usize>> = FxMap::default();
            for (i, f) in self.full.iter().enumerate() {
                let Some((w, _)) = f.core.split_once(' ') else { continue };
                let entry = by_first.entry(w).or_insert(Some(i));
                if let Some(j) = *entry {
                    let (a, b) = (self.full[j].name, f.name);
                    *entry = if a.starts_with(b) {
                        Some(j)
                    } else if b.starts_with(a) {
                        Some(i)
                    } else {
                        None
                    };
                }
            }
            by_first
        });
        table.get(first).copied().flatten()
    }

    /// "Acme Corp cut its forecast. Acme said …", "Nimbus Labs announced a headset. Nimbus says
    /// …": the latest company named before byte `at` whose name is `written` and its legal form
    /// (words::LEGAL_FORMS) or trade words (`company-suffix` of `data/organizations.tsv`: "Labs",
    /// "Foods"). The table is built on the first question.
    pub fn company_of_short_name(&self, ctx: &Context<'_, '_>, written: &str, at: usize) -> Option<&str> {
        let table = self.companies.get_or_init(|| {
            let text = ctx.doc.text();
            let mut table: FxMap<String, Vec<(usize, String)>> = FxMap::default();
            for e in ctx.entities.iter().filter(|e| e.label == EntityLabel::Organization) {
                let name = e.span.as_str(text);
                let name = name.strip_prefix("the ").unwrap_or(name);
                // ("Pike Lane Capital … Pike Lane said": the words before the trailing ones.)
                let mut short = name;
                while let Some((rest, last)) = short.rsplit_once(' ') {
                    if !company_word(ctx, last) {
                        break;
                    }
                    short = rest;
                }
                if short.len() < name.len() {
                    table.entry(short.to_string()).or_default().push((e.span.end, name.to_string()));
                }
            }
            table
        });
        let named = table.get(written)?;
        let k = named.partition_point(|n| n.0 <= at);
        k.checked_sub(1).map(|i| named[i].1.as_str())
    }

    /// "The Roads and Transport Authority (RTA) … The RTA said": the body whose name the initials
    /// `written` followed in parentheses, if any, or else whose capitalised words they abbreviate
    /// (three or more: "Food and Drug Administration" for "FDA").
    pub fn body_of_acronym(&self, ctx: &Context<'_, '_>, written: &str) -> Option<&str> {
        let table = self.acronyms.get_or_init(|| {
            let text = ctx.doc.text();
            let mut table: FxMap<String, String> = FxMap::default();
            for e in ctx.entities.iter().filter(|e| e.label == EntityLabel::Organization) {
                let end = ctx.doc.token_index_at(e.span.end);
                if let Some(initials) = ctx.initials_in_parentheses(end).filter(|i| i.len() <= 8) {
                    let name = e.span.as_str(text);
                    let name = name.strip_prefix("the ").unwrap_or(name);
                    table.entry(initials.to_string()).or_insert_with(|| name.to_string());
                }
            }
            // ("The Food and Drug Administration approved it. The FDA said …": the initials of
            // a body's capitalised words, where no parenthesis gave others.)
            for e in ctx.entities.iter().filter(|e| e.label == EntityLabel::Organization) {
                let name = e.span.as_str(text);
                let name = name.strip_prefix("the ").unwrap_or(name);
                let words = crate::entities::capitalised_words(name);
                if words.len() >= 3 {
                    table.entry(crate::entities::initials(&words)).or_insert_with(|| name.to_string());
                    // ("U.S. Consumer Product Safety Commission" for "CPSC": past a country's
                    // abbreviation.)
                    if words[0].contains('.') && words.len() >= 4 {
                        table
                            .entry(crate::entities::initials(&words[1..]))
                            .or_insert_with(|| name.to_string());
                    }
                }
            }
            table
        });
        table.get(written).map(String::as_str)
    }

    /// Title roles written before a full-name mention ("Education Secretary Liam Duffy"), or an
    /// appositive after it ("Miriam Okonjo, a human rights lawyer, filed …").
    pub fn roles(&self, ctx: &Context<'_, '_>) -> Vec<(String, Span)> {
        let mut out = Vec::new();
        for f in &self.full {
            let t = ctx.doc.token_index_at(f.span.start);
            let sentence = &ctx.doc.sentences()[ctx.doc.sentence_at(f.span.start)];
            // ("Dr. Miriam Lowell, the county's public health director, …": the title and the
            // appositive both.)
            let title = title_role(ctx, t, sentence.tokens.start);
            let appositive = {
                let end = ctx.doc.token_index_at(f.span.end);
                let mut m = Mention {
                    span: f.span,
                    tokens: t..end,
                    kind: MentionKind::Entity(EntityLabel::Person),
                    role: None,
                    place_kind: None,
                };
                let after = appositive_after(ctx, &mut m, end, sentence.tokens.end);
                // ("According to Jane Smith, the council overspent.": after an opening phrase, a
                // stretch that runs to the sentence's end is its main clause, not a role.)
                let opening = t > sentence.tokens.start
                    && (sentence.tokens.start..t)
                        .all(|u| ctx.lower_class(u) == Some(WordClass::Prep) || ctx.lower_is(u, "according"));
                let to_end = (after..sentence.tokens.end).all(|u| ctx.is_punct(u));
                m.role.filter(|r| !(opening && to_end) && Some(*r) != title)
            };
            // ("The Minister for Housing, Dermot Fahy, did not attend … the Minister said": a title
            // the name is set off after.)
            // ("… the suspension of its chairman, Chief Adebayo Fakorede, over …": past the name's
            // own title.)
            let end = ctx.doc.token_index_at(f.span.end);
            let first = title.map_or(t, |r| ctx.doc.token_index_at(r.start));
            let set_off =
                first >= 2 && ctx.word(first - 1) == "," && end < sentence.tokens.end && ctx.word(end) == ",";
            let before = set_off.then(|| title_role(ctx, first - 1, sentence.tokens.start)).flatten();
            for role in title.into_iter().chain(appositive).chain(before) {
                out.push((self.canonical(f.name, f.span.start), role));
            }
        }
        out
    }
}

/// "De Blasio" opening a sentence, written "de Blasio" inside one: a name's first word in lower
/// case, when it is a particle.
fn lower_particle(written: &str) -> Option<String> {
    let (first, rest) = written.split_once(' ')?;
    (first.starts_with(char::is_uppercase) && crate::entities::is_name_particle(first))
        .then(|| format!("{} {rest}", first.to_lowercase()))
}

/// Whether `w` is a word that ends a company's name: a legal form ("Inc", "plc"), a trade word
/// (`company-suffix` of `data/organizations.tsv`: "Labs", "Foods") or an ending only companies
/// have (`words::CORPORATE_ENDINGS`: "Holdings", "Bank").
pub(super) fn company_word(ctx: &Context<'_, '_>, w: &str) -> bool {
    words::is_legal_form(&w.to_lowercase()) || ctx.lex.is_company_suffix(w) || words::is_corporate_ending(w)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribution::context::test_support::Fixture;

    #[test]
    fn initials_of_a_body_named_before() {
        use crate::attribution::context::test_support::claims;
        // "The Food and Drug Administration approved the drug. The FDA said it was safe."
        let got = claims("The Food and Drug Administration approved the drug. The FDA said it was safe.");
        assert_eq!(got, [(Some("Food and Drug Administration".into()), "it was safe".into())]);
    }

    #[test]
    fn a_company_by_its_short_name() {
        use crate::attribution::context::test_support::claims;
        // "Acme Corp cut its forecast. Acme said demand was weak."
        let got = claims("Acme Corp cut its forecast. Acme said demand was weak.");
        assert_eq!(got, [(Some("Acme Corp".into()), "demand was weak".into())]);
        // A person's surname stays the person's.
        let got = claims("John Podesta founded the Podesta Group. Podesta said it was over.");
        assert_eq!(got, [(Some("John Podesta".into()), "it was over".into())]);
        // "Nimbus Labs announced a headset. Nimbus says it is lighter than rivals."
        let got = claims("Nimbus Labs announced a headset. Nimbus says it is lighter than rivals.");
        assert_eq!(got, [(Some("Nimbus Labs".into()), "it is lighter than rivals".into())]);
        // "… the consortium, Crosslink Transit Partners, … Crosslink said …": a trade word and
        // "Partners".
        let got = claims("Metrolinx blamed Crosslink Transit Partners. Crosslink said it disagreed.");
        assert_eq!(got, [(Some("Crosslink Transit Partners".into()), "it disagreed".into())]);
        // "Activist investor Pike Lane Capital … Pike Lane said": two words before the trade word.
        let got =
            claims("Pike Lane Capital holds 4% of the stock. Pike Lane said the unit was a distraction.");
        assert_eq!(got, [(Some("Pike Lane Capital".into()), "the unit was a distraction".into())]);
        // "… negotiations with Cordillera Andina Copper SA had collapsed … Cordillera Andina said":
        // a metal the company mines, then its legal form.
        let got =
            claims("Talks with Andina Copper SA failed. Andina said in a statement that its offer was fair.");
        assert_eq!(got, [(Some("Andina Copper SA".into()), "its offer was fair".into())]);
        // "Nordic lender Halvard Bank will cut about 3,000 jobs … Halvard also said …": an ending
        // only companies have.
        let got = claims("Halvard Bank will cut 3,000 jobs. Halvard also said it would book charges.");
        assert_eq!(got, [(Some("Halvard Bank".into()), "it would book charges".into())]);
    }

    #[test]
    fn the_main_clause_after_an_opening_source_is_no_role() {
        let role = |text: &str| {
            let e = crate::Extractor::new().extract(text).ok()?;
            e.claims.into_iter().next().and_then(|c| c.speaker).and_then(|s| s.role)
        };
        // "According to Jane Smith, the council overspent."
        assert_eq!(role("According to Jane Smith, the council overspent."), None);
        assert_eq!(
            role("According to Jane Smith, a lawyer, the council overspent.").as_deref(),
            Some("a lawyer")
        );
    }

    #[test]
    fn a_core_of_two_words_is_a_name_with_a_surname() {
        for name in
            ["Vladimir Putin", "Putin", "Joseph R. Biden Jr.", "Biden Jr.", "Jr.", "Mary-Kate Olsen III", ""]
        {
            let core = without_generation(name);
            assert_eq!(core.contains(' '), crate::entities::surname(name).is_some(), "{name}");
        }
    }

    #[test]
    fn surnames_map_to_the_nearest_full_name() {
        let text = "Anna Putin spoke. Putin left. Vladimir Putin came. Putin stayed.";
        let f = Fixture::new(text);
        f.with(|ctx| {
            let people = PersonIndex::new(ctx);
            let at = |s: &str| text.find(s).unwrap_or(0);
            assert_eq!(people.canonical("Putin", at("Putin left")), "Anna Putin");
            // The longer of the names before it.
            assert_eq!(people.canonical("Putin", at("Putin stayed")), "Vladimir Putin");
            assert_eq!(people.canonical("Vladimir Putin", at("Vladimir")), "Vladimir Putin");
            assert_eq!(people.canonical("Nobody", 0), "Nobody");
        });
        // "De Blasio" opening a sentence answers to "Bill de Blasio".
        let text = "Mayor Bill de Blasio spoke. De Blasio left.";
        let f = Fixture::new(text);
        f.with(|ctx| {
            let people = PersonIndex::new(ctx);
            assert_eq!(people.canonical("De Blasio", text.find("De Blasio").unwrap_or(0)), "Bill de Blasio");
        });
    }

    #[test]
    fn a_surname_answers_without_its_arabic_article() {
        // "Minister Adnan Kareem al-Jubouri said … Jubouri said reserves stood at …".
        let text = "Minister Adnan Kareem al-Jubouri spoke. Jubouri left.";
        let f = Fixture::new(text);
        f.with(|ctx| {
            let people = PersonIndex::new(ctx);
            let at = text.find("Jubouri left").unwrap_or(0);
            assert_eq!(people.canonical("Jubouri", at), "Adnan Kareem al-Jubouri");
        });
    }

    #[test]
    fn a_family_name_written_first_answers_to_the_full_name() {
        // "Han Jae-sung … Han added", "Lou Jiwei … Lou said"; not "Super Tuesday", a common word
        // after the first; not a first word two names share.
        let text = "Han Jae-sung spoke. Han left. The Super Tuesday vote. Ann Lee and Ann Cole met.";
        let f = Fixture::new(text);
        f.with(|ctx| {
            let people = PersonIndex::new(ctx);
            let at = |s: &str| text.find(s).unwrap_or(0);
            assert_eq!(people.canonical_person(ctx, "Han", at("Han left")).0, "Han Jae-sung");
            assert_eq!(people.canonical_person(ctx, "Super", at("Super")).0, "Super");
            assert_eq!(people.canonical_person(ctx, "Ann", text.len()).0, "Ann");
        });
        // "Manpower Minister Koh Boon Huat … Mr Koh said": a given name of two syllables, the
        // first a common word.
        let text = "Minister Koh Boon Huat spoke. Mr Koh left.";
        let f = Fixture::new(text);
        f.with(|ctx| {
            let people = PersonIndex::new(ctx);
            assert_eq!(people.canonical_person(ctx, "Koh", text.len()).0, "Koh Boon Huat");
        });
    }

    #[test]
    fn a_paternal_surname_answers_to_the_full_name() {
        // "Health Minister Carla Ibáñez Rojas said … Ibáñez told reporters"; not "Mary Ann Smith"
        // ("Ann" a first name), nor "Rachel Maddow Show" (a common word last).
        let text = "Carla Ibáñez Rojas spoke. Mary Ann Smith spoke. Rachel Maddow Show aired.";
        let f = Fixture::new(text);
        f.with(|ctx| {
            let people = PersonIndex::new(ctx);
            assert_eq!(people.canonical_person(ctx, "Ibáñez", text.len()).0, "Carla Ibáñez Rojas");
            assert_eq!(people.canonical_person(ctx, "Ann", text.len()).0, "Ann");
            assert_eq!(people.canonical_person(ctx, "Maddow", text.len()).0, "Maddow");
        });
    }

    #[test]
    fn initials_given_in_parentheses_stand_for_the_body() {
        // "The Roads and Transport Authority (RTA) … The RTA said".
        let text = "The Roads and Transport Authority (RTA) set fares. The RTA said so.";
        let f = Fixture::new(text);
        f.with(|ctx| {
            let people = PersonIndex::new(ctx);
            assert_eq!(people.body_of_acronym(ctx, "RTA"), Some("Roads and Transport Authority"));
            assert_eq!(people.body_of_acronym(ctx, "FBI"), None);
        });
        // "Sheikh Hamdan bin Mohammed … Sheikh Hamdan said": a particle after the first word.
        let text = "Sheikh Hamdan bin Mohammed opened it. Sheikh Hamdan left.";
        let f = Fixture::new(text);
        f.with(|ctx| {
            let people = PersonIndex::new(ctx);
            let got = people.canonical_person(ctx, "Hamdan", text.find("Hamdan left").unwrap_or(0));
            assert_eq!(got.0, "Hamdan bin Mohammed");
        });
    }

    #[test]
    fn a_generational_suffix_still_answers_to_the_surname() {
        // "Joseph R. Biden Jr. spoke. Biden said …" → "Joseph R. Biden Jr".
        let text = "Vice President Joseph R. Biden Jr. spoke on Monday. Biden left.";
        let f = Fixture::new(text);
        f.with(|ctx| {
            let people = PersonIndex::new(ctx);
            let got = people.canonical("Biden", text.find("Biden left").unwrap_or(0));
            assert!(got.starts_with("Joseph R. Biden"), "{got}");
        });
    }

    #[test]
    fn roles_by_title_or_appositive() {
        let text =
            "Education Secretary Liam Duffy visited. Miriam Okonjo, a human rights lawyer, filed a suit.";
        let f = Fixture::new(text);
        f.with(|ctx| {
            let roles: Vec<(String, String)> = PersonIndex::new(ctx)
                .roles(ctx)
                .into_iter()
                .map(|(n, r)| (n, r.as_str(text).to_string()))
                .collect();
            assert!(roles.contains(&("Liam Duffy".into(), "Education Secretary".into())), "{roles:?}");
            assert!(roles.contains(&("Miriam Okonjo".into(), "a human rights lawyer".into())), "{roles:?}");
        });
    }
}
