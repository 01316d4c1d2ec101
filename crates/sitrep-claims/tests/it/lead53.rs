//! Session 53, the lead: shapes from invented wire copy on the stories sitrep is for.
//! A pronoun of both cases ("it") before an auxiliary opens the reported clause, so a
//! relative "that" later in it opens no content of the cue's; a cue inside a reduced
//! relative clause ("a move aid groups warned could …") has that clause's subject as its
//! speaker. Invented sentences, an empty KB; each rule with a near miss.

use crate::common;

use common::{assert_contents, builtin_speaker_actor, claim_triples};

#[test]
fn it_before_an_auxiliary_is_the_reported_clauses_subject() {
    assert_contents(&[
        (
            "Hamas said it would not accept any deal that did not include a permanent ceasefire.",
            "said",
            "it would not accept any deal that did not include a permanent ceasefire",
        ),
        (
            "The ministry said it had reached an agreement that would end the dispute.",
            "said",
            "it had reached an agreement that would end the dispute",
        ),
        // Near misses: "he" always opened the clause, and a "that" right after a
        // short setting still opens the content.
        (
            "The minister said he would not accept any deal that did not include a ceasefire.",
            "said",
            "he would not accept any deal that did not include a ceasefire",
        ),
        (
            "The minister said on Tuesday that the deal was dead.",
            "said",
            "the deal was dead",
        ),
    ]);
}

#[test]
fn a_cue_in_a_reduced_relative_clause_has_that_clauses_subject_as_speaker() {
    // The words after the cue open with an auxiliary: the reported clause's
    // subject is the noun before the relative clause, and the speaker the
    // relative clause's own subject.
    for (sentence, speaker) in [
        (
            "The group fired missiles at a tanker, the latest in a string of attacks the \
             group says are aimed at pressuring its enemies.",
            "the group",
        ),
        (
            "The ministry banned the charity, a move aid groups warned could worsen the crisis.",
            "aid groups",
        ),
        (
            "It is a dangerous move critics say could backfire.",
            "critics",
        ),
        ("It was a figure officials say is too low.", "officials"),
        (
            "Rights groups have documented abuses the government says never happened.",
            "the government",
        ),
    ] {
        let found = claim_triples(sentence);
        assert!(
            found.iter().any(|t| t.0 == speaker),
            "{sentence}: {found:?}"
        );
    }
    // Near misses: a clause with its own subject after the cue, and a
    // modifier before a name, leave the speaker phrase as it was.
    let found = claim_triples("It was a move aid groups said they welcomed.");
    assert!(
        found.iter().any(|t| t.0 == "a move aid groups"),
        "{found:?}"
    );
    let found = claim_triples("Senior officials said the deal was dead.");
    assert!(found.iter().any(|t| t.0 == "Senior officials"), "{found:?}");
    let found = claim_triples("Iran's supreme leader Khamenei said would not negotiate.");
    assert!(
        found
            .iter()
            .any(|t| t.0 == "Iran's supreme leader Khamenei"),
        "a title and its holder's name stay one phrase: {found:?}"
    );
}

#[test]
fn suspected_of_right_after_a_noun_is_a_passive_participle_with_no_speaker() {
    // "people suspected of spying": the subject is the suspect, no one speaks.
    let found =
        claim_triples("Police detained 12 people suspected of spying for a foreign agency.");
    assert!(found.iter().all(|t| t.1 != "suspected of"), "{found:?}");
    // Near miss: an active "suspected" with a clause is still a claim.
    let found = claim_triples("Officials suspected that the drone came from the north.");
    assert!(
        found
            .iter()
            .any(|t| t.0 == "Officials" && t.2 == "the drone came from the north"),
        "{found:?}"
    );
}

#[test]
fn a_role_or_posted_body_sent_to_another_party_speaks_for_its_owner() {
    // The owner before the role speaks; the party after "to" or "in" is where
    // the holder or the body is posted.
    for (sentence, cue, actor) in [
        (
            "Iran's mission to the EU called the sanctions illegal.",
            "called",
            "IRN",
        ),
        (
            "Iran's ambassador to the UN said the sanctions were illegal.",
            "said",
            "IRNGOV",
        ),
        (
            "The EU's mission in Kyiv said the aid had arrived.",
            "said",
            "eu",
        ),
    ] {
        assert_eq!(
            builtin_speaker_actor(sentence, cue).as_deref(),
            Some(actor),
            "{sentence}"
        );
    }
    // Near misses: with no owner before the role, the party after "to" is
    // all the phrase names; a space mission names no speaker.
    assert_eq!(
        builtin_speaker_actor("The ambassador to Iraq said the talks had stalled.", "said")
            .as_deref(),
        Some("IRQ")
    );
    let found = claim_triples("The agency is developing a mission called Europa Clipper.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_subordinate_clause_after_a_noun_phrase_content_is_the_writers() {
    assert_contents(&[
        (
            "The council failed to adopt a resolution calling for a ceasefire in the region \
             after the envoy vetoed the draft.",
            "calling for",
            "a ceasefire in the region",
        ),
        (
            "The union demanded a pay rise after the company posted record profits.",
            "demanded",
            "a pay rise",
        ),
        // Near misses: a clause content keeps its subordinate clause, and so does a
        // reason a focusing word ties to what was said, and a noun phrase without one.
        (
            "The minister said the talks would resume after the envoys returned.",
            "said",
            "the talks would resume after the envoys returned",
        ),
        (
            "Observers say the governor deserves credit, and not only because the plan worked.",
            "say",
            "the governor deserves credit, and not only because the plan worked",
        ),
        (
            "The union demanded a pay rise after the strike.",
            "demanded",
            "a pay rise after the strike",
        ),
    ]);
}
