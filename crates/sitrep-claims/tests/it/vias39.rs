//! The source side of attribution (session 28, `claims39`): who carried a
//! claim. "“…,” X said, according to Y" and "…, X said on Sunday, according
//! to Y" make Y the via of X's claim, not a second claim; an outlet the
//! speaker told or spoke to in an interview is a relay via; "citing X"
//! after a time and before a that-clause, or fronted, names a relay; a role
//! owned by a person with an apposed name no actor holds is that unknown
//! person's, not the owner's. Invented names and sentences.

use crate::common;

use common::{claim_triple, claims_in, kb_of};
use sitrep_record::{ClaimRecord, ViaRole};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
FRE\tcountry\tFreedonia\tFRE\t\t\t\t\tadj:Freedonian
SYL\tcountry\tSylvania\tSYL\t\t\t\t\tadj:Sylvanian
ana-sol\tperson\tAna Sol\tFRE\tGOV\tpresident\t2020\t\tSol
rufus-firefly\tperson\tRufus Firefly\tFRE\tGOV\tforeign minister\t2020\t\tFirefly
fre-radio\tmedia\tFreedonia Radio\tFRE\tMED\t\t\t\tabbr:FRN
syl-post\tmedia\tSylvan Post\tSYL\tMED\t\t\t\t
fre-guard\tarmed_group\tFreedonian Guard\tFRE\tMIL\t\t\t\t
";

/// The claims of `raw` and its normalized text.
fn claims(raw: &str) -> (String, Vec<ClaimRecord>) {
    claims_in(&kb_of(ACTORS), raw)
}

/// A claim's vias as (actor, role).
type Vias = Vec<(String, ViaRole)>;

/// (speaker text, cue, content, vias) of every claim.
fn summary(raw: &str) -> Vec<(String, String, String, Vias)> {
    let (text, cs) = claims(raw);
    cs.iter()
        .map(|c| {
            let (speaker, cue, content) = claim_triple(&text, c);
            let vias = c
                .via
                .iter()
                .map(|v| (v.actor.clone().unwrap_or_default(), v.role))
                .collect();
            (speaker, cue, content, vias)
        })
        .collect()
}

fn via(actor: &str, role: ViaRole) -> Vias {
    vec![(actor.to_string(), role)]
}

