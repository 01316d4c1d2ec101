//! Claims a probe of unseen wire news found wrong (session 11, `claims14`):
//! acts read as speech, a scare-quoted word before "and said", a setting
//! phrase after the cue taken as content, content running into a second
//! speaker's clause, organisation names cut by the speaker walk, a quote
//! continued in the next sentence, and a role noun given a state named only
//! in what it says. Invented sentences.
//!
//! Session 12 (`claims15`) mends what session 11 left: conditional
//! commitments, coordinated verbs after an act, wh-clauses, a name with a
//! modal's spelling, a dated anaphoric object, "according to" and citing
//! lists inside the attribution, and lists of three speakers.

use crate::common;

use common::claim_texts as claims;
use common::{claim_triple, claims_in};
use sitrep_kb::{parse_actor_file, Kb, KbBuilder};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
IRN\tcountry\tIran\tIRN\t\t\t\t\tTehran|adj:Iranian
FRA\tcountry\tFrance\tFRA\t\t\t\t\tadj:French
GBR\tcountry\tBritain\tGBR\t\t\t\t\tadj:British
cpj\torganization\tCommittee to Protect Journalists\t\tNGO\t\t\t\t
rsf\torganization\tReporters Without Borders\t\tNGO\t\t\t\tabbr:RSF
olga-marin\tperson\tOlga Marin\t\t\t\t\t\t
RUS\tcountry\tRussia\tRUS\t\t\t\t\tMoscow|adj:Russian
USA\tcountry\tUnited States\tUSA\t\t\t\t\tWashington|adj:American
VEN\tcountry\tVenezuela\tVEN\t\t\t\t\tCaracas|adj:Venezuelan
DEU\tcountry\tGermany\tDEU\t\t\t\t\tadj:German
ISR\tcountry\tIsrael\tISR\t\t\t\t\tadj:Israeli
bbc\torganization\tBBC\t\tMED\t\t\t\t
reuters\torganization\tReuters\t\tMED\t\t\t\t
afp\torganization\tAFP\t\tMED\t\t\t\t
";

fn kb() -> Kb {
    let mut b = KbBuilder::default();
    b.add_actor_rows(parse_actor_file("test.tsv", ACTORS).expect("test KB parses"));
    b.build()
}

fn cues(c: &[(String, String, String, bool)]) -> Vec<&str> {
    c.iter().map(|(_, q, _, _)| q.as_str()).collect()
}

fn content_of<'a>(c: &'a [(String, String, String, bool)], cue: &str) -> Option<&'a str> {
    c.iter()
        .find(|(_, q, _, _)| q == cue)
        .map(|(_, _, x, _)| x.as_str())
}

/// (speaker actor or "", speaker text or "", cue, content) with the test KB.
fn with_actors(raw: &str) -> Vec<(String, String, String, String)> {
    let (text, claims) = claims_in(&kb(), raw);
    claims
        .iter()
        .map(|c| {
            let (speaker, cue, content) = claim_triple(&text, c);
            let actor = c.speaker.actor.clone().unwrap_or_default();
            (actor, speaker, cue, content)
        })
        .collect()
}

#[test]
fn acts_with_a_noun_object_are_no_speech() {
    for s in [
        "The government recalled its envoy from the neighbouring capital on Tuesday.",
        "The president thanked the mediators for their patience.",
        "The ministry announced new export controls on chips.",
        "Inspectors found traces of explosives in the cargo hold.",
        "The opposition leader explained the delay to his supporters.",
        "The chart showed a sharp rise in prices.",
    ] {
        let c = claims(s);
        assert!(c.is_empty(), "{s}: {c:?}");
    }
    // A that-clause or a quote keeps the same verbs as cues.
    for (s, cue) in [
        (
            "The envoy recalled that the two sides had met twice before.",
            "recalled",
        ),
        (
            "The ministry announced that exports would be halted.",
            "announced",
        ),
        ("The auditors found that the funds had been moved.", "found"),
        (
            "The minister explained that the delay was technical.",
            "explained",
        ),
    ] {
        let c = claims(s);
        assert_eq!(cues(&c), [cue], "{s}: {c:?}");
    }
    let c = claims("\"We were never consulted,\" the mayor recalled.");
    assert_eq!(cues(&c), ["recalled"], "{c:?}");
}

