//! Every closed word list the attribution rules read, one named constant each, with the rule that
//! reads it. Each list also gets a predicate (`is_…`) that matches the same words.
//!
//! Words are lower case. Lists that look alike differ on purpose, and the differences change what
//! the rules find, so they stay apart:
//!
//! | list | read by | differs from [`ADVERBIAL_CLAUSE`] |
//! |---|---|---|
//! | [`ADVERBIAL_CLAUSE`] | prelude (a clause after the attribution), clause map (a subordinate clause after "said"), coordination | — |
//! | [`FRONTING_SUBORDINATORS`] | a fronted clause holding the attribution ("When Smith said …, the markets fell") | + if, once; − as ("As Smith said, …" reports the main clause) |
//! | [`CONTENT_ENDING_SUBORDINATORS`] | the end of reported content after a cue other than "say" | + whereas; − since (mostly "since 2010", a time) |
//! | [`OBJECT_STOPS`] | the end of an object noun phrase | + if, even, despite, during, "saying"; − as (read with a pronoun after it) |
//! | [`QUESTION_OPENERS`] | "… when asked about" | only what can open "asked": when, whenever, after, before, once, if |
//! | [`CLAUSE_LINKS`] | a later verb that opens a clause of its own | + and, but, whereas, then, so, even, which, ultimately, "," and ";"; − until |
//! | [`TRIMMED_LINKS`] | words trimmed off the end of a clause | the linking words and "which": no after, before, when, because, since, until |
//! | [`OBJECT_ASIDES`] | the writer's clause inside a verbless object ("two goals as Castlebay ran out winners") | − after, before (they open the noun phrase's own adjunct: "two goals after the break") |

/// Whether `w` (lower case) has the ending of a noun of one who does something: "rider",
/// "investigator", "economist", "librarian" (the lexicons list few of them).
pub(crate) fn has_agent_ending(w: &str) -> bool {
    ["er", "or", "ist", "ian"].iter().any(|e| w.ends_with(e))
}

/// "familiar with", "close to", "privy to", "(with) knowledge of": a word and the preposition that
/// tie a noun of people to what they know ("people familiar with the matter", "a source close to
/// him", "sources privy to the talks", "two sources with knowledge of the plan").
pub(crate) fn is_familiarity(adjective: &str, preposition: &str) -> bool {
    matches!((adjective, preposition), ("familiar", "with") | ("close" | "privy", "to") | ("knowledge", "of"))
}

word_list! {
    /// Nouns that say what a person is, not an office someone else could hold in the same story
    /// ("Arthur Bellamy, 84, lost £9,000 … The pensioner said …"): after "the", the one person
    /// named just before (`coref/topic.rs`). No officials ("the judge", "the officer", "the
    /// coach"), no relatives ("the mother" of someone named).
    PERSONAL_DESCRIPTIONS, is_personal_description: [
        "pensioner", "retiree", "teenager", "youngster", "schoolgirl", "schoolboy", "student", "widow",
        "widower", "grandmother", "grandfather", "veteran", "academic",
        "mp", "lawmaker", "legislator", "politician", "star", "singer", "actor", "actress", "rapper",
        "musician", "comedian", "novelist", "entrepreneur", "businessman", "businesswoman",
        "billionaire", "millionaire", "tycoon", "farmer", "campaigner", "activist",
    ]
}

word_list! {
    /// Verbs of an occasion of speaking that say nothing themselves ("Police Chief Maria Santos
    /// addressed reporters on Friday."): the paragraph they open introduces the speaker of the
    /// quotation paragraph after it. Read by the floating-quote pass.
    SPEECH_EVENTS, is_speech_event: ["addressed", "addresses", "spoke", "speaks", "briefed", "briefs"]
}

word_list! {
    /// Words that open an adverbial clause after a finished attribution ("…, he told CNN, when …",
    /// "… told his advisers as he labored …"). Read by the prelude's trailing test, by the clause
    /// map ("Kelly said she asked for it because she wanted …": after a verb of saying, a
    /// subordinate clause belongs to what was said) and by coordination ("… was complete when
    /// Trump … called them “rapists” and promised …").
    ADVERBIAL_CLAUSE, is_adverbial_clause:
        ["after", "before", "when", "as", "while", "because", "although", "though", "since", "until"]
}

word_list! {
    /// Words that open the writer's clause inside an object noun phrase ("added two goals after the
    /// break as Castlebay ran out winners"), whose verbs are no verbs of the object. Read by the
    /// verbless-object test of `deeds.rs`.
    OBJECT_ASIDES, is_object_aside: ["as", "when", "while", "because", "although", "though", "until", "since"]
}

word_list! {
    /// Subordinators that make the clause holding an attribution a fronted adverbial one ("When
    /// Smith said …, the markets fell"). Not "as": "As Smith said, …" reports the main clause.
    FRONTING_SUBORDINATORS, is_fronting_subordinator:
        ["after", "when", "although", "though", "because", "if", "while", "since", "before", "once", "until"]
}

word_list! {
    /// After a comma, these end the content of a cue that is not a verb of saying ("He praised the
    /// plan, while others …"); after "said" the clause is part of what was said.
    CONTENT_ENDING_SUBORDINATORS, is_content_ending_subordinator:
        ["while", "as", "when", "because", "although", "though", "whereas", "until", "before", "after"]
}

word_list! {
    /// Words that end a noun-phrase object ("opposed it during the campaign", "blamed the media
    /// even as …"): adverbial clauses and adjunct prepositions.
    OBJECT_STOPS, is_object_stop: [
        "after", "while", "because", "when", "before", "since", "despite", "though", "although", "even", "until",
        "if", "saying", "during",
    ]
}

word_list! {
    /// Words before "asked" that make it a question put to the subject ("… when asked about her
    /// weaknesses").
    QUESTION_OPENERS, is_question_opener: ["when", "whenever", "after", "before", "once", "if"]
}

word_list! {
    /// Words before a verb group that start a new clause of the sentence ("… to ban them after the
    /// agency called for the ban", "…; Mrs. Clinton aims to …").
    CLAUSE_LINKS, is_clause_link: [
        ",", ";", "and", "but", "while", "whereas", "after", "before", "when", "as", "because", "though",
        "although", "since", "then", "ultimately", "so", "even", "which",
    ]
}

word_list! {
    /// Linking words trimmed, with commas and dashes, off the end of a clause before the next
    /// attribution ("… the talks had failed and | the president said").
    TRIMMED_LINKS, is_trimmed_link:
        ["and", "but", "while", "whereas", "then", "ultimately", "even", "though", "although", "as", "which"]
}

