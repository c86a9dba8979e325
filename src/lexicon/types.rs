//! The lexicons' value types: cue entries, and the classes of places, titles, nouns and words.

use crate::{Act, Stance};

/// One reporting-verb form and what it means.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct CueEntry {
    /// The written form, lower case ("ruled out").
    pub form: String,
    /// Base form ("rule out").
    pub lemma: String,
    /// Stance class.
    pub stance: Stance,
    /// Speech ("said") or attitude ("believes").
    pub act: Act,
    /// The content is usually the verb's noun-phrase object ("opposed the deal"), not a clause.
    pub object: bool,
    /// The noun-phrase object is what the speaker does something to ("sought the nomination",
    /// "offered his condolences", "voted for the bill"), not a statement: the verb makes a claim only
    /// when its content holds a clause or a quotation.
    pub deed: bool,
}

/// Kinds of place in `data/places.tsv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PlaceKind {
    /// A country.
    Country,
    /// A capital city (speaks for its government: "Ankara said").
    Capital,
    /// Another city.
    City,
    /// A state or province.
    State,
    /// A wider region.
    Region,
    /// An adjective of nationality ("Russian").
    Demonym,
}

/// Kinds of title in `data/titles.tsv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TitleClass {
    /// A role on its own ("minister").
    Head,
    /// Only before a head ("deputy").
    Modifier,
}

/// Grammatical gender, where a word tells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Gender {
    /// He.
    Male,
    /// She.
    Female,
    /// Not known.
    Unknown,
}

/// Closed word classes from `data/function_words.tsv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum WordClass {
    /// the, a, an, this.
    Det,
    /// his, her, its, their.
    Poss,
    /// he, she, it, they.
    Pron,
    /// has, was, is, been.
    Aux,
    /// will, would, could.
    Modal,
    /// not, never.
    Neg,
    /// on, in, of, for.
    Prep,
    /// and, but, or.
    Conj,
    /// that, whether, if.
    Subord,
    /// Monday, yesterday, earlier.
    Time,
    /// also, again, repeatedly.
    Adv,
    /// went, took, shook: past forms of common verbs, which never head a noun phrase.
    Verb,
}

/// What a common noun heading a speaker phrase stands for (`data/speaker_nouns.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NounKind {
    /// One person ("the official").
    Person,
    /// People ("officials").
    Group,
    /// A body ("the office", "the campaign").
    Organization,
}

impl PlaceKind {
    /// The kind named in `data/places.tsv`.
    pub(crate) fn from_data(name: &str) -> Option<PlaceKind> {
        Some(match name {
            "country" => PlaceKind::Country,
            "capital" => PlaceKind::Capital,
            "city" => PlaceKind::City,
            "state" => PlaceKind::State,
            "region" => PlaceKind::Region,
            "demonym" => PlaceKind::Demonym,
            _ => return None,
        })
    }
}

impl std::str::FromStr for PlaceKind {
    type Err = String;

    /// The kind as written in `data/places.tsv`: `country`, `capital`, `city`, `state`, `region`
    /// or `demonym`.
    ///
    /// ```
    /// use claimex::lexicon::PlaceKind;
    /// assert_eq!("capital".parse::<PlaceKind>(), Ok(PlaceKind::Capital));
    /// assert!("planet".parse::<PlaceKind>().is_err());
    /// ```
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        PlaceKind::from_data(s).ok_or_else(|| {
            format!(
                "unknown place kind {s:?}; expected one of country, capital, city, state, region, demonym"
            )
        })
    }
}

impl TitleClass {
    /// The class named in `data/titles.tsv`.
    pub(crate) fn from_data(name: &str) -> Option<TitleClass> {
        match name {
            "head" => Some(TitleClass::Head),
            "modifier" => Some(TitleClass::Modifier),
            _ => None,
        }
    }
}

impl Gender {
    /// The gender written in `data/titles.tsv`: `m`, `f`, or `-` (or nothing) for unknown.
    pub(crate) fn from_data(name: &str) -> Option<Gender> {
        match name {
            "m" => Some(Gender::Male),
            "f" => Some(Gender::Female),
            "-" | "" => Some(Gender::Unknown),
            _ => None,
        }
    }
}

impl WordClass {
    /// The class named in `data/function_words.tsv`.
    pub(crate) fn from_data(name: &str) -> Option<WordClass> {
        Some(match name {
            "det" => WordClass::Det,
            "poss" => WordClass::Poss,
            "pron" => WordClass::Pron,
            "aux" => WordClass::Aux,
            "modal" => WordClass::Modal,
            "neg" => WordClass::Neg,
            "prep" => WordClass::Prep,
            "conj" => WordClass::Conj,
            "subord" => WordClass::Subord,
            "time" => WordClass::Time,
            "adv" => WordClass::Adv,
            "verb" => WordClass::Verb,
            _ => return None,
        })
    }
}

impl NounKind {
    /// The kind named in `data/speaker_nouns.tsv`.
    pub(crate) fn from_data(name: &str) -> Option<NounKind> {
        match name {
            "person" => Some(NounKind::Person),
            "group" => Some(NounKind::Group),
            "organization" => Some(NounKind::Organization),
            _ => None,
        }
    }
}

/// How a phrase of `data/furniture.tsv` marks page furniture in scraped text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FurnitureKind {
    /// The whole paragraph is the phrase ("Advertisement").
    Line,
    /// The paragraph opens with the phrase ("Photo: …", "Watch: …").
    Prefix,
    /// A heading over a list of other stories' headlines ("Most read", "Related").
    List,
    /// A heading over a schedule of labelled lines ("UP NEXT ⏎ Rattlers: Host Memphis on Monday
    /// night.").
    Schedule,
}

impl FurnitureKind {
    /// The kind named in `data/furniture.tsv`.
    pub(crate) fn from_data(name: &str) -> Option<FurnitureKind> {
        match name {
            "line" => Some(FurnitureKind::Line),
            "prefix" => Some(FurnitureKind::Prefix),
            "list" => Some(FurnitureKind::List),
            "schedule" => Some(FurnitureKind::Schedule),
            _ => None,
        }
    }
}

/// What an abbreviation before a full stop is (`data/abbreviations.txt`), which decides whether
/// the stop ends the sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum AbbrevKind {
    /// "Mr.", "Sen.": never ends a sentence.
    Title,
    /// "Jan.": ends one only before a sentence opener that is a word.
    Month,
    /// "Inc.", "etc.": ends one only before a sentence opener.
    Other,
}

impl AbbrevKind {
    /// The kind named in `data/abbreviations.txt`.
    pub(crate) fn from_data(name: &str) -> Option<AbbrevKind> {
        match name {
            "title" => Some(AbbrevKind::Title),
            "month" => Some(AbbrevKind::Month),
            "other" => Some(AbbrevKind::Other),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_the_data_files() {
        assert_eq!(PlaceKind::from_data("capital"), Some(PlaceKind::Capital));
        assert_eq!(TitleClass::from_data("modifier"), Some(TitleClass::Modifier));
        assert_eq!(Gender::from_data("-"), Some(Gender::Unknown));
        assert_eq!(WordClass::from_data("subord"), Some(WordClass::Subord));
        assert_eq!(NounKind::from_data("group"), Some(NounKind::Group));
        assert_eq!(AbbrevKind::from_data("month"), Some(AbbrevKind::Month));
        assert_eq!(PlaceKind::from_data("Country"), None);
    }
}
