//! Session 25 (`actors27`): a surname joined to a `name-particle` by a
//! hyphen ("al-Numan", "el-Sisi") makes the word before it a given name: "His
//! military spokesman, Sabah al-Numan" is a spokesman, not Malaysia's state
//! of Sabah (probe25 item 27).

use crate::common;

use common::{assert_id_exact, assert_no_actor};

#[test]
fn a_place_before_a_particled_surname_is_a_given_name() {
    let text = "His military spokesman, Sabah al-Numan, said the government would act.";
    assert_no_actor(text, "MYS");
    assert_id_exact(
        text,
        "military spokesman, Sabah al-Numan",
        Some("sabah-al-numan"),
    );
}

/// Near miss: the place on its own stays the state's.
#[test]
fn the_place_alone_stays() {
    assert_id_exact("Floods hit Sabah on Monday.", "Sabah", Some("MYS"));
}
