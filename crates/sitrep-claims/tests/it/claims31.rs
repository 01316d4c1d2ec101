//! Session 22, claims31, issue #5. Invented sentences and names, in the
//! shapes probe22 found wrong: postposed wire attributions, coordinated
//! that-clauses, relative speakers, a UN meeting's representatives,
//! passive denials, noun cues after a verb, list marks and correction
//! notes.

use crate::common;

use common::{claim_triples as claims, claims_in, kb_of, triple};
use sitrep_kb::Kb;

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
FRE\tcountry\tFreedonia\tFRE\t\t\t\t\tadj:Freedonian
SYL\tcountry\tSylvania\tSYL\t\t\t\t\tadj:Sylvanian
ivan-roe\tperson\tIvan Roe\tFRE\tGOV\tadviser\t\t\t
";

fn kb() -> Kb {
    kb_of(ACTORS)
}

/// (speaker text, speaker actor or "", content) of every claim of `raw`.
fn with_actors(raw: &str) -> Vec<(String, String, String)> {
    let (text, claims) = claims_in(&kb(), raw);
    claims
        .iter()
        .map(|c| {
            (
                c.speaker.text.clone().unwrap_or_default(),
                c.speaker.actor.clone().unwrap_or_default(),
                text[c.content.start..c.content.end].to_string(),
            )
        })
        .collect()
}

#[test]
fn a_time_then_a_participle_after_a_postposed_cue_leaves_the_clause_before_as_content() {
    assert_eq!(
        claims("Lee won the runoff with 51 percent of the vote, the electoral commission said Monday, dealing a blow to the government."),
        vec![triple(
            "the electoral commission",
            "said",
            "Lee won the runoff with 51 percent of the vote"
        )]
    );
    // A setting with a determiner, then a speech participle of its own.
    let c = claims("Lee won the runoff, the commission said in a statement on Monday, adding that turnout was high.");
    assert!(
        c.iter()
            .any(|t| t.0 == "the commission" && t.2 == "Lee won the runoff"),
        "{c:?}"
    );
    assert!(
        c.contains(&triple("the commission", "adding", "turnout was high")),
        "{c:?}"
    );
}

#[test]
fn a_manner_then_a_participle_or_a_fronted_phrase_gives_no_clause_before() {
    // "with vitriol" is a manner, no setting: the clause before the speaker
    // is an opening phrase, not what was said.
    let c = claims("Before dropping out, the senator responded with vitriol, promoting a campaign against his rival.");
    assert!(c.iter().all(|t| t.2 != "Before dropping out"), "{c:?}");
    // Without a comma after the cue nothing changes: the content follows.
    assert_eq!(
        claims("The commission said Monday that Lee had won."),
        vec![triple("The commission", "said", "Lee had won")]
    );
}

#[test]
fn a_described_speaker_after_a_clause_told_an_audience_and_the_clause_is_content() {
    assert_eq!(
        with_actors("The Freedonian and Sylvanian delegations held direct talks in the capital on Friday, the first such meeting since 2022, the head of the Freedonian delegation, presidential aide Ivan Roe, told journalists."),
        vec![(
            "the head of the Freedonian delegation, presidential aide Ivan Roe".to_string(),
            "FRE".to_string(),
            "The Freedonian and Sylvanian delegations held direct talks in the capital on Friday, the first such meeting since 2022".to_string()
        )]
    );
    // Near miss: an opening phrase before a described subject is no
    // content; "told reporters" keeps its object.
    let c =
        claims("In a village near the border, the brigade commander, a colonel, told reporters.");
    assert!(c.iter().all(|t| !t.2.starts_with("In a village")), "{c:?}");
}

#[test]
fn coordinated_that_clauses_stay_one_content() {
    assert_eq!(
        claims("Lee said a deal was still possible but that an attack could very well happen."),
        vec![triple(
            "Lee",
            "said",
            "a deal was still possible but that an attack could very well happen"
        )]
    );
    assert_eq!(
        claims(
            "Roe says the state will not meet the target and that it can fulfil its commitments."
        ),
        vec![triple(
            "Roe",
            "says",
            "the state will not meet the target and that it can fulfil its commitments"
        )]
    );
    // Near miss: no clause before the coordinator (a setting, an
    // audience): the that-clause is the whole content.
    assert_eq!(
        claims("Lee said on Monday and again on Tuesday that the talks had failed."),
        vec![triple("Lee", "said", "the talks had failed")]
    );
}

