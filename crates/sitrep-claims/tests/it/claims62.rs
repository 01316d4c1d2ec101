//! Claims of session 39 (`claims62`): content spans and a speaker's end. A
//! "that" after a characterizing verb's object is the predicate's, not the
//! content's opener; a "that" before a present verb and an object pronoun is
//! a relative; a period inside "Ph.D." ends no speaker phrase. Each shape
//! with its near misses. Invented sentences.

use crate::common;

use common::{assert_contents, speaker_of_cue};

#[test]
fn a_that_after_a_characterizing_verbs_object_stays_inside_the_content() {
    assert_contents(&[
        // A gapped-object relative on the predicate noun.
        (
            "The campaign calls this a false story that voters will not believe.",
            "calls",
            "this a false story that voters will not believe",
        ),
        // A subject relative with a singular auxiliary.
        (
            "The senator dismissed the loan, calling it a clerical error that was reported by a rival.",
            "calling",
            "it a clerical error that was reported by a rival",
        ),
        // A noun clause of the predicate noun.
        (
            "The governor described the flood as a warning that the dams are too old.",
            "described",
            "the flood as a warning that the dams are too old",
        ),
    ]);
    // Near misses: a "that" right after the verb still opens the content,
    // and another speech verb's "that" after its object still does.
    assert_contents(&[
        (
            "The governor described that the dams were too old.",
            "described",
            "the dams were too old",
        ),
        (
            "The governor warned residents that the dams were too old.",
            "warned",
            "the dams were too old",
        ),
    ]);
}

#[test]
fn a_that_before_a_present_verb_and_an_object_pronoun_is_a_relative() {
    assert_contents(&[(
        "The senator pointed to a new poll that shows him ahead in the state.",
        "pointed to",
        "a new poll that shows him ahead in the state",
    )]);
    // Near miss: a plural noun after the "that" is the clause's subject.
    assert_contents(&[(
        "The senator noted in a speech that polls show him ahead in the state.",
        "noted",
        "polls show him ahead in the state",
    )]);
}

#[test]
fn a_period_inside_a_dotted_degree_ends_no_speaker() {
    assert_eq!(
        speaker_of_cue(
            "\"That is out of touch,\" said Erin Clark, a fellow at the university who spends about 60 hours a week doing research on cells and makes $46,344 after having earned a Ph.D. from Harvard.",
            "said"
        ),
        "Erin Clark, a fellow at the university who spends about 60 hours a week doing research on cells and makes $46,344 after having earned a Ph.D. from Harvard"
    );
    // Near miss: the sentence's own period still ends the speaker.
    assert_eq!(
        speaker_of_cue(
            "\"That is out of touch,\" said Erin Clark, a fellow at the university who earned her degree. She left.",
            "said"
        ),
        "Erin Clark, a fellow at the university who earned her degree"
    );
}

#[test]
fn a_cue_in_a_fronted_clause_ends_where_a_named_main_clause_opens() {
    assert_contents(&[
        // The main clause's subject is a name with its verb.
        (
            "Though she never mentioned her rival by name, Clinton cast him as a man of narrow views.",
            "never mentioned",
            "her rival by name",
        ),
        (
            "As the two senators lamented the cost of the program, Lee took a moment to thank the nurses.",
            "lamented",
            "the cost of the program",
        ),
        // "even" or a conjunction before the subordinator.
        (
            "Even as they all vowed to carry on regardless of the results, the mood was grim.",
            "vowed",
            "to carry on regardless of the results",
        ),
        (
            "Her roommate moved out, and while our daughter does not want to live with us, the reality is she needs help.",
            "does not want",
            "to live with us",
        ),
    ]);
    // Near misses: a list of names has no verb after its first name; a
    // bare ", when" after a time is a relative on it, whose clause runs
    // on through a list.
    assert_contents(&[
        (
            "Tuft cells have been known since the 1950s, when studies found them in every organ, including the gut, the lungs and the pancreas.",
            "found",
            "them in every organ, including the gut, the lungs and the pancreas",
        ),
        (
        "When the president said Mexico, Canada and China would pay for it, the crowd cheered.",
        "said",
        "Mexico, Canada and China would pay for it",
    )]);
}

#[test]
fn a_place_after_a_comma_in_a_fronted_clause_is_no_main_clause() {
    assert_contents(&[(
        "When the senator said he would visit Austin, Texas next week, the mayor cheered.",
        "said",
        "he would visit Austin, Texas next week",
    )]);
}

#[test]
fn a_setting_after_a_noun_phrase_content_is_the_writers() {
    assert_contents(&[
        (
            "The union endorsed Sanders in February.",
            "endorsed",
            "Sanders",
        ),
        (
            "The governor also criticized the senator during a rally Friday in Hartford.",
            "also criticized",
            "the senator",
        ),
        (
            "The mayor endorsed the plan for tax cuts on Twitter.",
            "endorsed",
            "the plan for tax cuts",
        ),
    ]);
    // Near misses: a clause keeps its own time, a place alone is no
    // setting, and an object's own phrase stays.
    assert_contents(&[
        (
            "The mayor said the vote would be held on Friday.",
            "said",
            "the vote would be held on Friday",
        ),
        (
            "The mayor criticized the war in Iraq.",
            "criticized",
            "the war in Iraq",
        ),
        (
            "The mayor endorsed the plan for tax cuts.",
            "endorsed",
            "the plan for tax cuts",
        ),
        (
            "The defenders pointed to examples of plagiarism in political speech.",
            "pointed to",
            "examples of plagiarism in political speech",
        ),
    ]);
}

#[test]
fn a_setting_after_a_clause_or_an_infinitive_stays_in_the_content() {
    assert_contents(&[
        (
            "The group says it will spend $150,000 on an ad in the district on Monday.",
            "says",
            "it will spend $150,000 on an ad in the district on Monday",
        ),
        (
            "The campaign challenged the senator to debate him in Brooklyn on April 14.",
            "challenged",
            "the senator to debate him in Brooklyn on April 14",
        ),
        (
            "A new poll showed his numbers falling to 44 percent in June.",
            "showed",
            "his numbers falling to 44 percent in June",
        ),
    ]);
}

#[test]
fn a_conformative_as_after_a_phrase_keeps_the_main_clause_as_content() {
    let found = common::claim_triples(
        "In the old republics, as Smith reported in his book, the party bosses had lavish country houses.",
    );
    assert!(
        found.iter().any(|(_, cue, _)| cue == "reported"),
        "{found:?}"
    );
}
