//! Session 21, claims30, issue #5. Invented sentences and names.
//!
//! A speaker noun that opens the clause with a post-modifier saying what
//! the speaker knows or is near ("a person familiar with …", "people with
//! knowledge of …", "sources privy to …", "officials briefed on …"): the
//! speaker is the whole noun phrase, not the object of the post-modifier's
//! last preposition; and a name inside that object is whom the speaker
//! knows about, not the speaker's actor.

use crate::common;

use common::{claim_texts as claims, claims_in};
use sitrep_kb::{parse_actor_file, Kb, KbBuilder};

fn speaker_of(text: &str) -> String {
    let c = claims(text);
    assert_eq!(c.len(), 1, "{c:?}");
    c[0].0.clone()
}

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
FRE\tcountry\tFreedonia\tFRE\t\t\t\t\tadj:Freedonian
";

fn kb() -> Kb {
    let mut b = KbBuilder::default();
    b.add_actor_rows(parse_actor_file("test.tsv", ACTORS).expect("test KB parses"));
    b.build()
}

/// (speaker text, speaker actor or "") of the one claim of `raw`.
fn speaker_and_actor(raw: &str) -> (String, String) {
    let (_, claims) = claims_in(&kb(), raw);
    assert_eq!(claims.len(), 1, "{claims:?}");
    let s = &claims[0].speaker;
    (
        s.text.clone().unwrap_or_default(),
        s.actor.clone().unwrap_or_default(),
    )
}

#[test]
fn a_post_modified_speaker_noun_is_the_whole_phrase() {
    assert_eq!(
        speaker_of("A person familiar with the planning for Thursday's meeting says the talks will focus on taxes."),
        "A person familiar with the planning for Thursday's meeting"
    );
    assert_eq!(
        speaker_of("One person with knowledge of the governor's plans said the deal was close."),
        "One person with knowledge of the governor's plans"
    );
    assert_eq!(
        speaker_of(
            "Several senior officials with close ties to the mayor said the budget would pass."
        ),
        "Several senior officials with close ties to the mayor"
    );
    assert_eq!(
        speaker_of("Multiple sources privy to the negotiations say the deal is off."),
        "Multiple sources privy to the negotiations"
    );
    assert_eq!(
        speaker_of("Officials briefed on the planning for the summit said the date would move."),
        "Officials briefed on the planning for the summit"
    );
    assert_eq!(
        speaker_of("Two people with direct knowledge of the talks said the deal was close."),
        "Two people with direct knowledge of the talks"
    );
    assert_eq!(
        speaker_of("Aides in touch with the minister said the talks would resume."),
        "Aides in touch with the minister"
    );
}

#[test]
fn a_speaker_noun_after_a_verb_or_with_a_plain_object_opens_no_phrase() {
    // The noun is the object of a preposition after a verb: it opens no
    // clause, so the walk stays stopped at the preposition.
    // The restrictive clause's head speaks, the clause with it (claims73).
    let c = claims("Critics who spoke to a person familiar with the planning for Thursday's meeting say the talks will fail.");
    assert!(
        c.iter().all(|x| !x.0.starts_with("a person familiar")),
        "{c:?}"
    );
    assert!(c.iter().any(|x| x.0.starts_with("Critics who")), "{c:?}");
    // "with" before a determiner opens no post-modifier of knowledge.
    let c = claims("People with the planning for Thursday's meeting say the talks will fail.");
    assert!(c.iter().all(|x| !x.0.starts_with("People")), "{c:?}");
    // A noun that names no speaker ("The chapter") opens nothing either.
    let c = claims(
        "The chapter familiar with the planning for Thursday's meeting says the talks will fail.",
    );
    assert!(c.iter().all(|x| !x.0.starts_with("The chapter")), "{c:?}");
}

#[test]
fn an_inverted_speaker_keeps_its_post_modifier() {
    let c = claims("The deal is off, said one person with knowledge of the talks.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].0, "one person with knowledge of the talks");
    let c = claims("The deal is off, said a person familiar with the planning for the summit.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].0, "a person familiar with the planning for the summit");
}

#[test]
fn a_day_after_the_post_modifier_is_no_part_of_it() {
    let c = claims("The deal is off, said a person familiar with the talks on Tuesday.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].0, "a person familiar with the talks");
}

#[test]
fn the_addressee_of_a_cue_stays_outside_the_speaker() {
    // "told reporters with knowledge of the plan": the post-modified noun
    // is the audience after the cue; the speaker stands before it.
    let c = claims("The deal is off, the mayor told reporters with knowledge of the plan.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].0, "the mayor");
}

#[test]
fn a_name_inside_the_post_modifier_is_no_speaker_actor() {
    assert_eq!(
        speaker_and_actor(
            "People with knowledge of Freedonia's plans said the talks would resume."
        ),
        (
            "People with knowledge of Freedonia's plans".to_string(),
            String::new()
        )
    );
    assert_eq!(
        speaker_and_actor("Officials briefed on Freedonia's offer said the talks would resume."),
        (
            "Officials briefed on Freedonia's offer".to_string(),
            String::new()
        )
    );
    // Near miss: a place after a locative preposition says where the
    // speakers are, and stays their actor.
    assert_eq!(
        speaker_and_actor("Voters in rural parts of Freedonia said the economy was weak."),
        (
            "Voters in rural parts of Freedonia".to_string(),
            "FRE".to_string()
        )
    );
}

#[test]
fn a_title_case_speech_verb_ends_the_name_before_it() {
    // The actors pass no longer reads "Senator Reveals Stunning Secret
    // About Hotel" as a person (`not-name` rows of the actors' context
    // lexicon), so the headline's cue stands.
    let c = claims("Senator Reveals Stunning Secret About Hotel Room.\n\nThe story goes on here.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!((c[0].0.as_str(), c[0].1.as_str()), ("Senator", "Reveals"));
    // Near miss: a name before the verb stays whole.
    let c = claims("Ana Sol Reveals Stunning Secret About Hotel Room.\n\nThe story goes on here.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].0, "Ana Sol");
}

#[test]
fn a_comma_inside_a_closing_single_quote_ends_the_speaker() {
    let c = claims(
        "Guns Are 'The Ultimate Public Health Crisis,' Howard Dean Tells Democratic Convention.\n\nThe story goes on here.",
    );
    assert!(
        c.iter().any(|x| x.0 == "Howard Dean" && x.1 == "Tells"),
        "{c:?}"
    );
    // Near miss: a plural possessive's apostrophe closes no quotation.
    assert_eq!(
        speaker_of("The ministers' aides said the talks would resume."),
        "The ministers' aides"
    );
}
