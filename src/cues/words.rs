//! The word lists the cue rules read, one named constant each, and the small helpers they share.

use crate::text::Document;

/// Token `i` of `doc` in lower case.
pub(super) fn lower<'d>(doc: &'d Document<'_>, i: usize) -> &'d str {
    doc.token_lower(i)
}

/// "took to Twitter to say": tokens `i - 4 .. i` are "took"/"takes"/"take"/"taking", "to", a
/// capitalised platform and "to", all at or after `start`. Read by the cue group (the verb and the
/// platform join it) and by the infinitive test (its subject speaks).
pub(super) fn took_to_platform(doc: &Document<'_>, i: usize, start: usize) -> bool {
    i >= start + 4
        && lower(doc, i - 1) == "to"
        && lower(doc, i - 3) == "to"
        && matches!(lower(doc, i - 4), "took" | "takes" | "take" | "taking")
        && doc.token_text(i - 2).starts_with(char::is_uppercase)
}

/// Whether `w` (lower case) has an adverb's "-ly" ending ("widely", "now openly"); "supply",
/// "reply" and "apply" end so and are nouns or verbs.
pub(super) fn ly_adverb(w: &str) -> bool {
    w.ends_with("ly") && !w.ends_with("pply")
}

/// A double quote mark or a guillemet.
pub(super) fn is_quote_mark(s: &str) -> bool {
    matches!(s, "\"" | "“" | "”" | "„" | "«" | "»")
}

word_list! {
    /// Bodies that hear evidence: "heard" after one of them is a cue ("The court heard that …",
    /// "the jury heard"), after anything else it is not ("Neighbours heard shots"). Also read by
    /// the attribution's listener rule.
    COURT_NOUNS, is_court_noun: [
        "court", "jury", "jurors", "inquest", "tribunal", "hearing", "magistrates", "inquiry", "committee",
        "panel", "trial", "judge", "coroner", "commission"
    ]
}

word_list! {
    /// Verbs and adjectives that pass their subject to an infinitive cue ("seemed to urge", "refused
    /// to say", "went so far as to say", "is pleased to announce").
    CONTROL_WORDS, is_control_word: [
        "seem", "seems", "seemed", "appear", "appears", "appeared", "refuse", "refuses", "refused", "decline",
        "declines", "declined", "continue", "continues", "continued", "try", "tries", "tried", "begin", "begins",
        "began", "start", "starts", "started", "want", "wants", "wanted", "going", "able", "willing", "ready",
        "likely", "eager", "quick", "careful", "as", "has", "have", "had", "sought", "seeks", "vowed", "promised",
        "hesitate", "hesitated", "pleased", "delighted", "thrilled", "proud", "happy", "glad", "excited",
        "sorry", "sad", "keen",
    ]
}

word_list! {
    /// Verbs of coming forward to speak, whose subject speaks the infinitive of purpose after
    /// them ("Fiona Calder-Lyle intervened to say that …", "He called to say he was safe", "She
    /// stood up to say …").
    PURPOSE_VERBS, is_purpose_verb: [
        "intervened", "intervenes", "called", "calls", "rang", "rings", "phoned", "phones", "wrote", "writes",
        "rose", "rises", "stood", "stands", "stepped", "steps", "came", "comes", "returned", "returns",
        "interrupted", "interrupts", "chimed", "weighed", "emerged", "paused",
    ]
}

word_list! {
    /// Quantifiers that stand alone as a subject ("Some said", "Many believe").
    QUANTIFIERS, is_quantifier: ["some", "several", "many", "most", "both", "all", "few", "others"]
}

word_list! {
    /// Verbs of beginning or going on before a participle ("began calling for", "kept insisting").
    ASPECT_VERBS, is_aspect_verb: [
        "began", "begun", "begin", "begins", "started", "start", "starts", "kept", "keep", "keeps", "continued",
        "continue", "continues",
    ]
}

word_list! {
    /// Plural subjects before a bare present form ("they say", "who say", "Six in 10 percent say",
    /// "Data show").
    PLURAL_SUBJECTS, is_plural_subject: [
        "they", "we", "i", "you", "who", "percent", "many", "some", "others", "several", "both", "most", "all",
        "data", "people", "police",
    ]
}

word_list! {
    /// Words before an "-ing" cue that make it a participle of manner, whose speaker is the
    /// clause's subject ("… by saying", "a statement saying", "wrote a column urging"; time words
    /// count too).
    MANNER_WORDS, is_manner_word:
        [
            "by", "statement", "letter", "email", "memo", "release", "column", "article", "editorial", "essay",
            "message", "video", "after", "before", "while", "since", "without",
        ]
}

word_list! {
    /// Means of contact after "by" ("said by telephone", "told by email"): no agent.
    MEANS_OF_CONTACT, is_means_of_contact: ["telephone", "phone", "email", "e-mail", "text", "video", "satellite"]
}

word_list! {
    /// Verbs of rising and falling, which follow a noun subject ("Asylum claims fell", "the
    /// Treasury note rose", "as supply fears mount"): after one, a cue word was that noun.
    CHANGE_VERBS, is_change_verb: [
        "rose", "fell", "climbed", "dropped", "slipped", "jumped", "surged", "soared", "slumped", "eased",
        "mounted", "grew", "rise", "fall", "climb", "drop", "mount", "grow", "ease", "rises", "falls", "climbs",
        "drops", "mounts", "grows", "eases",
    ]
}

word_list! {
    /// "-ing" cue forms that are also adjectives: after "be" and before a stop or a conjunction
    /// they describe ("the results were encouraging,", "the data are promising and …").
    ADJECTIVE_PARTICIPLES, is_adjective_participle: [
        "encouraging", "promising", "threatening", "alarming", "worrying", "reassuring", "misleading",
        "surprising", "disappointing", "compelling", "convincing", "welcoming", "insulting", "damning",
        "telling", "troubling", "concerning", "demanding", "questioning", "accusing", "boasting",
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_agree_with_their_predicates() {
        crate::macros::check_word_lists(&[
            (COURT_NOUNS, is_court_noun),
            (CONTROL_WORDS, is_control_word),
            (PURPOSE_VERBS, is_purpose_verb),
            (QUANTIFIERS, is_quantifier),
            (ASPECT_VERBS, is_aspect_verb),
            (PLURAL_SUBJECTS, is_plural_subject),
            (MANNER_WORDS, is_manner_word),
            (MEANS_OF_CONTACT, is_means_of_contact),
            (CHANGE_VERBS, is_change_verb),
            (ADJECTIVE_PARTICIPLES, is_adjective_participle),
        ]);
        assert!(is_quote_mark("«") && !is_quote_mark("'"));
    }
}
