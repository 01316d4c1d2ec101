//! Session 41 (branch `events52`, issue #2): who did what to whom, from clause structure.
//! Invented sentences, each rule with a near miss.

use crate::common;

use common::event_by_trigger as event;
use common::ids;

common::events_kb!(common::WORLD_ACTORS, common::OFFICIALS, "2025-06-01");

#[test]
fn a_later_item_of_a_colon_list_belongs_to_the_relative_clauses_antecedent() {
    // Items with no event of their own come first: their commas are the
    // list's, not a break in the relative clause that runs to the colon.
    let text = "Critics were outraged by the Kremlin that at last fulfilled its agenda: \
                ending the truce, raising taxes, striking Kyiv and arming separatists.";
    let evs = events(text);
    let e = event(&evs, "striking", text);
    assert_eq!(e.source, ids(&["RUS"]), "{e:#?}");
    assert_eq!(e.target, ids(&["UKR"]), "{e:#?}");
}

#[test]
fn a_relative_clause_cut_by_a_semicolon_owns_no_list_after_it() {
    // Near miss: a semicolon, not a colon, ends the relative clause; what
    // follows is no list of its acts.
    let text = "Critics were outraged by the Kremlin that at last fulfilled its agenda; \
                ending the truce, raising taxes, striking Kyiv and arming separatists.";
    let evs = events(text);
    let e = event(&evs, "striking", text);
    assert!(e.source.is_empty(), "{e:#?}");
}

#[test]
fn he_does_not_reach_past_an_unresolved_person_who_was_a_subject_since() {
    // "Jim Harlow" is no actor: the "he" of the next sentence is likelier
    // him than Putin, named before him, so no doer is named.
    let text = "Putin met the envoys in Moscow on Monday. Jim Harlow criticized the talks. \
                He later accused Erdogan of lying.";
    let evs = events(text);
    let e = event(&evs, "accused", text);
    assert!(e.source.is_empty(), "{e:#?}");
    assert_eq!(e.target, ids(&["recep-tayyip-erdogan"]), "{e:#?}");

    // The same for an object "him".
    let text = "Putin met the envoys in Moscow on Monday. Later, Harlow criticized the talks. \
                Erdogan accused him of lying.";
    let evs = events(text);
    let e = event(&evs, "accused", text);
    assert_eq!(e.source, ids(&["recep-tayyip-erdogan"]), "{e:#?}");
    assert!(e.target.is_empty(), "{e:#?}");
}

#[test]
fn a_subject_that_is_no_person_name_leaves_he_to_the_person_before() {
    // Near misses: a lone capitalised word opening the sentence ("Critics")
    // or one after a determiner ("The Rhcp") is no person's name; "he" is
    // still Putin.
    for middle in [
        "Critics criticized the talks.",
        "Afterwards the Rhcp criticized the talks.",
    ] {
        let text = format!(
            "Putin met the envoys in Moscow on Monday. {middle} He later accused Erdogan of lying."
        );
        let evs = events(&text);
        let e = event(&evs, "accused", &text);
        assert_eq!(e.source, ids(&["vladimir-putin"]), "{middle}: {e:#?}");
    }
}

/// The events of `text` with one claim: `speaker` said `content`.
fn said(text: &str, speaker: &str, content: &str) -> Vec<sitrep_record::EventRecord> {
    let claims = [common::claim_at(
        text,
        "c1",
        Some(speaker),
        "said",
        content,
        sitrep_record::Stance::Assert,
    )];
    KB.events_with("2025-06-01", text, &claims)
}

#[test]
fn they_in_one_persons_speech_is_not_the_speaker() {
    let text = "Zelensky said they would attack Kyiv again.";
    let evs = said(text, "volodymyr-zelensky", "they would attack Kyiv again");
    let e = event(&evs, "attack", text);
    assert!(e.source.is_empty(), "{e:#?}");

    // A group named in the speech before it is whom it stands for.
    let text = "Zelensky said Russian forces were massing and they would attack Kyiv again.";
    let content = "Russian forces were massing and they would attack Kyiv again";
    let evs = said(text, "volodymyr-zelensky", content);
    let e = event(&evs, "attack", text);
    assert!(!e.source.is_empty(), "{e:#?}");
    assert!(
        !e.source.contains(&"volodymyr-zelensky".to_string()),
        "{e:#?}"
    );
}

#[test]
fn they_in_a_groups_or_several_speakers_speech_is_the_speakers() {
    // Near misses: a body speaks as "they", and so do several people.
    let text = "Hamas said they would attack Israel.";
    let evs = said(text, "hamas", "they would attack Israel");
    let e = event(&evs, "attack", text);
    assert_eq!(e.source, ids(&["hamas"]), "{e:#?}");

    let text = "Putin and Erdogan said they would attack Kyiv.";
    let evs = said(text, "recep-tayyip-erdogan", "they would attack Kyiv");
    let e = event(&evs, "attack", text);
    assert_eq!(
        e.source,
        ids(&["vladimir-putin", "recep-tayyip-erdogan"]),
        "{e:#?}"
    );
}

#[test]
fn a_mediation_of_talks_with_one_side_takes_the_reporting_speaker_as_the_other() {
    let text = "Iran said Turkey would mediate the indirect talks with Ukraine.";
    let evs = said(
        text,
        "IRN",
        "Turkey would mediate the indirect talks with Ukraine",
    );
    let e = event(&evs, "mediate", text);
    assert_eq!(e.source, ids(&["TUR"]), "{e:#?}");
    assert_eq!(e.target, ids(&["IRN", "UKR"]), "{e:#?}");

    // Near miss: the mediator reporting its own mediation names no other
    // side.
    let text = "Turkey said it would mediate the indirect talks with Ukraine.";
    let evs = said(
        text,
        "TUR",
        "it would mediate the indirect talks with Ukraine",
    );
    let e = event(&evs, "mediate", text);
    assert_eq!(e.target, ids(&["UKR"]), "{e:#?}");
}

#[test]
fn a_mediation_of_talks_with_one_side_takes_the_storys_subject_as_the_other() {
    let text = "Israel sent a delegation to Ankara. Turkey is mediating talks with Hamas.";
    let evs = events(text);
    let e = event(&evs, "mediating", text);
    assert_eq!(e.target, ids(&["ISR", "hamas"]), "{e:#?}");

    // Near miss: a dispute is no talks; the mediation keeps its one party.
    let text = "Israel sent a delegation to Ankara. Turkey is mediating the dispute with Hamas.";
    let evs = events(text);
    let e = event(&evs, "mediating", text);
    assert!(!e.target.contains(&"ISR".to_string()), "{e:#?}");
}
