//! Session 30 (`actors32`): bare nouns named back, bodies coordinated after
//! "the", legislatures as places, a story's state from its officials.
//!
//! - A `back-noun` of the context lexicon ("the monitor", "the majority",
//!   "the dissenting judges", "the foundation") names back the one actor of
//!   its kinds named in its paragraph or the one before.
//! - "The court" names back a court past a state named only as a place
//!   ("flown to The Hague").
//! - "ordered the police and military to act": the second body is bare too.
//! - "lost a vote in the National Assembly": a legislature after a locative
//!   word is the subject's own; with no state named, the officials' one
//!   state places it.

use crate::common;

use common::{assert_id_exact, assert_ids, assert_placed_exact, builtin_mentions};

#[test]
fn the_monitor_names_back_the_one_monitoring_body() {
    let text = "Inspectors from the International Atomic Energy Agency visited the plant on \
Monday.\n\nThe monitor said the reactor was stable, and the nuclear monitor would return in May.";
    assert_ids(
        text,
        &[
            ("The monitor", Some("iaea")),
            ("the nuclear monitor", Some("iaea")),
        ],
    );
}

/// Near misses: two bodies that fit, or one named two paragraphs before.
#[test]
fn the_monitor_stays_unresolved_with_two_bodies_or_a_far_one() {
    let text = "The IAEA and the WHO sent teams to the plant. The monitor said the site was safe.";
    assert_id_exact(text, "The monitor", None);
    let text = "The IAEA sent a team to the plant.\n\nWorkers left the site on Monday.\n\n\
Engineers said the reactor was cold. The monitor said the site was safe.";
    assert_id_exact(text, "The monitor", None);
}

#[test]
fn the_majority_and_dissenting_judges_name_back_the_court() {
    let text = "Germany's Constitutional Court struck down the law on Tuesday. The law breached \
the right to privacy, the majority wrote. The three dissenting judges said the state had a duty \
to act.";
    assert_placed_exact(text, "the majority", "DEU", "JUD");
    assert_placed_exact(text, "The three dissenting judges", "DEU", "JUD");
}

#[test]
fn the_majority_of_a_group_is_no_court() {
    let text = "Germany's Constitutional Court struck down the law on Tuesday. The majority of \
voters backed the ruling.";
    assert!(
        !builtin_mentions(text)
            .iter()
            .any(|(surface, _)| surface.contains("majority")),
        "{:?}",
        builtin_mentions(text)
    );
}

#[test]
fn a_back_noun_modifying_a_role_or_body_word_is_no_back_reference() {
    // "majority" before a role ("leader") or a body word ("government")
    // modifies it; the phrase is no reference to the court.
    let text = "Germany's Constitutional Court struck down the law on Tuesday. The majority \
leader said parliament would act. The majority government welcomed the ruling.";
    let mentions = builtin_mentions(text);
    assert!(
        !mentions
            .iter()
            .any(|(surface, _)| surface.contains("majority")),
        "{mentions:?}"
    );
    // Near miss: the same noun ending its phrase still names the court back.
    let text = "Germany's Constitutional Court struck down the law on Tuesday. The majority \
wrote that the statute was void.";
    assert_placed_exact(text, "The majority", "DEU", "JUD");
}

#[test]
fn the_foundation_names_back_a_body_called_a_foundation_paragraph_after_paragraph() {
    let text = "The Gaza Humanitarian Foundation opened two new sites on Monday.\n\nThe Israeli \
military said the sites were secure. The foundation said it had fed thousands.\n\nSeveral aid \
groups declined to work with the foundation.";
    assert_ids(
        text,
        &[
            ("The foundation", Some("gaza-humanitarian-foundation")),
            ("the foundation", Some("gaza-humanitarian-foundation")),
        ],
    );
}

/// Near miss: a body not called a foundation is not "the foundation".
#[test]
fn the_foundation_names_no_body_called_otherwise() {
    let text = "The World Food Programme said on Monday that the talks had laid the foundation \
for new deliveries. The foundation was weak, critics said.";
    assert_id_exact(text, "The foundation", None);
}

#[test]
fn the_court_names_back_a_court_past_a_place_someone_was_flown_to() {
    let text = "The former leader was arrested on a warrant from the International Criminal Court \
and flown to The Hague.\n\nThe court accuses him of crimes against humanity.";
    assert_id_exact(text, "The court", Some("icc"));
}

#[test]
fn a_body_coordinated_after_the_police_is_bare_too() {
    let text = "Kenyan President William Ruto ordered the police and military to restore order \
in the capital on Sunday.";
    assert_placed_exact(text, "police", "KEN", "COP");
    assert_placed_exact(text, "military", "KEN", "MIL");
}

#[test]
fn a_legislature_in_a_story_naming_only_officials_is_theirs() {
    let text = "What comes next?\n\nPrime Minister Francois Bayrou lost a confidence vote in the \
National Assembly on Monday. President Emmanuel Macron must now name a successor.";
    assert_placed_exact(text, "National Assembly", "FRA", "LEG");
}

/// Near miss: officials of two states name no story state.
#[test]
fn officials_of_two_states_place_no_legislature() {
    let text = "What comes next?\n\nPresident Emmanuel Macron met Chancellor Friedrich Merz \
before the debate in the National Assembly on Monday.";
    assert_id_exact(text, "National Assembly", None);
}

#[test]
fn the_pontiff_is_the_pope_named_before_on_the_publication_date() {
    // The tests' publication date falls in Leo XIV's term.
    let text = "Pope Leo XIV met refugees in Rome on Sunday.\n\nCrowds lined the road.\n\n\
Volunteers handed out food. The pontiff later thanked them, and the current pope blessed the \
crowd.";
    assert_ids(
        text,
        &[
            ("The pontiff", Some("pope-leo-xiv")),
            ("the current pope", Some("pope-leo-xiv")),
        ],
    );
}

/// Near misses: a former holder, a pope the text never named, and an
/// apposition restating the name.
#[test]
fn the_former_pope_or_an_unnamed_one_is_no_holder() {
    let text = "Pope Leo XIV met refugees in Rome. The former pope had done the same.";
    assert_id_exact(text, "The former pope", None);
    let text = "Crowds gathered in Rome on Sunday. The pontiff did not appear.";
    assert_id_exact(text, "The pontiff", None);
    let text = "The crowd cheered Pope Leo XIV, the pope from Chicago, on Sunday.";
    assert_id_exact(text, "the pope", None);
}