#[test]
fn according_to_after_a_quote_and_its_cue_is_the_quotes_via() {
    let found =
        summary("\"We will keep the border open,\" Sol said, according to Freedonia Radio.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "Sol");
    assert_eq!(found[0].2, "We will keep the border open");
    assert_eq!(found[0].3, via("fre-radio", ViaRole::AccordingTo));
    // With a time after the cue.
    let found = summary(
        "\"We will keep the border open,\" Sol said on Sunday, according to the Sylvan Post.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].3, via("syl-post", ViaRole::AccordingTo));
    // A quote with no cue of its own stays the outlet's claim.
    let found = summary("The border will stay open, according to Freedonia Radio.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1, "according to");
    assert_eq!(found[0].0, "Freedonia Radio");
}

#[test]
fn according_to_after_a_postposed_cue_with_a_time_is_its_via() {
    let found = summary(
        "Freedonia is ready for talks, Foreign Minister Rufus Firefly said on Sunday, according to Freedonia Radio.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "Foreign Minister Rufus Firefly");
    assert_eq!(found[0].2, "Freedonia is ready for talks");
    assert_eq!(found[0].3, via("fre-radio", ViaRole::AccordingTo));
}

#[test]
fn an_outlet_told_or_interviewed_is_a_relay_via() {
    let found = summary("A Freedonian official told the state broadcaster Freedonia Radio that the terms were unacceptable.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].2, "the terms were unacceptable");
    assert_eq!(found[0].3, via("fre-radio", ViaRole::Relay));
    let found = summary(
        "Sol said in an interview with the Sylvan Post that the vote would be held in May.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].2, "the vote would be held in May");
    assert_eq!(found[0].3, via("syl-post", ViaRole::Relay));
    let found = summary("The talks will resume next week, Firefly told Freedonia Radio.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].3, via("fre-radio", ViaRole::Relay));
    // Near misses: a state told is no outlet, and an outlet inside the
    // content is what was said, not who carried it.
    let found = summary("Sol told Sylvania that the border would stay open.");
    assert!(found.iter().all(|c| c.3.is_empty()), "{found:?}");
    let found = summary("Sol told reporters that the Sylvan Post had lied about the vote.");
    assert!(found.iter().all(|c| c.3.is_empty()), "{found:?}");
}

#[test]
fn citing_after_a_time_or_fronted_names_a_relay() {
    let found = summary(
        "The Sylvan Post reported on Thursday, citing two Freedonian officials, that Sol had met the envoy.",
    );
    let main = found
        .iter()
        .find(|c| c.1 == "reported")
        .unwrap_or_else(|| panic!("{found:?}"));
    assert_eq!(main.2, "Sol had met the envoy");
    assert_eq!(main.3.len(), 1, "{found:?}");
    assert_eq!(main.3[0].1, ViaRole::Relay);
    let found = summary(
        "Citing a statement from the Freedonian Guard, Freedonia Radio said the ship had been seized.",
    );
    let main = found
        .iter()
        .find(|c| c.1 == "said")
        .unwrap_or_else(|| panic!("{found:?}"));
    assert_eq!(main.3, via("fre-guard", ViaRole::Relay));
    // A reason cited is no via.
    let found = summary("Citing security concerns, Freedonia Radio said the ship had been seized.");
    let main = found
        .iter()
        .find(|c| c.1 == "said")
        .unwrap_or_else(|| panic!("{found:?}"));
    assert!(main.3.is_empty(), "{found:?}");
}

#[test]
fn an_unknown_name_apposed_to_a_persons_role_is_not_the_owner() {
    let (_, cs) = claims(
        "Sol's communications director, Pat Quillane, said the team would not comment on the report.",
    );
    assert_eq!(cs.len(), 1, "{cs:?}");
    assert_eq!(
        cs[0].speaker.text.as_deref(),
        Some("Sol's communications director, Pat Quillane")
    );
    assert_eq!(cs[0].speaker.actor, None);
    // A state's role keeps the state as the speaker's actor.
    let (_, cs) = claims(
        "Freedonia's envoy to the talks, Pat Quillane, said the team would not comment on the report.",
    );
    assert_eq!(cs.len(), 1, "{cs:?}");
    assert_eq!(cs[0].speaker.actor.as_deref(), Some("FRE"));
    // A known holder is the speaker.
    let (_, cs) = claims(
        "Sol's foreign minister, Rufus Firefly, said the team would not comment on the report.",
    );
    assert_eq!(cs[0].speaker.actor.as_deref(), Some("rufus-firefly"));
}

#[test]
fn an_inverted_speakers_appositive_ends_where_a_relative_clause_opens() {
    let (text, cs) = claims(
        "\"The border must stay open,\" said Pat Quillane, the director of the Freedonian Trade Institute, who also said that talks would resume.",
    );
    let c = cs
        .iter()
        .find(|c| &text[c.cue.start..c.cue.end] == "said")
        .unwrap_or_else(|| panic!("{cs:?}"));
    assert_eq!(
        c.speaker.text.as_deref(),
        Some("Pat Quillane, the director of the Freedonian Trade Institute")
    );
    let (text, cs) = claims(
        "\"The border must stay open,\" said Pat Quillane, a trade consultant and a former envoy who said he would not attend.",
    );
    let c = cs
        .iter()
        .find(|c| &text[c.cue.start..c.cue.end] == "said" && c.content.start < c.cue.start)
        .unwrap_or_else(|| panic!("{cs:?}"));
    assert_eq!(
        c.speaker.text.as_deref(),
        // A restrictive clause after the description's noun stays in the
        // span (session 38); one set off by a comma is cut, as above.
        Some("Pat Quillane, a trade consultant and a former envoy who said he would not attend")
    );
    // A clause after the comma that is no relative keeps the name alone.
    let (text, cs) =
        claims("\"The border must stay open,\" said Pat Quillane, adding that talks would resume.");
    let c = cs
        .iter()
        .find(|c| &text[c.cue.start..c.cue.end] == "said")
        .unwrap_or_else(|| panic!("{cs:?}"));
    assert_eq!(c.speaker.text.as_deref(), Some("Pat Quillane"));
}
