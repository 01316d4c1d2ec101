//! "Name: …" paragraphs: a colon introduces speech only after a speaker
//! (an actor mention, a role noun, a transcript name or a name that speaks
//! elsewhere), never after a label, heading, list item or dateline.
//! Invented sentences, inline KB rows.

use crate::common;

use sitrep_kb::{parse_actor_file, KbBuilder};
use sitrep_record::ClaimRecord;

const KB_ROWS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
IRN\tcountry\tIran\tIRN\t\t\t\t\tadj:Iranian|meto:Tehran
abbas-araghchi\tperson\tAbbas Araghchi\tIRN\tGOV\tdeputy foreign minister\t\t\tAraghchi
";

fn claims(raw: &str) -> Vec<ClaimRecord> {
    let mut b = KbBuilder::default();
    b.add_actor_rows(parse_actor_file("inline.tsv", KB_ROWS).expect("inline KB parses"));
    common::claims_in(&b.build(), raw).1
}

fn colon_claims(raw: &str) -> Vec<ClaimRecord> {
    claims(raw)
        .into_iter()
        .filter(|c| c.cue.text == ":")
        .collect()
}

fn speakers(raw: &str) -> Vec<String> {
    colon_claims(raw)
        .iter()
        .map(|c| c.speaker.text.clone().unwrap_or_default())
        .collect()
}

#[test]
fn a_person_of_the_knowledge_base_speaks_after_a_colon() {
    let c = colon_claims("Abbas Araghchi: Iran will not negotiate under any pressure.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].speaker.actor.as_deref(), Some("abbas-araghchi"));
    assert_eq!(
        c[0].content.text,
        "Iran will not negotiate under any pressure"
    );
}

#[test]
fn a_short_prepositional_tail_may_follow_the_speaker() {
    let c = colon_claims("Abbas Araghchi on Twitter: \"We will answer any attack at once.\"");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].speaker.actor.as_deref(), Some("abbas-araghchi"));
    assert_eq!(c[0].speaker.text.as_deref(), Some("Abbas Araghchi"));
}

#[test]
fn a_country_before_a_colon_is_a_topic_or_a_dateline() {
    assert!(speakers("Iran: Three people killed as floods hit the northern provinces.").is_empty());
    assert!(speakers("TEHRAN: The parliament met on Sunday to debate the new budget.").is_empty());
}

#[test]
fn labels_headings_and_list_items_are_no_speech() {
    let page = "Pro tip: Soak the beans overnight before you cook them.\n\n\
                Serving Suggestions: 2 cups rice, 1 onion, 3 carrots\n\n\
                Image Source: Lena Fairweather / City Archive Collection\n\n\
                Q: How long did the whole renovation take you?\n\n\
                Build Your Garden Plan: Measure the beds and sketch where each plant goes.";
    assert!(speakers(page).is_empty(), "{:?}", speakers(page));
}

#[test]
fn an_advice_column_salutation_is_no_speaker_even_when_it_recurs() {
    let page = "DEAR ABBY: My neighbor parks in my space every single night.\n\n\
                DEAR NEIGHBOR: Talk to your landlord before you call a tow truck.\n\n\
                DEAR ABBY: My brother never returns the tools he borrows from me.";
    assert!(speakers(page).is_empty(), "{:?}", speakers(page));
}

#[test]
fn transcript_names_in_capitals_speak_when_they_recur() {
    let page = "HOLLIS: We have to wait and see what the other side offers.\n\n\
                BRANDT: Is there any deadline at all for those talks?\n\n\
                HOLLIS: None that I would accept from them today, frankly.";
    // BRANDT opens one paragraph only: a single capitalized name could be a
    // heading or a dateline.
    assert_eq!(speakers(page), ["HOLLIS", "HOLLIS"]);
}

#[test]
fn a_role_noun_speaks_after_a_colon() {
    let c = colon_claims("The spokesman: the ministry will publish the full report next week.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].speaker.text.as_deref(), Some("The spokesman"));
}

#[test]
fn an_unknown_name_speaks_when_it_speaks_elsewhere_or_is_quoted() {
    let page = "Dana Whitfield: Voters are tired of the endless campaign ads.\n\n\
                Whitfield said the polls would tighten before the vote.";
    assert_eq!(speakers(page), ["Dana Whitfield"]);
    assert_eq!(
        speakers("Maria Ortega: \"We are not leaving this town, whatever they decide.\""),
        ["Maria Ortega"]
    );
    // A police log: names and charges, no one speaks.
    let log = "Jonah R. Pell: Possession of a stolen vehicle, held without bond\n\n\
               Carla M. Voss: Driving while suspended, released on her own recognizance";
    assert!(speakers(log).is_empty(), "{:?}", speakers(log));
    // One word alone is a name only when it speaks elsewhere.
    assert!(speakers("Hornets: Visit the Rangers on Friday night at home.").is_empty());
    assert_eq!(
        speakers("Whitfield: Voters are tired of the endless campaign ads.\n\nWhitfield said the polls would tighten."),
        ["Whitfield"]
    );
}