word_list! {
    /// Relative pronouns that stand for the noun phrase before them ("…, who said").
    RELATIVE_PRONOUNS, is_relative_pronoun: ["who", "which"]
}

word_list! {
    /// Subject pronouns: they open a clause of their own ("praised him and he …"), so a content
    /// starting with one is a clause, not an object.
    SUBJECT_PRONOUNS, is_subject_pronoun: ["he", "she", "they", "we", "i"]
}

word_list! {
    /// The addressee of "told" as a pronoun ("told him that …").
    OBJECT_PRONOUNS, is_object_pronoun: ["him", "her", "them", "us", "me", "you"]
}

word_list! {
    /// Nouns whose own complement opens with "for" ("support for", "a proposal for"): a "for" after
    /// them is no charge after an accusing verb (`deeds::predicative`).
    NOUNS_TAKING_FOR, takes_for: ["support", "call", "calls", "demand", "demands", "proposal", "proposals", "plan", "plans", "bid", "need", "push", "case", "praise", "funding", "candidate", "bill"]
}

word_list! {
    /// What is won or taken, not said, as the object of "claim" ("claimed the title", "claimed their
    /// first win", "claimed two lives"): `deeds::took_a_prize`.
    PRIZES, is_prize: [
        "title", "titles", "crown", "championship", "trophy", "cup", "medal", "medals", "gold", "silver",
        "bronze", "prize", "award", "win", "wins", "points", "point", "spot", "berth", "pole", "record",
        "double", "treble", "lives", "life", "seat", "seats", "scalp", "honours", "honors", "jackpot",
    ]
}

/// Currency signs that may open an amount glued to its digits ("£3,400", "€1,950"); "$" is a
/// token of its own.
pub(crate) const CURRENCY_SIGNS: [char; 5] = ['£', '$', '€', '¥', '₹'];

word_list! {
    /// What a company or an analyst sets and revises, acting ("cut its full-year forecast", "raised
    /// their price target"): after "and", a past verb on one of these, with a possessive, is the
    /// speaker's next act, not the reported clause's (`content::right::subject_goes_on`).
    OUTLOOK_NOUNS, is_outlook_noun: [
        "forecast", "forecasts", "target", "targets", "guidance", "outlook", "rating", "ratings", "estimate",
        "estimates", "dividend", "recommendation",
    ]
}

word_list! {
    /// What a body institutes by declaring it, not a statement ("declared an interim dividend",
    /// "declared a health emergency", "declared a curfew"): `deeds::declared_a_measure`.
    DECLARED_MEASURES, is_declared_measure: [
        "dividend", "dividends", "emergency", "curfew", "holiday", "bankruptcy", "insolvency", "ceasefire",
        "truce", "lockdown", "mourning", "moratorium", "disaster",
    ]
}

word_list! {
    /// Nouns of what a body publishes and that "finds", "shows" or is cited "according to" ("a
    /// recent survey by Infotrak", "figures released by the ABS").
    STUDY_NOUNS, is_study_noun: [
        "report", "survey", "study", "poll", "analysis", "estimates", "estimate", "figures", "data", "review",
        "audit", "research", "assessment", "census", "index", "statistics", "note", "memo",
    ]
}

word_list! {
    /// Nouns of what someone says, owned by the one who says it ("Ofsted’s verdict on the school
    /// was damning: “…”", "The message from the coach was simple: “…”"). Read by the colon lead.
    VERDICT_NOUNS, is_verdict_noun: [
        "verdict", "message", "response", "reply", "answer", "advice", "warning", "reaction", "view",
        "assessment", "plea", "instruction", "instructions", "judgment", "judgement", "conclusion", "take",
        "comment", "comments", "statement", "retort", "appeal",
    ]
}

word_list! {
    /// Nouns of people who live somewhere ("A resident of Ayemo", "Residents of the tiny Queensland
    /// town of Merriwa Flat"): the phrase of the place is theirs, whatever the recognizer made of it.
    DWELLERS, is_dweller: [
        "resident", "residents", "native", "natives", "inhabitant", "inhabitants", "villager", "villagers",
        "citizen", "citizens", "locals", "homeowners", "tenants", "neighbours", "neighbors",
    ]
}

word_list! {
    /// Nouns of any kind of body: "the group", "the rights group", "the charity" stand for the
    /// body named just before ("Human Rights Watch said … The rights group said").
    GENERIC_BODIES, is_generic_body: [
        "group", "charity", "watchdog", "tank", "body", "nonprofit", "organisation", "organization", "ngo"
    ]
}

word_list! {
    /// Last words of a market index's name, which is no company ("the Philadelphia Stock Exchange
    /// Semiconductor Index", "the Dow Jones Industrial Average", "the Nasdaq Composite").
    INDEX_ENDINGS, is_index_ending: ["Index", "Average", "Composite"]
}

word_list! {
    /// Papers handed to a court or a body, which speak for themselves ("Documents filed with the
    /// court show …").
    FILED_DOCUMENTS, is_filed_document: [
        "documents", "document", "records", "papers", "filings", "filing", "files", "affidavit",
        "affidavits", "submissions", "submission", "evidence", "exhibits",
    ]
}

word_list! {
    /// Participles of handing papers to a body ("filed with", "submitted to", "lodged with").
    HANDING_PARTICIPLES, is_handing_participle: [
        "filed", "submitted", "lodged", "presented", "tabled", "sent", "provided", "handed", "given",
    ]
}

word_list! {
    /// Modifiers that make a description of a body's kind another body than the one just named
    /// ("the rival grocer", "the parent company", "the former agency").
    OTHER_BODY_MODIFIERS, is_other_body_modifier: [
        "other", "rival", "parent", "former", "competing", "partner", "sister", "acquiring", "merged",
        "new", "same", "another", "second", "third", "smaller", "larger", "bigger",
    ]
}

word_list! {
    /// Nouns of public bodies that a coined or a field's name leaves unsaid ("the agency" for
    /// Metrolinx, "the health authority" for Nova Scotia Health).
    PUBLIC_BODY_NOUNS, is_public_body_noun: [
        "agency", "authority", "regulator", "service", "administration", "watchdog",
    ]
}

word_list! {
    /// Adjectives of a body's reach, which say no field ("the provincial transit agency").
    JURISDICTION_ADJECTIVES, is_jurisdiction_adjective: [
        "provincial", "federal", "national", "regional", "local", "municipal", "city", "state",
        "public", "government", "crown", "territorial", "county", "independent", "statutory",
    ]
}

