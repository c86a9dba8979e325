//! One reader for every data file under `data/`: rows of tab-separated, trimmed columns, and a
//! typed error that names the file, the line and what is wrong with it.

use std::collections::{HashMap, HashSet};

use super::hash::{FxMap, FxSet};
use super::types::{AbbrevKind, CueEntry, FurnitureKind, Gender, NounKind, PlaceKind, TitleClass, WordClass};
use crate::{Act, Error, Stance};

/// What is wrong with one line of a data file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Problem {
    /// The line has too few or too many columns for the file's format.
    Columns { format: &'static str },
    /// A required column is empty.
    Empty { column: &'static str },
    /// A column holds a name the file does not define.
    Unknown { column: &'static str, value: String, expected: &'static str },
    /// A context of words is longer than the stage that reads it looks.
    TooLong { value: String, max: usize },
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Problem::Columns { format } => write!(f, "expected {format}"),
            Problem::Empty { column } => write!(f, "the {column} is empty"),
            Problem::Unknown { column, value, expected } => {
                write!(f, "unknown {column} {value:?} ({expected})")
            }
            Problem::TooLong { value, max } => write!(f, "{value:?} has more than {max} words"),
        }
    }
}

/// A data file's line that does not parse.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ParseError {
    /// The lexicon ("cues", "places", …).
    pub lexicon: &'static str,
    /// The line number in the file (1-based).
    pub line: usize,
    pub problem: Problem,
}

impl From<ParseError> for Error {
    fn from(e: ParseError) -> Error {
        Error::Lexicon { lexicon: e.lexicon, line: e.line, reason: e.problem.to_string() }
    }
}

/// The most columns a data file has.
const MAX_COLUMNS: usize = 4;

/// One data line: where it is and its columns, trimmed (`n` of them; more than
/// [`MAX_COLUMNS`] count as one too many).
pub(crate) struct Row<'a> {
    lexicon: &'static str,
    line: usize,
    cols: [&'a str; MAX_COLUMNS + 1],
    n: usize,
}

impl<'a> Row<'a> {
    fn error(&self, problem: Problem) -> ParseError {
        ParseError { lexicon: self.lexicon, line: self.line, problem }
    }

    /// The row's columns, when there are `min..=max` of them (`format` describes them).
    fn columns(&self, min: usize, max: usize, format: &'static str) -> Result<&[&'a str], ParseError> {
        if (min..=max).contains(&self.n) {
            Ok(&self.cols[..self.n])
        } else {
            Err(self.error(Problem::Columns { format }))
        }
    }

    /// Column `value` (named `column`) read by `read`, which knows the names `expected` lists.
    fn named<T>(
        &self,
        value: &str,
        column: &'static str,
        expected: &'static str,
        read: impl Fn(&str) -> Option<T>,
    ) -> Result<T, ParseError> {
        read(value).ok_or_else(|| self.error(Problem::Unknown { column, value: value.to_string(), expected }))
    }

    /// Column `value` (named `column`), which must not be empty.
    fn non_empty(&self, value: &'a str, column: &'static str) -> Result<&'a str, ParseError> {
        if value.is_empty() {
            Err(self.error(Problem::Empty { column }))
        } else {
            Ok(value)
        }
    }
}

/// Non-empty, non-comment lines of an embedded data file, with their line numbers.
fn lines(data: &str) -> impl Iterator<Item = (usize, &str)> {
    data.lines()
        .enumerate()
        .map(|(n, l)| (n + 1, l.trim_end()))
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
}

/// The rows of data file `data` of lexicon `lexicon`.
pub(crate) fn rows<'a>(lexicon: &'static str, data: &'a str) -> impl Iterator<Item = Row<'a>> {
    lines(data).map(move |(line, l)| {
        let mut cols = [""; MAX_COLUMNS + 1];
        let mut n = 0;
        for col in l.split('\t').map(str::trim) {
            if let Some(slot) = cols.get_mut(n) {
                *slot = col;
            }
            n += 1;
        }
        Row { lexicon, line, cols, n: n.min(MAX_COLUMNS + 1) }
    })
}

