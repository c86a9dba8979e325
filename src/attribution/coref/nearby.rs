//! "Sara Lee met Tom Hart. He said …": a "he" or "she" that no antecedent agrees with stands for
//! the latest person of that gender named just before, an object or a second name too (which are
//! no antecedents otherwise).

use crate::entities::EntityLabel;
use crate::lexicon::{FxMap, Gender};
use crate::SpeakerKind;

use super::super::context::Context;
use super::super::mentions::Mention;
use super::people::PersonIndex;
use super::referent::{gender_by_first_name, Known, Referent};

/// How many sentences before the pronoun's own the person may be named in.
const REACH: usize = 2;

/// People named just before a pronoun.
#[derive(Debug, Default)]
pub(super) struct Nearby {
    /// The latest of the pronoun's gender.
    pub told: Option<Referent>,
    /// The latest whose gender nothing tells ("Kate Brennan and Liam Walsh clashed. He said …").
    pub untold: Option<Referent>,
}

/// The people named in the pronoun's sentence (before it) or the `REACH` sentences before, outside
/// quotations: the latest whose gender is `want` (recorded in `genders`, else told by a gendered
/// title before the name, "Mrs", "Councilwoman", or by its first name, "Tom Hart"), and the latest
/// whose gender nothing tells.
pub(super) fn named_nearby(
    ctx: &Context<'_, '_>,
    people: &PersonIndex<'_>,
    m: &Mention,
    want: Gender,
    genders: &FxMap<String, Known>,
) -> Nearby {
    let Some(from) = super::reach_start(ctx, m, REACH) else {
        return Nearby::default();
    };
    let text = ctx.doc.text();
    let (mut t, mut untold) = (m.tokens.start, None);
    while t > from {
        t -= 1;
        let Some(e) = ctx.entity(t).filter(|e| e.label == EntityLabel::Person) else { continue };
        let first = ctx.doc.token_index_at(e.span.start);
        if ctx.in_quote(t) {
            t = first;
            continue;
        }
        let (name, _) = people.canonical_person(ctx, e.span.as_str(text), e.span.start);
        match gender(ctx, first, &name, genders) {
            Some(g) if g == want => return Nearby { told: Some(person(name)), untold },
            None if untold.is_none() && name.contains(' ') => untold = Some(person(name)),
            _ => {}
        }
        t = first;
    }
    Nearby { told: None, untold }
}

fn person(name: String) -> Referent {
    Referent { name, kind: SpeakerKind::Person, plural: false }
}

/// The gender a person named at token `first` as `name` is known by: recorded, told by a gendered
/// title before the name, or by its first name.
fn gender(ctx: &Context<'_, '_>, first: usize, name: &str, genders: &FxMap<String, Known>) -> Option<Gender> {
    let titled = || {
        let g = first.checked_sub(1).and_then(|t| ctx.lex.title(ctx.lower(t))).map(|(_, g)| g);
        g.filter(|g| matches!(g, Gender::Male | Gender::Female))
    };
    genders.get(name).map(|k| k.gender).or_else(titled).or_else(|| gender_by_first_name(ctx, name))
}

#[cfg(test)]
mod tests {
    use crate::attribution::context::test_support::speakers;

    #[test]
    fn a_pronoun_of_the_other_gender_takes_the_object() {
        // "Inspector Tom Lyle questioned Amira Haddad … She later told reporters …"
        let text = "Inspector Tom Lyle questioned Amira Haddad for three hours on Wednesday. \
                    She later told reporters she had been treated fairly.";
        assert_eq!(speakers(text), ["Amira Haddad"]);
        // "Nadia Petrov … alongside her brother Ivan Petrov. He told the court …, while she said …"
        let text = "Nadia Petrov, 38, was arrested alongside her brother Ivan Petrov. He told the court \
                    he had never met the buyer, while she said she had acted alone.";
        assert_eq!(speakers(text), ["Ivan Petrov", "Nadia Petrov"]);
    }

    #[test]
    fn a_name_no_gender_is_known_of_before_the_wrong_gender() {
        // "Minister Kate Brennan and her opposite number, Liam Walsh, clashed on Sunday. He promised …"
        let text =
            "Minister Kate Brennan and her opposite number, Liam Walsh, clashed on Sunday. He promised \
                    that taxes would not rise. She said his sums did not add up.";
        assert_eq!(speakers(text), ["Liam Walsh", "Kate Brennan"]);
        // One person alone keeps the pronoun whatever the first name tells ("Karan" is listed as a
        // woman's name).
        let text = "Karan Malviya reached his hundred on Sunday. He said the pitch was slow.";
        assert_eq!(speakers(text), ["Karan Malviya"]);
    }
}
