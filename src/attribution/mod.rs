//! Stage 5: attribution — from cues, quotes and entities to [`Claim`]s.
//!
//! For each cue, in text order: find its speaker (the subject before the verb group, an inverted
//! subject after it, an appositive "X, a spokesman for Y, said", the agent of a passive, or the
//! object of "according to"), its content (the reported clause after the cue, the clause or
//! quote before a trailing "…, he said", or the quote that opens right after "said:"), and the
//! outlet credited in the sentence. Cues inside an earlier claim's content are not claims of
//! their own. Document passes then add what no cue says: "Name:" labels, dash credits, and quotes
//! that follow a quote of the same speaker. Finally pronouns and surnames are resolved to
//! canonical speakers. How sure each claim is: [`confidence`].
//!
//! Where each construction lives:
//!
//! | construction | file |
//! |---|---|
//! | "Putin said", "Officials said", "… and later said", "…, who said" | `speaker/preverbal.rs` |
//! | "“…,” said Putin", "…, reported BBC", "said his friend, Bruce Turry" | `speaker/inverted.rs` |
//! | ", saying …", "Noting that …, Tester added", "spent time mocking …" | `speaker/participle.rs` |
//! | "was endorsed by X", "It was reported that", "Leaders are worried", "was told by doctors in 2021 that" | `speaker/passive.rs` |
//! | "according to X", "as reported by X", "according to a report released Tuesday by X" | `speaker/according_to.rs` |
//! | "Interfax quoted an official as saying …", "X was quoted as saying …" | `speaker/quoted_as.rs` |
//! | a clause's subject after a fronted phrase or a dateline | `speaker/subject.rs` |
//! | "X, a spokesman for Y, said", "…, said X, a spokesman for Y" | `mentions/appositive.rs` |
//! | noun phrases before / after a verb, "one of the organizers" | `mentions/left.rs`, `mentions/right.rs` |
//! | where one cue's content stops when a sentence holds several | `clause.rs` |
//! | "said on Monday in a statement that", "told reporters", "said by telephone", "said while addressing a rally … that", "told WKRT 7 News", "said on March 6 that" | `content/prelude.rs` |
//! | "said (that) …", "opposed the deal" (an object) | `content/right.rs` |
//! | "complained about the noise" (the preposition joins the cue) | `content/particle.rs` |
//! | "warned of a storm that could develop …", "raised concerns about its price" (a preposition's noun phrase: a noun object, kept with `noun_objects`) | `topic_object.rs` |
//! | "…, he said", "“…,” she said" | `content/left.rs`, `content/trailing.rs` |
//! | "a country he does not remember", "lower than we want" (an attribution inside a clause: nothing before it was said) | `content/left.rs` |
//! | "warned customers that …", "asked Ann Bell whether …", "said on Monday (Mar 10) that …" | `content/prelude.rs` |
//! | "X said:" ⏎ "“…”", "Hewitt writes:" ⏎ a block | `content/colon.rs` |
//! | "Asked whether …, X said", "… when asked about" | `question.rs` |
//! | "The court heard that …" (a claim with no speaker; the court listens) | `listener.rs` |
//! | "Pyke told police he “didn't see her”, the court heard" (his claim; the court heard of it) | `clause.rs` |
//! | "warned that new, larger ships ordered during the boom are flooding …" (a participle describing its noun opens no clause) | `clause.rs` |
//! | "claimed — again falsely — that …" (an aside between dashes); "… — something Obama indicated this week" (the writer's) | `content/prelude.rs`, `content/right.rs` |
//! | "The builder, the Corvell-Hanley joint venture, said" (the named body speaks); "said one of the nurses on duty" | `mentions/appositive.rs`, `speaker/inverted.rs` |
//! | "the cost, estimated at $90 million a year, would be met" (a participle set off, no cue) | `cues/classify.rs` |
//! | "declined to comment", "who asked not to be named", "is expected to arrive", "The Nasdaq added 1.2 per cent", "weighed in shortly after the vote", "A sign on the door read “Closed”" (no claim) | `proposition.rs` |
//! | "agreed to pay", "approved the bikeway", "found two people inside", "added a late goal", "were called by a coalition of unions" (deeds, no claim); "welcomed the decision", "revealed its new kit", "denied the allegations", "promised action" (noun objects) | `deeds.rs` |
//! | "…, Reuters reported", "told Reuters", "according to AP" | `source.rs` |
//! | "…, Yonhap reported, citing a police official" (the one cited speaks) | `citing.rs` |
//! | "Conservative Icon Endorses Ted Cruz" (title-case headlines) | `headline.rs` |
//! | "TAPPER: …", "Graham: …" | `passes/labels.rs` |
//! | "“…”" ⏎ "— Hillary Clinton" | `passes/dash_credits.rs` |
//! | "X is more blunt: “…”", "X had a warning: “…”", "Ofsted’s verdict … was damning: “…”" | `passes/colon_lead.rs` |
//! | a cue-less quote after the same speaker's quote | `passes/follow_on.rs` |
//! | "X said …" ⏎ "“…”", "X addressed reporters." ⏎ "“…”" (a quotation paragraph, no verb) | `passes/floating.rs` |
//! | a block quotation's inner cues | `passes/block_quotes.rs` |
//! | a cue inside a speaker's description ("Parents who opposed the change said") | `passes/described_speaker.rs` |
//! | "he", "she", "they", a surname, "the minister", "the 23-year-old", "the rights group", "Sara Lee met Tom Hart. He …" → the full name | `coref/` |
//! | "according to a recent survey by Infotrak", "HDB data showed" → the body credited | `coref/studies.rs` |
//! | "…, said a spokesperson for Qantas" (the body joins the described speaker) | `speaker/inverted.rs` |
//! | "told residents to boil water" (an instruction keeps its addressee) | `content/prelude.rs` |
//! | "…, ferry operator CalMac said" (a bare description is the body's role) | `mentions/mention.rs` |
//! | "The plan, which officials said would cost $2bn, was shelved" (ends at the relative clause); "… — a decision that has angered residents", ", with X saying …" (end the content) | `content/right.rs` |
//! | "denied a charge of fraud", "admitted causing serious injury" (pleas, no claim) | `deeds.rs` |
//! | "… would reopen on⏎Monday." (a hard-wrapped line goes on) | `text/sentences.rs` |
//! | "… at once and⏎ADVERTISEMENT⏎it cannot go on" (a furniture line read as a space) | `text/furniture.rs`, `text/html.rs` |
//! | "Council approves bypass" ⏎ "Residents say …" ⏎ "By JANE MORROW" (lines above a byline: no claim); a standfirst under a headline | `headline.rs` |
//! | "said: ‘…" ⏎ "‘…’" (a quotation over paragraphs, in single marks too: one claim in parts) | `quotes/single.rs`, `raw.rs` |
//! | "Residents of the tiny Queensland town of Merriwa Flat say", "A resident of Ayemo" (with their places) | `mentions/left.rs` |
//! | "Chief Minister Anand Tiwari … The CM", "the CEO" (a title's initials); "Brightwire, the UK broadband provider, … The firm" | `coref/mod.rs`, `mentions/appositive.rs` |
//! | "Arthur Bellamy, 84, lost £9,000 … The pensioner said", "the “Avatar” star" (the one person just named) | `coref/topic.rs` |
//! | "Shares of Veltrane Semiconductor fell … (sentences on) … The company said" (the lede's company) | `coref/referent.rs` |
//! | "the drivers' union Aslef said … The union said" (a body by its role's noun); "The Meridale Group … The group said", "the watchdog" | `coref/bodies.rs` |
//! | "intervened to say that …", "took to Twitter to say" (an infinitive of purpose reports) | `cues/classify.rs`, `cues/group.rs` |
//! | "A late dispute … threatened to unravel the deal", "The move signals a shift" (a thing that portends: no claim) | `portent.rs` |
//! | "14 species of frog found nowhere else", "Few would argue that …" (no claim) | `proposition.rs`, `sentence.rs` |
//! | "Chair of the bench Patricia Olorunda said …, adding …" (a later cue's title before an earlier name) | `speaker/title_part.rs` |
//! | "One woman, who gave her name only as Amna, said", "Its organiser, Sheffield MP Rachel Oduya, told" | `mentions/appositive.rs` |
//! | "The study … tracked 60 sites. It found that …", "…, a new study led by researchers at the University of X has found" | `coref/studies.rs`, `speaker/preverbal.rs` |
//! | "Haddad said he had an open mind but wanted to see …" (one claim) | `clause.rs`, `content/right.rs` |
//! | "… said his party would support the bill but would propose amendments" (one claim: a backshifted modal) | `clause.rs` |
//! | "Both Janet Harlow and Peter Denning spoke. The former said …; the latter said …" | `coref/former.rs` |
//! | "Dr Naledi Mokoena … The doctor said", "Lt. Col. … The officer said" (another word for the office, `data/offices.tsv`) | `coref/mod.rs` |
//! | "Unite said … The union said" (a coined name), "Minera Cordillera Sur, which …, … the company said" | `coref/bodies.rs`, `coref/referent.rs` |
//! | "…, said Mayor Ruth Ngata of Rotorua." (the clause before is the content) | `content/trailing.rs` |
//! | "Jane Smith, when asked whether she would run, said …" (the question ends at its comma) | `question.rs` |
//! | "A police spokesman said he could not comment on …" (the speaker's own refusal, reported: no claim) | `proposition.rs` |
//! | "a report said to be highly critical", "The operation, dubbed “Clean Sweep” by officers, began" (no cue) | `cues/classify.rs` |
//! | "…, per Axios", "Per club sources, …" (a source like "according to"; not "$4 per gallon") | `cues/classify.rs` |
//! | "The president said …, according to the state news agency", "According to court documents, X told …" (the speaker's claim stands) | `clause.rs`, `sentence.rs` |
//! | "Minister for Social and Family Development Tan Wei Ling", "Sen. Alfredo “Fred” Buenaflor", "Cricket South Africa" (names) | `entities/embedded.rs` |
//! | "Musa Danjuma, the chairman of … the Traders Association, who spoke to us, said" (a body is no "who") | `mentions/appositive.rs` |
//! | "He reviewed the decision and ball-tracking showed …" (a clause of its own after "and": not his) | `speaker/preverbal.rs` |
//! | "the Commission", "the Bank" after "European Commission", "Bank of England" | `coref/bodies.rs` |
//! | "Kings: Hardaway has scored …" (a team's section, no claim); "…, with a ceasefire expected to …" (no claim) | `passes/labels.rs`, `proposition.rs` |
//! | "…, Yonhap reported. The agency said …", "The newspaper said" (the outlet named before); "The Texas Democrat said" (the person) | `coref/press.rs`, `coref/mod.rs` |
//! | "…, in its latest Fiscal Monitor", "…, as the club prepared to …", "…, a day after …" (the writer's, after the content); "said supplies were low, and some elders needed …" (one claim) | `content/right.rs` |
//! | "explained his reasoning: “…”" (the quotation); "Pike was driving … and struck …" (one claim) | `content/right.rs` |
//! | "Officials have ordered the closure of 14 units, the Press Trust of India reported" (the outlet's claim) | `sentence.rs`, `source.rs` |
//! | "A spokesman for the Ministry of Defence, Lt Col James Harrow, said", "Shopkeepers on Harbour Street", "Hundreds of … farmers in Nyeri and Kirinyaga counties" | `mentions/left.rs` |
//! | "according to market research firm Kantar", "according to U.S. officials" | `speaker/according_to.rs`, `mentions/right.rs` |
//! | "weak Chinese demand", "to discuss internal estimates" (nouns, no cue); "has not yet said how" (negated) | `cues/classify.rs`, `cues/group.rs` |
//! | "Donald Trump, expected to attend, …" (a passive with no "be": no claim) | `proposition.rs` |
//! | "the Office of the Auditor-General", "told Morning Report the …" (names) | `entities/embedded.rs`, `content/prelude.rs` |
//! | "…, though it noted …" after a closing quote; "… but would not say whether …" (the speaker's refusal ends the content) | `clause.rs`, `content/right.rs` |
//! | "Reuters said …, though it noted …", "The Verge said … It added" ("it" for an outlet or a name of no known kind); "police said" for the police service named before | `coref/press.rs`, `coref/referent.rs`, `coref/bodies.rs` |
//! | "said Marsh had repaid £6,000 and intended to sell her car"; "beef, coffee and imported produce" | `content/right.rs` |
//! | "…, Health Infrastructure has confirmed, leaving …" (the writer's participle) | `content/trailing.rs` |
//! | "According to NHS England figures, more than 1,900 patients …", "According to the FIR, the employee, identified as …," | `mentions/appositive.rs`, `speaker/according_to.rs` |
//! | "admitted driving without due care" (a plea); "issued the order at 3:40 p.m." (a deed); "police found a hammer wrapped in …" (a discovery); "Video showed …, investigators wrote" | `deeds.rs` |
//! | "Municipal Affairs and Housing Minister Derrick Stallworth defended …"; "Minister of State for Home Kailash Parihar" | `speaker/subject.rs`, `entities/embedded.rs` |
//! | "a No 10 spokesman", "a Labour MP on the party's left" | `mentions/left.rs` |
//! | "Julia Marchand, who heads the X Coalition, a … group, said"; "The Police Command, in a statement signed by its spokesman, SP Y, said" (the body) | `mentions/appositive.rs` |
//! | "Republicans who have praised his candidacy warned that …" (the relative clause ends at the main verb); "…, who was shown a yellow card …," (a passive in a relative clause) | `clause.rs` |
//! | "…, even as their union warns …" (a second claim); "… but did not want to rush into changes", "… after they conceded 14 penalties" (one claim) | `clause.rs` |
//! | "said in a statement there was …", "said in a statement released by …: “…”", "conceded at Senate estimates that", "told CNBC-TV18 that" | `content/prelude.rs` |
//! | "…, before the planting season that …" (in a hope); "… but didn't comment on …" (ends it) | `content/right.rs` |
//! | "reported a 14% rise in net profit"; "…, an order the company has challenged" (no claim) | `proposition.rs` |
//! | "offered an amendment that would have exempted …", "announced a grant to help …" (no claim); "called for the pay award to be backdated" (a claim) | `deeds.rs` |
//! | a line-up or scorers after a team's label (no claim) | `passes/labels.rs` |
//! | "the people said" after "people familiar with the matter"; "the sheriff's office"; "Pike Lane" for "Pike Lane Capital"; "Mr Koh" for "Koh Boon Huat" | `coref/mod.rs`, `coref/bodies.rs`, `coref/people.rs` |
//! | "A father-of-two … died …, a coroner has concluded" ⏎ "Gareth Pennock, 42, …" (the name is not the coroner's) | `coref/lede.rs` |
//! | "Speaking at his post-match press conference, head coach Gareth Pryce was more guarded." (the antecedent of a later "he") | `coref/subjects.rs` |
//! | "…, identified in documents only as “Boss J,”" (a name given, no claim) | `proposition.rs` |
//! | "The Iyaloja of the market, Chief (Mrs) Adunni Bamgbose, told" | `mentions/appositive.rs` |
//! | "Ramon “Monching” Villarica … Villarica said" (credited without the nickname) | `coref/people.rs`, `entities/mod.rs` |
//! | "…, the daily Hospodářské noviny reported", "BBC Scotland reported that …" (outlets) | `token_table.rs` |
//! | "Joel Pollak of Breitbart said" (the person speaks, the outlet is credited) | `mentions/left.rs`, `source.rs` |
//! | "…, but council leader Imran Shah said", "“…,” wildfire information officer Josée Landry told" (roles) | `mentions/mention.rs` |
//! | "Prices rose, retailers and wholesalers said" | `mentions/left.rs` |
//! | "“…,” Villarica said in Filipino, meaning “…”" (the gloss is no claim) | `passes/follow_on.rs` |
//! | "Of course, as Joel Pollak observed, …" (no discourse phrase in the content) | `content/left.rs` |
//! | "officials warned those who stayed behind that …" (the audience) | `content/prelude.rs` |
//! | "an internal memo from CEO Marcus Vell … the memo said" (the memo's author) | `coref/studies.rs`, `coref/mod.rs` |
//! | "Governor Paul Kiprono Chebet … But the governor hit back"; "The Minister for Housing, Dermot Fahy, … the Minister said" | `coref/mod.rs`, `coref/people.rs` |
//! | "A former senior public servant has told a royal commission …" ⏎ "Graham Pell, who was deputy secretary of …" | `coref/lede.rs` |
//! | "The Supreme Court … The top court also said", "the light and power company" for "Jamaica Public Service (JPS)" | `coref/bodies.rs`, `coref/referent.rs` |
//! | "In a memo posted with the meeting agenda, city planning staff wrote that …" (the memo is no subject) | `proposition.rs` |
//! | "… as the election results were announced", "apologised after figures showed …" (no claim) | `proposition.rs` |
//! | "The airline plans to retire its oldest jets, according to The Wall Street Journal" (an attitude an outlet reports is the outlet's claim) | `clause.rs` |
//! | "…, while his colleague Sarah Flint said …" (a second speaker described before the name) | `clause.rs` |
//! | "…, local officials and aid workers said", "…, said a person close to Harcourt", "said one person briefed on the talks" | `mentions/left.rs`, `mentions/right.rs` |
//! | "…, most of which opposed a double-digit increase" (a relative clause on a part goes on in the content) | `mentions/left.rs`, `speaker/preverbal.rs` |
//! | "The report, \"Empty Plates\", found that …"; "“…,” Marguerite Aalto, the commission’s executive vice-president for a clean, just and competitive transition, said"; "Another resident, boda boda rider Samuel Kariuki, said" | `mentions/appositive.rs` |
//! | "The DA's Gauteng spokesperson on cooperative governance, Michelle van Wyk, accused … and said …", "An army spokesman in the region, Lieutenant Marc Ndjoli, …" | `speaker/subject.rs` |
//! | "According to the Controller of Budget’s report for the first half of the year, …" | `speaker/according_to.rs` |
//! | "said in a note the results were …", "ruled 6-3 that …", "wrote for the majority that …" | `content/prelude.rs` |
//! | "…, a reference to China and the Gulf states" (the writer's gloss) | `content/right.rs` |
//! | "… Dr. Alicia Ferro said, “but we are asking …” Ferro … spoke at a news conference" (the split quotation stays its verb's) | `content/left.rs` |
//! | "Researchers at the University of Westmarch say … the researchers found", "captain Ravi Chaudhry … the Sussex skipper said" | `coref/mod.rs` |
//! | "He was charged in March and is expected to stand trial next year" (no claim) | `proposition.rs` |
//! | "Asked about the sale, van der Merwe said", "Pieter du Randt said" (a name opening on its particles) | `entities/embedded.rs` |
//! | "A Millbrook County judge …" ⏎ "Circuit Judge Patricia Eastman wrote", "The Minister for Housing has said …" ⏎ "Cathal Brennock said" (a title with the description's noun) | `coref/lede.rs` |
//! | "…, the state water company has said" ⏎ "Ghana Water Limited said", "Norway’s central bank …" ⏎ "Norges Bank held …", "Brantwood Energy confirmed …. The company also announced" | `coref/referent.rs` |
//! | "… a report published today by Harvest Justice International." ⏎ "The report found …. It says …" | `coref/studies.rs` |
//! | "…, according to people familiar with the matter. No decision has been made, they said" | `speaker/according_to.rs` |
//! | "said the company was in talks … and was confident of …", "… but did not want to embarrass …", "… and was offering incentives" | `clause.rs` |
//! | "said he had shown “no genuine remorse” and jailed him" (the speaker's deed) | `content/right.rs` |
//! | "…, a person familiar with the matter said, declining to be identified because …" | `content/trailing.rs` |
//! | "Speaking in the legislature last week, however, Langevin acknowledged …" | `speaker/subject.rs` |
//! | "Thailand’s central bank cut its rate, saying …" (the possessed phrase ends before its verb) | `mentions/right.rs` |
//! | "She said … since the tax was introduced and accused …" (not the tax) | `speaker/preverbal.rs` |
//! | "According to officials, 412 suspected cases and 96 confirmed cases were reported …, against …" | `mentions/appositive.rs` |
//! | "Saint-Hilaire (AFP) - “…”" (a dateline), "Mayor says stadium deal is ‘done’" (a headline: no claim) | `context.rs`, `headline.rs` |
//! | "…, the carrier disclosed on 14 May", "said in its monthly oil market report on Thursday that …", "told the ABC’s 7.30 program …", "told a community meeting at the Kagiso Hall on Sunday that …" | `content/prelude.rs` |
//! | "…, reported on Sunday, without citing sources", "…, said on Wednesday, compared with analysts' expectations …" | `content/trailing.rs` |
//! | "said about a third of the members …" (no particle "about") | `content/particle.rs` |
//! | "Jurors were told the defendant, Marisol Quintero-Vance, had sent …", "disclosed this while briefing journalists" (no claim), "Result declared: …" (no claim) | `proposition.rs` |
//! | "said by-elections were …", "- claiming rats are …", "(Image: Local Democracy Reporting Service)" (no cue) | `cues/classify.rs` |
//! | "denied Kessington twice … and was named player of the match", "claimed 4-31 and …" (deeds) | `deeds.rs` |
//! | "Secretary for Labour and Welfare Christopher Leung Wai-kit", "an official of the Bruhat Bengaluru Mahanagara Palike" (a body) | `entities/embedded.rs` |
//! | "Evergreen Ridge Medical Center said … The hospital said" | `coref/bodies.rs` (`words::body_name_words`) |
//! | "Carla Ibáñez Rojas … Ibáñez told reporters" (the father's surname) | `coref/people.rs` |
//! | "a team of Danish researchers", "a bloc of House Republicans" | `mentions/left.rs` |
//! | "A woman who lives on Mill Lane said" (a short relative clause with no cue of its own) | `speaker/preverbal.rs` |
//! | "ST PHOTO: ONG WEN JIE" (a picture's credit: no claim) | `passes/labels.rs` |
//! | "told reporters in Edmonton on Tuesday she had …", "said at a packed town hall meeting in Eastfield on Wednesday night that …" | `content/prelude.rs` |
//! | "…, the carrier said, in the clearest sign yet that …" (the writer's comment) | `content/trailing.rs` |
//! | "said the results “comfortably beat” consensus and raised their price target" (the speaker's act), "believes …, as New Brunswick began doing last year" | `content/right.rs` |
//! | "According to the ministry's report, …" (the ministry) | `coref/studies.rs` |
//! | "wrote on Instagram that she was “heartbroken” but hoped …", "…, Japanese newspaper Nikkei reported" | `clause.rs` |
//! | "If Sen. Ray Holcomb says …", "claimed more than £3,400 in rail fares", "who asked that her name not be used" (no claim) | `proposition.rs` |
//! | "Rescue teams found two survivors …", "declared an interim dividend", "denied Coleshill's top scorer twice" (deeds) | `deeds.rs` |
//! | "Minister of Water Resources Adnan Kareem al-Jubouri", "Mr Sheikh", "Norvalis Line", "Sycamore Elementary" | `entities/embedded.rs`, `data/organizations.tsv` |
//! | "Yesterday, the chairman of the Agriculture Committee, Mr Isaac Mensah, said" | `mentions/appositive.rs` |
//! | "…, said X, retail analyst at Shore Capital. … The company said" (not the analyst's firm), "German carmaker Heldmann …, the company said" | `coref/referent.rs` |
//! | "Nordic lender Halvard Bank will cut …, it said", "Jubouri said", "Halvard also said" | `coref/subjects.rs`, `coref/people.rs` |
//! | "Adnan Kareem al-Jubouri said …, warning that …" (not "Iraq's Minister") | `speaker/participle.rs` |
//! | "Upmarket grocer says … ‘harder than we would have liked’" (a standfirst), "Mayor Danielle Fortier spoke in Edmonton." (no headline) | `headline.rs` |
//! | "PUBLISHED: March 4, 2025 at 11:12 p.m." (a time stamp: no claim) | `passes/labels.rs` |
//! | confidence of a claim | `confidence.rs` |
//! | page furniture ("Advertisement", "Photo: …", "Most read" lists, their headlines on the lines of one paragraph too): no claim | `text/furniture.rs`, read in `attribute()` |
//!
//! Shared by the rules: `context.rs` (the document, token facts, entities, outlets, and small
//! questions about tokens and sentences), `quote_index.rs` (quotes by byte), `words.rs` (every
//! word list), `raw.rs` (a claim in the making), `sentence.rs` (one sentence's claims) and
//! `finish.rs` (public claims). Data flows one way: no file imports from this one.

