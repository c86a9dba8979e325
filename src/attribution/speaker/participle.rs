//! Participles: "…, saying", "…, adding that", "Noting that …, Tester added", "After praising the
//! plan, Ortiz left", "he spent more time mocking …".

use crate::cues::{before_manner_participle, CueForm, CueMatch};
use crate::lexicon::WordClass;
use crate::text::TokenKind;

use super::super::context::{Bounds, Context};
use super::super::mentions::{left_np, right_np, subject_np, Mention, MentionKind};
use super::super::words;
use super::frame::Frame;
use super::preverbal::opening_outlet;
use super::subject::clause_subject;

/// The frame of an "-ing" cue that opens the sentence or follows a comma or a word of manner, if
/// it is one.
pub(super) fn frame(ctx: &Context<'_, '_>, cue: &CueMatch, b: Bounds) -> Option<Frame> {
    if cue.form != CueForm::Gerund {
        return None;
    }
    let (g, s0, s1) = (cue.group_start, b.start, b.end);
    let manner = g > s0 && before_manner_participle(ctx.lex, ctx.word(g - 1));
    let opens_sentence = g == ctx.dateline_end(s0, g.max(s0 + 1));
    if opens_sentence {
        // "Noting that …, Tester added": the subject after the opening phrase.
        return Some(Frame::bare(g, cue, subject_after_comma(ctx, g, s1)));
    }
    if !(ctx.after_comma(s0, g) || manner) {
        return None;
    }
    // ", saying …": the speaker is the subject of the main clause; "After praising the plan, Ortiz
    // left": the main clause follows the opening phrase.
    let opening = manner
        && g > s0
        && (ctx.dateline_end(s0, g)..g - 1)
            .all(|t| ctx.kind(t) == TokenKind::Number || ctx.class(t) == Some(WordClass::Time));
    // ("The Post intervened in April, arguing that …": an outlet opening the sentence argues.)
    let speaker = if opening {
        subject_after_comma(ctx, g, s1)
    } else {
        clause_subject(ctx, s0, g).or_else(|| opening_outlet(ctx, s0, g - 1))
    };
    Some(Frame::bare(g, cue, speaker))
}

/// The subject after the first comma from `g` (at most 30 tokens on).
fn subject_after_comma(ctx: &Context<'_, '_>, g: usize, s1: usize) -> Option<Mention> {
    (g..s1.min(g + 30))
        .find(|&t| ctx.word(t) == ",")
        .and_then(|c| right_np(ctx, c + 1, s1).or_else(|| subject_np(ctx, c + 1, s1)))
}

