//! Attributions PolNeAR's train split showed missing (session 15,
//! `claims19`), each with its pattern and a near miss. Invented sentences.

use crate::common;

use common::claim_triples as triples;
use common::triple as owned;

#[test]
fn a_conformative_as_clause_reports_the_main_clause() {
    assert_eq!(
        triples("As the Daily Ledger reported, the talks stalled over the border question."),
        vec![owned(
            "the Daily Ledger",
            "reported",
            "the talks stalled over the border question"
        )]
    );
    // After a conjunction, with a time between the cue and the comma.
    assert_eq!(
        triples("But as Mendez noted last week, those voters will take a second look."),
        vec![owned(
            "Mendez",
            "noted",
            "those voters will take a second look"
        )]
    );
    // A quote after the comma is the content too.
    assert_eq!(
        triples("As the analyst put it, \"the market has stopped listening.\""),
        vec![owned(
            "the analyst",
            "put it",
            "the market has stopped listening"
        )]
    );
}

#[test]
fn a_temporal_or_split_as_clause_reports_nothing() {
    // "testified" times the main clause: no conformative verb.
    assert_eq!(triples("As she testified, her lawyers watched."), vec![]);
    // The clause is split around the "as" clause: its second half alone is
    // no content.
    assert_eq!(
        triples("And that, as the mayor points out, is quite a lot right now."),
        vec![]
    );
}

#[test]
fn a_quote_reaches_a_speaker_with_a_long_description() {
    let c = triples(
        "\"We urge the council to reject this resolution,\" Sarah Wendt, legal director \
         for the civil rights group Fair Housing Alliance, said in a statement.",
    );
    assert_eq!(
        c,
        vec![owned(
            "Sarah Wendt, legal director for the civil rights group Fair Housing Alliance",
            "said in a statement",
            "We urge the council to reject this resolution"
        )]
    );
    let c = triples(
        "\"I do not think she has been truthful,\" Cecile Marner, 67, a retired \
         customer service representative in Allentown, Pa., said in an interview.",
    );
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].2, "I do not think she has been truthful");
    // Near miss: a role phrase with the name after it, which the walk back
    // from the cue misreads, is no described subject: the reach stays
    // short, and no fragment of it becomes the speaker.
    let c = triples(
        "\"We will act,\" the island's minister responsible for the harbour \
         authority and its pilots, Judith Kell, said.",
    );
    assert_eq!(c, vec![]);
}

#[test]
fn a_time_phrase_before_a_clause_without_that_is_no_content() {
    // probe16: "said on Monday it had decided to dissolve".
    let c = triples("The rebel group said on Monday it had decided to dissolve.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].2, "it had decided to dissolve");
    let c = triples("The minister said last week the talks would resume.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].2, "the talks would resume");
    // Near misses: the time phrase is the subject, or no time at all (an
    // article before a name).
    let c = triples("He said last year was the hottest on record.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].2, "last year was the hottest on record");
    let c = triples("The premier said a Chinese attack could justify a response.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].2, "a Chinese attack could justify a response");
}

#[test]
fn a_time_phrase_ending_the_speaker_phrase_is_no_part_of_it() {
    // probe16 item 11.
    let c = triples("Taiwanese President Lin Cheng last month called China a hostile force.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].0, "Taiwanese President Lin Cheng");
    let c = triples("The minister this week said the talks would resume.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].0, "The minister");
    // Near miss: a time word inside the phrase describes the speaker.
    let c = triples("The last survivor said the camp was closed.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].0, "The last survivor");
}

#[test]
fn an_approximator_before_a_number_opens_the_content() {
    // probe16 item 13: "about" rounds the count, no particle of "said".
    let c = triples("The spy agency has said about 4,700 soldiers were killed or wounded.");
    assert_eq!(
        c,
        vec![owned(
            "The spy agency",
            "has said",
            "about 4,700 soldiers were killed or wounded"
        )]
    );
    // Near miss: "about" before a noun phrase stays the cue's particle.
    let c = triples("Officials warned about rising prices.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].1, "warned about");
}

#[test]
fn a_passive_naming_verb_gives_a_name_and_no_claim() {
    // probe16 item 21: the place before it was taken as the speaker.
    assert_eq!(
        triples(
            "The deal grants rights to a transit corridor through southern Armenia, \
             to be called the Route for Peace."
        ),
        vec![]
    );
    assert_eq!(
        triples("The video, released Monday, is called No Respite."),
        vec![]
    );
    // Near miss: an active naming verb with a speaker is a claim.
    let c = triples("The spokesman called the report a fabrication.");
    assert_eq!(
        c,
        vec![owned("The spokesman", "called", "the report a fabrication")]
    );
}

#[test]
fn a_relative_clause_with_its_own_speech_verb_describes_the_speaker() {
    // PolNeAR train: the main claim was missed.
    let c = triples("Nolan, who says the mayor is attacking him, said voters should back him.");
    assert_eq!(c.len(), 2, "{c:?}");
    assert_eq!(
        (c[0].0.as_str(), c[0].1.as_str(), c[0].2.as_str()),
        ("who", "says", "the mayor is attacking him")
    );
    assert_eq!(
        (c[1].0.as_str(), c[1].1.as_str(), c[1].2.as_str()),
        ("Nolan", "said", "voters should back him")
    );
    // Near miss: a clause with a speech verb and no "who" is no description.
    let c = triples("Nolan, the mayor said, would back him.");
    assert!(c.iter().all(|x| !x.0.starts_with("Nolan")), "{c:?}");
}

#[test]
fn a_participle_after_a_subordinator_speaks_for_the_subject() {
    // probe16 item 19: the place before it was the speaker.
    let c = triples(
        "The president met his Syrian counterpart in Riyadh on Wednesday, a day after \
         announcing he would lift sanctions on Syria.",
    );
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(
        (c[0].0.as_str(), c[0].1.as_str(), c[0].2.as_str()),
        (
            "The president",
            "announcing",
            "he would lift sanctions on Syria"
        )
    );
    // Near miss: a noun object after it reports nothing.
    assert_eq!(
        triples("Stir together the fruit and the sugar before adding the pectin powder."),
        vec![]
    );
}

#[test]
fn a_short_aside_between_the_cue_and_its_that_clause_is_skipped() {
    let c = triples("The minister said, however, that the talks would resume.");
    assert_eq!(
        c,
        vec![owned("The minister", "said", "the talks would resume")]
    );
    let c = triples("Mr. Nolan said, among other things, that the port has a huge problem.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].2, "the port has a huge problem");
    // Near misses: the writer's own aside, and a clause after the comma
    // with no "that" of the cue.
    assert_eq!(
        triples("It's worth noting, though, that those figures are on the European cycle."),
        vec![]
    );
    let c = triples("The talks failed, the minister said, and that was the end.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].2, "The talks failed");
}