#[test]
fn intent_with_an_infinitive_is_a_stated_position() {
    // Session 41 ruled an offer or a refusal to act a stated position, a
    // claim ("offered to resign", "refused to rule out"; tests/positions66.rs);
    // session 43 (claims70) a promise to act too, as "vowed to" already was
    // (the promised act stays a future event; tests/cues70.rs).
    let c = claims("The prime minister promised to hold elections within a year.");
    assert_eq!(
        content_of(&c, "promised"),
        Some("to hold elections within a year"),
        "{c:?}"
    );
    let c = claims("The government refused to send long-range missiles.");
    assert_eq!(
        content_of(&c, "refused"),
        Some("to send long-range missiles"),
        "{c:?}"
    );
    // A promise of a proposition is still reported speech.
    let c = claims("The prime minister promised that elections would be held within a year.");
    assert_eq!(
        content_of(&c, "promised"),
        Some("elections would be held within a year"),
        "{c:?}"
    );
}

#[test]
fn an_expectation_never_holds_its_own_cue() {
    let c = claims("The assembly is expected to vote on the budget on Thursday.");
    assert_eq!(cues(&c), ["is expected"], "{c:?}");
    let content = content_of(&c, "is expected").expect("a claim");
    assert!(!content.contains("expected"), "{c:?}");
    assert_eq!(content, "vote on the budget on Thursday");
}

#[test]
fn a_scare_quote_before_and_said_is_no_claim_of_its_own() {
    let c = claims(
        "The ambassador called the decision \"reckless\" and said thousands of families would suffer.",
    );
    assert_eq!(
        content_of(&c, "said"),
        Some("thousands of families would suffer"),
        "{c:?}"
    );
    assert!(!c.iter().any(|(_, _, x, _)| x == "reckless"), "{c:?}");
    // Near miss: a quote closed by a comma and then its speaker and cue.
    let c = claims("\"The decision is reckless,\" the ambassador said.");
    assert_eq!(
        content_of(&c, "said"),
        Some("The decision is reckless"),
        "{c:?}"
    );
    let c = claims("\"The decision is reckless\", said the ambassador.");
    assert_eq!(
        content_of(&c, "said"),
        Some("The decision is reckless"),
        "{c:?}"
    );
}

#[test]
fn a_setting_phrase_after_the_cue_is_no_content() {
    for (s, content) in [
        (
            "Police fired tear gas at protesters in the capital, the rights group said in a report on Monday.",
            "Police fired tear gas at protesters in the capital",
        ),
        (
            "Drones struck a fuel depot overnight, the regional governor said in a statement on Telegram.",
            "Drones struck a fuel depot overnight",
        ),
        (
            "The talks will resume next week, the envoy said at a news conference in Geneva.",
            "The talks will resume next week",
        ),
    ] {
        let c = claims(s);
        // "said in a statement" is a cue row of its own.
        let said = c.iter().find(|(_, q, _, _)| q.starts_with("said"));
        assert_eq!(said.map(|(_, _, x, _)| x.as_str()), Some(content), "{s}: {c:?}");
    }
    // Near miss: a clause after the preposition is content (since claims19
    // without the time phrase, which says when it was said).
    let c = claims("The governor said on Monday he would resign.");
    assert_eq!(content_of(&c, "said"), Some("he would resign"), "{c:?}");
}

