//! "The Turkish Defense Ministry said … No casualties were reported, the ministry said": a
//! definite description of a body stands for the latest body among the antecedents that it
//! describes.

use crate::entities::EntityLabel;
use crate::lexicon::{FxMap, PlaceKind};
use crate::{Span, SpeakerKind};

use super::super::context::Context;
use super::super::mentions::{Mention, MentionKind};
use super::super::words;
use super::referent::{organisation_named_before, Referent};

/// "the ministry", "the defense ministry", "the council", "the board": "the", at most one
/// modifier, and a noun naming a kind of body stand for the latest organisation among
/// `antecedents` whose proper name holds the noun and the modifier ("Turkish Defense Ministry",
/// "Illinois Board of Elections"; "the agency" for the "Federal Aviation Administration",
/// [`words::body_name_words`]; not a described one, "the social media company").
pub(super) fn described_body(
    ctx: &Context<'_, '_>,
    m: &Mention,
    antecedents: &[Referent],
    roles: &FxMap<String, Span>,
) -> Option<Referent> {
    let (a, b) = (m.tokens.start, m.tokens.end);
    if !super::is_definite_description(m) || b > a + 3 || !ctx.lower_is(a, "the") {
        return None;
    }
    let head = ctx.lower(b - 1);
    let modifier = naming_modifier(ctx, a, b);
    body_by_name(ctx, m, head, antecedents)
        .or_else(|| latest_body(head, modifier, antecedents))
        .or_else(|| body_by_role(ctx, head, antecedents, roles))
}

/// "Peel Regional Police charged him … At the time, police said …": "police" or "the police"
/// alone stands for the latest police service named in the forty sentences before it ("… Police",
/// "… Police Service", "… Police Department", "… Constabulary").
pub(super) fn police_service(ctx: &Context<'_, '_>, m: &Mention) -> Option<Referent> {
    let (a, b) = (m.tokens.start, m.tokens.end);
    let bare = b == a + 1 || b == a + 2 && ctx.lower_is(a, "the");
    if !matches!(m.kind, MentionKind::Common { .. }) || !bare || !ctx.lower_is(b - 1, "police") {
        return None;
    }
    let service = |name: &str| {
        let last = name.rsplit(' ').next().unwrap_or_default();
        name.contains(' ')
            && (matches!(last, "Police" | "Constabulary")
                || matches!(last, "Service" | "Department" | "Force") && name.contains("Police "))
    };
    let from = super::reach_start(ctx, m, POLICE_REACH).unwrap_or(0);
    organisation_named_before(ctx, from, m, service)
}

/// "The Marlowe County Sheriff's Office arrested him … The sheriff's office asked …": "the" and
/// the last words of a body's name in lower case, a possessive among them, stand for the latest
/// body so named in the forty sentences before.
pub(super) fn office_of(ctx: &Context<'_, '_>, m: &Mention) -> Option<Referent> {
    let (a, b) = (m.tokens.start, m.tokens.end);
    let possessive = (a + 1..b).any(|t| matches!(ctx.word(t), "'" | "’"));
    if !matches!(m.kind, MentionKind::Common { .. }) || !ctx.lower_is(a, "the") || !possessive {
        return None;
    }
    let tail = ctx.span(a + 1, b).as_str(ctx.doc.text()).to_lowercase().replace('’', "'");
    let ending = format!(" {tail}");
    let named = |name: &str| name.to_lowercase().replace('’', "'").ends_with(&ending);
    let from = super::reach_start(ctx, m, POLICE_REACH).unwrap_or(0);
    organisation_named_before(ctx, from, m, named)
}

/// How many sentences before its own "police" looks back for the police service.
const POLICE_REACH: usize = 40;

