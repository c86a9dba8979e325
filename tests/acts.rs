//! Speech and attitude apart: `acts(Acts::Speech)` removes exactly the attitude claims and
//! changes nothing else, and the act comes from the cue's lexicon entry.

use claimex::{Act, Acts, Extractor, Stance};

fn texts() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for dir in ["tests/dev", "tests/challenge", "tests/data"] {
        let mut paths: Vec<_> = std::fs::read_dir(dir)
            .expect("test directory")
            .map(|e| e.expect("directory entry").path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        paths.sort();
        for p in paths {
            let text = std::fs::read_to_string(&p).expect("UTF-8 test text");
            out.push((p.display().to_string(), text));
        }
    }
    out
}

#[test]
fn speech_only_drops_exactly_the_attitudes() {
    // (With the noun-object claims too: "deemed the vote fair" is an attitude of that kind.)
    let all = Extractor::builder().noun_objects(true).build().expect("builder");
    let speech = Extractor::builder().acts(Acts::Speech).noun_objects(true).build().expect("builder");
    let (mut attitudes, mut kept) = (0, 0);
    for (name, text) in texts() {
        let every = all.extract(&text).expect("extract").claims;
        let only = speech.extract(&text).expect("extract").claims;
        let want: Vec<_> = every.iter().filter(|c| c.act == Act::Speech).cloned().collect();
        assert_eq!(only, want, "{name}");
        attitudes += every.len() - want.len();
        kept += want.len();
    }
    // The test texts hold both kinds, so the filter is exercised, not vacuous.
    assert!(attitudes >= 10, "only {attitudes} attitude claims in the test texts");
    assert!(kept > attitudes);
}

/// The default leaves out exactly the claims whose content is only the verb's noun-phrase object;
/// `noun_objects(true)` keeps them and changes nothing else, but for an outlet's report around
/// one ("The council has welcomed the plan, Reuters reported"): the default has the outlet's claim
/// of the clause, `noun_objects` the object claim credited to the outlet.
#[test]
fn noun_objects_are_left_out_exactly() {
    let default = Extractor::new();
    let with = Extractor::builder().noun_objects(true).build().expect("builder");
    let (mut objects, mut kept, mut reports) = (0, 0, 0);
    let text = "The council has welcomed the plan, Reuters reported.".to_string();
    for (name, text) in texts().into_iter().chain([("report".to_string(), text)]) {
        let every = with.extract(&text).expect("extract").claims;
        let plain = default.extract(&text).expect("extract").claims;
        let want: Vec<_> = every.iter().filter(|c| !c.noun_object).cloned().collect();
        let (same, extra): (Vec<_>, Vec<_>) = plain.iter().cloned().partition(|c| want.contains(c));
        assert_eq!(same, want, "{name}");
        for c in &extra {
            let wrapped = every.iter().any(|o| {
                o.noun_object
                    && o.source == c.source
                    && c.content.start <= o.content.start
                    && o.content.end <= c.content.end
            });
            assert!(c.speaker.is_none() && c.source.is_some() && wrapped, "{name}: {c:?}");
        }
        reports += extra.len();
        objects += every.len() - want.len();
        kept += want.len();
    }
    assert!(objects >= 10, "only {objects} noun-object claims in the test texts");
    assert!(kept > objects);
    assert!(reports >= 1);
}

#[test]
fn the_act_follows_the_cue() {
    let text = "Mayor Ada Stone believes the bridge will open in May. \
                Her deputy said the work was late. \
                Engineers hope the steel arrives soon, the council announced.";
    let claims = Extractor::new().extract(text).expect("extract").claims;
    let acts: Vec<(&str, Act)> =
        claims.iter().map(|c| (c.cue.as_ref().map_or("", |c| c.lemma.as_str()), c.act)).collect();
    assert!(acts.contains(&("believe", Act::Attitude)), "{acts:?}");
    assert!(acts.contains(&("say", Act::Speech)), "{acts:?}");
    assert!(acts.iter().all(|(lemma, act)| (*act == Act::Attitude) == matches!(*lemma, "believe" | "hope")));
}

#[test]
fn user_cues_take_an_act() {
    let e = Extractor::builder()
        .add_cue("opined", "opine", Stance::Assert)
        .add_attitude_cue("surmised", "surmise", Stance::Tentative)
        .build()
        .expect("builder");
    assert_eq!(e.lexicons().cue("opined").map(|c| c.act), Some(Act::Speech));
    assert_eq!(e.lexicons().cue("surmised").map(|c| c.act), Some(Act::Attitude));
    let claims = e.extract("Ms Vance surmised that the vote was lost.").expect("extract").claims;
    assert_eq!(claims.iter().map(|c| c.act).collect::<Vec<_>>(), [Act::Attitude]);
}

#[test]
fn claims_without_a_cue_are_speech() {
    let text = "\"We will rebuild,\" Mayor Stone said. \"Every street of it.\"";
    let claims = Extractor::new().extract(text).expect("extract").claims;
    assert_eq!(claims.len(), 2);
    assert!(claims[1].cue.is_none());
    assert_eq!(claims[1].act, Act::Speech);
}

#[test]
fn act_is_serialised_in_lower_case() {
    let claims = Extractor::new().extract("Jo Tran thinks the plan will fail.").expect("extract").claims;
    let json = serde_json::to_value(&claims[0]).expect("serialise");
    assert_eq!(json["act"], "attitude");
}