word_list! {
    /// Modifiers that say what a body does ("the rights group", "the campaign group", "the think
    /// tank"), which its name need not hold.
    BODY_KINDS, is_body_kind: [
        "think", "rights", "campaign", "advocacy", "pressure", "lobby", "aid", "environmental",
        "conservation", "charity", "humanitarian", "activist", "watchdog", "industry", "trade",
    ]
}

word_list! {
    /// Nouns of bodies, beyond [`BODY_NOUNS`] and the `organization` nouns of
    /// `data/speaker_nouns.tsv` ("charity", "firm", "group"), read where a description
    /// comes before a body's name ("the charity Shelterline", "the broadcaster NHK", "the think tank
    /// Open Track").
    DESCRIBED_BODIES, is_described_body: [
        "newspaper", "daily", "tabloid", "channel", "website", "magazine", "outlet", "carrier", "maker",
        "manufacturer", "producer", "operator", "giant", "tank", "body", "carmaker", "automaker",
        "chipmaker", "drugmaker", "planemaker", "steelmaker", "supermarket", "chain", "conglomerate",
        "utility", "provider", "supplier", "distributor", "exporter", "housebuilder", "shipbuilder",
        "refiner", "retailer", "insurer", "lender", "airline", "broadcaster", "startup", "club", "promoter",
        "franchise",
    ]
}

word_list! {
    /// Lemmas of verbs that tell a manner, not an act of saying ("“No regrets,” she smiled", "he
    /// laughed", "she captioned the post"): they report a quotation only.
    QUOTE_ONLY_VERBS, reports_quotes_only: ["laugh", "chuckle", "smile", "sigh", "shrug", "caption"]
}

word_list! {
    /// Lemmas of verbs that name their object something ("called Trump a fascist", "labelled the
    /// strike an outrage"): the object and its name make a statement (`deeds::noun_object`).
    NAMING_VERBS, is_naming_verb: ["call", "label", "dub", "term", "brand", "deem"]
}

word_list! {
    /// Words that open a clause as the content of an object verb ("praised that …", "defended how
    /// …"), which then runs on.
    CLAUSE_OPENERS, is_clause_opener: ["that", "whether", "if", "how", "why", "what", "who", "when", "where", "to"]
}

word_list! {
    /// Words that carry a statement inside a deed verb's object ("backed the claim that …",
    /// "supports whatever the party decides"); not "to" ("sought to win") nor a relative "who".
    STATEMENT_MARKERS, is_statement_marker: ["that", "whether", "what", "whatever", "how", "why"]
}

word_list! {
    /// Head nouns of a picture, which shows what it depicts ("The video shows a man running").
    PICTURE_NOUNS, is_picture_noun: [
        "video", "videos", "footage", "photo", "photos", "photograph", "photographs", "image", "images",
        "picture", "pictures", "clip", "clips", "screenshot", "camera", "cameras", "replay", "replays", "cctv",
    ]
}

word_list! {
    /// Weekdays and months: a time before a verb even when capitalised after a name ("Smith
    /// Tuesday said"), unlike "Day" in "Sarah Day said".
    DAYS_AND_MONTHS, is_day_or_month: [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ]
}

word_list! {
    /// Cue lemmas whose object is the addressee ("told reporters", "assured voters"), not the
    /// speaker or the content.
    ADDRESSEE_VERBS, takes_addressee: ["tell", "inform", "assure", "remind", "brief"]
}

word_list! {
    /// Participles by which a speaker goes on speaking after a reported clause ("X said …,
    /// adding that …"): the reporter's, not the reported clause's subject's.
    CONTINUING_PARTICIPLES, is_continuing_participle: [
        "adding", "saying", "noting", "stressing", "insisting", "explaining", "acknowledging",
        "conceding", "emphasizing", "emphasising", "reiterating", "recalling"
    ]
}

word_list! {
    /// Nouns of an appositive that comments on a whole clause (", a move that surprised
    /// analysts", ", a figure well above forecasts", "- a charge he always rejected", ", a
    /// reference to China and the Gulf states"): the writer's, not what was said.
    COMMENT_NOUNS, is_comment_noun: [
        "move", "step", "decision", "development", "shift", "change", "reversal", "turnaround", "departure",
        "sign", "signal", "blow", "setback", "boost", "rebuke", "claim", "accusation", "allegation",
        "assertion", "charge", "characterization", "characterisation", "figure", "increase", "rise", "jump", "drop",
        "decline", "fall", "record", "milestone", "statement", "assessment", "forecast", "prediction",
        "estimate", "projection", "promise", "pledge", "announcement", "warning", "admission", "remark",
        "concession", "reference", "allusion", "nod", "dig", "swipe", "jab",
    ]
}

word_list! {
    /// Cue lemmas that may name their audience before a "that" clause ("warned customers that …",
    /// "promised voters that …"); without "that" their object is what they say.
    AUDIENCE_VERBS, takes_audience: [
        "warn", "caution", "advise", "reassure", "notify", "alert", "convince", "persuade", "promise"
    ]
}

word_list! {
    /// Prepositions that join the cue they follow ("complained about", "spoke of", "called for",
    /// "warned against"); the content starts after them.
    CUE_PARTICLES, is_cue_particle: ["about", "of", "for", "against", "on", "with", "over", "at", "from"]
}

word_list! {
    /// Words that make a phrase of their own with a preposition before them ("at least", "of
    /// course", "for example"): the preposition does not join the cue.
    PHRASES_AFTER_PARTICLE, is_phrase_after_particle: [
        "least", "most", "course", "example", "instance", "average", "once", "now", "years", "decades",
        "months", "weeks", "days", "hours", "time", "times", "behalf", "record", "camera", "air", "tv",
        "television", "twitter", "facebook", "instagram"
    ]
}

word_list! {
    /// Nouns of a document that speaks for whoever issued it ("the statement added"); read by
    /// coreference (`coref/mod.rs` `document_issuer`, `coref/studies.rs`) and `portent.rs`.
    DOCUMENT_NOUNS, is_document_noun: [
        "statement", "letter", "release", "post", "memo", "email", "note", "tweet", "message", "notice"
    ]
}

word_list! {
    /// Documents and research that state findings ("The poll found …", "The study found …"); read
    /// by the "find" rule of `deeds.rs`.
    RESEARCH_NOUNS, is_research_noun: [
        "study", "studies", "report", "reports", "poll", "polls", "survey", "surveys", "analysis", "review",
        "audit", "inquiry", "investigation", "research", "researchers", "probe", "data", "census", "test",
        "tests", "trial", "scientists", "economists", "analysts"
    ]
}

