//! Session 32 (claims47): exact speaker spans of attributions already found:
//! appositives after a postposed cue that stop before an adverbial or run on
//! through a relative clause, an -ing word in a title, an abbreviated title
//! before a name, and a time adverbial between the subject and the cue.
//! Invented sentences.

use crate::common;

use common::{kb_of, speaker_of, speaker_of_cue as speaker, speakers_in};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
FRE\tcountry\tFreedonia\tFRE\t\t\t\t\tadj:Freedonian
omar-haddad\tperson\tOmar Haddad\tFRE\tGOV\tminister\t2020\t\tHaddad
ilona-varga\tperson\tIlona Varga\tFRE\tGOV\tminister\t2020\t\tVarga
";

#[test]
fn postposed_appositives_end_before_an_adverbial_or_a_relative_clause_that_runs_on() {
    assert_eq!(
        speaker(
            "\"The budget is sound,\" said Maria Okafor, a spokeswoman for the Lagos Chamber of Commerce, which represents 12,000 firms across the state.",
            "said"
        ),
        "Maria Okafor, a spokeswoman for the Lagos Chamber of Commerce"
    );
    assert_eq!(
        speaker(
            "\"We will appeal,\" said Tomas Lind, the head of the fishermen's union, at a rally in Bergen.",
            "said"
        ),
        "Tomas Lind, the head of the fishermen's union"
    );
    assert_eq!(
        speaker(
            "\"We will appeal,\" said Tomas Lind, the head of the fishermen's union, after the vote in Bergen.",
            "said"
        ),
        "Tomas Lind, the head of the fishermen's union"
    );
    // Near misses: an age between commas is a description, and a bare
    // appositive still ends the sentence.
    assert_eq!(
        speaker(
            "\"It was chaos,\" said Ana Ruiz, 34, a nurse at the clinic.",
            "said"
        ),
        "Ana Ruiz, 34, a nurse at the clinic"
    );
    assert_eq!(
        speaker(
            "\"We will appeal,\" said Tomas Lind, the head of the fishermen's union.",
            "said"
        ),
        "Tomas Lind, the head of the fishermen's union"
    );
}

#[test]
fn an_ing_word_before_a_role_noun_is_part_of_the_title() {
    assert_eq!(
        speaker(
            "\"Readers want facts,\" said Priya Nair, managing editor of the Coastal Herald.",
            "said"
        ),
        "Priya Nair, managing editor of the Coastal Herald"
    );
    assert_eq!(
        speaker(
            "Dario Conti, acting chairman of the port board, said the cranes would be replaced.",
            "said"
        ),
        "Dario Conti, acting chairman of the port board"
    );
    // Near miss: a participle clause after the name is no title.
    assert_eq!(
        speaker(
            "\"Readers want facts,\" said Priya Nair, speaking at the Coastal Herald's offices.",
            "said"
        ),
        "Priya Nair"
    );
}

#[test]
fn an_abbreviated_title_before_a_name_stays_in_the_speaker() {
    let kb = kb_of(ACTORS);
    let found = speakers_in(
        &kb,
        "Mr. Haddad, recalling his years in the capital, described the city as resilient.",
    );
    assert_eq!(
        speaker_of(&found, "described"),
        ("Mr. Haddad".to_string(), "omar-haddad".to_string())
    );
    let found = speakers_in(
        &kb,
        "The contract went to a rival. (Ms. Varga has denied that she knew of the payments.)",
    );
    assert_eq!(
        speaker_of(&found, "has denied"),
        ("Ms. Varga".to_string(), "ilona-varga".to_string())
    );
    // Near miss: a name with no title keeps its own span.
    let found = speakers_in(
        &kb,
        "Haddad, recalling his years in the capital, described the city as resilient.",
    );
    assert_eq!(speaker_of(&found, "described").0, "Haddad");
}

#[test]
fn a_time_adverbial_between_the_subject_and_the_cue_is_no_speaker() {
    assert_eq!(
        speaker(
            "The harbour master on Friday evening said the channel would reopen.",
            "said"
        ),
        "The harbour master"
    );
    assert_eq!(
        speaker(
            "The finance minister late Wednesday said the levy would stay.",
            "said"
        ),
        "The finance minister"
    );
    assert_eq!(
        speaker(
            "The health ministry earlier this month warned that clinics were short of staff.",
            "warned"
        ),
        "The health ministry"
    );
    // Near misses: a time after a participle dates it inside the phrase,
    // and a bare day is left as it was.
    assert_eq!(
        speaker(
            "A survey conducted last month found that most tenants wanted the rule.",
            "found"
        ),
        "A survey conducted last month"
    );
    assert_eq!(
        speaker(
            "The harbour master on Friday said the channel would reopen.",
            "said"
        ),
        "The harbour master"
    );
}

#[test]
fn a_capitalised_object_opening_the_sentence_is_no_part_of_the_speaker() {
    assert_eq!(
        speaker("Everything the harbour board says is disputed.", "says"),
        "the harbour board"
    );
    assert_eq!(
        // (A speech verb: since session 43 "promised" takes only a
        // position object, and "was delivered" is none.)
        speaker("Nothing the council claimed was true.", "claimed"),
        "the council"
    );
    // The lower-case object in mid-sentence, before a phrase that is no
    // name; near miss: a subject that opens the sentence with a determiner.
    assert_eq!(
        speaker("The harbour board says the quay is safe.", "says"),
        "The harbour board"
    );
    assert_eq!(
        speaker(
            "Skippers doubt everything the harbour board says about the quay.",
            "says about"
        ),
        "the harbour board"
    );
}
