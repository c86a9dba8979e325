//! Cue verbs in a sense of doing rather than saying: what follows them is a deed, not a
//! statement, and no claim is made. Each rule is written for its shape:
//!
//! - "agree" settling a deal or committing to act: "agreed a contract extension", "agreed to a
//!   ceasefire", "agreed to pay for the works";
//! - "deny" withholding from a person, or ruling on a request: "The goalkeeper denied Smith
//!   twice", "The judge denied the motion";
//! - "approve" as a decision: "The council approved the new bikeway" ("approved of" is an
//!   attitude);
//! - "find" as discovery: "Firefighters found two people inside" (a study, poll or report that
//!   finds something states a finding);
//! - "add" as scoring: "The team added a late goal";
//! - "recall" as withdrawing goods: "Toyota recalled 2 million cars";
//! - a plea in court: "Pellow denied a charge of false accounting", "She denies murder", "Pocock
//!   admitted causing serious injury by dangerous driving";
//! - "charge" and "question" as police acts: "Police charged the man with assault", "Two men were
//!   questioned by police";
//! - a tale told, a picture shown and a work written: "She told the story of her grandmother",
//!   "The video shows a man running", "He wrote a book about the war";
//! - "call" as telephoning: "The mayor called Smith on Tuesday to congratulate him";
//! - a verb whose object is what the speaker acts on, with no clause or quotation in it
//!   (`deed` in `data/cues.tsv`): "The party sought the nomination",
//!   "The mayor offered his condolences", "Labour voted for the amendment";
//! - a refusal of a deed: "The driver refused to pull over" ("refused to rule out …" reports);
//! - "claim" taking a prize, a toll or a bowler's figures: "claimed the regional title", "The fire
//!   claimed two lives", "claimed 4-31"; "declare" instituting a measure: "declared an interim
//!   dividend", "declared a health emergency".
//! - refusing or denying someone a thing: "The judge refused bail", "was denied a shutout";
//! - installing someone in an office: "The Senate confirmed Maria Albright-Cole as ambassador";
//! - "argued for three hours", "reported for duty", a dispatch's sign-off ("Osman reported from
//!   Kampala, Uganda.").
//!
//! Also here: which claims hold only the verb's noun-phrase object ("The mayor welcomed the
//! decision"), marked for the extractor to leave out by default ([`noun_object`]).

use crate::cues::{CueForm, CueMatch};
use crate::lexicon::WordClass;
use crate::text::TokenKind;

use super::context::Context;
use super::mentions::Mention;
use super::proposition::has_verb;
use super::words;

/// Whether `cue`, with `speaker` and its content over tokens `start..end`, names a deed.
pub(crate) fn deed(
    ctx: &Context<'_, '_>,
    cue: &CueMatch,
    speaker: Option<&Mention>,
    start: usize,
    end: usize,
) -> bool {
    start < end
        && (agreed_a_deal(ctx, cue, start, end)
            || denied_someone(ctx, cue, start, end)
            || admitted_an_offence(ctx, cue, start, end)
            || questioned_someone(ctx, cue, start, end)
            || approved(ctx, cue, start)
            || found_something(ctx, cue, speaker, start, end)
            || scored(ctx, cue, start, end)
            || acted_on(ctx, cue, start, end)
            || phoned(ctx, cue, start, end)
            || told_a_tale(ctx, cue, start, end)
            || depicted(ctx, cue, speaker, start, end)
            || withdrew_goods(ctx, cue, start, end)
            || responded_in_deed(ctx, cue, start)
            || added_something(ctx, cue, start, end)
            || police_act(ctx, cue, start, end)
            || refused_a_deed(ctx, cue, start, end)
            || withheld(ctx, cue, start, end)
            || installed(ctx, cue, start, end)
            || argued_or_reported_as_a_deed(ctx, cue, start, end)
            || took_a_prize(ctx, cue, start, end)
            || declared_a_measure(ctx, cue, start, end))
}

/// "The driver refused to pull over", "The minister refused to resign": a refusal to do something
/// other than speak says nothing ("refused to rule out a tax rise", "declined to endorse him" refuse
/// a speech act: a cue after "to").
fn refused_a_deed(ctx: &Context<'_, '_>, cue: &CueMatch, start: usize, end: usize) -> bool {
    matches!(cue.lemma.as_str(), "refuse" | "decline")
        && start + 1 < end
        && ctx.lower_is(start, "to")
        && ctx.kind(start + 1) == TokenKind::Word
        && ctx.lower_cue(start + 1).is_none()
        && ctx.cue(start + 1).is_none()
        && !holds_a_statement(ctx, start, end)
}

/// "The judge refused bail", "declined the offer", "Police denied the protesters permission to
/// march", "Leclair was denied a shutout": refusing someone a thing, or being refused one, is a
/// deed (a noun phrase, no clause, no quotation; "denied the claims" denies a statement).
fn withheld(ctx: &Context<'_, '_>, cue: &CueMatch, start: usize, end: usize) -> bool {
    if !matches!(cue.lemma.as_str(), "refuse" | "decline" | "deny") {
        return false;
    }
    // (Not "declined at first to criticize Duke": a refusal to speak after an adverbial.)
    let thing = start >= cue.tokens.end
        && !(start..end.min(start + 4)).any(|t| ctx.lower_is(t, "to"))
        && !has_verb(ctx, start, end)
        && !bare_clause(ctx, start, end)
        && !holds_a_statement(ctx, start, end);
    let refused = matches!(cue.lemma.as_str(), "refuse" | "decline") && cue.form != CueForm::Passive;
    let denied_one = cue.lemma == "deny"
        && cue.form == CueForm::Passive
        && matches!(ctx.lower_class(start), Some(WordClass::Det | WordClass::Poss));
    let request = (start..end.min(start + 4)).any(|t| words::is_court_request(ctx.lower(t)));
    thing && (refused || denied_one || cue.lemma == "deny" && request)
}

/// "The Senate confirmed Maria Albright-Cole as ambassador to Chile", "named Jo Bell as coach":
/// confirming or naming someone to an office installs them (an object, "as" and a title).
fn installed(ctx: &Context<'_, '_>, cue: &CueMatch, start: usize, end: usize) -> bool {
    const MAX_OBJECT_TOKENS: usize = 8;
    if !matches!(cue.lemma.as_str(), "confirm" | "name" | "announce") || holds_a_statement(ctx, start, end) {
        return false;
    }
    (start + 1..end.min(start + MAX_OBJECT_TOKENS)).any(|t| {
        ctx.lower_is(t, "as")
            && (t + 1..end.min(t + 4)).any(|u| ctx.lower_title(u).is_some())
            && !has_verb(ctx, start, t)
    })
}

/// "Councillors argued for three hours over the car park", "Constable Ramesh Khatana reported for
/// duty", "Osman reported from Kampala, Uganda.": arguing for a length of time quarrels, reporting
/// for duty or work turns up, reporting from a place alone signs a dispatch off.
fn argued_or_reported_as_a_deed(ctx: &Context<'_, '_>, cue: &CueMatch, start: usize, end: usize) -> bool {
    let after_for = if ctx.lower_is(start, "for") { start + 1 } else { start };
    // ("Osman reported from Kampala, Uganda.": a correspondent's sign-off, a place alone.)
    let from = cue.tokens.end;
    let sign_off = cue.lemma == "report"
        && from < end
        && ctx.lower_is(from, "from")
        && (from + 1..end).all(|t| ctx.is_cap(t) || ctx.is_punct(t) || ctx.lower_is(t, "and"));
    let reported_for = cue.lemma == "report"
        && (ctx.lower_is(start, "for") || ctx.lower(cue.tokens.end - 1) == "for")
        && after_for < end
        && matches!(ctx.lower(after_for), "duty" | "work" | "training" | "service" | "jury");
    let hours = cue.lemma == "argue"
        && ctx.lower_is(start, "for")
        && (start + 1..end.min(start + 4)).any(|t| {
            matches!(ctx.lower(t), "hours" | "minutes" | "days" | "weeks" | "hour" | "years" | "months")
        });
    reported_for || hours || sign_off
}

/// "The Lady Tigers claimed the regional title with a 3-1 win", "claimed their first win of the
/// season", "The fire claimed two lives", "claimed 4-31": "claim" with a prize, a toll or a
/// bowler's figures as its object takes it
/// ("claimed that the vote was rigged", "claimed victory" say something).
fn took_a_prize(ctx: &Context<'_, '_>, cue: &CueMatch, start: usize, end: usize) -> bool {
    // (Tokens, not words: "more than 10,000 lives" is seven.)
    const MAX_OBJECT_TOKENS: usize = 8;
    // ("Kushal Bhandari claimed 4-31 and captain Rohan Shrestha struck an unbeaten 71": a bowler's
    // figures, whatever clause follows them.)
    let figures = ctx
        .number_pair_end(start, end, &["-", "/"])
        .is_some_and(|after| after < end && !ctx.verb_follows(after, after + 1));
    if cue.lemma == "claim" && figures {
        return true;
    }
    cue.lemma == "claim"
        && (start..end.min(start + MAX_OBJECT_TOKENS)).any(|t| words::is_prize(ctx.lower(t)))
        && !holds_a_statement(ctx, start, end)
        // (A verb of the clause's own, not an adjective in "-ed": "claimed the mixed doubles bronze".)
        && !(bare_clause(ctx, start, end) && has_verb(ctx, start, end))
}

