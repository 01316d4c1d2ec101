//! Claim content and stance errors a probe of ten unseen wire stories found
//! (session 13, `claims17`): a negative frame before "that" dropped from the
//! content (which reversed its meaning), a quote's own negation read as a
//! denial, content running into the narrator's next clause or into another
//! party's disputing aside, and a medium after the cue ("said on X") taken
//! as the content of a quote. Invented sentences.

use crate::common;

use common::{claim_triple, claims_of};
use sitrep_record::Stance;

/// (speaker text or "", cue, content, stance) of every claim of `raw`.
fn claims(raw: &str) -> Vec<(String, String, String, Stance)> {
    let (text, claims) = claims_of(raw);
    claims
        .iter()
        .map(|c| {
            let (speaker, cue, content) = claim_triple(&text, c);
            (speaker, cue, content, c.stance)
        })
        .collect()
}

fn contents(raw: &str) -> Vec<String> {
    claims(raw).into_iter().map(|(_, _, x, _)| x).collect()
}

/// The content of the claim whose cue is `cue`.
fn content_of(raw: &str, cue: &str) -> String {
    let c = claims(raw);
    c.iter()
        .find(|(_, q, _, _)| q == cue)
        .map(|(_, _, x, _)| x.clone())
        .unwrap_or_else(|| panic!("no cue {cue:?} in {c:?}"))
}

#[test]
fn a_negative_frame_before_that_stays_in_the_content() {
    let c = claims(
        "Election officials said there was no evidence that the fraud had changed the result of the vote.",
    );
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(
        c[0].2,
        "there was no evidence that the fraud had changed the result of the vote"
    );
    // "no evidence" rejects what follows: the claim denies an effect.
    assert_eq!(c[0].3, Stance::Deny, "{c:?}");

    let c = claims("The spokesman said it is not true that the army shelled the village.");
    assert_eq!(c[0].2, "it is not true that the army shelled the village");
    assert_eq!(c[0].3, Stance::Deny, "{c:?}");

    assert_eq!(
        contents(
            "The ministry said there had been no sign that the virus spread beyond the region."
        ),
        ["there had been no sign that the virus spread beyond the region"]
    );
}

#[test]
fn that_after_a_setting_or_audience_still_opens_the_content() {
    // No dummy subject and "be" before "that": the cue's own complementizer.
    assert_eq!(
        contents("The ministry said on Monday that the talks would resume."),
        ["the talks would resume"]
    );
    assert_eq!(
        contents("The minister told reporters that the border would reopen."),
        ["the border would reopen"]
    );
}

#[test]
fn a_quotes_own_negation_is_no_denial() {
    let c = claims(
        "\"The voters did not choose this government. The figures were fabricated by the commission,\" Ramos told supporters.",
    );
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].0, "Ramos");
    assert_eq!(c[0].3, Stance::Assert, "{c:?}");
    // The cue still makes a denial, quote or not.
    let c = claims("The ministry denied that its troops had crossed the border.");
    assert_eq!(c[0].3, Stance::Deny, "{c:?}");
    // Reported (indirect) content that rejects stays a denial.
    let c = claims("The ministry said the reports were fabricated.");
    assert_eq!(c[0].3, Stance::Deny, "{c:?}");
}

#[test]
fn content_stops_before_and_with_a_new_subject_and_verb() {
    let c = claims(
        "Canada said hackers had breached its energy grid in 2022, and Japan and South Korea expressed concern.",
    );
    assert_eq!(c[0].0, "Canada");
    assert_eq!(c[0].2, "hackers had breached its energy grid in 2022");
    let c = claims(
        "The agency said the men worked for the ministry, and the Treasury Department sanctioned a company linked to them.",
    );
    assert_eq!(c[0].2, "the men worked for the ministry");
    // "and" joining two objects, or with no finite verb after its
    // subject, goes on with the same content.
    // A pronoun subject is often the speaker still speaking.
    assert_eq!(
        contents("Volker said the meeting was routine, and I walked out with a plan."),
        ["the meeting was routine, and I walked out with a plan"]
    );
    assert_eq!(
        contents("Police said they had arrested a driver, and the owner of the truck."),
        ["they had arrested a driver, and the owner of the truck"]
    );
}

