//! Claim precision of session 33 (`claims50`): verbs whose object is an act
//! or a count, not words (a declared period of mourning, applause counted in
//! times, a telephone call), a demonstrative "that" dating the telling, and
//! claims told inside another claim kept as a chain through `via`. Each
//! shape with its near miss. Invented sentences.

use crate::common;

use common::{claim_triples, claims_in, content_of_cue, kb_of, triple};
use sitrep_record::ViaRole;

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
FRE\tcountry\tFreedonia\tFRE\t\t\t\t\tadj:Freedonian
SYL\tcountry\tSylvania\tSYL\t\t\t\t\tadj:Sylvanian
ana-sol\tperson\tAna Sol\tFRE\tGOV\tpresident\t2020\t\tSol
kemal-ardin\tperson\tKemal Ardin\tSYL\tGOV\tprime minister\t2020\t\tArdin
";

#[test]
fn a_demonstrative_that_before_a_time_word_does_not_open_the_content() {
    assert_eq!(
        content_of_cue(
            "The finance minister said at a news conference that morning that the budget would \
             pass.",
            "said"
        )
        .as_deref(),
        Some("the budget would pass")
    );
    assert_eq!(
        content_of_cue(
            "The mayor told residents of the valley that night that the river had crested.",
            "told"
        )
        .as_deref(),
        Some("the river had crested")
    );
    // Near miss: one "that" before a plain clause stays the complementiser.
    assert_eq!(
        content_of_cue("The mayor said that the river had crested.", "said").as_deref(),
        Some("the river had crested")
    );
}

#[test]
fn a_declared_period_or_state_in_force_is_an_act_not_a_claim() {
    let found = claim_triples("The president declared seven days of national mourning.");
    assert!(found.is_empty(), "{found:?}");
    let found =
        claim_triples("The governor declared states of emergency in three northern counties.");
    assert!(found.is_empty(), "{found:?}");
    // Near miss: a declared clause is what was said.
    assert_eq!(
        claim_triples("The governor declared that the emergency was over."),
        vec![triple("The governor", "declared", "the emergency was over")]
    );
}

#[test]
fn applause_counted_in_times_is_no_claim() {
    let found = claim_triples("The senators rose and applauded several times.");
    assert!(found.is_empty(), "{found:?}");
    let found = claim_triples("The delegates applauded twice.");
    assert!(found.is_empty(), "{found:?}");
    // Near miss: what was applauded is an object of the verb.
    assert_eq!(
        claim_triples("The mayor applauded the ruling."),
        vec![triple("The mayor", "applauded", "the ruling")]
    );
}

#[test]
fn calling_a_named_person_with_a_purpose_is_a_telephone_call() {
    let found = claim_triples("The prime minister called Halvorsen to offer condolences.");
    assert!(found.is_empty(), "{found:?}");
    let found = claim_triples("The senator called her to discuss the vote.");
    assert!(found.is_empty(), "{found:?}");
    // Near misses: naming a thing, and an appeal with "on".
    assert_eq!(
        claim_triples("The minister called the plan a mistake."),
        vec![triple("The minister", "called", "the plan a mistake")]
    );
    assert_eq!(
        claim_triples("Rivera called on voters to turn out."),
        vec![triple("Rivera", "called on", "voters to turn out")]
    );
}

#[test]
fn a_claim_told_inside_another_claim_names_the_outer_speaker_as_relay() {
    let (text, claims) = claims_in(
        &kb_of(ACTORS),
        "Sol said Ardin had confirmed the plant's readiness to keep supplying power, and that \
         the visit was a reply to the grid operator's refusal.",
    );
    let inner = claims
        .iter()
        .find(|c| &text[c.cue.start..c.cue.end] == "had confirmed")
        .expect("the inner claim stays");
    assert_eq!(
        &text[inner.content.start..inner.content.end],
        "the plant's readiness to keep supplying power",
        "the outer cue's second that-clause is no part of the inner content"
    );
    assert_eq!(inner.via.len(), 1, "{:?}", inner.via);
    assert_eq!(inner.via[0].text, "Sol");
    assert_eq!(inner.via[0].actor.as_deref(), Some("ana-sol"));
    assert_eq!(inner.via[0].role, ViaRole::Relay);
    let outer = claims
        .iter()
        .find(|c| &text[c.cue.start..c.cue.end] == "said")
        .expect("the outer claim stays");
    assert!(outer.via.is_empty(), "{:?}", outer.via);
}

#[test]
fn a_speaker_retelling_his_own_words_or_a_question_makes_no_relay() {
    let (text, claims) = claims_in(
        &kb_of(ACTORS),
        "Sol said she had told the board about the trip beforehand.",
    );
    assert_eq!(claims.len(), 2, "the inner claim stays, with no relay");
    assert!(
        claims.iter().all(|c| c.via.is_empty()),
        "{:?}",
        claims
            .iter()
            .map(|c| (&text[c.cue.start..c.cue.end], &c.via))
            .collect::<Vec<_>>()
    );
    let (text, claims) = claims_in(
        &kb_of(ACTORS),
        "Sol asked him whether Ardin had said thank you once.",
    );
    assert_eq!(claims.len(), 2, "the inner claim stays, with no relay");
    assert!(
        claims.iter().all(|c| c.via.is_empty()),
        "{:?}",
        claims
            .iter()
            .map(|c| (&text[c.cue.start..c.cue.end], &c.via))
            .collect::<Vec<_>>()
    );
}

#[test]
fn a_denial_relays_nothing_it_denies() {
    let (text, claims) = claims_in(
        &kb_of(ACTORS),
        "Sol denied that Ardin had confirmed the plan to close the border.",
    );
    let inner = claims
        .iter()
        .find(|c| &text[c.cue.start..c.cue.end] == "had confirmed")
        .expect("the inner claim stays");
    assert!(inner.via.is_empty(), "{:?}", inner.via);
    // Near miss: the same clause said, not denied, is relayed.
    let (text, claims) = claims_in(
        &kb_of(ACTORS),
        "Sol said that Ardin had confirmed the plan to close the border.",
    );
    let inner = claims
        .iter()
        .find(|c| &text[c.cue.start..c.cue.end] == "had confirmed")
        .expect("the inner claim stays");
    assert_eq!(inner.via.len(), 1, "{:?}", inner.via);
}