/// "The board declared an interim dividend of 3.1p", "Bolivia declared a health emergency in its
/// eastern lowlands", "declared a state of emergency": "declare" with a measure it institutes as its
/// object (within its first words, no clause) does it ("declared that the crisis was over",
/// "declared a determination to …" say something).
fn declared_a_measure(ctx: &Context<'_, '_>, cue: &CueMatch, start: usize, end: usize) -> bool {
    const MAX_MEASURE_WORDS: usize = 5;
    cue.lemma == "declare"
        && (start..end.min(start + MAX_MEASURE_WORDS)).any(|t| words::is_declared_measure(ctx.lower(t)))
        && !holds_a_statement(ctx, start, end)
        // ("declared a state of emergency would be imposed": a clause; not the writer's "as
        // dengue cases surged" after the measure.)
        && !has_verb(ctx, start, (start..end).find(|&t| ctx.lower_class(t) == Some(WordClass::Subord)).unwrap_or(end))
}

/// "When Inkwell added cloud-based summaries last year", "adding a plug for himself": "add" with a
/// plain object right after it adds a thing, and says something only with a clause or a quotation
/// ("adding the U.S. must be equally global", "added: “…”"; a content before it is one too).
fn added_something(ctx: &Context<'_, '_>, cue: &CueMatch, start: usize, end: usize) -> bool {
    // (Not a speech act added: "He added a warning about the costs".)
    cue.lemma == "add"
        && start == cue.tokens.end
        && !(start..end.min(start + 3)).any(|t| words::is_speech_act_noun(ctx.lower(t)))
        && !has_verb(ctx, start, end)
        && !bare_clause(ctx, start, end)
        && !holds_a_statement(ctx, start, end)
}

/// "Germany has responded by helping to build a rapid response force", "The campaign responded
/// with ads": a response made by doing something says nothing.
fn responded_in_deed(ctx: &Context<'_, '_>, cue: &CueMatch, start: usize) -> bool {
    let mut t = start;
    if ctx.lower(t).ends_with("ly") && ctx.lower_class(t).is_none() {
        t += 1;
    }
    cue.lemma == "respond" && matches!(ctx.lower(t), "by" | "with")
}

/// "Toyota recalled 2 million cars over faulty brakes", "recalled more than 500,000 vehicles":
/// "recall" with a quantity as its object withdraws goods ("recalled that …", "recalled her first
/// day" remember).
fn withdrew_goods(ctx: &Context<'_, '_>, cue: &CueMatch, start: usize, end: usize) -> bool {
    if cue.lemma != "recall" || has_verb(ctx, start, object_end(ctx, start, end)) {
        return false;
    }
    let number = (start..end.min(start + 3)).find(|&t| ctx.kind(t) == TokenKind::Number);
    number.is_some_and(|n| {
        (start..n).all(|t| {
            words::is_approximation(ctx.lower(t)) || ctx.lower_is(t, "more") || ctx.lower_is(t, "than")
        })
    })
}

/// The end of a noun-phrase object over `start..end`, before a comma or the writer's clause
/// ("recalling about 340,000 pressure cookers because the lids can open", "denied a charge of
/// fraud, which will lie on file").
fn object_end(ctx: &Context<'_, '_>, start: usize, end: usize) -> usize {
    (start + 1..end).find(|&t| ctx.word(t) == "," || words::is_object_aside(ctx.lower(t))).unwrap_or(end)
}

/// "Police charged the man with assault": "charge" with a "with" after its object lays a criminal
/// charge ("charged that the vote was rigged" accuses); "Two men were questioned by police":
/// "question" in the passive with no clause is an interview under caution ("questioned whether
/// …" doubts); "The demonstrations were called by a coalition of unions": "call" in the passive
/// with its agent and no clause convenes.
fn police_act(ctx: &Context<'_, '_>, cue: &CueMatch, start: usize, end: usize) -> bool {
    let plain = || !holds_a_statement(ctx, start, end);
    match cue.lemma.as_str() {
        "charge" => (start..end).any(|t| ctx.lower_is(t, "with")) && plain(),
        "question" => cue.form == CueForm::Passive && plain(),
        // ("The demonstrations were called by a coalition of unions": convened, not said.)
        "call" => cue.form == CueForm::Passive && ctx.lower_is(cue.tokens.end, "by") && plain(),
        _ => false,
    }
}

/// "The mayor called Smith on Tuesday to congratulate him", "Obama called Naghmeh Abedini",
/// "called her to get together again": "call" with a person alone as its object, or one followed
/// by an adjunct or a purpose ("on", "to"), telephones; calling a name something ("called Trump a
/// fascist", "called him “a total stiff”", "called Smith's plan reckless") says it.
fn phoned(ctx: &Context<'_, '_>, cue: &CueMatch, start: usize, end: usize) -> bool {
    if cue.lemma != "call" || (start..end).any(|t| ctx.in_quote(t)) {
        return false;
    }
    let person_end = if words::is_object_pronoun(ctx.lower(start)) {
        start + 1
    } else {
        (start..end).find(|&t| !(ctx.is_cap(t) && ctx.lower_class(t).is_none())).unwrap_or(end)
    };
    person_end > start
        && (person_end == end
            || matches!(ctx.lower_class(person_end), Some(WordClass::Prep | WordClass::Time)))
}

/// "Labour voted for the amendment", "Republicans sought to capitalize on the debate", "The
/// mayor offered his condolences to the families": a deed verb (`data/cues.tsv`) whose content is
/// its object alone states nothing. It makes a claim when the content holds what was said: a
/// clause ("voted for the claim that the vote was rigged", "will offer whatever the party asks")
/// or a quotation ("offered what he called “a bold plan”").
fn acted_on(ctx: &Context<'_, '_>, cue: &CueMatch, start: usize, end: usize) -> bool {
    // ("wrote the plan was flawed": a verb whose content is a clause may drop the "that".)
    // ("Estes offered an amendment that would have exempted spending on police": a relative
    // "that" of the object's noun opens no clause of what was said.)
    let relative = || {
        (start..end).filter(|&t| ctx.lower_is(t, "that")).all(|t| relative_that(ctx, t, start))
            && !holds_a_statement(ctx, start, start.max(first_that(ctx, start, end)))
            && (start..end).all(|t| !ctx.in_quote(t) && ctx.word(t) != ":")
    };
    cue.deed
        && (cue.object || !bare_clause(ctx, start, end))
        && (!holds_a_statement(ctx, start, end) || relative())
}

/// The first "that" of `start..end` (or `end`).
fn first_that(ctx: &Context<'_, '_>, start: usize, end: usize) -> usize {
    (start..end).find(|&t| ctx.lower_is(t, "that")).unwrap_or(end)
}

/// "The mayor welcomed the decision", "Labour condemned the attack": an `object` cue of
/// `data/cues.tsv` whose content (over `span`) is its noun-phrase object alone — no clause ("announced
/// he would step down"), quotation ("praised what he called “a bold plan”"), statement marker
/// ("rejected claims that …"), infinitive after the object ("called for the U.S. to act") or what
/// the object is said to be ("dismissed the report as fake"). The claim names what the speaker
/// spoke of, not what was said; see [`Claim::noun_object`](crate::Claim::noun_object).
pub(crate) fn noun_object(ctx: &Context<'_, '_>, cue: &CueMatch, span: crate::Span) -> bool {
    let start = ctx.doc.token_index_at(span.start);
    let end = ctx.doc.token_index_at(span.end).max(start + 1);
    // (A content set off before an active verb is a clause: "Train drivers will strike next month,
    // the union Aslef has announced".)
    // (Not "…, a fact he frequently mentions", "…, an arrangement the campaign has criticized":
    // an appositive noun, the object of a relative clause; nor a phrase with no verb: "Every
    // December, Time announces …".)
    let comma = (end..cue.tokens.start).find(|&t| ctx.word(t) == ",");
    let trailing = end <= cue.tokens.start
        && cue.form == CueForm::Finite
        && has_verb(ctx, start, end)
        && comma.is_some_and(|c| {
            c + 1 < cue.tokens.start && !matches!(ctx.lower(c + 1), "a" | "an" | "as" | "which" | "who")
        });
    // ("Her appointment was confirmed by the board": a passive's subject with no verb.)
    let passive_subject =
        cue.form == CueForm::Passive && end <= cue.tokens.start && !has_verb(ctx, start, end);
    (cue.object || verbless_object(ctx, cue, start, end) || passive_subject)
        && !trailing
        && !bare_clause(ctx, start, end)
        && !holds_a_statement(ctx, start, end)
        // ("announced a $5 million grant to help smaller firms buy cooling fans": after a verb of
        // publishing, the infinitive says what the noun is for; nobody is asked to act.)
        && (words::is_publishing_verb(&cue.lemma) || !object_infinitive(ctx, start, end))
        && !predicative(ctx, cue, start, end)
}