#[test]
fn a_noun_object_ends_before_a_participle_after_an_ordinal() {
    // "for the first time": "first" after a determiner is no verb, so the
    // content is a noun object and the participle is the narrator's.
    assert_eq!(
        claims("The board on Thursday declared Freedonia in breach of its obligations for the first time in 20 years, prompting the government to announce that it would open a new site."),
        vec![triple(
            "The board",
            "declared",
            "Freedonia in breach of its obligations for the first time in 20 years"
        )]
    );
}

#[test]
fn a_relative_speaker_takes_only_the_phrase_right_before_it() {
    let c = with_actors("Ivan Roe testified on Monday. The six will be sentenced in May. Mara Lind and Ana Voss, who denied the charges, told the jury they had been manipulated.");
    let who = c.iter().find(|t| t.0 == "who").expect("a claim by who");
    assert_eq!(who.1, "", "{c:?}");
    // Near miss: the name right before "who" (an apposition between) is
    // the antecedent.
    let c = with_actors(
        "Ivan Roe, a presidential aide, who denied the report, said the talks would go on.",
    );
    assert!(c.iter().any(|t| t.0 == "who" && t.1 == "ivan-roe"), "{c:?}");
}

#[test]
fn a_representatives_pronoun_is_the_state_represented() {
    let c = with_actors("The representative of Freedonia said the resolution was a first step. She said the text was short by design.\n\nThe representative of Sylvania said the text was not ideal. He said his delegation welcomed the change.");
    assert!(
        c.contains(&(
            "She".into(),
            "FRE".into(),
            "the text was short by design".into()
        )),
        "{c:?}"
    );
    assert!(
        c.contains(&(
            "He".into(),
            "SYL".into(),
            "his delegation welcomed the change".into()
        )),
        "{c:?}"
    );
    // Near misses: a group noun of anonymous speakers is no one person,
    // and a person named between is the pronoun's, or no one's.
    let c = with_actors(
        "Freedonian officials said the strikes had stopped. He said the talks would resume.",
    );
    assert!(c.iter().all(|t| !(t.0 == "He" && t.1 == "FRE")), "{c:?}");
    let c = with_actors("The representative of Freedonia said the resolution was a first step. Mara Lind, a lawyer, disagreed. She said the text was too short.");
    assert!(c.iter().all(|t| !(t.0 == "She" && t.1 == "FRE")), "{c:?}");
}

#[test]
fn a_passive_denial_with_an_object_is_no_claim() {
    assert!(claims("These ships are denied access to ports in the union.").is_empty());
    assert!(claims("The ministers were denied entry at the border.").is_empty());
    // Near misses: the progressive is active, and the active denial of a
    // report stays a claim.
    assert_eq!(
        claims("The doctors said the government is denying vaccines to detainees."),
        vec![
            triple(
                "The doctors",
                "said",
                "the government is denying vaccines to detainees"
            ),
            triple("the government", "is denying", "vaccines to detainees"),
        ]
    );
    assert_eq!(
        claims("The ministry denied the reports."),
        vec![triple("The ministry", "denied", "the reports")]
    );
}

#[test]
fn a_noun_cue_after_a_modal_or_negated_verb_is_no_claim() {
    let c =
        claims("Lee said the agency could not give assurances that the programme was peaceful.");
    assert_eq!(
        c,
        vec![triple(
            "Lee",
            "said",
            "the agency could not give assurances that the programme was peaceful"
        )]
    );
    // Near miss: "nor did he report that …": a pronoun before the noun is
    // its speaker, not a verb.
    let c = claims("He declined to name anyone, nor did he report that any action had been taken.");
    assert!(c.iter().any(|t| t.0 == "he"), "{c:?}");
}

#[test]
fn a_list_mark_is_no_part_of_the_speaker() {
    assert_eq!(
        claims("Reactions:\n- The trade ministry said it would impose export controls.\n* Economists warned the tariffs could raise prices."),
        vec![
            triple("The trade ministry", "said", "it would impose export controls"),
            triple("Economists", "warned", "the tariffs could raise prices"),
        ]
    );
    // Near miss: a dash inside a line stays where it is.
    let c = claims("The vote - a close one - passed, the speaker said.");
    assert!(c.iter().all(|t| !t.0.starts_with('-')), "{c:?}");
}

#[test]
fn a_correction_note_is_no_claim() {
    assert!(claims(
        "Update: An earlier version of this article said the group had been active since 2022."
    )
    .is_empty());
    assert!(
        claims("An earlier version of this story incorrectly said the mayor had resigned.")
            .is_empty()
    );
    // Near miss: a named report is still a speaker.
    assert_eq!(
        claims("The report said the group had been active since 2022."),
        vec![triple(
            "The report",
            "said",
            "the group had been active since 2022"
        )]
    );
}
