//! Content before a trailing cue: the adjacent quote ("“…,” she said"), or the clause from the
//! start of the sentence or the end of the previous claim ("The talks failed, he said").

use crate::cues::{CueForm, CueMatch};
use crate::lexicon::WordClass;
use crate::text::TokenKind;

use super::super::context::{is_closing_mark, Context};
use super::super::raw::Content;
use super::super::words;

/// Content to the left of a trailing cue whose attribution starts at `cluster_start`: the adjacent
/// quote, or the clause from token `floor`.
pub(crate) fn left_content(ctx: &Context<'_, '_>, cluster_start: usize, floor: usize) -> Option<Content> {
    left_words(ctx, cluster_start, floor, false)
}

/// [`left_content`], taking one word that names no one too when `one_word` ("Investors, fund
/// manager Eleanor Quayle fears, are …": the first part of an interrupted content).
pub(crate) fn left_words(
    ctx: &Context<'_, '_>,
    cluster_start: usize,
    floor: usize,
    one_word: bool,
) -> Option<Content> {
    ctx.doc.tokens().get(cluster_start)?;
    let np_start = attribution_start(ctx, cluster_start, floor);
    let np_start = past_as(ctx, np_start, floor);
    if let Some(q) = ctx.quote_closing_before(np_start) {
        let quote = &ctx.quotes.all()[q];
        // Direct when the quote opens the clause; "X may be “strategic,” said Y" is mixed.
        // (Not the second part of an earlier sentence's split quotation: "… Dr. Alicia Ferro said,
        // “but we are asking residents to be patient.” Ferro … spoke at a news conference".)
        let earlier = quote.span.end <= ctx.byte(floor) && goes_on_after_saying(ctx, quote.span.start);
        if earlier {
            return None;
        }
        if quote_opens_clause(ctx, floor, quote.span.start) {
            return Some(Content::quotation(quote));
        }
    }
    if np_start > floor && opens_clause_of_attribution(ctx, np_start - 1) {
        return None;
    }
    // "The mayor and the governor spoke on Tuesday": a coordinated subject is no content (with no
    // comma or quote to set a clause off before it: not "…, teachers and union officials told").
    let set_off = || (floor..np_start).any(|t| ctx.word(t) == "," || is_closing_mark(ctx.word(t)));
    if np_start > floor && matches!(ctx.lower(np_start - 1), "and" | "or") && !set_off() {
        return None;
    }
    let end = ctx.trim_back(np_start, floor);
    // "… for headline writers (“Pope Excommunicates Trump,” declared La Stampa)": an attribution
    // inside parentheses reports only what they hold.
    let open_paren =
        (floor..end).rev().find(|&t| matches!(ctx.word(t), "(" | ")")).filter(|&t| ctx.word(t) == "(");
    let mut start = open_paren.map_or(floor, |p| p + 1);
    while start < end {
        match leading_skip(ctx, start, end) {
            0 => break,
            n => start += n,
        }
    }
    // One word is too little, unless it names someone ("Ortiz was supported by …").
    if end <= start || end == start + 1 && !one_word && ctx.entity_at(start).is_none() {
        return None;
    }
    Some(Content::reported(ctx.span(start, end), &ctx.quotes))
}

/// How many tokens at `start` (before `end`) open a sentence without being said: a conjunction
/// or punctuation, a sentence adverb set off by a comma ("Still, Cruz will be re-evaluating his
/// approach, a source said"), or a preposition's set phrase ("Of course, as Joel Pollak observed,
/// …"); 0 when none.
fn leading_skip(ctx: &Context<'_, '_>, start: usize, end: usize) -> usize {
    let comma_at = |t: usize| ctx.word(t) == ",";
    if matches!(ctx.word(start), "," | ";" | ":" | "—" | "–")
        || matches!(ctx.lower(start), "but" | "and")
        || start + 1 < end
            && comma_at(start + 1)
            && matches!(ctx.lower_class(start), Some(WordClass::Adv | WordClass::Conj))
    {
        1
    } else if start + 2 <= end
        && comma_at(start + 2)
        && discourse_phrase(ctx.lower(start), ctx.lower(start + 1))
    {
        2
    } else {
        0
    }
}