pub mod confidence;

mod citing;
mod clause;
mod content;
mod context;
mod coref;
mod deeds;
mod finish;
mod headline;
mod listener;
mod mentions;
mod passes;
mod portent;
mod proposition;
mod question;
mod quote_index;
mod raw;
mod sentence;
mod source;
mod speaker;
mod topic_object;
mod words;

use crate::claim::Claim;
use crate::cues::CueMatch;
use crate::entities::Entity;
use crate::lexicon::Lexicons;
use crate::quotes::Quote;
use crate::text::Document;
use crate::token_table::TokenTable;

use context::Context;
use quote_index::QuoteIndex;
pub(crate) use source::drop_reports_of_noun_objects;

/// Build the claims of `doc` from its entities, cues and quotes.
///
/// ```
/// use claimex::{lexicon::Lexicons, text::Document, entities::{EmbeddedRecognizer, Recognizer}};
/// let text = "Officials said the bridge would reopen.";
/// let doc = Document::new(text);
/// let lex = Lexicons::default();
/// let quotes = claimex::quotes::find(&doc);
/// let cues = claimex::cues::find(&doc, &lex, &quotes);
/// let entities = EmbeddedRecognizer::default().recognize(&doc, &[0])?;
/// let claims = claimex::attribution::attribute(&doc, &lex, &entities, &cues, &quotes);
/// assert_eq!(claims[0].content.text, "the bridge would reopen");
/// assert_eq!(claims[0].speaker.as_ref().unwrap().name, "Officials");
/// # Ok::<(), claimex::Error>(())
/// ```
pub fn attribute(
    doc: &Document<'_>,
    lex: &Lexicons,
    entities: &[Entity],
    cues: &[CueMatch],
    quotes: &[Quote],
) -> Vec<Claim> {
    // Stage 4, the token table: every token's lexical facts, once.
    let tokens = TokenTable::new(doc, lex, entities);
    let ctx =
        Context { doc, lex, entities, cues, quotes: QuoteIndex::new(quotes, doc.text()), tokens: &tokens };
    // 1. Each sentence with cues: frames, clauses, contents, sources.
    // Page furniture ("Advertisement", "Photo: …", a "Most read" list) says nothing of the story.
    let furniture = crate::text::furniture(doc);
    let in_furniture = |byte: usize| furniture.get(doc.sentence_at(byte)).copied().unwrap_or(false);
    let mut raw = Vec::new();
    for (first, sentence_cues) in by_sentence(cues) {
        if !in_furniture(sentence_cues[0].span.start) {
            raw.extend(sentence::sentence_claims(&ctx, sentence_cues, first));
        }
    }
    // 2. A paragraph quoted as a block after "X writes:" holds no claims of its own, nor does a
    //    relative clause inside a speaker's mention ("Parents who opposed the change said").
    let raw = passes::drop_inside_blocks(&ctx, raw);
    let mut raw = passes::drop_speaker_descriptions(raw);
    // 3. "Name:" labels in sentences without a claim, then dash credits in paragraphs without one,
    //    then quotes after "X is more blunt:".
    let labels = passes::labels(&ctx, &raw);
    raw.extend(labels);
    let credits = passes::dash_credits(&ctx, &raw);
    raw.extend(credits);
    let colon_leads = passes::colon_leads(&ctx, &raw);
    raw.extend(colon_leads);
    // 4. Cue-less quotes after a quote of the same speaker (the pass reads the claims by position).
    raw.sort_by_key(|r| r.pos);
    let follow_ons = passes::follow_on_quotes(&ctx, &raw);
    raw.extend(follow_ons);
    let introduced = passes::introduced_quotes(&ctx, &raw);
    raw.extend(introduced);
    // 5. A quotation paragraph after a paragraph of one speaker's claims is that speaker's.
    raw.sort_by_key(|r| r.pos);
    let floating = passes::floating_quotes(&ctx, &raw, &furniture);
    raw.extend(floating);
    // 6. A quotation split by its attribution in one sentence is one claim in two parts.
    let mut raw = passes::join_split_quotes(&ctx, raw);
    raw.retain(|r| !in_furniture(r.content.span.start));
    // 7. One claim per content, in text order.
    raw.sort_by_key(|r| (r.content.start(), r.content.span.end));
    raw.dedup_by(|b, a| {
        a.content.span.overlaps(b.content.span) && a.origin.cue() == b.origin.cue()
            || a.content.span == b.content.span
    });
    // 8. Coreference, and the public claims; a headline above the story makes none of its own, nor
    // do the lines above a byline (headline, standfirst).
    let mut claims = finish::finish(&ctx, &raw);
    if headline::headline_above_story(&ctx, 0) {
        let standfirst = headline::standfirst_below_headline(&ctx);
        claims.retain(|c| c.sentence != 0 && !(standfirst && c.sentence == 1));
    }
    let above_byline = headline::lines_above_byline(&ctx);
    claims.retain(|c| c.sentence >= above_byline);
    claims
}

/// The cues grouped by sentence, each group with the index of its first cue.
fn by_sentence(cues: &[CueMatch]) -> impl Iterator<Item = (usize, &[CueMatch])> {
    let mut start = 0;
    std::iter::from_fn(move || {
        let s = cues.get(start)?.sentence;
        let len = cues[start..].iter().take_while(|c| c.sentence == s).count();
        let group = (start, &cues[start..start + len]);
        start += len;
        Some(group)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cues_grouped_by_sentence() {
        let doc = Document::new("Smith said it. Jones said no, she added. Nothing.");
        let lex = Lexicons::default();
        let cues = crate::cues::find(&doc, &lex, &[]);
        let groups: Vec<(usize, usize)> = by_sentence(&cues).map(|(first, g)| (first, g.len())).collect();
        assert_eq!(groups, [(0, 1), (1, 2)]);
    }
}