/// "The club revealed its new home kit", "Castleford conceded twice in the first ten minutes",
/// "The fault explains the delays": a verb of saying that takes a clause (no `object` flag), whose
/// content, right after it, opens on a determiner or an adverb and holds nothing that
/// can be a finite verb — a noun phrase or an adverbial, not what was said. (A verb of attitude
/// keeps its object: "Analysts had expected a loss".)
fn verbless_object(ctx: &Context<'_, '_>, cue: &CueMatch, start: usize, end: usize) -> bool {
    // (Not an answer or what stands for one: "said no to the war", "64 percent said the same".)
    let answer = matches!(ctx.lower(start), "no" | "yes")
        || ctx.lower_is(start, "the") && matches!(ctx.lower(start + 1), "same" | "opposite");
    // (Not a quantifier or a number, which open a plural subject as often: "all staffers sign
    // NDAs", "34,570 citizens cast votes".)
    // ("explained most of the fall in inflation": a quantifier of a noun phrase is no subject.)
    let quantifier =
        matches!(ctx.lower(start), "all" | "more" | "most" | "many" | "both" | "few" | "several")
            && !ctx.lower_is(start + 1, "of");
    // ("pledged £5m to the fund", "added two goals after the break": an amount.)
    let amount = ctx.word(start).starts_with(words::CURRENCY_SIGNS)
        || ctx.kind(start) == TokenKind::Number && !ctx.lower_is(start + 1, "of")
        || words::is_number_word(ctx.lower(start));
    // ("argued over a parking space", "apologised to fans", "insisted on holding the parade": a
    // preposition's phrase, what the act was about or to whom.)
    // (Not an infinitive: "vowed to stay in the race" says what the speaker will do.)
    let to_someone = ctx.lower_is(start, "to")
        && (matches!(ctx.lower_class(start + 1), Some(WordClass::Det | WordClass::Poss))
            || words::is_object_pronoun(ctx.lower(start + 1))
            || ctx.lower(start + 1).ends_with('s')
                && !ctx.lower(start + 1).ends_with("ss")
                && ctx.lower_class(start + 1).is_none());
    let phrase = matches!(ctx.lower(start), "over" | "on" | "about" | "with" | "at" | "for") || to_someone;
    // (The preposition split off as the cue's particle: "argued over | a parking space"; not a
    // topic or a stance, "spoke about the importance of …", "concurred with the findings".)
    // ("argued with the referee": a quarrel with someone; "concurred with the findings" stands.)
    // (The cue may hold it: "argued with | the referee".)
    let with_someone = matches!(cue.lemma.as_str(), "argue" | "argue with")
        && (ctx.lower_is(cue.tokens.end - 1, "with") && start == cue.tokens.end
            || ctx.lower_is(cue.tokens.end, "with") && start == cue.tokens.end + 1);
    let particle = start == cue.tokens.end + 1
        && matches!(ctx.lower(cue.tokens.end), "over" | "on" | "at" | "for" | "against")
        || with_someone;
    // ("promised action", "urged restraint", "warned of damaging winds": a bare noun phrase of a
    // few words.)
    let bare = end <= start + MAX_BARE_OBJECT_WORDS
        && ctx.kind(start) == TokenKind::Word
        && !ctx.is_cap(start)
        && ctx.lower_class(start).is_none()
        && !ctx.lower(start).ends_with("ing")
        && !ctx.lower(start).ends_with("ly")
        // (Not people, the subject of a clause: "said people misunderstand Trump".)
        && ctx.lower_noun(start).is_none();
    let opens = (matches!(ctx.lower_class(start), Some(WordClass::Det | WordClass::Poss | WordClass::Adv))
        || amount
        || phrase
        || bare)
        && !quantifier;
    // ("Residents felt the ground shake", "The walker knew the area well", "I could see the
    // flames", "Not every patient noticed a difference": a verb of perceiving or knowing, not of
    // belief, with a noun phrase.)
    let speech =
        cue.act == crate::Act::Speech || matches!(cue.lemma.as_str(), "feel" | "know" | "see" | "notice");
    // (Not a charge or a ruling-out: "accused the army of shelling the road", "ruled out a
    // return for Okoro" state one; a denial or a demand of a noun phrase does not: "denied the
    // allegations", "demanded a pay rise". Nor a finding, which its own rules read: "The poll
    // found a slimmer lead for Clinton".)
    speech
        && !cue.deed
        && !matches!(cue.lemma.as_str(), "accuse" | "charge" | "blame" | "rule out")
        && !matches!(cue.lemma.as_str(), "find" | "show")
        && (start == cue.tokens.end || particle)
        && opens
        && !answer
        && !has_finite_verb(ctx, start, end)
}

/// Most tokens of a bare noun phrase read as an object ("warned of damaging winds on Friday").
const MAX_BARE_OBJECT_WORDS: usize = 5;

/// Whether `start..end` holds a word that can be a finite verb outside the clauses of the
/// writer's inside it: an adverbial clause ("two goals after the break as Castlebay ran out
/// winners"), a relative one set off by a comma ("a fresco hidden beneath plaster, which
/// explained the bulge") or a "with" clause ("icy conditions, with temperatures expected to
/// fall"), each up to the next comma or parenthesis; nor a verb whose subject is
/// the speaker ("denied the charges and were released on bail").
pub(crate) fn has_finite_verb(ctx: &Context<'_, '_>, start: usize, end: usize) -> bool {
    let mut aside = false;
    for t in start..end {
        let w = ctx.lower(t);
        if matches!(w, "," | "(" | ")") {
            aside = false;
        } else if t >= start + 2
            && (words::is_object_aside(w) || ctx.word(t - 1) == "," && matches!(w, "which" | "who" | "with"))
        {
            aside = true;
        } else if !aside && finite_verb_like(ctx, t) && !shared_subject(ctx, t) {
            return true;
        }
    }
    false
}

/// "denied the charges and were released on bail": a verb right after "and" or "but" (and its
/// auxiliaries) has the speaker's subject, not one of the content's.
fn shared_subject(ctx: &Context<'_, '_>, t: usize) -> bool {
    // ("… and was shown a second yellow card": its auxiliary too.)
    let mut u = t;
    while u > 1 && ctx.lower_class(u - 1) == Some(WordClass::Aux) {
        u -= 1;
    }
    u > 0 && matches!(ctx.lower(u - 1), "and" | "but")
}

/// Whether token `t` can be a finite verb: an irregular past ("the economy shrank"), a plain word
/// after a plural noun ("the prices remain high"), an auxiliary, a modal, a past form of the
/// lexicon, a negation ("the polling place never shut its doors"), a contraction ("doesn't",
/// "there's"), a cue word (not an -ing form), a lower-case word in -ed, one in -s between a plain
/// noun-like word and a word that is no preposition ("the deal looks good", not "ten minutes."),
/// or one before an object pronoun ("the repairs cost her $2,300").
fn finite_verb_like(ctx: &Context<'_, '_>, t: usize) -> bool {
    let w = ctx.lower(t);
    let plain = |u: usize| ctx.kind(u) == TokenKind::Word && !ctx.is_cap(u) && ctx.lower_class(u).is_none();
    let contraction = t > 0
        && matches!(ctx.word(t), "'" | "’")
        && ctx.touches(t - 1, t)
        && matches!(ctx.lower(t + 1), "t" | "s" | "re" | "ll" | "ve" | "d" | "m")
        && ctx.class(t - 1) != Some(WordClass::Det)
        && (ctx.lower(t + 1) != "s"
            || ctx.class(t - 1) == Some(WordClass::Pron)
            || ctx.lower_is(t - 1, "there"));
    // ("the prices remain high": a plural noun and a plain word after it.)
    let plural_subject = t > 0
        && plain(t)
        && plain(t - 1)
        && ctx.lower(t - 1).len() > 3
        && ctx.lower(t - 1).ends_with('s')
        && !ctx.lower(t - 1).ends_with("ss")
        && !w.ends_with("ly");
    contraction
        || plural_subject
        || words::is_irregular_past(w)
        || matches!(
            ctx.lower_class(t),
            Some(WordClass::Aux | WordClass::Modal | WordClass::Verb | WordClass::Neg)
        )
        || ctx.lower_cue(t).is_some() && !w.ends_with("ing")
        // (Not a participle after an article, an adjective: "demanded a probe by a retired judge".)
        || plain(t) && w.len() > 3 && w.ends_with("ed") && !after_article(ctx, t)
        || t > 0
            && plain(t)
            && plain(t - 1)
            && !words::is_number_word(ctx.lower(t - 1))
            && w.ends_with('s')
            && !w.ends_with("ss")
            && ctx.kind(t + 1) == TokenKind::Word
            && !matches!(ctx.lower_class(t + 1), Some(WordClass::Prep | WordClass::Conj))
            && !words::is_object_aside(ctx.lower(t + 1))
        || plain(t) && words::is_object_pronoun(ctx.lower(t + 1))
        // ("said the couple plan to visit again": a plain word between people and "to".)
        || t > 0 && plain(t) && ctx.lower_noun(t - 1).is_some() && ctx.lower_is(t + 1, "to")
        // ("said every vote counts.": a word in -s after a determined singular noun, ending
        // the sentence.)
        || t >= 2
            && plain(t)
            && plain(t - 1)
            && !ctx.lower(t - 1).ends_with('s')
            && matches!(ctx.lower_class(t - 2), Some(WordClass::Det | WordClass::Poss))
            && w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && matches!(ctx.word(t + 1), "." | "!" | "?")
}