/// "of course", "in fact", "after all": a preposition's phrase that comments on a sentence and is
/// no part of what it reports.
fn discourse_phrase(preposition: &str, noun: &str) -> bool {
    matches!(
        (preposition, noun),
        ("of", "course")
            | ("in", "fact" | "addition" | "contrast" | "short")
            | ("after", "all")
            | ("for", "example" | "instance")
            | ("by", "contrast")
    )
}

/// "a country he does not remember", "lower than we want", "as undermining as anything the senator
/// said on stage": a verb's attribution right after a word of the clause before it, with no comma,
/// quote mark or dash between them, sits inside that clause (a relative clause whose object is
/// gone), so nothing before it is what was said. ("The vote was rigged according to Putin" and a
/// passive's agent are not attributions of this kind.)
pub(crate) fn inside_clause(
    ctx: &Context<'_, '_>,
    cue: &CueMatch,
    cluster_start: usize,
    floor: usize,
) -> bool {
    if !matches!(cue.form, CueForm::Finite | CueForm::Base) || cluster_start <= floor {
        return false;
    }
    // "Okafor won the race as Delgado conceded", "Shares fell as investors worried": an
    // attribution in an adverbial clause with no comma before it ("…, as traders noted" reports,
    // and so does "“…,” as Leila Haddad put it", the comma inside the quote marks).
    let c = ctx.with_article(cluster_start);
    if c > floor + 1
        && words::is_adverbial_clause(ctx.lower(c - 1))
        && !(ctx.word(c - 2) == "," || closes_quote(ctx, c - 2))
    {
        return true;
    }
    // (Two content words may be one phrase: "…, frontman Anthony Kiedis recently revealed".)
    let t = cluster_start - 1;
    let one_phrase = ctx.class(t).is_none() && ctx.class(cluster_start).is_none();
    // ("short of the 22% analysts had expected": a figure heads the object too.)
    let figure = ctx.word(t) == "%" || ctx.kind(t) == TokenKind::Number;
    let word_before = (ctx.kind(t) == TokenKind::Word && !one_phrase || figure)
        && !matches!(ctx.lower(t), "that" | "as" | "and" | "or" | "but")
        && ctx.quote_closing_before(cluster_start).is_none();
    // (A short noun phrase after a comma opens the attribution: "…, the news site RTL Info said".)
    word_before && attribution_start(ctx, cluster_start, floor) == cluster_start
}

/// Whether token `i` is the closing mark of a quote.
fn closes_quote(ctx: &Context<'_, '_>, i: usize) -> bool {
    is_closing_mark(ctx.word(i)) && ctx.quote_closing_before(i + 1).is_some()
}

/// "“It is a pause, not a peace,” as Leila Haddad put it.": an attribution starting at `t` (not
/// before `floor`) after "as" right after a quote starts at the "as"; otherwise at `t`.
pub(crate) fn past_as(ctx: &Context<'_, '_>, t: usize, floor: usize) -> usize {
    if t > floor && ctx.lower_is(t - 1, "as") && ctx.quote_closing_before(t - 1).is_some() {
        t - 1
    } else {
        t
    }
}

