//! Session 26 (branch `probe27`): loaded-term rows from a probe of unseen news on European
//! security, Latin America and China's diplomacy — a translated Russian ministry's "hysteria"
//! and "war party", a Chinese state agency's "hegemonism" and "power politics", and an
//! opposition's "blackmailed". Each is found in a sentence of its kind; a near miss is not.

use crate::common;

use common::{assert_hit, loaded};

#[test]
fn a_state_ministrys_labels_are_found() {
    let text = "The spokeswoman said the Baltic states were whipping up hysteria \
        to serve the war party in Brussels.";
    assert_hit(text, "hysteria", "accusatory_term");
    assert_hit(text, "war party", "delegitimizing_label");
    assert_hit(
        "Officials dismissed the reaction as hysterical.",
        "hysterical",
        "accusatory_term",
    );
}

#[test]
fn a_state_agencys_and_an_oppositions_terms_are_found() {
    let text = "Xi called on all countries to oppose hegemonism and power politics.";
    assert_hit(text, "hegemonism", "accusatory_term");
    assert_hit(text, "power politics", "accusatory_term");
    assert_hit(
        "Opposition leaders said Washington had blackmailed the voters.",
        "blackmailed",
        "accusatory_term",
    );
    // Near miss: a party's name and a plain policy noun carry no label.
    let text = "The party's policy on power plants was debated in parliament.";
    assert!(loaded(text).is_empty(), "{:?}", loaded(text));
}
