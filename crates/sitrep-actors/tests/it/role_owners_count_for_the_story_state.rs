//! Session 25 (`actors27`): a person's office owned by a state the text names
//! ("Ukraine's commander-in-chief, Oleksandr Syrskyi") counts for that state
//! when the document's dominant state is counted, as "Ukraine's army" does:
//! since session 24 read the person there, Ukraine no longer dominated probe24
//! item 2 and "Local authorities" named no one.

use crate::common;

use common::{assert_id_exact, assert_placed_exact};

#[test]
fn an_office_holder_counts_for_the_state_owning_the_office() {
    let text = "Ukraine's commander-in-chief, Oleksandr Syrskyi, said the line held. Ukraine's \
defence ministry said two villages were lost. Russian troops advanced near the town, and glide \
bombs pounded positions. Local authorities have ordered families to leave.";
    assert_placed_exact(text, "authorities", "UKR", "GOV");
}

/// Near miss: a demonym before a civilian's role ("American investor George
/// Soros") is no office of that state and does not count for it.
#[test]
fn a_civilian_role_does_not_count() {
    let text = "Indian shares rose as Indian investors cheered the Indian tax cut. India's \
markets hit a record, and India's rupee firmed. U.S. markets fell, and U.S. bond yields rose. \
American investor George Soros bought shares. Analysts said earnings were strong. For months the \
government has been active in addressing the slowdown.";
    assert_id_exact(text, "the government", Some("INDGOV"));
}