#[test]
fn a_trailing_disputing_aside_is_the_narrators() {
    assert_eq!(
        content_of("Rights groups accused government soldiers of killing civilians, which Kigali has denied.", "accused"),
        "government soldiers of killing civilians"
    );
    assert_eq!(
        content_of("The junta accused France of planning an intervention to free the president, which Paris denied.", "accused"),
        "France of planning an intervention to free the president"
    );
    let c = claims(
        "Officials said the court ruled that the islands belonged to Manila, a decision Beijing does not recognise.",
    );
    assert!(
        c.iter().all(|(_, _, x, _)| !x.contains("decision")),
        "{c:?}"
    );
    assert_eq!(
        content_of("The commission declared Daniel Chapo the winner of the election on Thursday, a result the opposition immediately rejected as fraudulent.", "declared"),
        "Daniel Chapo the winner of the election on Thursday"
    );
    // A relative of the content's own subject ("which could …") stays.
    assert_eq!(
        contents("The army said it backed the coup to avoid a confrontation between forces, which could cause a bloodbath."),
        ["it backed the coup to avoid a confrontation between forces, which could cause a bloodbath"]
    );
}

#[test]
fn a_trailing_denial_is_the_disputing_partys_claim() {
    let c = claims("The junta accused France of planning an intervention to free the president, which Paris denied.");
    let denial = c
        .iter()
        .find(|(s, _, _, _)| s == "Paris")
        .expect("a claim by Paris");
    assert_eq!(denial.1, "denied");
    assert_eq!(
        denial.2,
        "France of planning an intervention to free the president"
    );
    assert_eq!(denial.3, Stance::Deny);
    let c = claims(
        "The commission declared Daniel Chapo the winner of the election, a result the opposition immediately rejected as fraudulent.",
    );
    assert!(
        c.iter().any(|(s, q, _, st)| s == "the opposition"
            && q.ends_with("rejected")
            && *st == Stance::Deny),
        "{c:?}"
    );
    // "does not recognise" disputes but is no denial cue: no claim of its own.
    let c = claims(
        "Officials said the court ruled that the islands belonged to Manila, a decision Beijing does not recognise.",
    );
    assert!(c.iter().all(|(s, _, _, _)| s != "Beijing"), "{c:?}");
}

#[test]
fn a_medium_after_the_cue_is_the_setting_of_a_quote() {
    let c = claims(
        "\"This package will cut Russia off from key technologies,\" European Commission President Ursula von der Leyen said on X. \"It will strip Russia of energy revenues.\"",
    );
    let got: Vec<&str> = c.iter().map(|(_, _, x, _)| x.as_str()).collect();
    assert_eq!(
        got,
        [
            "This package will cut Russia off from key technologies",
            "It will strip Russia of energy revenues"
        ],
        "{c:?}"
    );
    assert!(
        c.iter().all(|(s, _, _, _)| s.ends_with("von der Leyen")),
        "{c:?}"
    );
    // The quote going on after "told reporters." has the same speaker.
    let c = claims("\"We will not give up,\" Berg told reporters. \"It will be hard.\"");
    assert_eq!(c.len(), 2, "{c:?}");
    assert_eq!(c[1].0, "Berg");
    assert_eq!(c[1].2, "It will be hard");
    // A clause after the cue is no setting: the next quote is not continued.
    let c =
        claims("\"We will not give up,\" Berg said, as Lee shook his head. \"It will be hard.\"");
    assert!(c.iter().all(|(_, _, x, _)| x != "It will be hard"), "{c:?}");
}
