//! The speaker's actor when the actor pass already knows the person but the
//! speaker phrase cuts the mention (session 12, `actors17`): a role and a
//! name in apposition ("Its commander, Jon Varga, said"; "Freedonia's
//! president, Ana Sol, who …, said"), and a sentence-initial "He"/"She"
//! after a sentence naming two people, which refers back to its subject,
//! not to the object nearest to it. Invented names and sentences.

use crate::common;

use common::claims_in;
use sitrep_kb::{parse_actor_file, parse_role_file, Kb, KbBuilder};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
FRE\tcountry\tFreedonia\tFRE\t\t\t\t\tadj:Freedonian
ana-sol\tperson\tAna Sol\tFRE\tGOV\tpresident\t2020\t\tSol
ivan-petrov\tperson\tIvan Petrov\tFRE\tGOV\tpresident\t2020\t\tPetrov
omar-haddad\tperson\tOmar Haddad\t\tGOV\tenvoy\t2020\t\tHaddad
";

const ROLES: &str = "phrase\tsector\tnumber
commander\tMIL\tperson
attorney general\tJUD\tperson
president\tGOV\tperson
";

fn kb() -> Kb {
    let mut b = KbBuilder::default();
    b.add_actor_rows(parse_actor_file("test.tsv", ACTORS).expect("test KB parses"));
    b.add_roles(parse_role_file("roles.tsv", ROLES).expect("test roles parse"));
    b.build()
}

/// (speaker text, speaker actor or "") of every claim of `raw`.
fn speakers(raw: &str) -> Vec<(String, String)> {
    let (_, claims) = claims_in(&kb(), raw);
    claims
        .into_iter()
        .map(|c| {
            (
                c.speaker.text.unwrap_or_default(),
                c.speaker.actor.unwrap_or_default(),
            )
        })
        .collect()
}

#[test]
fn a_role_and_name_in_apposition_speak_as_the_named_person() {
    let s = speakers(
        "The militia denied the charges. Its commander, Jon Varga, said his fighters were ready to sign a truce.",
    );
    let varga = s
        .iter()
        .find(|(t, _)| t.contains("Jon Varga"))
        .unwrap_or_else(|| panic!("{s:?}"));
    assert_eq!(varga.1, "jon-varga", "{s:?}");
    let s =
        speakers("The attorney general, Tarik Bello, said the three were charged with treason.");
    assert_eq!(s[0].1, "tarik-bello", "{s:?}");
}

#[test]
fn a_name_after_a_possessive_role_speaks_past_its_relative_clause() {
    let s = speakers(
        "Freedonia's president, Ana Sol, who has called the deal an act of aggression, said the capital would defend itself.",
    );
    // The span keeps the owned role before the name, as PolNeAR marks
    // such speakers ("Dow's chief executive, Andrew Liveris").
    let main = s
        .iter()
        .find(|(t, _)| t.ends_with("Ana Sol"))
        .unwrap_or_else(|| panic!("{s:?}"));
    assert_eq!(main.1, "ana-sol", "{s:?}");
}

#[test]
fn a_sentence_initial_pronoun_refers_to_the_last_subject() {
    let s = speakers(
        "Ivan Petrov thanked Omar Haddad for his mediation. He said Freedonia had no claims on its neighbours.",
    );
    let he = s
        .iter()
        .find(|(t, _)| t == "He")
        .unwrap_or_else(|| panic!("{s:?}"));
    assert_eq!(he.1, "ivan-petrov", "{s:?}");
    // Inside one sentence the nearest person is still the antecedent.
    let s = speakers("Omar Haddad met Ivan Petrov on Monday, and he said the talks went well.");
    let he = s
        .iter()
        .find(|(t, _)| t == "he")
        .unwrap_or_else(|| panic!("{s:?}"));
    assert_eq!(he.1, "ivan-petrov", "{s:?}");
}