/// "The European Commission unveiled the plan. According to the Commission, …": a body's head
/// word alone, capitalised after "the", stands for the latest body named in full with that last
/// word, or with that first word before "of" ("the Bank" for the "Bank of England").
pub(super) fn short_name(ctx: &Context<'_, '_>, m: &Mention, antecedents: &[Referent]) -> Option<Referent> {
    let a = m.tokens.start;
    let single = matches!(m.kind, MentionKind::Entity(EntityLabel::Organization)) && m.tokens.len() == 1;
    if !single || a == 0 || !ctx.lower_is(a - 1, "the") || !words::is_body_noun(ctx.lower(a)) {
        return None;
    }
    let head = ctx.lower(a);
    let describes = |name: &str| {
        name.starts_with(char::is_uppercase)
            && !name.starts_with("The ")
            && (name.rsplit_once(' ').is_some_and(|(_, last)| last.eq_ignore_ascii_case(head))
                || name.split_once(" of ").is_some_and(|(first, _)| first.eq_ignore_ascii_case(head)))
    };
    described_before(ctx, m, antecedents, describes)
}

/// The latest organisation among `antecedents` whose name `describes` accepts, else the latest one
/// named in the sentences before `m`.
fn described_before(
    ctx: &Context<'_, '_>,
    m: &Mention,
    antecedents: &[Referent],
    describes: impl Fn(&str) -> bool,
) -> Option<Referent> {
    antecedents
        .iter()
        .rev()
        .find(|r| r.kind == SpeakerKind::Organization && !r.plural && describes(&r.name))
        .cloned()
        .or_else(|| body_named_before(ctx, m, describes))
}

/// "…, the drivers' union Aslef said on Monday. The union said …": "the" and a noun stand for
/// the latest body among `antecedents` whose role, as a claim gave it, ends on that noun.
fn body_by_role(
    ctx: &Context<'_, '_>,
    head: &str,
    antecedents: &[Referent],
    roles: &FxMap<String, Span>,
) -> Option<Referent> {
    let text = ctx.doc.text();
    antecedents
        .iter()
        .rev()
        .filter(|r| r.kind == SpeakerKind::Organization && !r.plural)
        .find(|r| {
            roles.get(&r.name).is_some_and(|role| {
                role.as_str(text).rsplit(' ').next().is_some_and(|w| w.eq_ignore_ascii_case(head))
            })
        })
        .cloned()
}

/// "Human Rights Watch said 14 people had died. The rights group said …": "the group", "the
/// charity", "the watchdog", "the think tank" (a noun of any kind of body) stand for the latest
/// antecedent when it is an organisation with a proper name that holds the modifier, if any, or
/// whose modifier says what such bodies do ("the rights group" for Amnesty International; not
/// "the terrorist group" for the "SITE Intelligence Group").
fn latest_body(head: &str, modifier: Option<&str>, antecedents: &[Referent]) -> Option<Referent> {
    let last = antecedents.last()?;
    let proper = last.name.starts_with(char::is_uppercase) && !last.name.starts_with("The ");
    let holds =
        |w: &str| words::is_body_kind(w) || last.name.split([' ', '-']).any(|n| n.eq_ignore_ascii_case(w));
    (words::is_generic_body(head)
        && last.kind == SpeakerKind::Organization
        && !last.plural
        && proper
        && modifier.is_none_or(holds))
    .then(|| last.clone())
}

/// The modifier of a description "the", a word and a noun (tokens `a..b`) that a body's name must
/// hold ("the defense ministry"); none for a word of rank that names no part of it ("The Supreme
/// Court struck down the law. The top court also said …", "the apex court").
fn naming_modifier<'c>(ctx: &'c Context<'_, '_>, a: usize, b: usize) -> Option<&'c str> {
    (b == a + 3).then(|| ctx.lower(a + 1)).filter(|w| !matches!(*w, "top" | "apex"))
}

