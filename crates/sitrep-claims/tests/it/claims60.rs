//! Claims of session 38 (`claims60`): content spans. A "that" after a
//! clause the speaker's subject pronoun opens is the inner clause's, and so
//! is a relative "that" before a present verb and its object; a ",
//! without giving a reason" at a content's end is the writer's; an -ed word
//! that is only an adjective keeps a coordinated noun phrase whole. Each
//! shape with its near misses. Invented sentences.

use crate::common;

use common::assert_contents;

#[test]
fn a_that_after_a_pronoun_subjects_own_clause_stays_inside_the_content() {
    assert_contents(&[
        // A relative "that" on the inner clause's object.
        (
            "The candidate said he would scrap the levy that funds rural clinics.",
            "said",
            "he would scrap the levy that funds rural clinics",
        ),
        (
            "The mayor has said she will close the depot that serves the north side.",
            "has said",
            "she will close the depot that serves the north side",
        ),
        // A relative "that" whose verb is a present with an object.
        (
            "The candidate said the levy that funds the clinics was unfair.",
            "said",
            "the levy that funds the clinics was unfair",
        ),
        // A complement "that" of the inner verb.
        (
            "The envoy said they had learned that the border was closed.",
            "said",
            "they had learned that the border was closed",
        ),
    ]);
    // Near misses: a "that" right after the cue, or after an audience or a
    // setting, still opens the content.
    assert_contents(&[
        (
            "The envoy said that the border was closed.",
            "said",
            "the border was closed",
        ),
        (
            "The envoy told them that the border was closed.",
            "told",
            "the border was closed",
        ),
        (
            "The envoy said on Tuesday that the border was closed.",
            "said",
            "the border was closed",
        ),
        // Before "is that" a pronoun and a verb are a relative clause on
        // the cue word used as a noun; the "that" opens the content.
        (
            "The one promise they have made is that they will not raise fares.",
            "promise",
            "they will not raise fares",
        ),
        // A plural noun before a dating determiner opens the clause.
        (
            "The minister said on Friday that sales this year fell by a third.",
            "said",
            "sales this year fell by a third",
        ),
    ]);
}

#[test]
fn a_without_phrase_of_telling_at_a_contents_end_is_the_writers() {
    assert_contents(&[
        (
            "Days later, the ministry announced that it was recalling its ambassador from Lima, without giving a reason.",
            "announced",
            "it was recalling its ambassador from Lima",
        ),
        (
            "The company said it would cut two thousand jobs this year, without offering details.",
            "said",
            "it would cut two thousand jobs this year",
        ),
    ]);
    // Near misses: what the speaker says will happen without something
    // stays, and so does a "without" phrase inside a quotation.
    assert_contents(&[
        (
            "The governor said the state would balance its budget, without raising taxes.",
            "said",
            "the state would balance its budget, without raising taxes",
        ),
        (
            "The coach said \"we kept the ball, without giving an inch\" after the match.",
            "said",
            "we kept the ball, without giving an inch",
        ),
    ]);
}

#[test]
fn an_adjective_in_ed_keeps_a_coordinated_noun_phrase_whole() {
    assert_contents(&[
        (
            "The chancellor praised what she called a brave and principled stand.",
            "called",
            "a brave and principled stand",
        ),
        (
            "The envoy condemned a cruel and unprovoked attack on the convoy.",
            "condemned",
            "a cruel and unprovoked attack on the convoy",
        ),
    ]);
    // Near miss: a past verb after " and " is the speaker's next act.
    assert_contents(&[(
        "The mayor criticised the ruling and imposed a curfew.",
        "criticised",
        "the ruling",
    )]);
}
