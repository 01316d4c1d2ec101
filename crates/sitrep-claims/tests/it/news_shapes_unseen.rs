//! Shapes of wire news that earlier rules misread (the judged errors of the
//! probe24 set of unseen news): a participle after a postposed cue with a
//! named medium ("wrote on Telegram, adding that …") or after a cue with
//! the "warning that" noun row; an adverbial between the auxiliary and the
//! cue ("have at times urged"); a role owned by a name, then the holder's
//! name in apposition ("the bloc's foreign policy chief, Ana Sol, said");
//! a verb with a bare object opening another claim's reported clause; a cue followed only by "within hours". Invented
//! names and sentences.

use crate::common;

use common::{claim_triples, claims_in, speakers_in, triple};
use sitrep_kb::{parse_actor_file, parse_role_file, Kb, KbBuilder};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
FRE\tcountry\tFreedonia\tFRE\t\t\t\t\tadj:Freedonian
ana-sol\tperson\tAna Sol\tFRE\tGOV\tenvoy\t2020\t\tSol
ivan-petrov\tperson\tIvan Petrov\tFRE\tMIL\tgeneral\t2020\t\tPetrov
amir-saeid-iravani\tperson\tAmir Saeid Iravani\tFRE\tGOV\tambassador\t2020\t\tIravani
";

const ROLES: &str = "phrase\tsector\tnumber
ambassador\tGOV\tperson
";

fn kb() -> Kb {
    let mut b = KbBuilder::default();
    b.add_actor_rows(parse_actor_file("test.tsv", ACTORS).expect("test KB parses"));
    b.add_roles(parse_role_file("roles.tsv", ROLES).expect("test roles parse"));
    b.build()
}

/// (speaker text, speaker actor or "", cue) of every claim of `raw`.
fn speakers(raw: &str) -> Vec<(String, String, String)> {
    speakers_in(&kb(), raw)
}

fn cues(raw: &str) -> Vec<String> {
    claim_triples(raw)
        .into_iter()
        .map(|(_, cue, _)| cue)
        .collect()
}

#[test]
fn a_participle_after_a_cue_with_a_named_medium_speaks_for_the_cue() {
    assert_eq!(
        claim_triples(
            "Debris fell on the depot and set a tank alight, Governor Jon Varga wrote on \
             Telegram, adding that nobody had been hurt."
        ),
        [
            triple(
                "Governor Jon Varga",
                "wrote",
                "Debris fell on the depot and set a tank alight"
            ),
            triple("Governor Jon Varga", "adding", "nobody had been hurt"),
        ]
    );
}

#[test]
fn warning_that_after_a_comma_speaks_for_the_claim_before_it() {
    let found = claim_triples(
        "\"Do not retaliate,\" Varga told reporters, warning that retaliation would lead to \
         escalation.",
    );
    assert!(
        found.contains(&triple(
            "Varga",
            "warning",
            "retaliation would lead to escalation"
        )),
        "{found:?}"
    );
    // No claim before it: the clause's subject speaks.
    let found = claim_triples(
        "Western officials have urged restraint, warning that attacks on depots could lift \
         fuel prices.",
    );
    assert!(
        found
            .iter()
            .any(|(speaker, cue, _)| speaker == "Western officials" && cue == "warning"),
        "{found:?}"
    );
}

#[test]
fn an_adverbial_after_the_auxiliary_is_no_speaker() {
    for adverbial in ["at times", "in turn", "on occasion"] {
        let s = format!("Western officials have {adverbial} said that fuel prices could rise.");
        assert_eq!(
            claim_triples(&s),
            [triple(
                "Western officials",
                "said",
                "fuel prices could rise"
            )],
            "{s}"
        );
    }
}

#[test]
fn a_role_owned_by_a_name_is_held_by_the_name_in_apposition() {
    assert_eq!(
        speakers(
            "\"We are raising the pressure,\" the bloc's foreign policy chief, Ana Sol, said \
             as ministers met."
        ),
        [(
            "the bloc's foreign policy chief, Ana Sol".to_string(),
            "ana-sol".to_string(),
            "said".to_string()
        )]
    );
    assert_eq!(
        speakers(
            "Freedonia's chief of general staff, Ivan Petrov, said on Saturday that the \
             region had been retaken."
        ),
        [(
            "Freedonia's chief of general staff, Ivan Petrov".to_string(),
            "ivan-petrov".to_string(),
            "said".to_string()
        )]
    );
    assert_eq!(
        speakers("The rebels' chief negotiator, Ana Sol, later said the group had agreed."),
        [(
            "The rebels' chief negotiator, Ana Sol".to_string(),
            "ana-sol".to_string(),
            "later said".to_string()
        )]
    );
}

#[test]
fn an_act_told_inside_a_claim_is_no_second_claim() {
    for s in [
        "The commerce ministry said it firmly opposed the measures.",
        "The spokesman said the attack showed the need for vigilance.",
        "The president said he condemned the attack.",
    ] {
        assert_eq!(cues(s), ["said"], "{s}");
    }
    // A reported clause of its own keeps the inner claim.
    assert_eq!(
        cues("The president said the attack showed that pressure had to increase."),
        ["said", "showed"]
    );
    // So does a verb further into the clause, after a clause of its own.
    assert_eq!(
        cues("The senator said the ruling was wrong, but he urged voters to obey it."),
        ["said", "urged"]
    );
    // A named party's act told by another keeps its claim.
    let found = speakers("The envoy said Freedonia had condemned the attack.");
    assert!(
        found
            .iter()
            .any(|(_, actor, cue)| actor == "FRE" && cue == "had condemned"),
        "{found:?}"
    );
    // Outside a claim the verb with a noun object is a claim as before.
    assert_eq!(
        cues("The ministry firmly opposed the measures."),
        ["firmly opposed"]
    );
}

#[test]
fn a_cue_followed_only_by_within_hours_has_no_content() {
    assert!(cues("Freedonia responded within hours.").is_empty());
}

#[test]
fn a_mention_running_past_the_speakers_comma_is_read_safely() {
    // The actor pass reads "ambassador, Amir Saeid Iravani" as one mention,
    // which runs past the first comma of the speaker phrase.
    let (_, claims) = claims_in(
        &kb(),
        "The ambassador, Amir Saeid Iravani, reportedly asked Mr. Western media reported, \
         citing officials, that talks would resume.",
    );
    assert!(!claims.is_empty());
}