/// The body named before that "the" and the body noun `head` (with a modifier, "the defense
/// ministry") describe.
fn body_by_name(
    ctx: &Context<'_, '_>,
    m: &Mention,
    head: &str,
    antecedents: &[Referent],
) -> Option<Referent> {
    let (a, b) = (m.tokens.start, m.tokens.end);
    if !words::is_body_noun(head) {
        // ("The charity Shelterline opened a shelter. The charity said …": any noun of a body that
        // came before the name.)
        let body = words::is_described_body(head)
            || ctx.lower_noun(b - 1) == Some(crate::lexicon::NounKind::Organization);
        return if body && b == a + 2 { body_described_before(ctx, m, head) } else { None };
    }
    let modifier = naming_modifier(ctx, a, b);
    let holds = |name: &str, w: &str| name.split([' ', '-']).any(|n| n.eq_ignore_ascii_case(w));
    let proper = |name: &str| {
        name.starts_with(char::is_uppercase)
            && !name.split(' ').next().is_some_and(|w| matches!(w, "The" | "A" | "An" | "One" | "This"))
    };
    let describes = |name: &str| {
        proper(name)
            && (holds(name, head)
                || words::body_name_words(head).iter().any(|w| holds(name, w))
                || public_arm(ctx, name, head))
            && modifier.is_none_or(|w| holds(name, w))
    };
    described_before(ctx, m, antecedents, describes)
        .or_else(|| body_described_before(ctx, m, head))
        .or_else(|| modifier.is_none().then(|| kind_unsaid(ctx, head, antecedents)).flatten())
}

/// "Unite said its members would strike. The union said …": "the union", "the party" (a kind
/// that a coined name often leaves unsaid) stand for the latest antecedent, a body whose proper
/// name holds no noun of a body's kind ("Unite", "Likud"; not "the BBC" or "Acme Corp"), nor a
/// lower-case word.
fn kind_unsaid(ctx: &Context<'_, '_>, head: &str, antecedents: &[Referent]) -> Option<Referent> {
    let last = antecedents.last()?;
    // (A name the recognizer could not place is one too: "Unite" opening a sentence.)
    let body = matches!(last.kind, SpeakerKind::Organization | SpeakerKind::Unknown);
    (words::is_unsaid_kind(head) && body && !last.plural && says_no_kind(ctx, &last.name))
        .then(|| Referent { kind: SpeakerKind::Organization, ..last.clone() })
}

/// Whether a body's proper name says no kind of body: no noun of one ("Council", "Group"), no word
/// that ends the names of bodies or outlets ("Ministry", "Times"), and not an outlet's name:
/// "Unite", "Metrolinx", "Nova Scotia Health".
fn says_no_kind(ctx: &Context<'_, '_>, name: &str) -> bool {
    let says_kind = name.split([' ', '-']).any(|w| {
        let w = w.to_lowercase();
        words::is_body_noun(&w) || words::is_described_body(&w) || ctx.lex.speaker_noun(&w).is_some()
    });
    name.split(' ').all(|w| w.starts_with(char::is_uppercase))
        && !name.starts_with("The ")
        && !says_kind
        && ctx.lex.outlet(name).is_none()
        && !name.split(' ').any(|w| ctx.lex.is_org_suffix(w) || ctx.lex.is_outlet_suffix(w))
}

