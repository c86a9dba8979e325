//! Stage 2: named entities. A [`Recognizer`] labels spans of a [`Document`] as PER / ORG / LOC /
//! MISC; the embedded default is [`EmbeddedRecognizer`] (patterns plus lexicons, no model).

#[cfg(feature = "bert")]
#[cfg_attr(docsrs, doc(cfg(feature = "bert")))]
pub mod bert;
mod embedded;
mod words;

#[cfg(feature = "remote")]
#[cfg_attr(docsrs, doc(cfg(feature = "remote")))]
pub use bert::RemoteModel;
#[cfg(feature = "bert")]
#[cfg_attr(docsrs, doc(cfg(feature = "bert")))]
pub use bert::{BertRecognizer, BertRecognizerConfig, Tag};
pub use embedded::EmbeddedRecognizer;
pub(crate) use embedded::{capitalised_words, initials, is_name_particle};

use serde::{Deserialize, Serialize};

use crate::text::Document;
use crate::{Error, Span};

/// Entity labels (CoNLL-2003 classes).
///
/// ```
/// assert_eq!(serde_json::to_string(&claimex::entities::EntityLabel::Person).unwrap(), "\"PER\"");
/// assert_eq!(claimex::entities::EntityLabel::from_conll("B-ORG"), Some(claimex::entities::EntityLabel::Organization));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum EntityLabel {
    /// A person.
    #[serde(rename = "PER")]
    Person,
    /// An organisation (including news outlets).
    #[serde(rename = "ORG")]
    Organization,
    /// A place.
    #[serde(rename = "LOC")]
    Location,
    /// Anything else named (nationalities, events).
    #[serde(rename = "MISC")]
    Misc,
}

impl EntityLabel {
    /// Parse a CoNLL label, with or without a `B-`/`I-` prefix (`"PER"`, `"I-LOC"`). `O` gives `None`.
    ///
    /// ```
    /// use claimex::entities::EntityLabel;
    /// assert_eq!(EntityLabel::from_conll("I-MISC"), Some(EntityLabel::Misc));
    /// assert_eq!(EntityLabel::from_conll("O"), None);
    /// ```
    pub fn from_conll(label: &str) -> Option<Self> {
        let bare = label.strip_prefix("B-").or_else(|| label.strip_prefix("I-")).unwrap_or(label);
        match bare {
            "PER" | "PERSON" => Some(EntityLabel::Person),
            "ORG" => Some(EntityLabel::Organization),
            "LOC" | "GPE" => Some(EntityLabel::Location),
            "MISC" => Some(EntityLabel::Misc),
            _ => None,
        }
    }
}

/// One recognised entity.
///
/// ```
/// use claimex::entities::{Entity, EntityLabel};
/// let e = Entity { span: claimex::Span::new(0, 5), label: EntityLabel::Person, score: 0.9 };
/// assert_eq!(e.span.as_str("Putin said"), "Putin");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Where it is in the input.
    pub span: Span,
    /// Its class.
    pub label: EntityLabel,
    /// Recognizer confidence in `[0, 1]`.
    pub score: f32,
}

/// A named-entity recognizer: the pluggable stage 2 of the pipeline.
///
/// Implementations must return entities whose spans lie on `char` boundaries of
/// `doc.text()`, sorted by start and not overlapping. `sentences` lists the indices of the
/// sentences the pipeline needs labelled (sorted, deduplicated); a recognizer may label more,
/// but an expensive one should skip the rest.
///
/// ```
/// use claimex::entities::{Entity, EntityLabel, Recognizer};
/// use claimex::text::Document;
///
/// /// Tags every "Smith" as a person.
/// struct Smiths;
/// impl Recognizer for Smiths {
///     fn name(&self) -> &str { "smiths" }
///     fn recognize(&self, doc: &Document<'_>, _sentences: &[usize]) -> claimex::Result<Vec<Entity>> {
///         Ok(doc.text().match_indices("Smith")
///             .map(|(i, s)| Entity { span: claimex::Span::new(i, i + s.len()), label: EntityLabel::Person, score: 1.0 })
///             .collect())
///     }
/// }
/// let extractor = claimex::Extractor::builder().recognizer(Smiths).build()?;
/// let claims = extractor.extract("smith and Smith said it would rain.")?.claims;
/// assert_eq!(claims[0].speaker.as_ref().unwrap().mention.text, "Smith");
/// # Ok::<(), claimex::Error>(())
/// ```
pub trait Recognizer: Send + Sync {
    /// A short name for errors and logs.
    fn name(&self) -> &str;

