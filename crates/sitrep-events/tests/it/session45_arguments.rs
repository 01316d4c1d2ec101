//! Session 45 (branch `events60`, issue #2): who did what to whom, from clause structure.
//! Invented sentences, each rule with a near miss.

use crate::common;

use common::event_by_trigger as event;
use common::{by_trigger, claim_at, ids};
use sitrep_record::{ClaimRecord, Span, Stance};

common::events_kb!(common::WORLD_ACTORS, common::OFFICIALS, "2025-06-01");

#[test]
fn a_participle_and_particle_after_a_capitalised_noun_in_a_phrase_modify_it() {
    // "ordered out of" after "to most West Africans" (a capitalised word
    // that names no one, in the phrase after the clause's verb) describes
    // them: no order of its own, and "but was still refusing" is Turkey's.
    let text = "Turkey opened its borders to most West Africans ordered out of Syria, \
                but was still refusing admittance to Lebanese refugees.";
    let evs = events(text);
    assert!(by_trigger(&evs, "ordered").is_none(), "{evs:#?}");
    assert_eq!(event(&evs, "refusing", text).source, ids(&["TUR"]));
    // Near miss: a particle before the object ("ordered out the Turkish
    // diplomats") leaves the verb active, with its own object.
    let text = "Syria ordered out the Turkish diplomats on Monday.";
    let evs = events(text);
    assert_eq!(event(&evs, "ordered", text).source, ids(&["SYR"]));
    // Near miss: the capitalised words open a clause of their own after
    // "but" (no phrase of the first verb holds them): "ordered" stays a verb.
    let text = "Turkey opened its borders to refugees, but Kurds ordered out of Syria \
                attacked Lebanon.";
    let evs = events(text);
    assert!(by_trigger(&evs, "ordered").is_some(), "{evs:#?}");
}

#[test]
fn an_as_phrase_before_a_second_predicate_is_no_clause() {
    // "as illegal aliens" names what the refugees were taken for: the
    // predicate after ", but" still shares the first verb's subject.
    let text = "Turkey opened its borders to refugees expelled from Syria as illegal aliens, \
                but was still refusing admittance to Lebanese refugees.";
    let evs = events(text);
    assert_eq!(event(&evs, "refusing", text).source, ids(&["TUR"]));
    // Near miss: "as Syria expelled them" is a clause with a subject of its
    // own, which the second predicate does not reach across to Turkey.
    let text = "Turkey opened its borders to refugees as Syria expelled them, \
                but was still refusing admittance to Lebanese refugees.";
    let evs = events(text);
    assert_ne!(event(&evs, "refusing", text).source, ids(&["TUR"]));
}

#[test]
fn a_relative_pronoun_before_a_cue_verb_names_its_antecedent_the_doer() {
    // "refused" is the cue of a claim whose speaker is the pronoun "who"
    // (no actor); its antecedent stands inside the content of the claim
    // before it, and is the refusal's doer all the same.
    let text = "Putin said he hoped for talks with Hezbollah, who have long refused \
                to negotiate with Israel.";
    let claims = [
        claim_at(
            text,
            "c1",
            Some("vladimir-putin"),
            "said",
            "he hoped for talks with Hezbollah",
            Stance::Assert,
        ),
        claim_at(
            text,
            "c2",
            None,
            "have long refused",
            "to negotiate with Israel",
            Stance::Assert,
        ),
    ];
    let evs = KB.events_with("2025-06-01", text, &claims);
    assert_eq!(event(&evs, "refused", text).source, ids(&["hezbollah"]));
    // Near miss: a cue verb coordinated with the report ("and refused")
    // is not the reported actor's act; with no speaker named it has no doer.
    let text = "The ministry said Hezbollah had attacked Israel and refused to negotiate \
                with Turkey.";
    let claims = [
        claim_at(
            text,
            "c1",
            None,
            "said",
            "Hezbollah had attacked Israel",
            Stance::Assert,
        ),
        claim_at(
            text,
            "c2",
            None,
            "refused",
            "to negotiate with Turkey",
            Stance::Assert,
        ),
    ];
    let evs = KB.events_with("2025-06-01", text, &claims);
    assert!(event(&evs, "refused", text).source.is_empty(), "{evs:#?}");
}

/// A claim of `text` as `claim_at` makes it, with the speaker's words
/// `speaker_text` (their first occurrence) as its span.
fn claim_with_speaker_span(
    text: &str,
    id: &str,
    speaker_text: &str,
    cue: &str,
    content: &str,
) -> ClaimRecord {
    let mut c = claim_at(text, id, None, cue, content, Stance::Assert);
    let a = text.find(speaker_text).expect("speaker in text");
    c.speaker.span = Some(Span::of(text, a, a + speaker_text.len()));
    c
}

/// The two claims of "<speaker> claimed <claimed> and asked Turkey to help
/// in their release": the speaker's words `speaker_text` as their span,
/// `actor` as the actor the claims stage named.
fn claimed_and_asked(
    text: &str,
    speaker_text: &str,
    actor: Option<&str>,
    claimed: &str,
) -> Vec<ClaimRecord> {
    let mut claims = vec![
        claim_with_speaker_span(text, "c1", speaker_text, "claimed", claimed),
        claim_with_speaker_span(
            text,
            "c2",
            speaker_text,
            "asked",
            "Turkey to help in their release",
        ),
    ];
    for c in &mut claims {
        c.speaker.actor = actor.map(str::to_string);
    }
    claims
}

#[test]
fn a_cue_verbs_subject_that_names_no_actor_is_no_doer_from_elsewhere() {
    // "Both men" is the subject the claims stage found for "asked", and it
    // names no actor: Hezbollah, the last subject a sentence before, is not
    // who asked.
    let text = "Hezbollah refused to free the hostages. Both men claimed that they were \
                being treated well and asked Turkey to help in their release.";
    let claims = claimed_and_asked(text, "Both men", None, "that they were being treated well");
    let evs = KB.events_with("2025-06-01", text, &claims);
    let asked = event(&evs, "asked", text);
    assert!(asked.source.is_empty(), "{evs:#?}");
    assert_eq!(asked.target, ids(&["TUR"]));
}

#[test]
fn a_cue_verbs_subject_named_as_an_actor_keeps_its_doer() {
    // Near miss of the above: where the claims stage names the subject's
    // actor ("They", Hezbollah), the claim's speaker is the doer.
    let text = "Hezbollah refused to free the hostages. They claimed that the men were \
                being treated well and asked Turkey to help in their release.";
    let claims = claimed_and_asked(
        text,
        "They",
        Some("hezbollah"),
        "that the men were being treated well",
    );
    let evs = KB.events_with("2025-06-01", text, &claims);
    assert_eq!(event(&evs, "asked", text).source, ids(&["hezbollah"]));
}

#[test]
fn a_cue_verbs_subject_owned_by_a_pronoun_is_named_back() {
    // Near miss of the above: "His plan" names no actor, but its owner
    // "His" is named back to Zelensky, whose plan calls for the payment.
    let text = "Zelensky has proposed a new tax. His plan calls for Russia to pay.";
    let claims = [claim_with_speaker_span(
        text,
        "c1",
        "His plan",
        "calls for",
        "Russia to pay",
    )];
    let evs = KB.events_with("2025-06-01", text, &claims);
    let calls = event(&evs, "calls for", text);
    assert_eq!(calls.source, ids(&["volodymyr-zelensky"]), "{evs:#?}");
    assert_eq!(calls.target, ids(&["RUS"]), "{evs:#?}");
}