/// "Nova Scotia Health announced the closures. … the health authority said …", "Metrolinx chief
/// executive Helena Vasquez said … The provincial transit agency also disclosed …": "the", words of
/// a kind or a home, and a public body's noun ("agency", "authority") stand for the latest
/// antecedent when it is a body whose name says no kind ([`says_no_kind`]: not a company's
/// "Acme Mining", a "Fundy Shore Regional Hospital"), or for such a body named in its role.
pub(super) fn coined_public_body(
    ctx: &Context<'_, '_>,
    m: &Mention,
    antecedents: &[Referent],
    roles: &FxMap<String, Span>,
) -> Option<Referent> {
    let (a, b) = (m.tokens.start, m.tokens.end);
    let public = words::is_public_body_noun(ctx.lower(b - 1));
    if !super::is_definite_description(m) || !ctx.lower_is(a, "the") || !public {
        return None;
    }
    if !super::kind_modifiers(ctx, a + 1, b - 1) {
        return None;
    }
    let last = antecedents.last()?;
    // (A field the description names, "the wildfire service", is one that the name holds, or the
    // name is coined: not "Environment Canada".)
    let fields: Vec<&str> = (a + 1..b - 1)
        .filter(|&t| ctx.place(t).is_none() && !words::is_jurisdiction_adjective(ctx.lower(t)))
        .filter(|&t| ctx.word(t).chars().all(char::is_lowercase) && ctx.lower(t) != "based")
        .map(|t| ctx.lower(t))
        .collect();
    // (A trade word names a company's, but not after a place: "Nova Scotia Health", "Calgary
    // Transit".)
    let coined = |name: &str| {
        let words: Vec<&str> = name.split(' ').collect();
        let placed = (1..words.len()).any(|n| ctx.lex.place(&words[..n].join(" ")).is_some());
        let common = words.iter().any(|w| ctx.lex.is_common_word(&w.to_lowercase()));
        let field = fields.is_empty()
            || !common
            || fields.iter().any(|f| words.iter().any(|w| w.eq_ignore_ascii_case(f)));
        says_no_kind(ctx, name) && field && (placed || !words.iter().any(|w| ctx.lex.is_company_suffix(w)))
    };
    if last.kind == SpeakerKind::Organization {
        return (!last.plural && coined(&last.name)).then(|| last.clone());
    }
    // (The body of the person who spoke last: "Metrolinx chief executive".)
    let role = roles.get(&last.name).filter(|_| last.kind == SpeakerKind::Person)?;
    let text = ctx.doc.text();
    (ctx.doc.token_index_at(role.start)..ctx.doc.token_index_at(role.end)).find_map(|t| {
        let e = ctx.entity(t).filter(|e| e.span.start == ctx.byte(t) && e.span.end <= role.end)?;
        let name = e.span.as_str(text);
        // (A one-word name the recognizer took for a person's, no first name: "Metrolinx".)
        let body = e.label == EntityLabel::Organization
            || e.label == EntityLabel::Person
                && !name.contains(' ')
                && ctx.lex.first_name_gender(name).is_none();
        if !body {
            return None;
        }
        coined(name).then(|| Referent {
            name: name.to_string(),
            kind: SpeakerKind::Organization,
            plural: false,
        })
    })
}

/// "Environment Canada said … The agency urged drivers to stay off the roads": "the agency" or
/// "the department" for a government's arm named by a common noun and its country ("Health
/// Canada", "Statistics Canada").
fn public_arm(ctx: &Context<'_, '_>, name: &str, head: &str) -> bool {
    let Some((first, country)) = name.split_once(' ') else { return false };
    matches!(head, "agency" | "department")
        && !first.contains(' ')
        && ctx.lex.place(country) == Some(PlaceKind::Country)
        && ctx.lex.is_common_word(first)
}

/// "…, the union Aslef has announced. The union said …": a body whose name came right after the
/// same description ("the union"), in the sentences just before `m`.
fn body_described_before(ctx: &Context<'_, '_>, m: &Mention, head: &str) -> Option<Referent> {
    let from = super::reach_start(ctx, m, BODY_REACH)?.max(2);
    (from..m.tokens.start).rev().find_map(|t| {
        let e =
            ctx.entity(t).filter(|e| e.label == EntityLabel::Organization && e.span.start == ctx.byte(t))?;
        (ctx.lower_is(t - 1, head) && ctx.lower_is(t - 2, "the")).then(|| Referent {
            name: e.span.as_str(ctx.doc.text()).to_string(),
            kind: SpeakerKind::Organization,
            plural: false,
        })
    })
}

/// How many sentences before its own a description of a body looks back for a body's name that
/// no claim or sentence subject made an antecedent.
const BODY_REACH: usize = 2;

/// "The Federal Aviation Administration grounded the jets. The agency said …": the latest
/// organisation named in the sentences just before `m` (not inside a quotation, no outlet) that the
/// description fits.
fn body_named_before(
    ctx: &Context<'_, '_>,
    m: &Mention,
    describes: impl Fn(&str) -> bool,
) -> Option<Referent> {
    let from = super::reach_start(ctx, m, BODY_REACH)?;
    organisation_named_before(ctx, from, m, describes)
}

#[cfg(test)]
mod tests {
    use crate::attribution::context::test_support::speakers;

    #[test]
    fn a_word_of_rank_names_no_part_of_the_body() {
        // "The Supreme Court struck down the law on Monday. The top court also said …"
        let text =
            "The Supreme Court struck down the law on Monday. The top court also said the state must act.";
        assert_eq!(speakers(text), ["Supreme Court"]);
        // (A modifier that names a part must be in the name: "the defense ministry".)
        let text = "The Finance Ministry met on Monday. The defense ministry said the plan was dead.";
        assert_eq!(speakers(text), ["defense ministry"]);
    }