/// Where the attribution really starts when the speaker's name leaves words of its noun phrase
/// behind: "Rates will rise, the Home Office said" (the article of a named speaker), "…, his
/// neighbor Linda Cho said", "Sales were weak, Home Depot spokesman Tom Ash said" (a role before
/// the name), "…, ESPN's Jeff Pass reported", "…, the Paris-based OECD said", "“…,” his longtime
/// aide Huma Abedin said". A short stretch of words right after a comma or a closing quote mark,
/// opening a noun phrase and holding no verb, belongs to the attribution: the content ends at the
/// comma, or after the mark.
fn attribution_start(ctx: &Context<'_, '_>, cluster_start: usize, floor: usize) -> usize {
    const MAX_GAP: usize = 6;
    let lo = floor.max(cluster_start.saturating_sub(MAX_GAP + 1));
    let Some(mark) = (lo..cluster_start).rev().find(|&i| ctx.word(i) == "," || closes_quote(ctx, i)) else {
        return cluster_start;
    };
    // The content ends at a comma, but after a quote's closing mark.
    let comma = if ctx.word(mark) == "," { mark } else { mark + 1 };
    let gap = mark + 1..cluster_start;
    if gap.is_empty() {
        return cluster_start;
    }
    let plain = |i: usize| {
        ctx.kind(i) == TokenKind::Word
            && ctx.cue(i).is_none()
            && (!ctx.lower(i).ends_with("ed") || ctx.word(i - 1) == "-")
            && matches!(ctx.class(i), None | Some(WordClass::Det | WordClass::Poss))
    };
    let name_word = |i: usize| ctx.is_cap(i) && ctx.cue(i).is_none() && ctx.lower_class(i).is_none();
    // Glue inside a noun phrase: "ESPN's", "Paris-based", "Gov.", "AT&T".
    let glue = |i: usize| {
        ctx.possessive_s(i, cluster_start)
            || ctx.word(i) == "s" && ctx.possessive_s(i - 1, cluster_start)
            || matches!(ctx.word(i), "-" | "&")
            || ctx.word(i) == "." && ctx.tokens.title_abbrev(i - 1)
    };
    // ("“…,” department spokeswoman Tiffany Davila told": after a quote, a plain lower-case noun
    // opens the speaker's phrase too; after a comma, one whose phrase holds a title.)
    // ("…, portfolio manager Jane Roe said": the title may open the speaker's own phrase.)
    let titled =
        gap.clone().any(|i| ctx.lower_title(i).is_some()) || ctx.lower_title(cluster_start).is_some();
    let bare_noun = plain(gap.start) && ctx.class(gap.start).is_none() && (comma != mark || titled);
    let opens_np = matches!(ctx.class(gap.start), Some(WordClass::Det | WordClass::Poss))
        || bare_noun
        || name_word(gap.start);
    // ("…, a statement from the family said": a preposition inside the phrase.)
    let prep = |i: usize| ctx.class(i) == Some(WordClass::Prep);
    // ("…,” the independent Vermont senator and Democratic presidential candidate told": two
    // descriptions of one speaker.)
    let and = |i: usize| ctx.lower_is(i, "and");
    // ("“…,” a farmer named Ahmad said": a participle of naming before the name.)
    let naming = |i: usize| matches!(ctx.lower(i), "named" | "called") && name_word(i + 1);
    let nominal =
        gap.clone().skip(1).all(|i| plain(i) || name_word(i) || glue(i) || prep(i) || and(i) || naming(i));
    if opens_np && nominal {
        comma
    } else {
        cluster_start
    }
}

/// "Huckabee offered a similar explanation when Politico reported on his schedule", "a
/// conference at which he was speaking": a word right before the attribution, with no comma between
/// them, that opens a clause or a noun phrase (a subordinator, a relative pronoun, an article) puts
/// the attribution inside that clause: what comes before it is not what was said.
fn opens_clause_of_attribution(ctx: &Context<'_, '_>, t: usize) -> bool {
    let w = ctx.lower(t);
    match ctx.class(t) {
        // ("The economy is slowing, as the harbor master noted": "as" credits what came before.)
        Some(WordClass::Subord) => !matches!(w, "that" | "as"),
        Some(WordClass::Det) => true,
        _ => matches!(w, "which" | "who" | "whom" | "whose"),
    }
}

/// Whether a quote starting at byte `quote_start` opens the clause that starts at token `floor`:
/// nothing but space and punctuation lies between them, or a colon ends what does ("… the code of
/// conduct: “Civility was assumed,” he said").
pub(crate) fn quote_opens_clause(ctx: &Context<'_, '_>, floor: usize, quote_start: usize) -> bool {
    let floor_at = ctx.doc.tokens().get(floor).map_or(0, |t| t.span.start);
    let lead = ctx.doc.text().get(floor_at..quote_start.max(floor_at)).unwrap_or("");
    let lead = lead.rsplit_once('(').map_or(lead, |(_, inside)| inside);
    !lead.chars().any(char::is_alphanumeric) || lead.trim_end().ends_with(':')
}