/// `data/cues.tsv`: lemma, act, stance, comma-separated forms, and optionally flags: `object`, `deed` (comma-separated).
pub(crate) fn cues(data: &str) -> Result<Vec<CueEntry>, ParseError> {
    let mut out = Vec::new();
    for row in rows("cues", data) {
        let c = row.columns(4, 5, "lemma<TAB>act<TAB>stance<TAB>forms[<TAB>flags]")?;
        let act: Act = row.named(c[1], "act", "speech or attitude", |s| s.parse().ok())?;
        let stance: Stance = row.named(c[2], "stance", "see Stance", |s| s.parse().ok())?;
        let flags = c.get(4).copied().unwrap_or("");
        row.named(flags, "flags", "object, deed", |s| {
            s.split(',').map(str::trim).all(|f| matches!(f, "" | "object" | "deed")).then_some(())
        })?;
        let has = |flag: &str| flags.split(',').any(|f| f.trim() == flag);
        let (object, deed) = (has("object"), has("deed"));
        for form in c[3].split(',').map(str::trim).filter(|f| !f.is_empty()) {
            let lemma = c[0].to_string();
            out.push(CueEntry { form: form.to_lowercase(), lemma, stance, act, object, deed });
        }
    }
    Ok(out)
}

/// `data/outlets.tsv`: canonical name, comma-separated written forms. Returns (form, name) pairs.
pub(crate) fn outlets(data: &str) -> Result<Vec<(String, String)>, ParseError> {
    let mut out = Vec::new();
    for row in rows("outlets", data) {
        let c = row.columns(2, 2, "name<TAB>forms")?;
        let name = row.non_empty(c[0], "name")?;
        for form in c[1].split(',').map(str::trim).filter(|f| !f.is_empty()) {
            out.push((form.to_string(), name.to_string()));
        }
    }
    Ok(out)
}

/// A title phrase (lower case), its class and gender.
pub(crate) type TitleRow = (String, TitleClass, Gender);

