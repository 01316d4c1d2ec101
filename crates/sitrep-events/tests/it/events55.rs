//! Session 43 (branch `events55`, issue #2): event senses of general shapes on real news. A
//! decision named as a thing ("the Swedish move to drop the investigation") is no act, and the
//! act it names is its owner's, beside the reaction to it; a rank word without a determiner is
//! an adverb of the shooting verb, not a chance; a retort or claims that "hit" someone strike no
//! blow; support counted as a share of a public (a poll's "6 in 10", a margin, support drawn
//! from a rival) is no act. Invented sentences, each with a near miss that keeps the old reading.

use crate::common;

use common::of_type;
use sitrep_record::{EventRecord, EventType};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
USA\tcountry\tUnited States\tUSA\t\t\t\t\tabbr:US|adj:American|meto:Washington
RUS\tcountry\tRussia\tRUS\t\t\t\t\tadj:Russian|meto:Moscow
SWE\tcountry\tSweden\tSWE\t\t\t\t\tadj:Swedish|meto:Stockholm
TUR\tcountry\tTurkey\tTUR\t\t\t\t\tadj:Turkish|meto:Ankara
SYR\tcountry\tSyria\tSYR\t\t\t\t\tadj:Syrian|meto:Damascus
ISR\tcountry\tIsrael\tISR\t\t\t\t\tadj:Israeli
hamas\tarmed_group\tHamas\tPSE\tREB\t\t\t\t
john-smith\tperson\tJohn Smith\tUSA\tLEG\tsenator\t2019-01-03\t\tSmith
mary-jones\tperson\tMary Jones\tUSA\tGOV\tgovernor\t2021-01-01\t\tJones
";

common::events_kb!(ACTORS, common::OFFICIALS, "2025-10-06");

fn sources(evs: &[EventRecord], ty: EventType) -> Vec<Vec<String>> {
    of_type(evs, ty).iter().map(|e| e.source.clone()).collect()
}

#[test]
fn a_decision_nouns_act_is_its_owners_beside_the_reaction() {
    let text = "Russia welcomed the Swedish move to drop the investigation.";
    let evs = events(text);
    assert_eq!(
        sources(&evs, EventType::Support),
        [["RUS"]],
        "{text}: {evs:#?}"
    );
    assert_eq!(
        sources(&evs, EventType::Concede),
        [["SWE"]],
        "{text}: {evs:#?}"
    );
    let text = "Russia condemned Turkey's decision to shoot down the jet.";
    let evs = events(text);
    assert_eq!(
        sources(&evs, EventType::Accuse),
        [["RUS"]],
        "{text}: {evs:#?}"
    );
    assert_eq!(
        sources(&evs, EventType::Assault),
        [["TUR"]],
        "{text}: {evs:#?}"
    );
    // Near misses: a decision nobody owns after a reaction is no act of the
    // one reacting; one after a preposition is the purpose of the act before
    // it; after a support verb it is the subject's own.
    let text = "Russia welcomed the decision to drop the investigation.";
    let evs = events(text);
    assert!(
        of_type(&evs, EventType::Concede).is_empty(),
        "{text}: {evs:#?}"
    );
    assert_eq!(
        of_type(&evs, EventType::Support).len(),
        1,
        "{text}: {evs:#?}"
    );
    let text = "Israel struck Syria in a move to pressure Hamas.";
    let evs = events(text);
    assert_eq!(evs.len(), 1, "{text}: {evs:#?}");
    assert_eq!(evs[0].event_type, EventType::Assault, "{text}: {evs:#?}");
    let text = "Sweden made the decision to drop the investigation.";
    let evs = events(text);
    assert_eq!(
        sources(&evs, EventType::Concede),
        [["SWE"]],
        "{text}: {evs:#?}"
    );
    // A rejection of a decision nobody owns is aimed where its act was.
    let text = "Russia rejected a bid to expel Turkish diplomats.";
    let evs = events(text);
    let rejections = of_type(&evs, EventType::Reject);
    assert_eq!(rejections.len(), 1, "{text}: {evs:#?}");
    assert_eq!(rejections[0].target, ["TUR"], "{text}: {evs:#?}");
}