/// Whether the quotation opening at byte `open` follows a verb of saying and a comma ("… said,
/// “but we are asking …”"): the second part of a split quotation, that verb's.
fn goes_on_after_saying(ctx: &Context<'_, '_>, open: usize) -> bool {
    let t = ctx.doc.token_index_at(open);
    t >= 2 && ctx.word(t - 1) == "," && ctx.lower_cue(t - 2).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribution::context::test_support::{contents, Fixture};
    use crate::ClaimKind;

    fn left(text: &str, attribution: &str) -> Option<(String, ClaimKind)> {
        let f = Fixture::new(text);
        let start = f.token(attribution);
        f.with(|ctx| left_content(ctx, start, 0).map(|c| (c.span.as_str(text).to_string(), c.kind)))
    }

    #[test]
    fn a_discourse_phrase_is_no_part_of_the_content() {
        // "Of course, as Joel Pollak observed, the biggest victor was not on the stage."
        let text = "Of course, as Joel Pollak observed, the biggest victor was not on the stage.";
        assert_eq!(contents(text), ["the biggest victor was not on the stage"]);
        assert_eq!(contents("In fact, the plan was flawed, he said."), ["the plan was flawed"]);
        // (A time is: "For decades, Mr. de Vos noted, the United States has deployed observers".)
        let text = "For decades, Mr. de Vos noted, the United States has deployed observers.";
        assert_eq!(contents(text), ["For decades the United States has deployed observers"]);
    }

    #[test]
    fn a_quotation_before_as_and_its_attribution() {
        // "“It is a pause, not a peace,” as Leila Haddad put it."
        let text = "“It is a pause, not a peace,” as Leila Haddad put it.";
        assert_eq!(left(text, "Leila"), Some(("It is a pause, not a peace,".into(), ClaimKind::Direct)));
        let f = Fixture::new(text);
        let cue = f.cues[0].clone();
        assert!(!f.with(|ctx| inside_clause(ctx, &cue, f.token("Leila"), 0)));
    }

    #[test]
    fn quote_or_clause_before_the_attribution() {
        // "“…,” she said": direct; "The talks failed, he said": indirect.
        assert_eq!(left("“We won,” she said.", "she"), Some(("We won,".into(), ClaimKind::Direct)));
        assert_eq!(
            left("The talks failed, he said.", "he"),
            Some(("The talks failed".into(), ClaimKind::Indirect))
        );
        // "X may be “strategic,” said Y": mixed.
        let got = left("The move may be “strategic,” said Mary Lee.", "said");
        assert_eq!(got.map(|g| g.1), Some(ClaimKind::Mixed));
    }

    #[test]
    fn an_attribution_inside_a_clause_reports_nothing_before_it() {
        use crate::attribution::context::test_support::contents;
        // "a country he does not remember", "lower than we want", "anything the senator said".
        assert!(contents("He is deportable to a country he does not remember.").is_empty());
        assert!(contents("Growth is lower than we want.").is_empty());
        // "short of the 22% analysts had expected": a figure heads the object.
        assert!(contents("Revenue grew 18%, short of the 22% analysts had expected.").is_empty());
        assert!(contents("It was as damaging as anything the senator said on stage.").is_empty());
        // "Okafor won the race as Delgado conceded": an adverbial clause with no comma before it;
        // "…, as traders noted" reports.
        assert!(contents("Okafor won the race as Delgado conceded.").is_empty());
        assert_eq!(contents("The dollar slipped, as traders noted."), ["The dollar slipped"]);
        // A role before the name is the speaker's phrase.
        let got = contents("The album is nearly done, frontman Anthony Kiedis recently revealed.");
        assert_eq!(got.len(), 1);
    }

    #[test]
    fn an_attribution_in_parentheses_reports_what_they_hold() {
        // "… headline writers (“Pope Excommunicates Trump,” declared La Stampa)".
        let text = "It fed headline writers (“Pope Rebukes Trump,” declared La Stampa in Italy), and more.";
        assert_eq!(left(text, "declared"), Some(("Pope Rebukes Trump,".into(), ClaimKind::Direct)));
        let text = "Trump cited a claim (the real number is lower, according to Factcheck) and more.";
        assert_eq!(left(text, "according").map(|g| g.0), Some("the real number is lower".into()));
    }

    #[test]
    fn words_of_the_speaker_phrase_stay_out() {
        // "Rates will rise, the Home Office said"; "…, his neighbor Linda Cho said".
        let got = left("Rates will rise, the Home Office said.", "Home");
        assert_eq!(got.map(|g| g.0), Some("Rates will rise".into()));
        let got = left("Daniel was the first to see it, his neighbor Linda Cho said.", "Linda");
        assert_eq!(got.map(|g| g.0), Some("Daniel was the first to see it".into()));
        // "“I was terrified,” actress Zoë Adeyemi told Vanity Fair of filming the stunt": an
        // occupation before the name is its title.
        let got = crate::attribution::context::test_support::contents(
            "“I was terrified,” actress Zoë Adeyemi told Vanity Fair of filming the stunt.",
        );
        assert_eq!(got, ["I was terrified,"]);
        // "“Nobody came,” a farmer named Ahmad said".
        let got = left("“Nobody came,” a farmer named Ahmad said.", "Ahmad");
        assert_eq!(got, Some(("Nobody came,".into(), ClaimKind::Direct)));
        // A clause after the comma is content: "…, the talks failed, Jones said".
        let got = left("It rained, the talks failed, Jones said.", "Jones");
        assert_eq!(got.map(|g| g.0), Some("It rained, the talks failed".into()));
        // After a quote: "“…,” his longtime aide Huma Abedin said" is direct, without "his".
        let got = left("“It was reckless,” his longtime aide Huma Abedin said.", "longtime");
        assert_eq!(got, Some(("It was reckless,".into(), ClaimKind::Direct)));
        let got = left("“We are hopeful,” department spokeswoman Tiffany Davila said.", "spokeswoman");
        assert_eq!(got, Some(("We are hopeful,".into(), ClaimKind::Direct)));
        // A capitalised body before the role, a possessive, a hyphened modifier.
        let got = left("Prices will rise, portfolio manager Jane Roe said.", "manager");
        assert_eq!(got.map(|g| g.0), Some("Prices will rise".into()));
        let got = left("Sales were weak, Home Depot spokesman Tom Ash said.", "Tom");
        assert_eq!(got.map(|g| g.0), Some("Sales were weak".into()));
        let got = left("The deal is off, ESPN's Jeff Pass reported.", "Jeff");
        assert_eq!(got.map(|g| g.0), Some("The deal is off".into()));
        let got = left("Growth will slow, the Paris-based OECD said.", "OECD");
        assert_eq!(got.map(|g| g.0), Some("Growth will slow".into()));
        // Not a clause with a plain noun and no title: "…, prices fell Smith said".
        let got = left("It rained, prices rise Smith said.", "Smith");
        assert_eq!(got.map(|g| g.0), Some("It rained, prices rise".into()));
        let got = left("Growth may be “strategic,” the former aide Tom Smith said.", "former");
        assert_eq!(got, Some(("Growth may be “strategic,”".into(), ClaimKind::Mixed)));
    }

    #[test]
    fn an_attribution_inside_a_clause_has_nothing_before_it() {
        let got = left("Huckabee offered a similar explanation when Politico reported on it.", "Politico");
        assert_eq!(got, None);
        let got = left("He posted a video from a conference at which he was speaking.", "he");
        assert_eq!(got, None);
        // "…, that's what he said" keeps its content; so does a clause ending on "that".
        let got = left("Nobody believes that, he said.", "he");
        assert_eq!(got.map(|g| g.0), Some("Nobody believes that".into()));
    }

    #[test]
    fn a_coordinated_subject_is_no_content() {
        assert_eq!(left("The mayor and the governor spoke.", "the"), None);
    }

    #[test]
    fn a_sentence_adverb_stays_out() {
        let got = left("Still, the talks failed, he said.", "he");
        assert_eq!(got.map(|g| g.0), Some("the talks failed".into()));
    }

    #[test]
    fn one_word_is_too_little() {
        assert_eq!(left("Yes, he said.", "he"), None);
    }
}