word_list! {
    /// Heads of an object that is a score ("added a late goal", "added two tries"); read by the
    /// "add" rule of `deeds.rs`.
    SCORE_NOUNS, is_score_noun: [
        "goal", "goals", "run", "runs", "try", "tries", "point", "points", "basket", "baskets", "touchdown",
        "touchdowns", "wicket", "wickets", "penalty", "penalties", "birdie", "birdies", "century", "assist",
        "assists", "strike", "header", "equaliser", "equalizer", "winner", "hat-trick", "brace"
    ]
}

word_list! {
    /// Reflexive pronouns ("found himself in a tight race"); read by the "find" rule of `deeds.rs`.
    REFLEXIVE_PRONOUNS, is_reflexive_pronoun:
        ["itself", "himself", "herself", "themselves", "ourselves", "myself", "yourself", "yourselves"]
}

word_list! {
    /// Things one tells, not people one tells them to ("told a joke", "told the truth"); read by
    /// the prelude's addressee of "told".
    TOLD_THINGS, is_told_thing:
        ["story", "stories", "tale", "tales", "joke", "jokes", "lie", "lies", "truth", "anecdote", "secret"]
}

word_list! {
    /// A company's legal form after its name ("Acme Corp", "Northwind Holdings"); the name before
    /// it stands for the company alone ("Acme said").
    LEGAL_FORMS, is_legal_form: [
        "corp", "corp.", "corporation", "inc", "inc.", "co", "co.", "company", "ltd", "ltd.", "limited", "llc",
        "plc", "ag", "sa", "nv", "group", "holdings", "partners",
    ]
}

word_list! {
    /// Where words are published ("in an Instagram post", "in a video"), read by the prelude.
    MEDIUM_NOUNS, is_medium_noun:
        ["post", "video", "statement", "letter", "tweet", "email", "message", "interview", "op-ed", "essay"]
}

word_list! {
    /// Nouns by which a story calls an outlet again ("The agency said", "the newspaper"), read by
    /// the coreference of the press (`coref/press.rs`); singular, unlike [`PRESS_NOUNS`].
    PRESS_DESCRIPTIONS, is_press_description: [
        "agency", "newspaper", "paper", "broadcaster", "daily", "tabloid", "network", "channel", "outlet",
        "magazine", "station", "website",
    ]
}

word_list! {
    /// Plural counts with no article before "of" and a group of people ("Hundreds of tea farmers
    /// in Nyeri say"), read by the quantity of a people phrase (`mentions/left.rs`).
    PLURAL_COUNTS, is_plural_count: ["hundreds", "thousands", "dozens", "scores", "millions", "tens"]
}

word_list! {
    /// What a body publishes ("…, in its annual report", "…, in a note to clients"), read after a
    /// finished reported clause with the media of [`MEDIUM_NOUNS`].
    PUBLICATION_NOUNS, is_publication_noun: [
        "report", "filing", "note", "outlook", "forecast", "survey", "bulletin", "update", "briefing",
        "submission", "submissions", "speech", "address", "newsletter", "review", "assessment", "memo"
    ]
}

word_list! {
    /// Playing positions ("the striker said" after "Rafael Soto scored twice"), read by the
    /// coreference of a description alone.
    PLAYING_POSITIONS, is_playing_position: [
        "striker", "midfielder", "defender", "goalkeeper", "keeper", "winger", "forward", "quarterback",
        "pitcher", "batsman", "batter", "bowler", "fullback", "playmaker", "cornerback", "linebacker",
        "receiver", "lineman", "kicker", "punter", "shortstop", "outfielder", "infielder", "catcher",
        "goalie", "netminder", "defenseman", "defenceman", "flanker", "wicketkeeper", "scorer",
    ]
}

word_list! {
    /// Months as a date abbreviates them ("Dec. 4, 2026"), read by the time stamp before a story.
    MONTH_ABBREVIATIONS, is_month_abbreviation:
        ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
}

word_list! {
    /// Cue lemmas whose agentless passive is seldom a report (under 0.2 precision on the tuning
    /// set): "is called X", "was found dead", "was confirmed by the Senate", "was posted online",
    /// "as the sentence was read".
    NAMING_PASSIVES, is_naming_passive:
        ["call", "find", "confirm", "assure", "post", "disclose", "mention", "reject", "back", "identify", "read"]
}

word_list! {
    /// Prepositions that open a phrase between a cue and its content ("said in a statement that",
    /// "told reporters at the White House:").
    PRELUDE_PREPOSITIONS, is_prelude_preposition: [
        "in", "at", "during", "on", "via", "through", "with", "from", "per", "after", "before", "aboard",
        "without", "under",
    ]
}

word_list! {
    /// Ordinals of an occasion after "for the" ("said for the first time that …"), read by the
    /// prelude.
    OCCASION_ORDINALS, is_occasion_ordinal: ["first", "second", "third", "last", "final", "umpteenth"]
}

word_list! {
    /// What "spoke" reports with: a topic ("spoke about the deal", "spoke out", "spoke highly of");
    /// not "spoke at a rally".
    SPEAK_TOPICS, is_speak_topic: ["about", "of", "out", "favorably", "highly", "against", "up"]
}

word_list! {
    /// Words that lead a time word between a subject and its verb ("this past week", "early
    /// Monday").
    TIME_LEADS, is_time_lead: ["last", "past", "this", "next", "early", "late"]
}

word_list! {
    /// Words that lead a time word after a cue ("said last week", "said on Monday").
    TIME_LEADS_AFTER_CUE, is_time_lead_after_cue: ["on", "last", "this", "late", "early", "earlier"]
}

word_list! {
    /// Words that lead a time word between a passive and its agent ("was endorsed the day before by
    /// X", "was backed last week by X").
    TIME_LEADS_AFTER_PASSIVE, is_time_lead_after_passive: ["the", "last", "this", "early", "late"]
}

word_list! {
    /// Numbers written as words ("Six in 10 say", "Eight years ago").
    NUMBER_WORDS, is_number_word: ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
}

word_list! {
    /// Numbers past ten written as words, which only a share reads ("Sixty-three percent of
    /// respondents", "Forty per cent of voters"; with [`NUMBER_WORDS`]).
    LARGER_NUMBER_WORDS, is_larger_number_word: [
        "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
        "hundred",
    ]
}

word_list! {
    /// Verbs of refusing: with an infinitive of speaking they say nothing ("declined to comment").
    REFUSAL_VERBS, is_refusal_verb: ["decline", "refuse"]
}

