//! Session 25 (`actors27`): an organization named only before a person's role
//! and name ("China Coast Guard spokesperson Zhu Anqing", "IAEA Director
//! General Rafael Grossi") is an actor of the document in its own right: its
//! name is its mention and the person's mention starts at the role (probe25
//! items 21 and 29, where the organization was missing from the record).

use crate::common;

use common::{assert_id_exact, builtin_mentions as mentions};

#[test]
fn an_organization_named_only_before_a_role_is_a_mention_of_its_own() {
    let text = "China Coast Guard spokesperson Zhu Anqing said the patrols would go on.";
    assert_id_exact(text, "China Coast Guard", Some("china-coast-guard"));
    assert_id_exact(text, "spokesperson Zhu Anqing", Some("zhu-anqing"));
    let text = "IAEA Director General Rafael Grossi said the centrifuges were no longer working.";
    assert_id_exact(text, "IAEA", Some("iaea"));
    assert_id_exact(
        text,
        "Director General Rafael Grossi",
        Some("rafael-grossi"),
    );
}

/// Near misses: an organization named elsewhere in the document is listed
/// already and stays the person's modifier; a name apposed after a comma
/// keeps the whole phrase (the claims stage reads the phrase before the
/// comma as the speaker's); a state before the role stays part of the
/// person's mention.
#[test]
fn named_elsewhere_apposed_or_a_state_the_mention_stays_whole() {
    let text = "The IAEA board met on Monday. IAEA Director General Rafael Grossi said the \
centrifuges were no longer working.";
    assert_id_exact(
        text,
        "IAEA Director General Rafael Grossi",
        Some("rafael-grossi"),
    );
    let text = "A Houthi spokesman, Yahya Saree, said the ship was hit.";
    let m = mentions(text);
    assert!(!m.iter().any(|(t, _)| t == "Houthi"), "{m:?}");
    let text = "Iranian Foreign Minister Abbas Araghchi said the talks failed.";
    assert_id_exact(
        text,
        "Iranian Foreign Minister Abbas Araghchi",
        Some("abbas-araghchi"),
    );
}