    #[test]
    fn two_kinds_joined_and_initials_stand_for_the_company() {
        // "More than 60 per cent of Jamaica Public Service (JPS) customers remained without
        // electricity …, the light and power company said."
        let text = "More than 60 per cent of Jamaica Public Service (JPS) customers remained without \
                    electricity yesterday, the light and power company said.";
        assert_eq!(speakers(text), ["Jamaica Public Service"]);
    }

    #[test]
    fn police_alone_is_the_police_service_named_before() {
        // "Peel Regional Police charged him … At the time, police said in a news release …"
        let text = "Peel Regional Police charged him with murder. At the time, police said the two men knew each other.";
        assert_eq!(speakers(text), ["Peel Regional Police"]);
        // (None named: the words stay.)
        assert_eq!(speakers("Police said the two men knew each other."), ["Police"]);
    }

    #[test]
    fn a_bodys_head_word_alone_stands_for_its_full_name() {
        // "The European Commission unveiled … According to the Commission, …".
        let text =
            "The European Commission unveiled the plan. According to the Commission, it could start in 2026.";
        assert_eq!(speakers(text), ["European Commission"]);
        let text = "The Bank of England raised rates. The Bank said inflation was high.";
        assert_eq!(speakers(text), ["Bank of England"]);
        // "the authority" for a council.
        let text = "Wexhampton County Council approved the cuts. Visits will rise, the authority said.";
        assert_eq!(speakers(text), ["Wexhampton County Council"]);
        // "the union" for an organisation of nurses; "the watchdog" for Ofwat.
        let text = "The Irish Nurses and Midwives Organisation counted 600. The union said it was unsafe.";
        assert_eq!(speakers(text), ["Irish Nurses and Midwives Organisation"]);
        let text = "Ofwat, the water regulator, is investigating. The watchdog said it would report in June.";
        assert_eq!(speakers(text), ["Ofwat"]);
    }

    #[test]
    fn a_noun_of_any_body_stands_for_the_body_just_named() {
        // "Human Rights Watch said 14 people had died. The rights group said …"
        let text = "Human Rights Watch said 14 people had died. The rights group said the toll could rise.";
        assert_eq!(speakers(text), ["Human Rights Watch", "Human Rights Watch"]);
        let text =
            "Amnesty International said 14 people had died. The rights group said the toll could rise.";
        assert_eq!(speakers(text), ["Amnesty International", "Amnesty International"]);
        let text = "The Institute for Fiscal Studies published its report on Monday. The think tank said \
                    the poorest households would be worse off.";
        assert_eq!(speakers(text), ["Institute for Fiscal Studies"]);
        // Not a modifier the name lacks, nor a group of people.
        let text = "Acme Group said sales fell. The terrorist group said it attacked.";
        assert_eq!(speakers(text).last().map(String::as_str), Some("The terrorist group"));
        let text = "Police arrested a group of protesters. The group said it would return.";
        assert_eq!(speakers(text), ["The group"]);
        // "The Meridale Group … The group said", "The Competition and Markets Office (CMO) … The
        // watchdog said", "Norbury Airport … The airport said": a body named, not quoted, before.
        let text = "The Meridale Group has put its Scottish hotels up for sale. The group said it wanted to focus on London.";
        assert_eq!(speakers(text), ["Meridale Group"]);
        let text = "The Competition and Markets Office (CMO) is investigating the takeover. The watchdog \
                    said the deal could push up bread prices.";
        assert_eq!(speakers(text), ["Competition and Markets Office"]);
        let text = "Skylark Air will stop flying from Norbury Airport. The airport said it was in talks.";
        assert_eq!(speakers(text), ["Norbury Airport"]);
        // "Environment Canada said … The agency urged drivers to stay off the roads": a government's
        // arm named by a common noun and its country.
        let text = "Environment Canada said 40 cm of snow would fall. The agency urged drivers to stay home.";
        assert_eq!(speakers(text), ["Environment Canada", "Environment Canada"]);
        // "Met Éireann said rainfall … was 182% of the long-term average": a listed body whose
        // "Met" is no verb.
        let text = "Met Éireann said rainfall in April was 182% of the average.";
        assert_eq!(speakers(text), ["Met Éireann"]);
        // "Harbour City FC said the manager had left. The club said …": a club's name ends on FC.
        let text = "Harbour City FC said the manager had left. The club said a replacement would be named.";
        assert_eq!(speakers(text), ["Harbour City FC", "Harbour City FC"]);
        // "Evergreen Ridge Medical Center said … The hospital said …": a hospital's medical centre.
        let text = "Evergreen Ridge Medical Center said it had offered a raise. The hospital said it had hired nurses.";
        assert_eq!(speakers(text), ["Evergreen Ridge Medical Center", "Evergreen Ridge Medical Center"]);
    }