/// `data/titles.tsv`: phrase, class (`head` or `modifier`), gender (`m`, `f` or `-`), and an
/// optional `caps` flag (a title only as written in capitals: "DI", not the "Di" of "Di Natale").
/// The titles, then the phrases flagged `caps`.
pub(crate) fn titles(data: &str) -> Result<(Vec<TitleRow>, Vec<String>), ParseError> {
    let mut caps = Vec::new();
    let titles = rows("titles", data)
        .map(|row| {
            let c = row.columns(3, 4, "phrase<TAB>class<TAB>gender[<TAB>caps]")?;
            let class = row.named(c[1], "class", "head or modifier", TitleClass::from_data)?;
            let gender = row.named(c[2], "gender", "m, f or -", Gender::from_data)?;
            if let Some(&flag) = c.get(3) {
                row.named(flag, "flag", "caps", |f| (f == "caps").then_some(()))?;
                caps.push(c[0].to_lowercase());
            }
            Ok((c[0].to_lowercase(), class, gender))
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok((titles, caps))
}

/// `data/places.tsv`: name (case as written), kind.
pub(crate) fn places(data: &str) -> Result<Vec<(String, PlaceKind)>, ParseError> {
    rows("places", data)
        .map(|row| {
            let c = row.columns(2, 2, "name<TAB>kind")?;
            let kind = row.named(
                c[1],
                "place kind",
                "country, capital, city, state, region or demonym",
                PlaceKind::from_data,
            )?;
            Ok((c[0].to_string(), kind))
        })
        .collect()
}

/// The three lists of `data/organizations.tsv`.
#[derive(Debug, Default)]
pub(crate) struct Organizations {
    pub orgs: Vec<String>,
    /// The organisations that are public bodies (also in `orgs`).
    pub public_bodies: Vec<String>,
    pub org_suffixes: Vec<String>,
    pub outlet_suffixes: Vec<String>,
    pub company_suffixes: Vec<String>,
}

/// `data/organizations.tsv`: name, and what it is (`org`, `public`, `suffix`, `outlet-suffix` or
/// `company-suffix`).
pub(crate) fn organizations(data: &str) -> Result<Organizations, ParseError> {
    let mut out = Organizations::default();
    for row in rows("organizations", data) {
        let c = row.columns(2, 2, "name<TAB>org|public|suffix|outlet-suffix|company-suffix")?;
        let list = match c[1] {
            "org" => &mut out.orgs,
            "public" => {
                out.public_bodies.push(c[0].to_string());
                &mut out.orgs
            }
            "suffix" => &mut out.org_suffixes,
            "outlet-suffix" => &mut out.outlet_suffixes,
            "company-suffix" => &mut out.company_suffixes,
            other => {
                let (column, expected) =
                    ("entry kind", "org, public, suffix, outlet-suffix or company-suffix");
                return Err(row.error(Problem::Unknown { column, value: other.to_string(), expected }));
            }
        };
        list.push(c[0].to_string());
    }
    Ok(out)
}

/// A two-column file of a word (lower-cased) and a class read by `read`.
fn word_classes<T>(
    lexicon: &'static str,
    data: &str,
    expected: &'static str,
    read: impl Fn(&str) -> Option<T>,
) -> Result<FxMap<String, T>, ParseError> {
    rows(lexicon, data)
        .map(|row| {
            let c = row.columns(2, 2, "word<TAB>class")?;
            Ok((c[0].to_lowercase(), row.named(c[1], "class", expected, &read)?))
        })
        .collect()
}

/// `data/function_words.tsv`: word, closed class.
pub(crate) fn function_words(data: &str) -> Result<FxMap<String, WordClass>, ParseError> {
    let expected = "det, poss, pron, aux, modal, neg, prep, conj, subord, time, adv or verb";
    word_classes("function_words", data, expected, WordClass::from_data)
}

/// `data/speaker_nouns.tsv`: noun, what it stands for.
pub(crate) fn speaker_nouns(data: &str) -> Result<FxMap<String, NounKind>, ParseError> {
    word_classes("speaker_nouns", data, "person, group or organization", NounKind::from_data)
}

/// `data/first_names.tsv`: first name, the gender it mostly marks (`m` or `f`).
pub(crate) fn first_names(data: &str) -> Result<FxMap<String, Gender>, ParseError> {
    word_classes("first_names", data, "m or f", |s| Gender::from_data(s).filter(|g| *g != Gender::Unknown))
}

/// `data/abbreviations.txt`: abbreviation (without its stop), kind.
pub(crate) fn abbreviations(data: &str) -> Result<HashMap<String, AbbrevKind>, ParseError> {
    rows("abbreviations", data)
        .map(|row| {
            let c = row.columns(2, 2, "abbreviation<TAB>title|month|other")?;
            Ok((c[0].to_string(), row.named(c[1], "kind", "title, month or other", AbbrevKind::from_data)?))
        })
        .collect()
}

/// A context in which a cue word reports nothing (`data/cue_exclusions.tsv`).
#[derive(Debug)]
pub(crate) struct CueExclusion {
    /// A lemma, or with `form_only` one written word.
    pub cue: String,
    pub form_only: bool,
    /// The word right before the cue, or (when false) the words right after it.
    pub before: bool,
    /// Alternatives, each a run of words.
    pub words: Vec<Vec<String>>,
}

/// `data/cue_exclusions.tsv`: lemma (or `=form`), `before` or `after`, comma-separated word runs.
/// Most words in one context of `data/cue_exclusions.tsv`.
const MAX_EXCLUSION_WORDS: usize = 3;

pub(crate) fn cue_exclusions(data: &str) -> Result<Vec<CueExclusion>, ParseError> {
    rows("cue_exclusions", data)
        .map(|row| {
            let c = row.columns(3, 3, "lemma or =form<TAB>before|after<TAB>words")?;
            let before = row.named(c[1], "side", "before or after", |s| match s {
                "before" => Some(true),
                "after" => Some(false),
                _ => None,
            })?;
            let (cue, form_only) = match c[0].strip_prefix('=') {
                Some(word) => (word, true),
                None => (c[0], false),
            };
            let words: Vec<Vec<String>> =
                c[2].split(',').map(|alt| alt.split_whitespace().map(str::to_lowercase).collect()).collect();
            // (The cue stage reads three words on each side at most: a longer context never matches.)
            if let Some(long) = words.iter().find(|w| w.len() > MAX_EXCLUSION_WORDS) {
                return Err(row.error(Problem::TooLong { value: long.join(" "), max: MAX_EXCLUSION_WORDS }));
            }
            Ok(CueExclusion { cue: cue.to_lowercase(), form_only, before, words })
        })
        .collect()
}

/// `data/common_words.txt`: one word a line, lower-cased.
pub(crate) fn common_words(data: &str) -> FxSet<String> {
    lines(data).map(|(_, l)| l.trim().to_lowercase()).collect()
}

/// A plain word list (`data/sentence_openers.txt`, `data/post_nominals.txt`): one word a line.
pub(crate) fn plain_words(data: &'static str) -> HashSet<&'static str> {
    lines(data).map(|(_, l)| l).collect()
}

/// `data/offices.tsv`: two lower-case words for one office.
pub(crate) fn offices(data: &'static str) -> Result<Vec<(&'static str, &'static str)>, ParseError> {
    rows("offices", data)
        .map(|row| {
            let c = row.columns(2, 2, "title<TAB>another word")?;
            Ok((c[0], c[1]))
        })
        .collect()
}

/// `data/furniture.tsv`: kind (`line`, `prefix` or `list`), lower-case phrase.
pub(crate) fn furniture(data: &'static str) -> Result<Vec<(FurnitureKind, &'static str)>, ParseError> {
    rows("furniture", data)
        .map(|row| {
            let c = row.columns(2, 2, "kind<TAB>phrase")?;
            Ok((row.named(c[0], "kind", "line, prefix, list or schedule", FurnitureKind::from_data)?, c[1]))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_name_the_line_and_the_problem() {
        let data = "# comment\nsay\tspeech\tneutral\tsay,said\n\nspeak\tspeech\tloud\tspoke\n";
        let err = cues(data).err();
        let want = Problem::Unknown { column: "stance", value: "loud".into(), expected: "see Stance" };
        assert_eq!(err, Some(ParseError { lexicon: "cues", line: 4, problem: want }));
        let err = cues("think\tbelief\tbelief\tthink\n").err().map(|e| e.problem);
        let want = Problem::Unknown { column: "act", value: "belief".into(), expected: "speech or attitude" };
        assert_eq!(err, Some(want));
        let err = cues("say\tneutral\tsay,said\n").err().map(|e| e.problem);
        assert_eq!(err, Some(Problem::Columns { format: "lemma<TAB>act<TAB>stance<TAB>forms[<TAB>flags]" }));
        let err = places("Gondor\tcountry\tMiddle-earth\n").err().map(|e| e.problem);
        assert_eq!(err, Some(Problem::Columns { format: "name<TAB>kind" }));
        let err = outlets("\tBBC\n").err().map(|e| e.problem);
        // (A leading tab leaves an empty name; `lines` trims only the end.)
        assert_eq!(err, Some(Problem::Empty { column: "name" }));
        // A context longer than the cue stage reads would never match.
        let err = cue_exclusions("charge\tafter\twith,in the death of\n").err().map(|e| e.problem);
        assert_eq!(err, Some(Problem::TooLong { value: "in the death of".into(), max: 3 }));
        let msg = Error::from(ParseError {
            lexicon: "titles",
            line: 3,
            problem: Problem::Empty { column: "phrase" },
        });
        assert_eq!(msg.to_string(), "lexicon titles, entry 3: the phrase is empty");
    }

    #[test]
    fn rows_of_every_format() {
        assert_eq!(cues("say\tspeech\tneutral\tsay, said\tobject\n").map(|c| c.len()), Ok(2));
        let think = cues("think\tattitude\tbelief\tthinks\n").map(|c| (c[0].act, c[0].stance, c[0].object));
        assert_eq!(think, Ok((Act::Attitude, Stance::Belief, false)));
        let back = cues("back\tspeech\tsupport\tbacked\tobject,deed\n").map(|c| (c[0].object, c[0].deed));
        assert_eq!(back, Ok((true, true)));
        let post = cues("post\tspeech\tneutral\tposted\tdeed\n").map(|c| (c[0].object, c[0].deed));
        assert_eq!(post, Ok((false, true)));
        assert!(cues("back\tspeech\tsupport\tbacked\tdeeds\n").is_err());
        let t = titles("Minister\thead\t-\n");
        assert_eq!(t, Ok((vec![("minister".to_string(), TitleClass::Head, Gender::Unknown)], vec![])));
        let t = titles("DI\thead\t-\tcaps\n").map(|t| t.1);
        assert_eq!(t, Ok(vec!["di".to_string()]));
        assert!(titles("DI\thead\t-\tcapitals\n").is_err());
        assert_eq!(abbreviations("jan\tmonth\n").map(|a| a.get("jan").copied()), Ok(Some(AbbrevKind::Month)));
        let x = cue_exclusions("=adding\tafter\tto, up to\n");
        assert_eq!(x.map(|x| (x[0].form_only, x[0].words.len())), Ok((true, 2)));
    }
}
