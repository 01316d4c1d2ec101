//! Attribution mends of session 16 (`claims22`, probe17's claim findings):
//! a reporting chain inside the speaker's noun phrase, … Each pattern with a
//! near miss; invented sentences.

use crate::common;

use common::claim_triples as triples;
use common::triple as owned;

use common::claims_in;
use sitrep_kb::{parse_actor_file, Kb, KbBuilder};
use sitrep_record::ViaRole;

const KB_ROWS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
financial-times\tmedia\tFinancial Times\tGBR\tMED\t\t\t\tabbr:FT
irna\tmedia\tIRNA\tIRN\tMED\t\t\t\t
reuters\tmedia\tReuters\tGBR\tMED\t\t\t\t
EGY\tcountry\tEgypt\tEGY\t\t\t\t\tadj:Egyptian
";

fn kb() -> Kb {
    let mut b = KbBuilder::default();
    b.add_actor_rows(parse_actor_file("inline.tsv", KB_ROWS).expect("inline KB parses"));
    b.build()
}

/// Who carried a claim: the via's actor and role.
type Carrier = (Option<String>, ViaRole);

/// (speaker text, speaker actor, carriers) of every claim of `raw`.
fn chains(raw: &str) -> Vec<(String, Option<String>, Vec<Carrier>)> {
    let (_, found) = claims_in(&kb(), raw);
    found
        .into_iter()
        .map(|c| {
            (
                c.speaker.text.unwrap_or_default(),
                c.speaker.actor,
                c.via.into_iter().map(|v| (v.actor, v.role)).collect(),
            )
        })
        .collect()
}

#[test]
fn a_chain_inside_the_speakers_noun_phrase_becomes_the_claims_via() {
    // probe17 item 5: the speaker was IRNA and the claim had no via.
    assert_eq!(
        chains(
            "A report first published by the Financial Times and relayed by IRNA said \
             Iran had moved missiles to the coast."
        ),
        vec![(
            "A report".to_string(),
            None,
            vec![
                (Some("financial-times".to_string()), ViaRole::First),
                (Some("irna".to_string()), ViaRole::Relay),
            ]
        )]
    );
    assert_eq!(
        chains("The official, quoted by Reuters, said the talks had stalled."),
        vec![(
            "The official".to_string(),
            None,
            vec![(Some("reuters".to_string()), ViaRole::Relay)]
        )]
    );
    // Near miss: a participle that is no reporting chain ("backed by")
    // leaves the speaker's phrase whole and adds no via.
    let plan = chains("A plan backed by Egypt said Hamas would give up its weapons.");
    assert_eq!(plan.len(), 1, "{plan:?}");
    assert!(plan[0].0.contains("backed by Egypt"), "{plan:?}");
    assert!(plan[0].2.is_empty(), "{plan:?}");
}

#[test]
fn an_apposed_object_with_a_reduced_relative_makes_no_claim_of_the_clause() {
    // probe17 item 6: a deny claim by "a plan the group" of the whole
    // main clause.
    assert_eq!(
        triples(
            "The government has tasked the army with disarming the militia by the end of \
             the year, a plan the group has rejected."
        ),
        vec![]
    );
    assert_eq!(
        triples("The ministry ordered the border closed, a move the neighbours criticized."),
        vec![]
    );
    // Near miss: a noun for what others said is denied with its clause.
    assert_eq!(
        triples("Fighters used the hospital as a base, a claim the group denies."),
        vec![owned(
            "the group",
            "denies",
            "Fighters used the hospital as a base"
        )]
    );
}

#[test]
fn the_one_informed_is_no_speaker() {
    // probe17 item 9: speaker Trump, cue "had been informed of".
    assert_eq!(
        triples("The president had been informed of the strike in advance by the military."),
        vec![]
    );
    // A passive with a reported clause is a claim with no named speaker.
    assert_eq!(
        triples("The mayor was informed that the bridge would close."),
        vec![owned("", "was informed", "the bridge would close")]
    );
    // Near miss: the active verb's subject informs, and speaks.
    assert_eq!(
        triples("The ministry informed the embassy that the bridge would close."),
        vec![owned("The ministry", "informed", "the bridge would close")]
    );
}

#[test]
fn told_an_object_then_a_subject_pronoun_makes_the_object_the_audience() {
    // probe17 item 2: content "Washington they did not want to fight".
    let (text, found) = claims_in(
        &kb(),
        "The rebels had told Washington they would not attack the port.",
    );
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(
        &text[found[0].content.start..found[0].content.end],
        "they would not attack the port"
    );
    assert_eq!(found[0].audience.as_deref(), Some("Washington"));
    let (text, found) = claims_in(&kb(), "The minister told reporters he would stay.");
    assert_eq!(found[0].audience.as_deref(), Some("reporters"));
    assert_eq!(
        &text[found[0].content.start..found[0].content.end],
        "he would stay"
    );
    // Near miss: a clause right after the cue has no audience.
    let (_, found) = claims_in(&kb(), "The minister told the story of his exile.");
    assert!(found.iter().all(|c| c.audience.is_none()), "{found:#?}");
}

/// The audience rule reads its verbs from claims-words.tsv's
/// `audience_verb` rows: a verb a user adds there takes its object as the
/// audience before a subject pronoun, and without the row it does not.
#[test]
fn audience_rule_reads_audience_verb_rows() {
    use sitrep_actors::find_actors;
    use sitrep_claims::{extract_claims, ClaimWords, CueLexicon};
    use sitrep_text::{normalize, TextLayer};
    const WORDS: &str = include_str!("../../../../data/lexicons/claims-words.tsv");
    const CUES: &str = include_str!("../../../../data/lexicons/cues.tsv");
    let layer = TextLayer::new(normalize("The minister informed reporters he would stay."));
    let kb = kb();
    let actors = find_actors(&layer, &kb, None);
    let audience_of = |words: &str| {
        let words = ClaimWords::parse("w.tsv", words).unwrap();
        let lex = CueLexicon::parse("cues.tsv", CUES, words).unwrap();
        let claims = extract_claims(&layer, &actors, &kb, &lex);
        assert_eq!(claims.len(), 1, "{claims:#?}");
        claims[0].audience.clone()
    };
    assert_eq!(audience_of(WORDS), None);
    let with_row = format!("{WORDS}informed\taudience_verb\n");
    assert_eq!(audience_of(&with_row).as_deref(), Some("reporters"));
}