/// ", adding …", ", noting …": a participle without a speaker takes the speaker of the verb
/// before it in the sentence. Right after "X said," the participle is X's too ("…, a Chinese
/// official said, adding that …"), also past a short phrase ("…, X said on Tuesday, adding that
/// …", "said in a statement, adding"); and when the sentence's subject is a title whose name
/// follows it ("The foreign secretary, David Lammond, said …, adding that …"), the name speaks.
pub(super) fn inherit_speakers(ctx: &Context<'_, '_>, cues: &[CueMatch], frames: &mut [Frame]) {
    for k in 1..frames.len() {
        let cue = &cues[k];
        if cue.form != CueForm::Gerund {
            continue;
        }
        // ("…, Irene Webb said, while stressing that …": a subordinator before the participle.)
        let g = cue.group_start;
        let g =
            if g >= 2 && ctx.word(g - 2) == "," && matches!(ctx.lower(g - 1), "while" | "before" | "after") {
                g - 1
            } else {
                g
            };
        let after = frames[k - 1].after.max(cues[k - 1].tokens.end);
        // Past a phrase only after a trailing attribution set off by a comma ("…, X said on
        // Tuesday, adding"), not after a verb in the middle of a clause ("… why X did not speak
        // at the convention, implying").
        // ("…, the Red Cross said in a statement, adding": with the name's article.)
        let c = ctx.with_article(frames[k - 1].cluster.start);
        let trailing = c > 0 && ctx.word(c - 1) == ",";
        let right_after = g > 0
            && ctx.word(g - 1) == ","
            && cues[k - 1].tokens.end <= g
            && (after + 1 >= g
                || trailing
                    && (short_phrase(ctx, after, g - 1) || told_someone(ctx, &cues[k - 1], after, g - 1)));
        let named = frames[k].speaker.as_ref().and_then(|own| {
            (0..k).rev().find_map(|j| {
                let prev = frames[j].speaker.as_ref()?;
                // ("Iraq's Minister of Water Resources Adnan Kareem al-Jubouri said …, warning that
                // …": the subject read for the participle is a piece of the name's role.)
                let in_role = prev.role.is_some_and(|r| r.start <= own.span.start && own.span.end <= r.end);
                (cues[j].form == CueForm::Finite && (names_the_title(ctx, own, prev) || in_role))
                    .then(|| prev.clone())
            })
        });
        // ("Jones said the club would appeal, adding that fans deserved better": a participle that
        // goes on speaking, after a reported clause, is the reporter's; the clause's own subject is
        // inside what was said.)
        let reporter = (0..k).rev().find(|&j| {
            cues[j].form == CueForm::Finite
                && cues[j].stance == crate::Stance::Neutral
                && frames[j].speaker.is_some()
        });
        // (The speaker it would take: its own, or right after another cue, that cue's.)
        let candidate = if right_after { frames[k - 1].speaker.as_ref() } else { frames[k].speaker.as_ref() };
        let inside_content = reporter.filter(|&j| {
            j + 1 < k
                && g > 0
                && ctx.word(g - 1) == ","
                && candidate.is_some_and(|own| own.tokens.start >= cues[j].tokens.end)
                && words::is_continuing_participle(ctx.lower(cue.tokens.start))
        });
        if let Some(name) = named {
            frames[k].speaker = Some(name);
        } else if let Some(j) = inside_content {
            frames[k].speaker = frames[j].speaker.clone();
        } else if frames[k].speaker.is_none() || right_after && frames[k - 1].speaker.is_some() {
            frames[k].speaker = frames[..k].iter().rev().find_map(|f| f.speaker.clone());
        }
    }
}

/// Most tokens of the addressee between "told" and a participle after it.
const MAX_ADDRESSEE_TOKENS: usize = 5;

/// "…, the minister told reporters, adding that …", "told the BBC on Sunday, adding": after a
/// trailing "told", its addressee (tokens `a..b`, no verb, no cue) comes before the participle.
fn told_someone(ctx: &Context<'_, '_>, told: &CueMatch, a: usize, b: usize) -> bool {
    told.lemma == "tell"
        && a < b
        && b - a <= MAX_ADDRESSEE_TOKENS
        && (a..b).all(|t| ctx.cue(t).is_none() && !ctx.is_punct(t) && !ctx.verb_follows(t, t + 1))
}

/// Whether tokens `a..b` are nothing or a short time or prepositional phrase without a clause of
/// its own ("on Tuesday", "in a statement", "at a news conference in Ottawa"; not an object: "would
/// not recognise the result, adding …").
fn short_phrase(ctx: &Context<'_, '_>, a: usize, b: usize) -> bool {
    const MAX_PHRASE: usize = 8;
    let phrase_start = |t: usize| matches!(ctx.lower_class(t), Some(WordClass::Prep | WordClass::Time));
    a >= b
        || b - a <= MAX_PHRASE
            && phrase_start(a)
            && !(a..b).any(|t| ctx.clause_word(t) || matches!(ctx.word(t), "," | ";" | "“" | "”" | "\""))
}

/// Whether `name` is the appositive right after the title `subject` ("The foreign secretary,
/// David Lammond,"; "Lagos State Commissioner for Transportation, Oluwaseun Adebayo,", a title
/// the recognizer read as a name, cut before "for").
fn names_the_title(ctx: &Context<'_, '_>, subject: &Mention, name: &Mention) -> bool {
    let end = subject.tokens.end;
    let title = matches!(subject.kind, MentionKind::Common { .. }) || ctx.is_title_word(end - 1);
    // (The comma right before the name, right after the title or after its phrase.)
    let comma = (end..name.tokens.start).find(|&t| ctx.word(t) == ",");
    let phrase = comma.is_some_and(|c| {
        c + 1 == name.tokens.start
            && (c == end || ctx.lower_class(end) == Some(crate::lexicon::WordClass::Prep))
    }) && !(end..name.tokens.start).any(|t| ctx.clause_word(t));
    title && phrase
}