#[test]
fn agreeing_with_a_decision_shares_a_view() {
    let text =
        "Smith said he agreed with the judge's decision to sentence Jones to life in prison.";
    let evs = events(text);
    assert!(
        of_type(&evs, EventType::Agree).is_empty(),
        "{text}: {evs:#?}"
    );
    // Near miss: agreeing with a party to do something.
    let text = "Russia agreed with Turkey to hold talks on Syria.";
    let evs = events(text);
    assert_eq!(of_type(&evs, EventType::Agree).len(), 1, "{text}: {evs:#?}");
}

#[test]
fn a_rank_word_without_a_determiner_is_the_shootings_adverb() {
    for text in [
        "Hamas gunmen only shot at Israeli soldiers after dark.",
        "Israeli troops last shot at Hamas fighters in May.",
    ] {
        let evs = events(text);
        assert_eq!(
            of_type(&evs, EventType::Assault).len(),
            1,
            "{text}: {evs:#?}"
        );
    }
    // Near misses: a chance after a determiner or a possessor.
    for text in [
        "It was Smith's only shot at the presidency.",
        "Jones said it was her last shot at the nomination.",
        "Smith got a second shot at the Senate seat.",
    ] {
        let evs = events(text);
        assert!(
            of_type(&evs, EventType::Assault).is_empty(),
            "{text}: {evs:#?}"
        );
    }
}

#[test]
fn a_retort_or_claims_strike_no_blow() {
    for text in [
        "Smith hit back again, saying Jones was too focused on her campaign.",
        "Smith hit back on Twitter after the debate with Jones.",
        "Smith has been hit with a slew of allegations by Jones.",
        "Smith was hit with the release of a video by Jones.",
        "Smith fired back at Jones over the Russian proposal.",
        "Jones fired back at Smith's comments on Russia.",
    ] {
        let evs = events(text);
        assert!(
            of_type(&evs, EventType::Assault).is_empty(),
            "{text}: {evs:#?}"
        );
    }
    // Near misses: a blow struck back, and a penalty.
    let text = "Israel hit back, killing 20 Hamas fighters in Gaza.";
    let evs = events(text);
    assert!(
        !of_type(&evs, EventType::Assault).is_empty(),
        "{text}: {evs:#?}"
    );
    let text = "Israeli troops fired back at Hamas gunmen near the fence.";
    let evs = events(text);
    assert_eq!(
        of_type(&evs, EventType::Assault).len(),
        1,
        "{text}: {evs:#?}"
    );
    let text = "Russia was hit with new sanctions by the United States.";
    let evs = events(text);
    assert_eq!(
        sources(&evs, EventType::Sanction),
        [["USA"]],
        "{text}: {evs:#?}"
    );
}

#[test]
fn support_counted_in_a_public_is_no_act() {
    for text in [
        "About 6 in 10 white men supported Smith in the primary.",
        "They supported Jones by a smaller 40 percentage point margin.",
        "Smith enjoys strong support from self-described \"very conservative\" voters.",
        "A new candidate would draw from Smith's support in Ohio.",
        "Jones has been hoping to carve evangelical support away from Smith.",
    ] {
        let evs = events(text);
        assert!(
            of_type(&evs, EventType::Support).is_empty(),
            "{text}: {evs:#?}"
        );
    }
    // Near misses: support given by a party, with a means or a giver.
    for text in [
        "Russia supported Syria by sending 10 jets to the base.",
        "Smith drew support from Jones during the primary.",
        "Smith enjoys strong support from Russian officials.",
    ] {
        let evs = events(text);
        assert_eq!(
            of_type(&evs, EventType::Support).len(),
            1,
            "{text}: {evs:#?}"
        );
    }
}

#[test]
fn a_tone_struck_or_a_rationale_hit_upon_is_no_blow() {
    for text in [
        "Smith struck a measured tone, saying he understood the stakes for Russia.",
        "Jones struck a conciliatory note toward Russia after the vote.",
        "Smith has struggled to hit upon a clear message on Russia.",
    ] {
        let evs = events(text);
        assert!(
            of_type(&evs, EventType::Assault).is_empty(),
            "{text}: {evs:#?}"
        );
    }
    // Near miss: a strike on a target.
    let text = "Israeli jets struck a Hamas base in Gaza.";
    let evs = events(text);
    assert_eq!(
        of_type(&evs, EventType::Assault).len(),
        1,
        "{text}: {evs:#?}"
    );
}