word_list! {
    /// Verbs of speaking whose infinitive after a refusal says nothing ("declined to comment",
    /// "declined to comment further", "refused to go into detail").
    COMMENT_VERBS, is_comment_verb: [
        "comment", "say", "elaborate", "speculate", "discuss", "answer", "respond", "specify", "detail",
        "disclose", "reveal", "confirm", "identify", "name", "give", "provide", "go", "talk", "speak", "be",
        "reply", "explain", "address",
    ]
}

word_list! {
    /// Participles of naming after "to be" in an anonymity clause ("asked not to be named").
    NAMING_PARTICIPLES, is_naming_participle: ["named", "identified", "quoted", "cited", "publicly"]
}

word_list! {
    /// Units after a number in a market move or a score ("added 42 points", "added 3 cents").
    QUANTITY_UNITS, is_quantity_unit: [
        "points", "point", "pts", "cents", "cent", "pence", "p", "pounds", "dollars", "euros", "yen", "percent",
        "pc", "bps", "runs", "goals", "strokes", "yards", "wickets", "shots", "million", "billion", "trillion", "bn",
    ]
}

word_list! {
    /// Ordinals after a determiner: a rank or a count, not a statement ("added a second goal").
    ORDINALS, is_ordinal: [
        "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "2nd", "3rd",
        "4th", "5th",
    ]
}

word_list! {
    /// Things with words on them, whose words are nobody's claim ("A sign on the door read
    /// “Closed”").
    INSCRIPTIONS, is_inscription: [
        "sign", "signs", "banner", "banners", "placard", "placards", "poster", "posters", "billboard",
        "billboards", "sticker", "stickers", "graffiti", "plaque", "inscription", "t-shirt", "t-shirts",
    ]
}

/// Whether `w` (lower case) reads as a past form: a word in "-ed" or an irregular past
/// ("declared", "told").
pub(crate) fn is_past_form(w: &str) -> bool {
    w.ends_with("ed") || is_irregular_past(w)
}

/// Whether `w` and the word after it, `next` (lower case), set two figures side by side: "compared
/// with", "compared to".
pub(crate) fn opens_comparison(w: &str, next: &str) -> bool {
    w == "compared" && matches!(next, "with" | "to")
}

word_list! {
    /// Irregular past forms, nouns and adjectives among them ("rose", "cut", "set"): what may be a
    /// clause's verb where a content is tested for one ("said the economy shrank").
    IRREGULAR_PASTS, is_irregular_past: [
        "rose", "fell", "shrank", "sank", "won", "lost", "left", "cut", "hit", "put", "set", "hurt",
        "cost", "quit", "spread", "shut", "let", "beat", "broke", "chose", "drove", "ate", "flew",
        "forgot", "froze", "hid", "knew", "led", "lay", "lit", "meant", "paid", "rode", "rang", "sat",
        "saw", "sold", "shot", "slid", "spoke", "stole", "stuck", "swept", "swam", "taught", "tore",
        "thought", "threw", "understood", "woke", "wore", "wrote", "told", "said", "found", "felt",
        "heard", "built", "dealt", "fed", "fled", "hung", "lent", "read", "slept", "split", "sought",
        "bound", "bent", "blew", "burst", "clung", "crept", "drank", "fit", "forgave", "laid", "sang",
        "shed", "shone", "sprang", "swung", "withdrew", "wept", "did", "had", "was", "were",
        "arose", "bore", "dove", "rid", "sped", "spun", "strode", "strove", "wound", "overtook",
        "overcame", "outpaced", "undid", "upset", "mistook", "foresaw", "oversaw", "withstood",
    ]
}

word_list! {
    /// Nouns of a record of what was said ("according to a transcript", "according to court
    /// documents"): where a speaker's words were found, not a speaker.
    RECORD_NOUNS, is_record_noun: [
        "transcript", "transcripts", "recording", "recordings", "document", "documents", "records",
        "filing", "filings", "minutes", "audio", "footage", "papers", "logs", "letter", "email", "emails",
        "memo", "notes",
    ]
}

word_list! {
    /// Nouns naming an act of speaking: as the whole object of a neutral speech verb they say
    /// nothing ("issued a statement on Monday", "issued its second profit warning").
    SPEECH_ACT_NOUNS, is_speech_act_noun: [
        "statement", "statements", "warning", "warnings", "apology", "denial", "response", "rebuttal",
        "speech", "address", "remarks", "announcement", "communique", "communiqué", "release", "update",
        "clarification", "correction", "ultimatum", "appeal",
    ]
}

word_list! {
    /// Nouns a story uses for a company it has named ("Shares of Orbis Foods rose after the
    /// company said …"): "the company" stands for the latest company named before it.
    COMPANY_NOUNS, is_company_noun: [
        "company", "firm", "carrier", "airline", "miner", "lender", "insurer", "retailer", "automaker",
        "carmaker", "drugmaker", "chipmaker", "manufacturer", "conglomerate", "startup", "chain",
        "supermarket", "grocer", "brewer", "developer", "publisher", "operator", "producer", "supplier",
        "utility", "bank",
    ]
}

word_list! {
    /// Organisation-name endings only companies have ("Harrow Holdings", "Acme Corp"), though the
    /// entity lexicon lists them among every body's endings.
    CORPORATE_ENDINGS, is_corporate_ending: [
        "Corp", "Corp.", "Corporation", "Inc", "Inc.", "Ltd", "LLC", "Co.", "Company", "Group", "Holdings",
        "Industries", "Airlines", "Airways", "Motors", "Partners", "Bank",
    ]
}

word_list! {
    /// Verbs of publishing a figure: with a company's result as object they are accounts
    /// ("reported a net loss of", "posted revenue of"), not statements.
    PUBLISHING_VERBS, is_publishing_verb: ["report", "post", "announce", "show", "add", "record"]
}

word_list! {
    /// Nouns of a company's results: reported or posted, they are accounts, not statements
    /// ("reported a net loss of", "posted revenue of").
    RESULT_NOUNS, is_result_noun: [
        "loss", "losses", "profit", "profits", "revenue", "revenues", "sales", "earnings", "income", "deficit",
        "surplus", "turnover", "ebitda",
    ]
}

word_list! {
    /// Nouns of a change in a figure ("a 14% rise in net profit").
    CHANGE_NOUNS, is_change_noun: [
        "rise", "fall", "increase", "decrease", "drop", "jump", "decline", "gain", "slump", "surge", "climb",
        "dip", "growth",
    ]
}