/// For a gerund whose left neighbour `o` is the object of another verb ("he spent more time mocking
/// …", "she spent much of her speech praising …"), that verb's subject; otherwise `o`.
pub(super) fn gerund_object_subject(ctx: &Context<'_, '_>, o: Mention, s0: usize) -> Mention {
    if !matches!(o.kind, MentionKind::Common { .. }) || o.tokens.start <= s0 + 1 {
        return o;
    }
    let mut v = o.tokens.start - 1;
    // ("much of her speech")
    if ctx.lower_is(v, "of")
        && v >= s0 + 2
        && matches!(ctx.lower(v - 1), "much" | "most" | "part" | "some" | "all" | "half")
    {
        v -= 2;
    }
    let w = ctx.lower(v);
    let verbish = !ctx.is_cap(v)
        && ctx.lower_class(v).is_none_or(|c| c == WordClass::Verb)
        && (w.ends_with("ed")
            || w.ends_with('s')
            || w.ends_with("nt")
            || ctx.lower_class(v) == Some(WordClass::Verb));
    if !verbish {
        return o;
    }
    while v > s0
        && matches!(
            ctx.class(v - 1),
            Some(WordClass::Aux | WordClass::Adv | WordClass::Neg | WordClass::Modal)
        )
    {
        v -= 1;
    }
    match left_np(ctx, v, s0) {
        Some(subj) if !subj.is_relative() => subj,
        _ => o,
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::who;

    #[test]
    fn a_participle_after_a_titled_name_with_a_portfolio() {
        // "Iraq's Minister of Water Resources Adnan Kareem al-Jubouri said on Wednesday that …,
        // warning that …": the participle's subject was a piece of the name's role.
        let text = "Iraq's Minister of Water Resources Adnan Kareem al-Jubouri said that Baghdad had asked \
                    Ankara for water, warning that reserves had fallen.";
        assert_eq!(who(text, "warning").as_deref(), Some("Adnan Kareem al-Jubouri"));
    }

    #[test]
    fn participle_after_a_comma_speaks_for_the_subject() {
        // ", saying …", ", adding that …".
        let text = "The minister rejected the plan, saying it was too costly.";
        assert_eq!(who(text, "saying").as_deref(), Some("The minister"));
        let text = "The plan is dead, a Chinese official said, adding that talks would go on.";
        assert_eq!(who(text, "adding").as_deref(), Some("a Chinese official"));
        let text = "The plan is dead, Li Wei said on Tuesday, adding that talks would go on.";
        assert_eq!(who(text, "adding").as_deref(), Some("Li Wei"));
        // "The council will review the plans, Irene Webb said, while stressing that …".
        let text = "The council will review it, Irene Webb said, while stressing that nothing was decided.";
        assert_eq!(who(text, "stressing").as_deref(), Some("Irene Webb"));
        // (With the name's article: "…, the Red Cross said in a statement, adding …".)
        let text = "The attack was deadly, the Red Cross said in a statement, adding that 40 died.";
        assert_eq!(who(text, "adding").as_deref(), Some("Red Cross"));
        let text =
            "The foreign secretary, David Lammond, said the vote was void, adding that talks would go on.";
        assert_eq!(who(text, "adding").as_deref(), Some("David Lammond"));
        // "Lagos State Commissioner for Transportation, Oluwaseun Adebayo, said …, adding that …".
        let text =
            "Lagos State Commissioner for Transportation, Oluwaseun Adebayo, said the fleet would grow, \
                    adding that fares would not rise.";
        assert_eq!(who(text, "adding").as_deref(), Some("Oluwaseun Adebayo"));
        // After a reported clause, the reporter goes on: "Jones said the club would appeal, adding …".
        let text = "Jones said the club would appeal, adding that fans deserved better.";
        assert_eq!(who(text, "adding").as_deref(), Some("Jones"));
        let text = "The Washington Post went to court in April, arguing that the files were public.";
        assert_eq!(who(text, "arguing").as_deref(), Some("The Washington Post"));
    }

    #[test]
    fn participle_opening_the_sentence() {
        // "Noting that …, Tester added".
        let text = "Noting that only Kirk voted with them, Jon Tester added a warning.";
        assert_eq!(who(text, "Noting").as_deref(), Some("Jon Tester"));
    }

    #[test]
    fn gerund_after_another_verbs_object() {
        // "he spent more time mocking …".
        assert_eq!(who("He spent more time mocking the plan.", "mocking").as_deref(), Some("He"));
    }
}
