//! Session 24 (`actors26`): "Secretary" before a surname is a title of
//! address, as "Mr" is ("Secretary Blinken spoke"): the person the KB knows
//! by that surname, not a new person named "Secretary Blinken" (probe24
//! item 12).

use crate::common;

use common::{assert_id_exact, assert_no_actor_like};

const TEXT: &str =
    "The spokesman said Secretary Blinken spoke to a number of regional counterparts today.";

#[test]
fn secretary_before_a_surname_addresses_the_kb_person() {
    let kb = sitrep_kb::Kb::builtin().expect("built-in KB loads");
    let layer = sitrep_text::TextLayer::new(sitrep_text::normalize(TEXT));
    // Blinken's term as secretary of state: 2021-01 to 2025-01.
    let found = sitrep_actors::find_actors(&layer, &kb, Some("2024-12-10"));
    let ids: Vec<_> = found.actors.iter().map(|a| a.id.as_str()).collect();
    assert!(ids.contains(&"antony-blinken"), "{ids:?}");
    assert!(!ids.iter().any(|id| id.starts_with("secretary")), "{ids:?}");
}

/// Near miss: the title before a name nobody knows makes no one of the
/// title, and a role phrase with "secretary" stays that role.
#[test]
fn secretary_is_no_part_of_a_persons_name() {
    assert_no_actor_like(
        "Secretary Walden Prosk said the talks would resume.",
        "secretary",
    );
    // (The UN, named only before the role, is a mention of its own since
    // session 25; the person's mention starts at the role.)
    assert_id_exact(
        "UN Secretary-General Antonio Guterres said the talks would resume.",
        "Secretary-General Antonio Guterres",
        Some("antonio-guterres"),
    );
}