word_list! {
    /// Nouns that count a group ("a handful of Democrats", "a slew of pilots").
    QUANTITY_NOUNS, is_quantity_noun:
        ["handful", "number", "group", "majority", "couple", "pair", "few", "minority", "slew", "host", "team", "bloc"]
}

word_list! {
    /// A part of a group that speaks ("Some said", "Several said").
    GROUP_PARTS, is_group_part: [
        "some", "several", "many", "most", "others", "both", "few", "another", "half", "third", "thirds", "quarter",
        "quarters", "fifth", "fifths", "majority"
    ]
}

word_list! {
    /// Words of approximation before a number ("About 40 percent said").
    APPROXIMATIONS, is_approximation: ["about", "only", "nearly", "almost", "roughly", "just"]
}

word_list! {
    /// Participles with which a writer compares a reported figure ("…, beating analysts'
    /// estimates", "…, surpassing the previous record"): set off by a comma after a reported
    /// clause, they end it.
    COMPARING_PARTICIPLES, is_comparing_participle:
        ["beating", "topping", "missing", "exceeding", "surpassing", "outpacing"]
}

word_list! {
    /// Participles with which a writer tells what a statement did to a market ("…, sending its
    /// shares down 5%"): with a market noun after them, set off by a comma after a reported clause,
    /// they end it.
    MARKET_PARTICIPLES, is_market_participle:
        ["sending", "pushing", "lifting", "dragging", "knocking", "boosting", "driving"]
}

word_list! {
    /// Participles with which a writer tells what a statement brought about ("…, ending weeks of
    /// speculation", "…, sparking protests"): set off by a comma after a reported clause, they end
    /// what was said.
    CONSEQUENCE_PARTICIPLES, is_consequence_participle:
        ["ending", "sparking", "prompting", "triggering", "capping", "fuelling", "fueling", "drawing"]
}

word_list! {
    /// Participles that tell what a reported fact left behind ("…, the ministry has confirmed,
    /// leaving the region without an emergency department"): the writer's after a set-off
    /// attribution; after a clause reported on the right they may still be said ("insisted they
    /// won't consider a nominee, leaving that choice to the next president").
    AFTERMATH_PARTICIPLES, is_aftermath_participle: ["leaving", "forcing", "meaning"]
}

word_list! {
    /// Those who search a place, whose "found" is a discovery of a thing ("police found a hammer
    /// wrapped in a towel"), not a finding (`deeds.rs`).
    SEARCHERS, is_searcher: [
        "police", "officers", "officer", "firefighters", "crews", "rescuers", "searchers", "divers",
        "deputies", "detectives", "troopers", "paramedics", "soldiers", "troops", "engineers", "inspectors",
        "investigators", "archaeologists", "surveyors",
    ]
}

word_list! {
    /// What markets move ("sending its shares down", "pushing the yen higher").
    MARKET_NOUNS, is_market_noun: [
        "shares", "share", "stock", "stocks", "price", "prices", "index", "indexes", "indices", "market",
        "markets", "yield", "yields", "dollar", "euro", "yen", "pound", "currency", "bonds", "futures"
    ]
}

word_list! {
    /// Cue lemmas that report a clause after a relative "that" ("capitals that have warned the
    /// rules will stifle innovation", "polls that showed Trump ahead"); other cues there describe
    /// the noun ("a union that has endorsed Sanders", "a case that had threatened to …").
    RELATIVE_THAT_CUES, reports_after_that: [
        "say", "warn", "argue", "claim", "insist", "tell", "write", "report", "state", "predict", "declare",
        "confirm", "deny", "estimate", "note", "show", "find", "conclude", "allege", "maintain", "contend"
    ]
}

word_list! {
    /// Words of a share of a group ("About four in 10 said", "six out of 10").
    SHARE_WORDS, is_share_word: ["in", "out", "of", "about", "nearly", "almost", "roughly", "some"]
}

word_list! {
    /// Section headings and agency names in capitals that look like a transcript's speaker label
    /// ("BREAKING:", "FULL TEXT:", "Q:") but are none.
    TRANSCRIPT_HEADINGS, is_transcript_heading: [
        "BREAKING", "UPDATE", "UPDATED", "EXCLUSIVE", "WATCH", "VIDEO", "PHOTOS", "NOTE", "CORRECTION", "ABSTRACT",
        "FULL", "TEXT", "PREVIOUSLY", "SOURCE", "SOURCES", "RELATED", "READ", "MORE", "EDITOR", "WASHINGTON", "NEW",
        "YORK", "UPI", "AP", "AFP", "PS", "TL", "DR", "Q", "A", "LIVE", "ANALYSIS", "OPINION", "LISTEN",
        "PODCAST", "EXPLAINER", "FACTBOX", "TIMELINE", "RECAP", "PREVIEW", "SPONSORED", "ADVERTISEMENT",
    ]
}

word_list! {
    /// Words that head a section or a kind of story before a colon, naming no one ("Obituary:",
    /// "Final: Celtics 112, Knicks 104", "Opinion:"); lower case.
    SECTION_WORDS, is_section_word: [
        "obituary", "obituaries", "final", "result", "results", "update", "breaking", "exclusive", "watch", "opinion",
        "analysis", "review", "editorial", "explainer", "live", "photos", "video", "listen", "recap", "preview",
        "correction", "sponsored", "advertisement", "weather", "traffic", "halftime", "half-time", "fulltime",
        "full-time", "scores", "lineups", "fixtures", "timeline", "factbox", "podcast",
    ]
}

word_list! {
    /// A dash or a hyphen standing alone (", saying" after "— " counts as after a comma).
    DASHES, is_dash_or_hyphen: ["—", "–", "-"]
}

word_list! {
    /// Nouns naming a kind of public body or institution, which its name holds ("the ministry" and
    /// "Turkish Defense Ministry", "the university" and "Bogazici University"). Read by
    /// coreference's described bodies.
    BODY_NOUNS, is_body_noun: [
        "ministry", "department", "agency", "council", "commission", "committee", "university", "college",
        "hospital", "court", "union", "party", "authority", "board", "bureau", "institute", "foundation",
        "association", "federation", "league", "bank", "fund", "organization", "organisation", "alliance",
        "coalition", "centre", "center", "trust", "society", "chamber", "tribunal", "assembly", "parliament",
        "service", "police", "army", "navy", "embassy", "regulator", "network", "station", "secretariat",
        "military", "palace", "force", "municipality", "district", "system", "forecaster", "group",
        "watchdog", "inspectorate", "airport", "club", "office",
    ]
}