    /// Label the entities of `doc` (at least in the listed sentences).
    fn recognize(&self, doc: &Document<'_>, sentences: &[usize]) -> Result<Vec<Entity>, Error>;
}

impl<R: Recognizer + ?Sized> Recognizer for Box<R> {
    fn name(&self) -> &str {
        (**self).name()
    }
    fn recognize(&self, doc: &Document<'_>, sentences: &[usize]) -> Result<Vec<Entity>, Error> {
        (**self).recognize(doc, sentences)
    }
}

impl<R: Recognizer + ?Sized> Recognizer for std::sync::Arc<R> {
    fn name(&self) -> &str {
        (**self).name()
    }
    fn recognize(&self, doc: &Document<'_>, sentences: &[usize]) -> Result<Vec<Entity>, Error> {
        (**self).recognize(doc, sentences)
    }
}

/// Generational suffixes after a surname ("Joseph R. Biden Jr.", "Ken Griffey Sr", "John Smith III").
const GENERATIONS: &[&str] = &["Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"];

/// Whether `word` is a generational suffix ("Jr", "III").
pub(crate) fn is_generation(word: &str) -> bool {
    GENERATIONS.contains(&word)
}

/// A person's name without a generational suffix: "Joseph R. Biden Jr." → "Joseph R. Biden".
pub(crate) fn without_generation(name: &str) -> &str {
    match split_last_word(name) {
        Some((rest, last)) if is_generation(last) && rest.contains(' ') => rest.trim_end_matches(','),
        _ => name,
    }
}

/// Courtesy titles, lower case, with and without their stop: a surname follows them ("Mr
/// Sheikh"), and they say nothing of a role ("Mr. Smith said" has no role).
const COURTESY_TITLES: &[&str] = &["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "mx."];

/// Whether `word` (lower case) is a courtesy title ("mr", "mrs.", "miss").
pub(crate) fn is_courtesy_title(word: &str) -> bool {
    COURTESY_TITLES.contains(&word)
}

/// A one-word surname without the Arabic article a hyphen glues to it: "al-Jubouri" → "Jubouri",
/// "El-Sisi" → "Sisi" ("Adnan Kareem al-Jubouri … Jubouri said").
pub(crate) fn without_arabic_article(word: &str) -> Option<&str> {
    let (article, rest) = word.split_once('-')?;
    let article = embedded::ARABIC_ARTICLES.iter().any(|a| a.eq_ignore_ascii_case(article));
    (article && rest.starts_with(char::is_uppercase) && !word.contains(' ')).then_some(rest)
}

/// A person's name without a nickname in quotation marks between its words: "Ramon “Monching”
/// Villarica" → "Ramon Villarica" (the name an editor credits; the mention keeps it as written).
pub(crate) fn without_nickname(name: &str) -> std::borrow::Cow<'_, str> {
    // (Most names hold no quotation mark: “ and ‘ open on the byte 0xE2.)
    if !name.bytes().any(|b| matches!(b, b'"' | b'\'' | 0xE2)) {
        return name.into();
    }
    let open = name.match_indices(' ').find_map(|(at, _)| {
        let rest = name.get(at + 1..)?;
        let q = rest.chars().next().filter(|c| matches!(c, '“' | '"' | '‘' | '\''))?;
        let close = if q == '“' {
            '”'
        } else if q == '‘' {
            '’'
        } else {
            q
        };
        let inner = rest.get(q.len_utf8()..)?;
        let end = inner.find(close)?;
        let after = inner.get(end + close.len_utf8()..)?;
        after.starts_with(' ').then(|| (at, name.len() - after.len()))
    });
    match open {
        Some((from, to)) => {
            format!("{}{}", name.get(..from).unwrap_or(name), name.get(to..).unwrap_or("")).into()
        }
        None => name.into(),
    }
}

/// `name` split at its last space: `name.rsplit_once(' ')`, by a plain byte scan (names are
/// short, and this runs for every person of every document).
fn split_last_word(name: &str) -> Option<(&str, &str)> {
    let at = name.bytes().rposition(|b| b == b' ')?;
    Some((name.get(..at)?, name.get(at + 1..)?))
}

/// The surname of a person's name as written: its last word, after the last space ("Vladimir
/// Putin" → "Putin"), before a generational suffix ("Joseph R. Biden Jr." → "Biden"); none for a
/// one-word name.
pub(crate) fn surname(name: &str) -> Option<&str> {
    split_last_word(without_generation(name)).map(|(_, last)| last)
}

/// The surnames of the multi-word person names among `entities`, sorted, each once.
pub(crate) fn surnames<'t>(text: &'t str, entities: &[Entity]) -> Vec<&'t str> {
    let mut out: Vec<&str> = entities
        .iter()
        .filter(|e| e.label == EntityLabel::Person)
        .filter_map(|e| surname(e.span.as_str(text)))
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

#[cfg(test)]
mod surname_tests {

    #[test]
    fn a_nickname_leaves_the_credited_name() {
        // "Ramon “Monching” Villarica, a farmers' leader, said …"
        assert_eq!(without_nickname("Ramon “Monching” Villarica"), "Ramon Villarica");
        assert_eq!(without_nickname("Juan \"Chico\" Manriquez"), "Juan Manriquez");
        assert_eq!(without_nickname("Ramon Villarica"), "Ramon Villarica");
        assert_eq!(without_nickname("Pat O'Brien 'Ed"), "Pat O'Brien 'Ed");
    }
    use super::*;

    #[test]
    fn surnames_of_multi_word_people() {
        let text = "Vladimir Putin, Putin, Anna Putin and Kremlin";
        let e = |a: usize, b: usize, label| Entity { span: Span::new(a, b), label, score: 1.0 };
        let entities = [
            e(0, 14, EntityLabel::Person),
            e(16, 21, EntityLabel::Person),
            e(23, 33, EntityLabel::Person),
            e(38, 45, EntityLabel::Organization),
        ];
        assert_eq!(surnames(text, &entities), ["Putin"]);
        assert_eq!(surname("Putin"), None);
        // "Joseph R. Biden Jr." is Biden; "Smith Jr" is no full name.
        assert_eq!(surname("Joseph R. Biden Jr."), Some("Biden"));
        assert_eq!(surname("Joseph R. Biden Jr"), Some("Biden"));
        assert_eq!(surname("Smith Jr"), Some("Jr"));
    }
}