    #[test]
    fn a_public_bodys_noun_for_a_name_that_says_no_kind() {
        // "Nova Scotia Health announced … the health authority said …": a field the name holds.
        let text = "Nova Scotia Health announced the closures on Friday. The health authority said \
                    the closures are due to a shortage of physicians.";
        assert_eq!(speakers(text), ["Nova Scotia Health"]);
        // "Metrolinx chief executive Helena Vasquez said … The provincial transit agency also
        // disclosed …": the coined body of the latest speaker's role.
        let text = "Metrolinx chief executive Helena Vasquez said the line would open in 2028. The \
                    provincial transit agency also disclosed that the cost had risen.";
        assert_eq!(speakers(text), ["Helena Vasquez", "Metrolinx"]);
        // Not a field the name lacks ("Environment Canada … the wildfire service"), nor a company.
        let text = "Environment Canada issued a warning. The wildfire service said the fire was \
                    sparked by lightning.";
        assert_eq!(speakers(text), ["The wildfire service"]);
        let text = "Kestrel Mining said it would appeal. The regulator said the mine was unsafe.";
        assert_eq!(speakers(text), ["Kestrel Mining", "The regulator"]);
    }

    #[test]
    fn the_palace_and_it_after_a_named_palace() {
        // "…, Buckingham Palace has announced. He was diagnosed last month, the palace said. It added
        // that his treatment …"
        let text = "Prince Frederick will step back, Buckingham Palace has announced. He was diagnosed \
                    last month, the palace said. It added that his treatment would last months.";
        assert_eq!(speakers(text), ["Buckingham Palace", "Buckingham Palace", "Buckingham Palace"]);
    }

    #[test]
    fn a_name_taken_for_a_persons_that_the_text_calls_it_or_the_company() {
        // "Tasman Dairy said exports fell. It added that …"
        let text = "Tasman Dairy said exports fell. It added that demand had been strong.";
        assert_eq!(speakers(text), ["Tasman Dairy", "Tasman Dairy"]);
        // "After processor Westcombe Dairies cut its price … The company said …"
        let text = "Westcombe Dairies cut its price by 2p on Monday. The company said it had no choice.";
        assert_eq!(speakers(text), ["Westcombe Dairies"]);
        // (Not a person's name: "Sajid Tarar … It added" finds no body.)
        let text = "Sajid Tarar said exports fell. It added that demand was strong.";
        assert_eq!(speakers(text), ["Sajid Tarar", "It"]);
        // "Brightwire, the UK broadband provider, said … The firm said …": one word described as a
        // company is a company's name; not a person described by a phrase about one.
        let text = "Brightwire, the UK broadband provider, said 40,000 customers were affected. The firm \
                    said bank details were safe.";
        assert_eq!(speakers(text), ["Brightwire", "Brightwire"]);
        let text =
            "Loadwise, a Denver-based startup, says software can help. The company said it has raised $24m.";
        assert_eq!(speakers(text), ["Loadwise", "Loadwise"]);
        let text =
            "Halvorsen, a lawyer for the company, said the claim was false. The company said it would fight.";
        assert_eq!(speakers(text), ["Halvorsen", "The company"]);
    }
}