word_list! {
    /// Nouns of [`BODY_NOUNS`] for kinds of body that a coined name often leaves unsaid ("Unite"
    /// is a union, "Likud" a party): "the union" may stand for such a name. Read by coreference.
    UNSAID_KINDS, is_unsaid_kind: [
        "union", "party", "alliance", "coalition", "association", "federation", "league", "society",
        "foundation", "trust", "group",
    ]
}

/// The words a body's proper name may hold for a noun of [`BODY_NOUNS`] that names its kind
/// ("the agency" for the Federal Aviation Administration, "the military" for the Israel Defense
/// Forces, "the party" for the Peoples Redemption Alliance); other nouns name themselves.
pub(crate) fn body_name_words(noun: &str) -> &[&str] {
    match noun {
        "agency" => &["agency", "administration", "service", "bureau", "commission", "authority"],
        "regulator" => &["regulator", "commission", "authority", "administration", "agency"],
        "military" => &["military", "forces", "army"],
        // ("Greater Manchester Police were called … The force said".)
        "force" => &["police", "force", "constabulary"],
        // ("Halden Health said … the system said": a hospital or school system.)
        "system" => &["system", "health", "healthcare", "schools"],
        // ("The Met Office has issued a warning. Gusts …, the forecaster said.")
        "forecaster" => &["office", "service", "bureau", "agency", "centre", "center"],
        // ("The Competition and Markets Office (CMO) is investigating … The watchdog said".)
        "watchdog" => {
            &["watchdog", "office", "authority", "commission", "inspectorate", "ombudsman", "regulator"]
        }
        // ("Harbour City FC said the manager had left. The club said …".)
        "club" => &[
            "club",
            "fc",
            "afc",
            "united",
            "rovers",
            "athletic",
            "wanderers",
            "albion",
            "hotspur",
            "rangers",
        ],
        // ("The Peoples Redemption Alliance held a rally. … the party said".)
        "party" => &["party", "alliance", "congress", "front", "movement", "league", "bloc", "coalition"],
        // ("Evergreen Ridge Medical Center said … The hospital said …".)
        "hospital" => &["hospital", "infirmary", "clinic", "medical"],
        // ("Wexhampton County Council approved the cuts. …, the authority said": a local authority.)
        "authority" => &["authority", "council"],
        // ("The Irish Nurses and Midwives Organisation said … The union said", "the British Medical
        // Association … the union": a union by the noun its name ends on.)
        "union" => {
            &["union", "organisation", "organization", "federation", "association", "guild", "confederation"]
        }
        _ => &[],
    }
}

word_list! {
    /// Nouns of the press that report what others say ("local media reported, citing a police
    /// official", "…, according to the state news agency"): read by the relay of "citing" and by
    /// the credit of an "according to" after a named speaker's clause.
    PRESS_NOUNS, is_press_noun: [
        "media", "television", "tv", "radio", "press", "newspaper", "newspapers", "agency", "agencies",
        "outlets", "broadcaster", "daily", "tabloid",
    ]
}

word_list! {
    /// Participles that tell how or of what someone spoke, after a set-off attribution ("Tensions
    /// rose, he said, referring to the sanctions", "…, she said, smiling"): the clause before is
    /// what was said. Read by the prelude's trailing test.
    SPEAKING_PARTICIPLES, is_speaking_participle: [
        "referring", "pointing", "gesturing", "smiling", "laughing", "sighing", "nodding", "shrugging",
        "wiping", "waving", "shaking", "standing", "sitting", "speaking", "joking", "chuckling", "grinning",
    ]
}

word_list! {
    /// Nouns that take an infinitive of their own ("the decision to extend overtime pay", "a plan
    /// to cut taxes"): after a verb of saying, the object with its infinitive is one noun phrase,
    /// not someone told to act ("called for the U.S. to act"). Read by the deeds' object test.
    INFINITIVE_NOUNS, takes_infinitive: [
        "decision", "decisions", "plan", "plans", "move", "bid", "effort", "efforts", "attempt", "attempts",
        "proposal", "proposals", "pledge", "promise", "commitment", "offer", "push", "drive", "vote",
        "order", "request", "refusal", "failure", "right", "chance", "opportunity", "need", "ability",
        "willingness", "determination", "call", "calls", "deal", "agreement", "scheme", "initiative",
        "programme", "program", "campaign", "legislation", "bill", "law", "measure", "measures",
    ]
}

word_list! {
    /// Offences a defendant pleads to ("Pellow denied a charge of false accounting", "She denies
    /// murder"): denying one in court is a plea, not a statement. "charge" and "count" plead only
    /// with "of" after them ("He denied the charges were motivated" states something). Read by the
    /// deeds' "denied someone".
    OFFENCES, is_offence: [
        "murder", "manslaughter", "assault", "fraud", "rape", "theft", "robbery", "burglary", "arson",
        "kidnapping", "harassment", "stalking", "perjury", "bribery", "embezzlement", "blackmail",
    ]
}

word_list! {
    /// Requests a court or an official rules on ("Judge Rebecca Finch denied the motion", "denied
    /// bail"): denying one is a ruling, not a denial. Read by the deeds' "denied someone".
    COURT_REQUESTS, is_court_request: [
        "motion", "motions", "request", "requests", "appeal", "appeals", "application", "bail", "petition",
        "permit", "visa", "asylum", "parole", "access", "entry", "permission", "licence", "license",
        "planning",
    ]
}