/// Most words of an object before its infinitive ("called for the United States to act"; the
/// stops of an initialism not counted: "called on the U.S. District Court to review").
const MAX_OBJECT_WORDS: usize = 6;

/// "called for the U.S. to take a stronger role", "pushing for his state to become the first": an
/// object, then "to" and a verb in its base form (not "to the nation", "to Smith"), an adverb
/// allowed between ("urging his parishioners to also consider voting for him").
fn object_infinitive(ctx: &Context<'_, '_>, start: usize, end: usize) -> bool {
    // ("called for the pay award to be backdated to April": a passive infinitive after the
    // object's noun; not "an Obama nominee who is expected to be moderate", a relative clause's.)
    let passive_infinitive = |v: usize| {
        matches!(ctx.lower(v), "be" | "have")
            && !ctx.lower(v - 2).ends_with("ed")
            && !(start..v).any(|u| matches!(ctx.lower(u), "who" | "which" | "that"))
    };
    let base_verb = |v: usize| {
        v < end
            && ctx.kind(v) == TokenKind::Word
            && !ctx.is_cap(v)
            && (matches!(ctx.lower_class(v), None | Some(WordClass::Verb)) || passive_infinitive(v))
            && !ctx.lower(v).ends_with("ing")
    };
    let stops = (start..end.min(start + 2 * MAX_OBJECT_WORDS)).filter(|&t| ctx.word(t) == ".").count();
    (start + 1..end.min(start + 1 + MAX_OBJECT_WORDS + 2 * stops)).any(|t| {
        let adverb = t + 1 < end
            && (ctx.lower_class(t + 1) == Some(WordClass::Adv) || ctx.lower(t + 1).ends_with("ly"));
        ctx.lower_is(t, "to")
            // ("welcomed the decision to extend overtime pay": the noun's own infinitive.)
            && !words::takes_infinitive(ctx.lower(t - 1))
            && (base_verb(t + 1) && !adverb || adverb && base_verb(t + 2))
    })
}

/// "dismissed the report as fake", "Obama called Trump a fascist", "She called him divisive",
/// "labelled the strike an outrage", "Police blamed the driver for the crash": the object with
/// what it is said to be or to have done — a statement about it ("the report is fake"). After any
/// `object` cue, "as" (not "as well", "as part of"); after one of accusing, "for"; after a verb of
/// naming, a pronoun or a name with a word after it, or a second article.
fn predicative(ctx: &Context<'_, '_>, cue: &CueMatch, start: usize, end: usize) -> bool {
    // (Not "as" opening a clause: "added two goals as Castlebay ran out winners", "as he left".)
    let clause_after = |t: usize| {
        words::is_subject_pronoun(ctx.lower(t + 1))
            || matches!(ctx.lower(t + 1), "it" | "you")
            || ctx.is_cap(t + 1) && finite_verb_like(ctx, t + 2)
    };
    let as_what = (start + 1..end.saturating_sub(1)).any(|t| {
        ctx.lower_is(t, "as")
            && !ctx.lower_is(t + 1, "well")
            && !ctx.lower_is(t + 1, "part")
            && !clause_after(t)
    });
    // ("Police blamed the driver for the crash", "slammed the board for its silence": a charge.)
    // (Not a noun's own "for": "criticized Trump's past support for liberal ideas".)
    let charge = cue.stance == crate::Stance::Accuse
        && (start + 1..end).any(|t| ctx.lower_is(t, "for") && !words::takes_for(ctx.lower(t - 1)));
    if as_what || charge {
        return true;
    }
    if !words::is_naming_verb(&cue.lemma) || start + 1 >= end {
        return false;
    }
    let word_at = |t: usize| {
        t < end
            && ctx.kind(t) == TokenKind::Word
            && !matches!(ctx.lower_class(t), Some(WordClass::Prep | WordClass::Time | WordClass::Conj))
    };
    if words::is_object_pronoun(ctx.lower(start)) {
        return word_at(start + 1);
    }
    if ctx.is_cap(start) && ctx.lower_class(start).is_none() {
        let name_end = (start..end).find(|&t| !ctx.is_cap(t)).unwrap_or(end);
        return word_at(name_end);
    }
    (start + 2..end).any(|t| matches!(ctx.lower_class(t), Some(WordClass::Det | WordClass::Poss)))
}

/// "the plan was flawed", "the agents knew to brace": a subject and, within three words of it, a
/// verb (an auxiliary, a modal, a past form, a cue word): a clause without its "that" ("a letter
/// saying …" is a noun phrase: its participle makes a claim of its own).
fn bare_clause(ctx: &Context<'_, '_>, start: usize, end: usize) -> bool {
    const MAX_SUBJECT_WORDS: usize = 3;
    // ("Broadcaster Malcolm Ashdown has died": a title and a name, counted as one word.)
    let name_end = (start..end).find(|&t| !ctx.is_cap(t) || ctx.kind(t) != TokenKind::Word).unwrap_or(end);
    // (Not a name's possessive: "condemned North Korea's claim to have …" is a noun phrase.)
    // (Nor a name in a list: "lashed out at President Obama and his successor".)
    let named = (start..name_end).any(|t| ctx.entity_at(t).is_some())
        && name_end < end
        && ctx.kind(name_end) == TokenKind::Word
        && !matches!(
            ctx.lower_class(name_end),
            Some(WordClass::Conj | WordClass::Prep | WordClass::Det | WordClass::Poss)
        );
    let from = if named { name_end.max(start + 1) } else { start + 1 };
    // ("Video showed him firing five shots, investigators wrote": a plain noun opening the
    // sentence is a subject too.)
    let opening_noun = ctx
        .doc
        .sentences()
        .get(ctx.doc.sentence_at(ctx.byte(start)))
        .is_some_and(|s| s.tokens.start == start)
        && ctx.kind(start) == TokenKind::Word
        && ctx.lower_class(start).is_none()
        && !ctx.lower(start).ends_with("ing");
    // ("argued with the referee and was shown …": a verb after "and" is the speaker's.)
    // ("praised the firefighters who had worked through the night": a relative clause's verb is
    // the noun's, not a clause's.)
    (ctx.subject_starts(start) || named || opening_noun)
        && (from..end.min(from + MAX_SUBJECT_WORDS))
            .take_while(|&t| !matches!(ctx.lower(t), "who" | "which" | "whose" | "whom"))
            .any(|t| verb_after_subject(ctx, t, end))
}

/// Whether token `t` (before `end`), a few words into an object, is the verb of a clause whose
/// subject opens the object: an auxiliary, a modal, a verb, a cue word or a past form.
fn verb_after_subject(ctx: &Context<'_, '_>, t: usize, end: usize) -> bool {
    let w = ctx.lower(t);
    // ("described a loud bang followed by thick smoke": a participle before its agent.)
    let by = t + 1 < end && ctx.lower_is(t + 1, "by");
    // ("dismissed the report", "rejected the group's claims": a cue word after an article or a
    // possessive is a noun; "rejected a revised pay offer": a participle there an adjective.)
    !shared_subject(ctx, t)
        && (matches!(ctx.lower_class(t), Some(WordClass::Aux | WordClass::Modal | WordClass::Verb))
            || ctx.lower_cue(t).is_some() && !w.ends_with("ing") && !after_article(ctx, t)
            || w.ends_with("ed") && w.len() > 3 && !ctx.is_cap(t) && !by && !after_article(ctx, t))
}