#[test]
fn content_ends_where_a_second_speaker_clause_opens() {
    let c = claims(
        "The junta said it would release the detainees, but opposition leaders said none had been freed.",
    );
    assert_eq!(
        content_of(&c, "said"),
        Some("it would release the detainees"),
        "{c:?}"
    );
    assert!(
        c.iter().any(|(sp, q, x, _)| sp == "opposition leaders"
            && q == "said"
            && x == "none had been freed"),
        "{c:?}"
    );
    // Near miss: a comma and "but" inside the reported clause with no cue after it.
    let c = claims("The junta said it would release the detainees, but only after the vote.");
    assert_eq!(
        content_of(&c, "said"),
        Some("it would release the detainees, but only after the vote"),
        "{c:?}"
    );
}

#[test]
fn an_organisation_name_with_a_stop_word_is_one_speaker() {
    let c =
        with_actors("The Committee to Protect Journalists said the reporter had been detained.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].0, "cpj", "{c:?}");
    let c = with_actors("Reporters Without Borders said the law would silence the press.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].0, "rsf", "{c:?}");
    assert_eq!(c[0].1, "Reporters Without Borders", "{c:?}");
}

#[test]
fn a_quote_continued_in_the_next_sentence_has_the_same_speaker() {
    let c = with_actors(
        "\"We will not give up an inch,\" Olga Marin said. \"The troops must leave first.\"",
    );
    assert_eq!(c.len(), 2, "{c:?}");
    assert!(
        c.iter()
            .all(|(a, _, q, _)| a == "olga-marin" && q == "said"),
        "{c:?}"
    );
    assert_eq!(c[1].3, "The troops must leave first", "{c:?}");
    // Near miss: a new paragraph may be anyone's quote.
    let c = with_actors(
        "\"We will not give up an inch,\" Olga Marin said.\n\n\"The troops must leave first.\"",
    );
    assert_eq!(c.len(), 1, "{c:?}");
}

#[test]
fn a_role_noun_takes_no_state_named_only_in_its_content() {
    let c = with_actors(
        "Britain and France could push for a resolution against Tehran, diplomats said.",
    );
    let said = c.iter().find(|(_, _, q, _)| q == "said").expect("a claim");
    assert_eq!(said.1, "diplomats", "{c:?}");
    assert_eq!(said.0, "", "{c:?}");
}

#[test]
fn a_commitment_under_a_condition_is_a_claim() {
    for (s, actor, content) in [
        (
            "Russia promised to respond if NATO deployed troops to the Baltic states.",
            "RUS",
            "to respond if NATO deployed troops to the Baltic states",
        ),
        (
            "Washington offered to lift sanctions if Caracas freed the prisoners.",
            "USA",
            "to lift sanctions if Caracas freed the prisoners",
        ),
        (
            "The rebels offered to release the hostages unless the army attacked.",
            "",
            "to release the hostages unless the army attacked",
        ),
    ] {
        let c = with_actors(s);
        assert_eq!(c.len(), 1, "{s}: {c:?}");
        assert_eq!(
            (c[0].0.as_str(), c[0].3.as_str()),
            (actor, content),
            "{s}: {c:?}"
        );
    }
    // With no condition the promise is a stated position too (see above).
    let c = claims("The prime minister promised to hold elections within a year.");
    assert_eq!(c.len(), 1, "{c:?}");
}

#[test]
fn a_verb_coordinated_after_an_act_shares_its_subject() {
    let c = claims(
        "Trump prepares to take office after a campaign in which he promised peace \
         through strength and vowed to stop Iran from getting a nuclear weapon.",
    );
    let vow: Vec<_> = c.iter().filter(|(_, q, _, _)| q == "vowed").collect();
    assert_eq!(vow.len(), 1, "{c:?}");
    assert_eq!(vow[0].0, "he", "{c:?}");
}

#[test]
fn wh_clauses_are_content_of_that_only_cues() {
    for (s, content) in [
        (
            "Putin recalled how Western leaders had promised not to expand NATO.",
            "how Western leaders had promised not to expand NATO",
        ),
        (
            "The minister explained why the government had raised taxes.",
            "why the government had raised taxes",
        ),
        (
            "Reporters asked whether the ceasefire would hold.",
            "whether the ceasefire would hold",
        ),
        (
            "The senator revealed what the committee had found.",
            "what the committee had found",
        ),
    ] {
        let c = claims(s);
        assert_eq!(c.len(), 1, "{s}: {c:?}");
        assert_eq!(c[0].2, content, "{s}: {c:?}");
    }
}

#[test]
fn a_name_spelled_like_a_modal_is_one_speaker() {
    let c = claims(
        "Former British Prime Minister Theresa May criticised the deal, saying it would \
         weaken the alliance.",
    );
    assert!(!c.is_empty(), "{c:?}");
    for (sp, cue, _, _) in &c {
        assert_eq!(sp, "Former British Prime Minister Theresa May", "{c:?}");
        assert!(!cue.starts_with("May"), "{c:?}");
    }
    // A modal after a lower-case word is still the cue's auxiliary.
    let c = claims("The minister may say that the talks failed.");
    assert_eq!(c[0].0, "The minister", "{c:?}");
}

#[test]
fn a_dated_anaphoric_object_opens_no_clause() {
    let c = with_actors(
        "Israel rejected that demand on Sunday, saying hostages must be released first.",
    );
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(
        (c[0].0.as_str(), c[0].2.as_str(), c[0].3.as_str()),
        ("ISR", "saying", "hostages must be released first"),
        "{c:?}"
    );
    // A that-clause after the cue is kept.
    let c = claims("The ministry denied that troops had crossed the border on Sunday.");
    assert_eq!(c[0].2, "troops had crossed the border on Sunday", "{c:?}");
}

#[test]
fn a_sentence_final_setting_is_no_content() {
    for s in [
        "The army had used live ammunition against protesters, Amnesty International said \
         in a report on Monday.",
        "The army had used live ammunition against protesters, the ministry said on Monday \
         in a statement.",
    ] {
        let c = claims(s);
        assert_eq!(c.len(), 1, "{s}: {c:?}");
        assert_eq!(
            c[0].2, "The army had used live ammunition against protesters",
            "{c:?}"
        );
    }
}

#[test]
fn according_to_and_citing_lists_inside_the_attribution() {
    let (text, c) = claims_in(
        &kb(),
        "Officials said, according to the report, that the talks had stalled.",
    );
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].speaker.text.as_deref(), Some("Officials"), "{c:?}");
    assert_eq!(
        &text[c[0].content.start..c[0].content.end],
        "the talks had stalled"
    );
    let via: Vec<_> = c[0].via.iter().map(|v| (v.text.as_str(), v.role)).collect();
    assert_eq!(
        via,
        [("the report", sitrep_record::ViaRole::AccordingTo)],
        "{c:?}"
    );
    let (_, c) = claims_in(
        &kb(),
        "The talks collapsed, the newspaper said, citing the BBC, Reuters and AFP.",
    );
    assert_eq!(c.len(), 1, "{c:?}");
    let via: Vec<_> = c[0]
        .via
        .iter()
        .map(|v| (v.actor.as_deref(), v.role))
        .collect();
    let relay = sitrep_record::ViaRole::Relay;
    assert_eq!(
        via,
        [
            (Some("bbc"), relay),
            (Some("reuters"), relay),
            (Some("afp"), relay)
        ],
        "{c:?}"
    );
    let c = claims("Sources close to the Egyptian mediators said the talks would resume.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].0, "Sources close to the Egyptian mediators", "{c:?}");
    assert!(c[0].3, "an anonymous source is hedged: {c:?}");
}

#[test]
fn a_list_of_three_names_is_one_speaker() {
    let c = with_actors(
        "France, Germany and Britain said in a joint statement that Iran had breached the deal.",
    );
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].1, "France, Germany and Britain", "{c:?}");
    assert_eq!(c[0].3, "Iran had breached the deal", "{c:?}");
    // A place set off before the subject is no item of the list.
    let c = claims("In Paris, Germany and Britain said the deal was dead.");
    assert_eq!(c[0].0, "Germany and Britain", "{c:?}");
}
