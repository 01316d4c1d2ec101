//! Session 25 (`actors27`): KB rows and one rule for names read whole:
//! two-word ranks ("Wing Commander Vyomika Singh" was "Commander Vyomika
//! Singh", probe25 item 16); ministries named "of" their portfolio ("The
//! Ministry of Foreign Affairs reiterates" in a state's own release, items 6
//! and 30), a body's proper name with lower-case joining words; "The United
//! Nations Children's Fund" (item 9, cut to the UN before).

use crate::common;

use common::{assert_id_exact, assert_placed_exact, builtin_mentions as mentions};

#[test]
fn a_two_word_rank_is_read_whole() {
    let text = "The briefing was given by Colonel Sofiya Qureshi and Wing Commander Vyomika \
Singh.";
    let m = mentions(text);
    assert!(
        m.iter().any(|(t, _)| t == "Wing Commander Vyomika Singh"),
        "{m:?}"
    );
    let m = mentions("Rear Admiral Daniel Hagari said the strikes were over.");
    assert!(
        m.iter().any(|(t, _)| t == "Rear Admiral Daniel Hagari"),
        "{m:?}"
    );
}

#[test]
fn the_ministry_of_foreign_affairs_is_the_story_states() {
    let text = "Qatar hosted the talks in Doha. Qatar's emir welcomed the deal. The Ministry of \
Foreign Affairs reiterates its support for the process.";
    assert_placed_exact(text, "Ministry of Foreign Affairs", "QAT", "GOV");
    // "Egypt's Ministry of Foreign Affairs": its owner's, as "Egypt's foreign
    // ministry" is.
    let text = "Qatar hosted the talks in Doha. Egypt's Ministry of Foreign Affairs said it \
would help.";
    assert_placed_exact(text, "Egypt's Ministry of Foreign Affairs", "EGY", "GOV");
}

/// A body named by its proper name, lower-case "of" inside it, is one
/// institution of the story's state: an official of another state named
/// just before does not make it that state's.
#[test]
fn a_proper_name_with_of_is_the_story_states_body() {
    let text = "SANA'A, Aug. 30 (Saba) - The Supreme Political Council announced the death of \
the prime minister in an Israeli strike on Sana'a. The Israeli defence minister, Israel Katz, \
claimed that the strike hit the chief of staff. The Ministry of Foreign Affairs called on the \
United Nations to condemn the crime.";
    assert_placed_exact(text, "Ministry of Foreign Affairs", "YEM", "GOV");
}

#[test]
fn the_un_childrens_fund_is_unicef() {
    let text = "The United Nations Children's Fund said acute malnutrition had doubled.";
    assert_id_exact(text, "The United Nations Children's Fund", Some("unicef"));
    let m = mentions(text);
    assert!(!m.iter().any(|(_, id)| id == "un"), "{m:?}");
}