/// Whether token `t` follows an article or a possessive, where a cue word or a past form is a noun
/// or an adjective ("the report", "a retired judge", "her bruised forearm", "the need").
fn after_article(ctx: &Context<'_, '_>, t: usize) -> bool {
    t > 0 && matches!(ctx.lower_class(t - 1), Some(WordClass::Det | WordClass::Poss))
}

/// Whether tokens `start..end` hold what was said: a clause after "that" ("posted on Instagram
/// that he would win"), a quotation, a colon, or a word opening a clause ("the claim that …",
/// "whatever the party decides", "the story of how …").
fn holds_a_statement(ctx: &Context<'_, '_>, start: usize, end: usize) -> bool {
    // (Not the colon of a time: "issued the evacuation order at 3:40 p.m.".)
    let clock = |t: usize| {
        t > 0 && ctx.kind(t - 1) == TokenKind::Number && ctx.touches(t - 1, t) && ctx.touches(t, t + 1)
    };
    start > 0 && ctx.lower_is(start - 1, "that")
        || (start..end).any(|t| {
            ctx.in_quote(t)
                || ctx.word(t) == ":" && !clock(t)
                || words::is_statement_marker(ctx.lower(t))
                    && !(t == start && demonstrative_that(ctx, t, end))
        })
}

/// "Estes offered an amendment that would have exempted spending on police": "that" after a noun
/// of the object, right before an auxiliary or a modal, is the noun's relative pronoun (no
/// subject follows it); it opens no clause of what was said.
fn relative_that(ctx: &Context<'_, '_>, t: usize, start: usize) -> bool {
    ctx.lower_is(t, "that")
        && t > start
        && ctx.kind(t - 1) == TokenKind::Word
        && ctx.lower_class(t - 1).is_none()
        && !words::is_statement_marker(ctx.lower(t - 1))
        && matches!(ctx.lower_class(t + 1), Some(WordClass::Aux | WordClass::Modal))
}

/// "The council rejected that claim.", "He rejected that account of events": "that" opening the
/// object, before a noun that ends it or a prepositional phrase with no verb, points at a thing;
/// it opens no clause ("denied that police fired" does).
fn demonstrative_that(ctx: &Context<'_, '_>, t: usize, end: usize) -> bool {
    let verb_like = |u: usize| ctx.lower(u).ends_with("ed") || ctx.lower_cue(u).is_some();
    ctx.lower_is(t, "that")
        && t + 1 < end
        && ctx.kind(t + 1) == TokenKind::Word
        && ctx.lower_class(t + 1).is_none()
        && !ctx.is_cap(t + 1)
        && (t + 2 == end
            || ctx.lower_class(t + 2) == Some(WordClass::Prep)
                && !super::proposition::has_verb(ctx, t + 2, end)
                && !(t + 2..end).any(verb_like))
}

/// "She told the story of her grandmother", "told a joke about the referee": a tale told is no
/// statement ("told the story of how she survived" tells one).
fn told_a_tale(ctx: &Context<'_, '_>, cue: &CueMatch, start: usize, end: usize) -> bool {
    // ("The suspect told officers his name was Joe Bloggs", "told the officers his name and
    // address": one's own name or address given is no statement.)
    let own_name = |t: usize| {
        matches!(ctx.lower(t), "name" | "address")
            && t > start
            && ctx.lower_class(t - 1) == Some(WordClass::Poss)
    };
    cue.lemma == "tell"
        && (start..end.min(start + 3)).any(|t| words::is_told_thing(ctx.lower(t)) || own_name(t))
        && !holds_a_statement(ctx, start, end)
}

/// "The video shows a man running from the scene", "Footage showed smoke over the port": a picture
/// shows what it depicts; nobody states it ("The video shows that police fired first" is a
/// finding).
fn depicted(
    ctx: &Context<'_, '_>,
    cue: &CueMatch,
    speaker: Option<&Mention>,
    start: usize,
    end: usize,
) -> bool {
    // ("Footage shared on social media showed …": the picture opens a longer phrase.)
    let picture = speaker.is_some_and(|m| {
        m.head().is_some_and(|h| words::is_picture_noun(ctx.lower(h)))
            || m.tokens.clone().take(3).any(|t| words::is_picture_noun(ctx.lower(t)))
    });
    cue.lemma == "show" && picture && !holds_a_statement(ctx, start, end)
}

/// "The Kestrels have agreed a three-year contract extension with Malik Hayes", "agreed to a
/// ceasefire": "agree" with a noun phrase as its object settles a deal and says nothing; "The
/// council agreed to pay for the works": with an infinitive, it commits to a deed ("agreed that
/// …", "agreed with the ruling", "agreed: “…”" are statements).
fn agreed_a_deal(ctx: &Context<'_, '_>, cue: &CueMatch, start: usize, end: usize) -> bool {
    if cue.lemma != "agree" || (start..end).any(|t| ctx.in_quote(t) || ctx.lower_is(t, "that")) {
        return false;
    }
    let to = ctx.lower_is(start, "to");
    let np = if to { start + 1 } else { start };
    let deal = matches!(ctx.lower_class(np), Some(WordClass::Det | WordClass::Poss))
        || ctx.kind(np) == TokenKind::Number;
    let infinitive =
        to && ctx.kind(np) == TokenKind::Word && !ctx.is_cap(np) && ctx.lower_class(np).is_none();
    np < end && (deal && !has_verb(ctx, np, end) || infinitive)
}

/// "The goalkeeper denied Smith twice", "denied him a second term": "deny" with a person as its
/// object and no clause withholds something from them ("denied Smith's claims", "denied Russia
/// was involved" are denials).
fn denied_someone(ctx: &Context<'_, '_>, cue: &CueMatch, start: usize, end: usize) -> bool {
    if cue.lemma != "deny" {
        return false;
    }
    let person =
        ctx.is_cap(start) && ctx.lower_class(start).is_none() || words::is_object_pronoun(ctx.lower(start));
    // ("denied Trump's claims"; not "goalkeeper Sam Frith denied Coleshill's top scorer twice", a
    // player of theirs.)
    let possessive = start + 1 < end
        && matches!(ctx.word(start + 1), "'" | "’")
        && !(start + 2..end.min(start + 6))
            .any(|t| words::is_playing_position(ctx.lower(t)) || ctx.lower_title(t).is_some());
    // ("Judge Rebecca Finch denied the motion", "denied bail": a ruling on a request.)
    let request = (start..end.min(start + 3)).any(|t| words::is_court_request(ctx.lower(t)));
    let quoted = (start..end).any(|t| ctx.in_quote(t));
    // ("Goalkeeper Sam Otieno denied Lewis Carr twice in the first half, and striker Noah Beck was
    // named player of the match": a clause of its own after a comma and "and" is not the object's.)
    // ("… denied Kessington twice in the second half and was named player of the match": nor
    // a verb after "and" whose subject is the goalkeeper's.)
    let own = (start..end)
        .find(|&t| {
            ctx.word(t) == "," && matches!(ctx.lower(t + 1), "and" | "but")
                || t > start && matches!(ctx.lower(t), "and" | "but") && shared_verb(ctx, t + 1, end)
        })
        .unwrap_or(end);
    (person && !possessive || request) && !has_verb(ctx, start, own) && !quoted || plea(ctx, start, end)
}

/// Whether token `t` (before `end`) is a verb that goes on with the subject before "and": an
/// auxiliary, a modal or a lexicon verb ("and was named", "and saved"), a past in "-ed".
fn shared_verb(ctx: &Context<'_, '_>, t: usize, end: usize) -> bool {
    let w = ctx.lower(t);
    t < end
        && (matches!(ctx.lower_class(t), Some(WordClass::Aux | WordClass::Modal | WordClass::Verb))
            || words::is_irregular_past(w)
            || ctx.kind(t) == TokenKind::Word && !ctx.is_cap(t) && w.len() > 3 && w.ends_with("ed"))
}

/// "Pellow denied a further charge of false accounting", "denies two counts of fraud", "She
/// denies murder", "Liam Pocock admitted causing serious injury by dangerous driving", "Darren
/// Pike admitted driving without due care and attention": a
/// defendant's plea to an offence (`words::OFFENCES`, "causing" harm) or to a charge of one, with
/// no clause or quotation in it.
fn plea(ctx: &Context<'_, '_>, start: usize, end: usize) -> bool {
    const MAX_WORDS_TO_CHARGE: usize = 3;
    // ("admitted driving without due care and attention", "denied driving while disqualified",
    // "admitted dangerous driving": the offences of the road.)
    let driving = ctx.lower_is(start, "driving")
        && matches!(ctx.lower(start + 1), "without" | "while" | "under" | "dangerously" | "carelessly")
        || matches!(ctx.lower(start), "dangerous" | "careless" | "drink" | "drug")
            && ctx.lower_is(start + 1, "driving")
        || matches!(ctx.lower(start), "drink-driving" | "drug-driving" | "speeding");
    let offence = words::is_offence(ctx.lower(start))
        || driving
        || ctx.lower_is(start, "causing")
        || (start..end.min(start + MAX_WORDS_TO_CHARGE + 1)).any(|t| {
            matches!(ctx.lower(t), "charge" | "charges" | "count" | "counts") && ctx.lower_is(t + 1, "of")
        });
    offence && !has_verb(ctx, start, object_end(ctx, start, end)) && !(start..end).any(|t| ctx.in_quote(t))
}

