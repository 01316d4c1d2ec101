//! Claims a probe of unseen wire news found wrong (session 11, `claims14`):
//! acts read as speech, a scare-quoted word before "and said", a setting
//! phrase after the cue taken as content, content running into a second
//! speaker's clause, organisation names cut by the speaker walk, a quote
//! continued in the next sentence, and a role noun given a state named only
//! in what it says. Invented sentences.

mod common;

use common::claim_texts as claims;
use common::claims_in;
use sitrep_kb::{parse_actor_file, Kb, KbBuilder};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
IRN\tcountry\tIran\tIRN\t\t\t\t\tTehran|adj:Iranian
FRA\tcountry\tFrance\tFRA\t\t\t\t\tadj:French
GBR\tcountry\tBritain\tGBR\t\t\t\t\tadj:British
cpj\torganization\tCommittee to Protect Journalists\t\tNGO\t\t\t\t
rsf\torganization\tReporters Without Borders\t\tNGO\t\t\t\tabbr:RSF
olga-marin\tperson\tOlga Marin\t\t\t\t\t\t
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
            (
                c.speaker.actor.clone().unwrap_or_default(),
                c.speaker.text.clone().unwrap_or_default(),
                text[c.cue.start..c.cue.end].to_string(),
                text[c.content.start..c.content.end].to_string(),
            )
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
fn intent_with_an_infinitive_is_an_event_not_a_claim() {
    for s in [
        "No ally has so far offered to send troops to the island.",
        "The government refused to send long-range missiles.",
        "The prime minister promised to hold elections within a year.",
    ] {
        let c = claims(s);
        assert!(c.is_empty(), "{s}: {c:?}");
    }
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
    // Near miss: a clause after the preposition is content.
    let c = claims("The governor said on Monday he would resign.");
    assert_eq!(
        content_of(&c, "said"),
        Some("on Monday he would resign"),
        "{c:?}"
    );
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
