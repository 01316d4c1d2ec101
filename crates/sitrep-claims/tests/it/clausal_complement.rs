//! A verb no cue row names is a cue when it opens a reported clause ("the
//! institute estimates that …", "aides wondered why …") and its subject
//! names someone; the limits: "that" as a determiner or relative pronoun,
//! "so that", subjects that name no one. Invented sentences, an empty KB.

use crate::common;

use common::claim_texts as claims;

fn has(c: &[(String, String, String, bool)], speaker: &str, cue: &str, content: &str) -> bool {
    c.iter()
        .any(|(s, q, x, _)| s == speaker && q == cue && x == content)
}

#[test]
fn any_verb_with_a_that_clause_and_a_named_subject_is_a_cue() {
    let c =
        claims("The Harbor Institute estimates that the new toll would raise $40 million a year.");
    assert!(
        has(
            &c,
            "The Harbor Institute",
            "estimates",
            "the new toll would raise $40 million a year"
        ),
        "{c:?}"
    );
    // Auxiliaries and adverbs join the cue as for any speech verb.
    let c =
        claims("Federal investigators have also discovered that two contracts were never signed.");
    assert!(
        has(
            &c,
            "Federal investigators",
            "have also discovered",
            "two contracts were never signed"
        ),
        "{c:?}"
    );
    // A predicate adjective with its copula.
    let c = claims("Protesters were frustrated that the council released only part of the report.");
    assert!(
        has(
            &c,
            "Protesters",
            "were frustrated",
            "the council released only part of the report"
        ),
        "{c:?}"
    );
    // A plain form after a plural subject, a clause opening with "if".
    let c = claims("Farmers worry that if the river keeps falling, barges will stop running.");
    assert!(
        has(
            &c,
            "Farmers",
            "worry",
            "if the river keeps falling, barges will stop running"
        ),
        "{c:?}"
    );
    // An object pronoun between the verb and the clause.
    let c = claims("The governor reassured them that the bridge would reopen by May.");
    assert!(
        has(
            &c,
            "The governor",
            "reassured",
            "the bridge would reopen by May"
        ),
        "{c:?}"
    );
}

#[test]
fn a_verb_with_a_wh_clause_is_a_cue_and_the_clause_keeps_its_word() {
    // Verbs the cue lexicon does not list: only the clause makes them cues.
    let c = claims("Several senators pondered why the agency had waited so long.");
    assert!(
        has(
            &c,
            "Several senators",
            "pondered",
            "why the agency had waited so long"
        ),
        "{c:?}"
    );
    let c = claims("Local officials doubted whether the shelter could hold everyone.");
    assert!(
        c.iter()
            .any(|(s, _, x, _)| s == "Local officials"
                && x.contains("the shelter could hold everyone")),
        "{c:?}"
    );
}

#[test]
fn a_determiner_or_relative_that_opens_no_reported_clause() {
    // "that" as a determiner: the words after it are the object.
    let c = claims("Residents will deplore that decision and the way it was taken.");
    assert!(c.is_empty(), "{c:?}");
    let c = claims("The inspector searched that same warehouse but did not find the crates.");
    assert!(c.is_empty(), "{c:?}");
    // A plural noun after a preposition is no verb, and a subordinate clause
    // after the object is no clause of the "that".
    let c = claims("Police searched that building for weapons.");
    assert!(c.is_empty(), "{c:?}");
    let c = claims("The governor vetoed that bill because it raises taxes.");
    assert!(c.is_empty(), "{c:?}");
    // "what" and "how" open objects too often to make any verb a cue.
    let c = claims("Police seized what appeared to be explosives.");
    assert!(c.is_empty(), "{c:?}");
    // A relative clause after a plural noun: "engines" is no verb.
    let c = claims("Most of these boats run on old engines that burn far more fuel.");
    assert!(c.is_empty(), "{c:?}");
    // A speaker noun is no verb: "investors" is what "that" describes.
    let c = claims("The mayor met Wall Street investors that the city hoped to court.");
    assert!(c.iter().all(|(_, q, _, _)| q != "investors"), "{c:?}");
    // A plural noun after a name is no verb with that name its subject.
    let c = claims("Trump has attacked loopholes that benefit hedge fund managers.");
    assert!(c.is_empty(), "{c:?}");
}

#[test]
fn the_subject_must_name_someone() {
    // A thing, "it", or a subordinating "so that" report nothing.
    for raw in [
        "The new rule requires that every driver carries a permit.",
        "It is obvious that the bridge needs repairs.",
        "The crews worked overnight so that the road could reopen on Monday.",
        "Rising costs meant that the school had to close.",
    ] {
        let c = claims(raw);
        assert!(c.is_empty(), "{raw}: {c:?}");
    }
}

#[test]
fn an_adverb_after_the_verb_and_a_negation_before_it_join_the_cue() {
    let c = claims("Residents complain bitterly that the new parking fees drive customers away.");
    assert!(
        has(
            &c,
            "Residents",
            "complain bitterly",
            "the new parking fees drive customers away"
        ),
        "{c:?}"
    );
    let c = claims("The minister could not explain why the hospital had been closed.");
    assert!(
        has(
            &c,
            "The minister",
            "could not explain",
            "why the hospital had been closed"
        ),
        "{c:?}"
    );
}

#[test]
fn a_preposition_before_a_wh_clause_is_no_verb() {
    let c = claims("Analysts see the merger as a case study for how smaller banks might survive.");
    assert!(c.iter().all(|(_, q, _, _)| q != "for"), "{c:?}");
}

#[test]
fn a_clause_verb_without_a_speaker_leaves_other_contents_whole() {
    // "further reduce that number if it improves" opens no claim (no subject
    // before "reduce"), and the claim of "said" keeps its whole clause.
    let c = claims(
        "The utility said it will watch the weather and could further reduce that number if it improves.",
    );
    assert!(
        has(
            &c,
            "The utility",
            "said",
            "it will watch the weather and could further reduce that number if it improves"
        ),
        "{c:?}"
    );
}