/// "Liam Pocock admitted causing serious injury by dangerous driving": admitting an offence in
/// court is a plea ("admitted that he had lied" concedes).
fn admitted_an_offence(ctx: &Context<'_, '_>, cue: &CueMatch, start: usize, end: usize) -> bool {
    cue.lemma == "admit" && plea(ctx, start, end)
}

/// "Judge Helen Cartwright questioned the prosecutor, Mark Dunn, for an hour", "Robert Haines
/// pressed the witness on cross-examination": "question" or "press" with a person as its object
/// and no clause interrogates them ("questioned the decision", "pressed for a vote" say something).
fn questioned_someone(ctx: &Context<'_, '_>, cue: &CueMatch, start: usize, end: usize) -> bool {
    if !matches!(cue.lemma.as_str(), "question" | "press") || start >= end {
        return false;
    }
    let name = ctx.entity(start).is_some_and(|e| e.label == crate::entities::EntityLabel::Person);
    let described = matches!(ctx.lower_class(start), Some(WordClass::Det | WordClass::Poss))
        && start + 1 < end
        && (ctx.lower_noun(start + 1) == Some(crate::lexicon::NounKind::Person)
            || ctx
                .lower_title(start + 1)
                .is_some_and(|(class, _)| class == crate::lexicon::TitleClass::Head)
            || matches!(ctx.lower(start + 1), "witness" | "prosecutor" | "defendant" | "suspect"));
    let person = name || ctx.is_title_word(start) || words::is_object_pronoun(ctx.lower(start)) || described;
    // (Not a possessive: "questioned Clinton's judgment", "Mr. Trump's veracity".)
    let possessive = (start..end.min(start + 5)).any(|t| matches!(ctx.word(t), "'" | "’"));
    person && !possessive && !has_verb(ctx, start, end) && !(start..end).any(|t| ctx.in_quote(t))
}

/// "The council approved the new bikeway", "The FDA approved the drug": a decision ("approved of
/// the plan" is an attitude).
fn approved(ctx: &Context<'_, '_>, cue: &CueMatch, start: usize) -> bool {
    cue.lemma == "approve" && !ctx.lower_is(start, "of")
}

/// "police found …", "Firefighters found …": whether mention `m` ends on a noun of those who search
/// a place (`words::SEARCHERS`), whose "found" is a discovery; or on any noun after "rescue" or
/// "search" ("Rescue teams found two survivors beneath the rubble …", "search parties").
pub(crate) fn searchers(ctx: &Context<'_, '_>, m: &Mention) -> bool {
    let last = m.tokens.end.saturating_sub(1);
    m.tokens.end > 0
        && (words::is_searcher(ctx.lower(last))
            || last > m.tokens.start && matches!(ctx.lower(last - 1), "rescue" | "search"))
}

/// "Firefighters found two people inside", "Police found a knife at the scene": "find" with a short
/// noun phrase and no clause is a discovery, unless a document or a piece of research finds it
/// ("The poll found 90 percent support", "The study found a link"); "found itself at the center",
/// "found ways to …" find nothing said.
fn found_something(
    ctx: &Context<'_, '_>,
    cue: &CueMatch,
    speaker: Option<&Mention>,
    start: usize,
    end: usize,
) -> bool {
    if cue.lemma != "find" {
        return false;
    }
    // "found itself at the center of …", "found ways to press his agenda": no finding at all.
    if words::is_reflexive_pronoun(ctx.lower(start)) || ctx.lower_is(start, "ways") {
        return true;
    }
    // (Up to a comma or a subordinator: "…, nearly 60 hours after the quake struck" is the
    // writer's.)
    let clause_end = (start..end)
        .find(|&t| ctx.word(t) == "," || ctx.lower_class(t) == Some(WordClass::Subord))
        .unwrap_or(end);
    if has_verb(ctx, start, clause_end) {
        return false;
    }
    // ("A study in the journal Nature found": the research noun may open a longer phrase.)
    let research = speaker.is_some_and(|m| m.tokens.clone().any(|t| words::is_research_noun(ctx.lower(t))));
    // ("According to court documents, police found a hammer wrapped in a beach towel in the trunk
    // of his car": what searchers find is a thing, whatever its length; not "no evidence …".)
    let searched = speaker.is_some_and(|m| searchers(ctx, m))
        && !matches!(ctx.lower(start), "no" | "nothing" | "little");
    if searched
        && !(start..end).any(|t| ctx.in_quote(t) || matches!(ctx.lower(t), "that" | "whether" | "how"))
    {
        return true;
    }
    // A finding is a clause, often without "that" ("found 449 of the insiders back Clinton"): a
    // discovery is a short phrase with no verb-like word.
    let clause = end - start > MAX_DISCOVERY_WORDS
        || start > 0 && ctx.lower_is(start - 1, "that")
        || (start..end).any(|t| {
            let w = ctx.lower(t);
            ctx.in_quote(t) || matches!(w, "that" | "whether" | "how") || t > start && w.ends_with("ed")
        });
    !research && !clause
}

/// Longest object, in tokens, read as a thing found ("two people inside", "a knife at the scene").
const MAX_DISCOVERY_WORDS: usize = 8;

/// "The team added a late goal to seal the win", "Smith added two more tries": "add" whose object
/// ends on a score is scoring.
fn scored(ctx: &Context<'_, '_>, cue: &CueMatch, start: usize, end: usize) -> bool {
    if cue.lemma != "add" || has_verb(ctx, start, end) {
        return false;
    }
    let head = (start..end.min(start + 5)).find(|&t| words::is_score_noun(ctx.lower(t)));
    head.is_some_and(|h| (start..h).all(|t| ctx.kind(t) != TokenKind::Punct && ctx.lower_cue(t).is_none()))
}

#[cfg(test)]
mod tests {
    use crate::attribution::context::test_support::{contents, contents_with_objects};

    #[test]
    fn giving_ones_name_says_nothing() {
        // "The suspect told officers his name was Joe Bloggs."
        says_nothing(&[
            "The suspect told officers his name was Joe Bloggs.",
            "The driver told the officers his name and address and was allowed to leave.",
        ]);
        let got = contents("She told reporters the names of the victims would be released later.");
        assert_eq!(got, ["the names of the victims would be released later"]);
    }

    #[test]
    fn questioning_a_person_says_nothing() {
        // "Judge Helen Cartwright questioned the prosecutor, Mark Dunn, for an hour."
        says_nothing(&[
            "Judge Helen Cartwright questioned the prosecutor, Mark Dunn, for an hour.",
            "Robert Haines pressed Ms. Kowalczyk on cross-examination about the policy.",
        ]);
        assert_eq!(contents_with_objects("Critics questioned the decision."), ["the decision"]);
    }

    /// Each of `texts` makes no claim.
    #[test]
    fn a_measure_declared_is_a_deed() {
        says_nothing(&[
            "The board declared an interim dividend of 3.1p, unchanged on last year.",
            "Bolivia declared a health emergency in its eastern lowlands on Thursday as dengue cases surged.",
        ]);
        assert_eq!(
            contents("The governor declared that the emergency was over."),
            ["the emergency was over"]
        );
    }

