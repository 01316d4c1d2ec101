//! "…, citing unnamed officials." closing a sentence with no speech verb:
//! the people cited are the source of the clause before the participle; what
//! else is cited (reasons, figures) stays the doer's own claim. Invented
//! sentences, an empty KB.

use crate::common;

use common::claim_texts as claims;
use common::claims_in;
use sitrep_kb::{parse_actor_file, KbBuilder};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
wire\tmedia\tGlobe Wire\tGBR\tMED\t\t\t\t
GRC\tcountry\tGreece\tGRC\t\t\t\t\tadj:Greek
";

fn has(c: &[(String, String, String, bool)], speaker: &str, cue: &str, content: &str) -> bool {
    c.iter()
        .any(|(s, q, x, _)| s == speaker && q == cue && x == content)
}

#[test]
fn people_cited_after_a_clause_are_its_source() {
    let c = claims("The army shelled the town overnight, citing unnamed officials.");
    assert!(
        has(
            &c,
            "unnamed officials",
            "citing",
            "The army shelled the town overnight"
        ),
        "{c:?}"
    );
    assert_eq!(c.len(), 1, "{c:?}");
    let c = claims("Militants attacked a convoy near the border, citing local residents.");
    assert!(
        has(
            &c,
            "local residents",
            "citing",
            "Militants attacked a convoy near the border"
        ),
        "{c:?}"
    );
}

#[test]
fn reasons_cited_stay_the_doers_claim() {
    let c = claims("The airline canceled 40 flights, citing security concerns.");
    assert!(
        has(&c, "The airline", "citing", "security concerns"),
        "{c:?}"
    );
    // After a speech verb the citation is the speaker's, as before.
    let c = claims("The minister said the plan would fail, citing a new study.");
    assert!(has(&c, "The minister", "citing", "a new study"), "{c:?}");
    // The subject alone before the participle is the one who cites.
    let c = claims(
        "The Journal, citing people familiar with the matter, reported that the deal was near.",
    );
    assert!(
        has(&c, "The Journal", "reported", "the deal was near"),
        "{c:?}"
    );
    assert!(
        !c.iter()
            .any(|(s, _, _, _)| s == "people familiar with the matter"),
        "{c:?}"
    );
}

/// The head noun of the cited phrase, before its modifier, decides: people
/// "familiar with the matter" are a source, "the safety of its workers" is
/// a reason though its last word names people.
#[test]
fn the_head_noun_of_the_cited_phrase_decides() {
    let c = claims("The ferry operator halted crossings, citing the safety of its workers.");
    assert!(
        has(
            &c,
            "The ferry operator",
            "citing",
            "the safety of its workers"
        ),
        "{c:?}"
    );
    for (s, source, content) in [
        (
            "The regulator delayed the merger, citing three officials familiar with the matter.",
            "three officials familiar with the matter",
            "The regulator delayed the merger",
        ),
        (
            "The navy moved two frigates to the strait, citing people close to the talks.",
            "people close to the talks",
            "The navy moved two frigates to the strait",
        ),
    ] {
        let c = claims(s);
        assert!(has(&c, source, "citing", content), "{s}: {c:?}");
    }
}

/// A news organisation that ends the cited phrase is its source; a country
/// or one inside a modifier ("the threat from Greece") is a reason.
#[test]
fn an_outlet_cited_after_a_clause_is_its_source() {
    let mut b = KbBuilder::default();
    b.add_actor_rows(parse_actor_file("test.tsv", ACTORS).expect("test KB parses"));
    let kb = b.build();
    let run = |raw: &str| {
        let (text, c) = claims_in(&kb, raw);
        c.iter()
            .map(|c| {
                (
                    c.speaker.actor.clone(),
                    text[c.content.start..c.content.end].to_string(),
                )
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(
        run("The navy moved two frigates to the strait, citing the Globe Wire."),
        [(
            Some("wire".to_string()),
            "The navy moved two frigates to the strait".to_string()
        )]
    );
    for s in [
        "The navy moved two frigates to the strait, citing the threat from Greece.",
        "The navy moved two frigates to the strait, citing Greece.",
    ] {
        let c = run(s);
        assert!(
            c.iter()
                .all(|(_, x)| x != "The navy moved two frigates to the strait"),
            "{s}: {c:?}"
        );
    }
}