word_list! {
    /// Articles and possessives: a word right before one is a verb, not the head of a subject noun
    /// phrase ("The central bank cut its key rate …"). Not "this", "that", "last", which open time
    /// phrases after a noun ("a presidential candidate this year").
    ARTICLES_AND_POSSESSIVES, is_article_or_possessive: ["the", "a", "an", "its", "his", "their", "our", "my", "your"]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clause_lists_agree_with_their_predicates() {
        crate::macros::check_word_lists(&[
            (ADVERBIAL_CLAUSE, is_adverbial_clause),
            (FRONTING_SUBORDINATORS, is_fronting_subordinator),
            (CONTENT_ENDING_SUBORDINATORS, is_content_ending_subordinator),
            (OBJECT_ASIDES, is_object_aside),
            (OBJECT_STOPS, is_object_stop),
            (QUESTION_OPENERS, is_question_opener),
            (CLAUSE_LINKS, is_clause_link),
            (TRIMMED_LINKS, is_trimmed_link),
        ]);
    }

    #[test]
    fn every_unsaid_kind_is_a_body_noun() {
        assert!(UNSAID_KINDS.iter().all(|w| is_body_noun(w)));
    }

    #[test]
    fn publication_press_and_count_lists_agree_with_their_predicates() {
        crate::macros::check_word_lists(&[
            (OTHER_BODY_MODIFIERS, is_other_body_modifier),
            (FILED_DOCUMENTS, is_filed_document),
            (INDEX_ENDINGS, is_index_ending),
            (HANDING_PARTICIPLES, is_handing_participle),
            (PUBLIC_BODY_NOUNS, is_public_body_noun),
            (JURISDICTION_ADJECTIVES, is_jurisdiction_adjective),
            (PUBLICATION_NOUNS, is_publication_noun),
            (PRESS_DESCRIPTIONS, is_press_description),
            (PLURAL_COUNTS, is_plural_count),
            (AFTERMATH_PARTICIPLES, is_aftermath_participle),
            (SEARCHERS, is_searcher),
            (DECLARED_MEASURES, is_declared_measure),
            (OUTLOOK_NOUNS, is_outlook_noun),
        ]);
    }

    #[test]
    fn lists_agree_with_their_predicates() {
        crate::macros::check_word_lists(&[
            (RELATIVE_PRONOUNS, is_relative_pronoun),
            (SUBJECT_PRONOUNS, is_subject_pronoun),
            (OBJECT_PRONOUNS, is_object_pronoun),
            (NAMING_VERBS, is_naming_verb),
            (DESCRIBED_BODIES, is_described_body),
            (GENERIC_BODIES, is_generic_body),
            (UNSAID_KINDS, is_unsaid_kind),
            (DWELLERS, is_dweller),
            (VERDICT_NOUNS, is_verdict_noun),
            (STUDY_NOUNS, is_study_noun),
            (BODY_KINDS, is_body_kind),
            (QUOTE_ONLY_VERBS, reports_quotes_only),
            (PRIZES, is_prize),
            (NOUNS_TAKING_FOR, takes_for),
            (CLAUSE_OPENERS, is_clause_opener),
            (STATEMENT_MARKERS, is_statement_marker),
            (PICTURE_NOUNS, is_picture_noun),
            (DAYS_AND_MONTHS, is_day_or_month),
            (ADDRESSEE_VERBS, takes_addressee),
            (AUDIENCE_VERBS, takes_audience),
            (COMMENT_NOUNS, is_comment_noun),
            (CONTINUING_PARTICIPLES, is_continuing_participle),
            (SPEECH_EVENTS, is_speech_event),
            (PERSONAL_DESCRIPTIONS, is_personal_description),
            (TOLD_THINGS, is_told_thing),
            (REFLEXIVE_PRONOUNS, is_reflexive_pronoun),
            (RESEARCH_NOUNS, is_research_noun),
            (DOCUMENT_NOUNS, is_document_noun),
            (SCORE_NOUNS, is_score_noun),
            (CUE_PARTICLES, is_cue_particle),
            (PHRASES_AFTER_PARTICLE, is_phrase_after_particle),
            (NAMING_PASSIVES, is_naming_passive),
            (MONTH_ABBREVIATIONS, is_month_abbreviation),
            (PLAYING_POSITIONS, is_playing_position),
            (MEDIUM_NOUNS, is_medium_noun),
            (CHANGE_NOUNS, is_change_noun),
            (LEGAL_FORMS, is_legal_form),
            (PRELUDE_PREPOSITIONS, is_prelude_preposition),
            (OCCASION_ORDINALS, is_occasion_ordinal),
            (SPEAK_TOPICS, is_speak_topic),
            (TIME_LEADS, is_time_lead),
            (LARGER_NUMBER_WORDS, is_larger_number_word),
            (TIME_LEADS_AFTER_CUE, is_time_lead_after_cue),
            (TIME_LEADS_AFTER_PASSIVE, is_time_lead_after_passive),
            (NUMBER_WORDS, is_number_word),
            (REFUSAL_VERBS, is_refusal_verb),
            (COMMENT_VERBS, is_comment_verb),
            (NAMING_PARTICIPLES, is_naming_participle),
            (QUANTITY_UNITS, is_quantity_unit),
            (ORDINALS, is_ordinal),
            (RESULT_NOUNS, is_result_noun),
            (PUBLISHING_VERBS, is_publishing_verb),
            (SPEECH_ACT_NOUNS, is_speech_act_noun),
            (RECORD_NOUNS, is_record_noun),
            (IRREGULAR_PASTS, is_irregular_past),
            (INSCRIPTIONS, is_inscription),
            (COMPANY_NOUNS, is_company_noun),
            (CORPORATE_ENDINGS, is_corporate_ending),
            (QUANTITY_NOUNS, is_quantity_noun),
            (GROUP_PARTS, is_group_part),
            (APPROXIMATIONS, is_approximation),
            (SHARE_WORDS, is_share_word),
            (RELATIVE_THAT_CUES, reports_after_that),
            (COMPARING_PARTICIPLES, is_comparing_participle),
            (MARKET_PARTICIPLES, is_market_participle),
            (CONSEQUENCE_PARTICIPLES, is_consequence_participle),
            (MARKET_NOUNS, is_market_noun),
            (OFFENCES, is_offence),
            (INFINITIVE_NOUNS, takes_infinitive),
            (TRANSCRIPT_HEADINGS, is_transcript_heading),
            (SECTION_WORDS, is_section_word),
            (DASHES, is_dash_or_hyphen),
            (ARTICLES_AND_POSSESSIVES, is_article_or_possessive),
            (BODY_NOUNS, is_body_noun),
            (COURT_REQUESTS, is_court_request),
            (PRESS_NOUNS, is_press_noun),
            (SPEAKING_PARTICIPLES, is_speaking_participle),
        ]);
    }

    #[test]
    fn subordinator_lists_differ_as_documented() {
        // "As Smith said, …" reports the main clause: "as" fronts nothing.
        assert!(is_adverbial_clause("as") && !is_fronting_subordinator("as"));
        assert!(is_content_ending_subordinator("whereas") && !is_adverbial_clause("whereas"));
        assert!(!is_content_ending_subordinator("since") && is_adverbial_clause("since"));
        // "two goals after the break": "after" opens the object's own adjunct, no aside.
        assert!(!is_object_aside("after") && is_adverbial_clause("after") && is_object_aside("as"));
        assert!(is_object_stop("despite") && !is_object_stop("as"));
        assert!(!is_trimmed_link("after") && is_clause_link("after"));
    }
}