    fn says_nothing(texts: &[&str]) {
        for text in texts {
            assert!(contents(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn idioms_of_the_exclusion_list_say_nothing() {
        // `data/cue_exclusions.tsv`: "The launch went according to plan", "easier said than
        // done", "called the meeting to order", "tell the difference", "told off two players".
        says_nothing(&[
            "The launch went according to plan, and the satellite reached orbit.",
            "Seats are allocated according to age.",
            "Cutting costs is easier said than done.",
            "On this, the less said the better.",
            "Judith Moss called the meeting to order at 7pm.",
            "Union leaders called a strike for Monday.",
            "Experts can barely tell the difference between the two wines.",
            "The coach told off two players for arriving late.",
            "He was taken to St Anne's, where he was listed in serious but stable condition.",
        ]);
    }

    #[test]
    fn prizes_taken_and_deeds_refused_say_nothing() {
        says_nothing(&[
            // "claimed the regional title", "claimed their first win", "claimed two lives".
            "The Lady Tigers claimed the regional title with a 3-1 win over Central on Thursday.",
            "The Phobians claimed their first win of the season on Sunday.",
            "The fire claimed two lives.",
            "The war has claimed more than 10,000 lives.",
            "She also claimed the mixed doubles bronze with her brother, Callum.",
            // A bowler's figures: "Kushal Bhandari claimed 4-31 and captain Rohan Shrestha struck …".
            "Kushal Bhandari claimed 4-31 and captain Rohan Shrestha struck an unbeaten 71.",
            "The judge refused bail.",
            "Police denied the protesters permission to march.",
            "Leclair was denied a shutout when Jordan Rusk banged in a rebound.",
            "The Senate confirmed Maria Albright-Cole as ambassador to Chile on Tuesday.",
            "Councillors argued for three hours over the car park.",
            // "Estes offered an amendment that would have exempted spending on police and fire
            // departments, but it failed 41-56."
            "Estes offered an amendment that would have exempted spending on police.",
            // "shared the prize": a deed; "shared a message: “…”" says something.
            "The two scientists shared the prize.",
            "Constable Ramesh Khatana reported for duty on Monday.",
            "Osman reported from Kampala, Uganda.",
            "The replay clearly showed the ball landing fair.",
            // "refused to pull over": a deed refused, no speech act.
            "The driver allegedly refused to pull over.",
            "The minister refused to resign.",
        ]);
        assert_eq!(contents("Trump claimed that the vote was rigged."), ["the vote was rigged"]);
        assert_eq!(contents("Trump refused to endorse the plan."), ["to endorse the plan"]);
    }

    #[test]
    fn a_verb_taking_a_clause_with_a_verbless_object() {
        // "The club revealed its new home kit on Thursday": a noun phrase, kept only when asked.
        for text in [
            "The club revealed its new home kit on Thursday.",
            "Castleford conceded twice in the first ten minutes.",
            "The fault explains the delays.",
            "Cheaper petrol explained most of the fall in inflation.",
            // An amount: "pledged £5m to the fund", "added two goals after the break as …".
            "The Halvorsen Foundation has pledged £5m to the flood fund.",
            "Priya Nair added two goals after the break as Castlebay ran out 4-1 winners.",
            // A verb of perceiving or knowing: "felt the ground shake", "knew the area well".
            "Residents felt the ground shake shortly after 3am when a tremor struck offshore.",
            "The missing walker knew the area well.",
            // A relative clause set off ("…, which explained the bulge"); a verb with the
            // speaker's subject ("… and were released on bail").
            "Builders revealed a medieval fresco, which explained the odd bulge in the wall.",
            "The club confirmed the signing and thanked the fans.",
        ] {
            assert!(contents(text).is_empty(), "{text}");
        }
        assert_eq!(contents_with_objects("The club revealed its new home kit."), ["its new home kit"]);
        // A verb in it makes a clause ("cost her", "never shut", "doesn't"); an answer, a charge
        // or a finding states something.
        for (text, content) in [
            ("Rosa Jimenez said the repairs cost her nearly $2,300.", "the repairs cost her nearly $2,300"),
            // (A verb after an aside: "the scandal, while troublesome, was dealt with".)
            (
                "He says the scandal, while troublesome, was dealt with.",
                "the scandal, while troublesome, was dealt with",
            ),
            ("Officials said 34,570 citizens cast votes.", "34,570 citizens cast votes"),
            ("Statistics Canada says the economy shrank.", "the economy shrank"),
            ("Officials said the prices remain high.", "the prices remain high"),
            (
                "Galvin noted the polling place never shut its doors.",
                "the polling place never shut its doors",
            ),
            ("Bennett explained his town doesn't take part.", "his town doesn't take part"),
            ("Warren said no to the war.", "no to the war"),
            ("Some 64 percent said the same.", "the same"),
            ("Rebels accused the army of shelling the road.", "the army of shelling the road"),
            ("The poll found a slimmer lead for Clinton.", "a slimmer lead for Clinton"),
        ] {
            assert_eq!(contents(text), [content], "{text}");
        }
    }

    #[test]
    fn a_noun_object_alone_is_kept_only_when_asked() {
        // "The mayor welcomed the decision": what she spoke of, not what she said.
        assert!(contents("The mayor welcomed the decision.").is_empty());
        assert_eq!(contents_with_objects("The mayor welcomed the decision."), ["the decision"]);
        // "The council rejected that claim.": a demonstrative "that" opens no clause.
        assert!(contents("The council rejected that claim.").is_empty());
        assert_eq!(contents_with_objects("The council rejected that claim."), ["that claim"]);
        assert_eq!(contents("The council rejected claims that it had lied."), ["claims that it had lied"]);
        // A clause, "as …", an infinitive after the object or a quotation states something.
        for (text, content) in [
            ("Bill Clinton announced he will step down.", "he will step down"),
            (
                "Train drivers will strike next month, the union Aslef has announced.",
                "Train drivers will strike next month",
            ),
            // A title and a name before the verb: "Broadcaster Malcolm Ashdown has died".
            (
                "Broadcaster Malcolm Ashdown has died, the family announced.",
                "Broadcaster Malcolm Ashdown has died",
            ),
            ("He dismissed the report as fake news.", "the report as fake news"),
            ("Police blamed the driver for the crash.", "the driver for the crash"),
            (
                "Clinton is calling for the United States to take a stronger role.",
                "the United States to take a stronger role",
            ),
            ("She praised what she called “a bold plan”.", "what she called “a bold plan”"),
        ] {
            assert_eq!(contents(text), [content], "{text}");
        }
    }

    #[test]
    fn commitments_and_decisions_say_nothing() {
        says_nothing(&[
            "Brisbane City Council approved the new bikeway on Tuesday night.",
            "The council agreed to pay for the works from its road budget.",
            // A ruling on a request: "Judge Rebecca Finch denied the motion", "denied bail".
            "Judge Rebecca Finch denied the motion.",
            "The judge denied bail.",
            // A person denied a thing, before a clause of its own: "Goalkeeper Sam Otieno denied
            // Lewis Carr twice in the first half, and striker Noah Beck was named player of the match".
            "Goalkeeper Sam Otieno denied Lewis Carr twice, and striker Noah Beck was named player of the match.",
            // … or before the goalkeeper's own next verb: "denied Kessington twice in the second
            // half and was named player of the match".
            "Goalkeeper Ann Platt denied Kessington twice in the second half and was named player of the match.",
            // "goalkeeper Sam Frith denied Coleshill's top scorer twice in the second half".
            "Goalkeeper Sam Frith denied Coleshill's top scorer twice in the second half.",
            // A plea: "Pellow denied a further charge of false accounting", "She denies murder".
            "Pellow denied a further charge of false accounting, which will lie on file.",
            "The 34-year-old denies two counts of fraud.",
            "She denies murder.",
            "Liam Pocock admitted causing serious injury by dangerous driving when he appeared in court.",
            "Darren Pike, 41, admitted driving without due care and attention when he appeared in court.",
            "The 52-year-old denied drink driving.",
        ]);
        assert_eq!(contents_with_objects("Smith approved of the plan."), ["the plan"]);
        // A denial, a demand or a call whose object is a noun phrase names what was denied or
        // asked for, not what was said (kept with `noun_objects`); a charge and a ruling-out
        // state one.
        assert!(contents("He denied the allegations.").is_empty());
        assert_eq!(contents_with_objects("He denied the allegations."), ["the allegations"]);
        assert!(contents("The union demanded a 15 per cent pay rise.").is_empty());
        // "were called by a coalition of unions": a passive "call" with its agent and no clause
        // convenes.
        let text =
            "The demonstrations were called by a coalition of transport unions who say the levy is unfair.";
        assert_eq!(contents(text), ["the levy is unfair"]);
        // A bare noun phrase of a few words too: "promised action", "urged restraint"; not a
        // clause whose subject is people ("said people misunderstand Trump").
        assert!(contents("The minister promised action.").is_empty());
        assert!(contents("The police urged restraint.").is_empty());
        assert_eq!(contents("Brown said people misunderstand Trump."), ["people misunderstand Trump"]);
        let text = "The coach ruled out a return for Okoro before the end of the season.";
        assert_eq!(contents(text), ["a return for Okoro before the end of the season"]);
        let text = "The lawsuit is calling on the U.S. District Court of Phoenix to review the plan.";
        assert_eq!(contents(text), ["the U.S. District Court of Phoenix to review the plan"]);
        let text = "Cranston endorsed Cruz, urging his parishioners to also consider voting for him.";
        assert_eq!(contents(text), ["his parishioners to also consider voting for him"]);
    }

    #[test]
    fn objects_that_state_nothing() {
        // (Charges with a clause after them are denied, not pleaded to.)
        assert_eq!(contents("He denied the charges were motivated."), ["the charges were motivated"]);
        // (A participle before its agent is no verb of a clause: "described a loud bang followed
        // by thick black smoke" is its object alone.)
        assert!(contents("Witnesses described a loud bang followed by thick black smoke.").is_empty());
        // (A noun's own infinitive: "welcomed the decision to extend overtime pay" is an object;
        // "called for the U.S. to act" asks for an act.)
        assert!(contents("Mayor Ruth Abara welcomed the decision to extend overtime pay.").is_empty());
        assert_eq!(contents("They called for the U.S. to act."), ["the U.S. to act"]);
        // ("The Royal College of Nursing called for the pay award to be backdated to April": a
        // passive infinitive.)
        let got = contents("The union called for the pay award to be backdated to April.");
        assert_eq!(got, ["the pay award to be backdated to April"]);
        // ("The ministry announced a $5 million grant to help smaller firms buy cooling fans": what
        // the grant is for.)
        assert!(
            contents("The ministry announced a $5 million grant to help smaller firms buy fans.").is_empty()
        );
        // (A preposition's phrase alone: "argued over a parking space", "apologised to fans";
        // "vowed to press on" says what the speaker will do.)
        assert!(contents("The two men had argued over a parking space before the fight.").is_empty());
        assert!(contents("Ibrahim Toure apologised to fans.").is_empty());
        // "Dozens of neighbors spoke against the plan.": what they spoke against, not what they said.
        assert!(contents("Dozens of neighbors spoke against the plan.").is_empty());
        // "Whitlock praised the firefighters who had worked through the night": a relative clause
        // on the object is no clause of what was said.
        assert!(contents("Whitlock praised the firefighters who had worked through the night.").is_empty());
        // "the Rail, Tram and Bus Union rejected a revised pay offer from the NSW government": a
        // participle after the article is the object's adjective, no clause's verb.
        assert!(contents("The union rejected a revised pay offer from the government.").is_empty());
        // "… and demanded a probe by a retired high court judge": a demand of a noun phrase whose
        // participle after an article is an adjective (and "the need" no verb).
        assert!(contents("He demanded a probe by a retired high court judge.").is_empty());
        assert!(contents("Reid stressed the need to treat his followers respectfully.").is_empty());
        assert!(contents("I could see the flames from my deck.").is_empty());
        // ("said every vote counts.": a clause whose verb ends the sentence.)
        assert_eq!(contents("Lam said every vote counts."), ["every vote counts"]);
        assert!(contents("Not every patient in the trial noticed a difference.").is_empty());
        // ("argued with the referee and was shown a second yellow card": a quarrel.)
        assert!(contents("Tom Ashby argued with the referee and was shown a second yellow card.").is_empty());
        assert_eq!(contents("Sanders vowed to press on."), ["to press on"]);
        // (A passive's subject with no verb: "Her appointment was confirmed by the board".)
        assert!(contents("Her appointment was confirmed by the board on Tuesday.").is_empty());
        // (A verb after people: "said the couple plan to visit again" reports a clause.)
        assert_eq!(
            contents("Debbie said the couple plan to visit again."),
            ["the couple plan to visit again"]
        );
        // (A cue word after an article is a noun: "dismissed the report" is its object alone.)
        assert!(contents("Greg Tolland dismissed the report.").is_empty());
        assert_eq!(contents_with_objects("Greg Tolland dismissed the report."), ["the report"]);
    }

    #[test]
    fn discoveries_say_nothing_but_findings_do() {
        says_nothing(&[
            "Firefighters found two people inside and carried them out.",
            "Police found a knife at the scene.",
            // What searchers find is a thing, whatever its length.
            "Police found a hammer wrapped in a beach towel in the trunk of his car two days later.",
            // "Engineers found cracks in two of its support beams last week."
            "Engineers found cracks in two of its support beams last week.",
            // "Rescue teams found two survivors beneath the rubble of a school in Latakia …".
            "Rescue teams found two survivors beneath the rubble of a school in Latakia late on Sunday, \
             nearly 60 hours after the quake struck.",
        ]);
        // "According to court documents, police found a hammer …": the documents' claim.
        let text = "According to court documents, police found a hammer wrapped in a towel in his car.";
        assert_eq!(contents(text), ["police found a hammer wrapped in a towel in his car"]);
        assert_eq!(
            contents("The poll found 90 percent support for the plan."),
            ["90 percent support for the plan"]
        );
        assert_eq!(contents("Investigators found that the pilot had slept."), ["the pilot had slept"]);
    }

    #[test]
    fn what_a_speaker_backs_seeks_or_offers_is_no_claim() {
        says_nothing(&[
            "Shortly after, Sanders posted a photo from the rally.",
            "Republicans sought to capitalize on the debate.",
            "The mayor offered his condolences to the families.",
            // (A time's colon is no statement's: "issued the evacuation order at 3:40 p.m.".)
            "The Regional District issued the evacuation order at 3:40 p.m. Saturday.",
            "Labour voted for the amendment.",
            "Johnson thanked the emergency services.",
        ]);
        // A clause or a quotation in the object is what was said.
        assert_eq!(
            contents("The senator voted for the claim that the vote was rigged."),
            ["the claim that the vote was rigged"]
        );
        assert_eq!(contents("She offered what he called “a bold plan.”"), ["what he called “a bold plan.”"]);
        assert_eq!(contents("Trump posted on Instagram that he would win."), ["he would win"]);
    }

    #[test]
    fn a_phone_call_says_nothing() {
        says_nothing(&[
            "The mayor called Smith on Tuesday to congratulate him.",
            "A year later, Obama called Naghmeh Abedini.",
            "He called her to apologise.",
        ]);
        assert_eq!(contents("Obama called Trump a fascist."), ["Trump a fascist"]);
        assert_eq!(contents("She called him divisive."), ["him divisive"]);
    }

    #[test]
    fn recalls_and_police_acts_say_nothing() {
        says_nothing(&[
            "Toyota recalled 2 million cars over faulty brakes.",
            "Police charged the man with assault.",
            "Two men were questioned by police.",
        ]);
        assert_eq!(contents("She recalled that the bridge had shaken."), ["the bridge had shaken"]);
        // (The goods end before the writer's clause; the regulator's statement is the claim.)
        let text = "Kitchenwise is recalling about 340,000 pressure cookers because the lids can open, \
                    the U.S. Consumer Product Safety Commission said.";
        assert_eq!(
            contents(text),
            ["Kitchenwise is recalling about 340,000 pressure cookers because the lids can open"]
        );
        assert_eq!(
            contents("Critics questioned whether the plan would work."),
            ["whether the plan would work"]
        );
    }

    #[test]
    fn tales_pictures_and_works_say_nothing() {
        says_nothing(&[
            "She told the story of her grandmother.",
            "The video shows a man running from the scene.",
            "Footage shared on social media showed a crowd outside the embassy.",
            "He wrote a book about the war.",
        ]);
        assert_eq!(contents("The video shows that police fired first."), ["police fired first"]);
        assert_eq!(contents("Smith wrote the plan was flawed."), ["the plan was flawed"]);
        // "Surveillance video showed him firing five shots, investigators wrote": a plain noun
        // opening the sentence is the written clause's subject.
        assert_eq!(
            contents("Surveillance video showed him firing five shots, investigators wrote."),
            ["Surveillance video showed him firing five shots"]
        );
        assert_eq!(
            contents("Byrne wrote the agents knew to brace for it."),
            ["the agents knew to brace for it"]
        );
        says_nothing(&["Wallnau posted a video from a rally at which he was speaking."]);
        assert_eq!(contents("Cruz wrote a letter saying the deal was flawed."), ["the deal was flawed"]);
        assert_eq!(contents("She told the story of how she survived."), ["the story of how she survived"]);
    }

    #[test]
    fn adding_a_thing_says_nothing() {
        // "When Inkwell added cloud-based summaries last year, …", "adding a plug for himself".
        says_nothing(&[
            "When Inkwell added cloud-based summaries last year, users revolted.",
            "In the past five years, we have added 1 million private sector jobs.",
        ]);
        assert_eq!(contents("Rates will rise, he added."), ["Rates will rise"]);
        assert_eq!(contents("He left, adding the U.S. must be ready."), ["the U.S. must be ready"]);
    }

    #[test]
    fn a_response_in_deed_says_nothing() {
        says_nothing(&[
            "Germany has responded by helping to build a rapid response force.",
            "The campaign quickly responded with ads in three markets.",
            "They found themselves in a battle that has upended the race.",
        ]);
        assert_eq!(contents("He responded that the plan was sound."), ["the plan was sound"]);
    }

    #[test]
    fn a_score_says_nothing() {
        says_nothing(&["The team added a late goal to seal the win."]);
        // (A speech act named, not made: kept only with noun objects.)
        assert_eq!(
            contents_with_objects("He added a warning about the costs."),
            ["a warning about the costs"]
        );
    }
}
