//! Session 41 (branch `events52`, issue #2): who did what to whom, from clause structure.
//! Invented sentences, each rule with a near miss.

mod common;

use common::event_by_trigger as event;
use common::ids;

common::events_kb!(common::WORLD_ACTORS, common::OFFICIALS, "2025-06-01");

#[test]
fn a_later_item_of_a_colon_list_belongs_to_the_relative_clauses_antecedent() {
    // Items with no event of their own come first: their commas are the
    // list's, not a break in the relative clause that runs to the colon.
    let text = "Critics were outraged by the Kremlin that at last fulfilled its agenda: \
                ending the truce, raising taxes, striking Kyiv and arming separatists.";
    let evs = events(text);
    let e = event(&evs, "striking", text);
    assert_eq!(e.source, ids(&["RUS"]), "{e:#?}");
    assert_eq!(e.target, ids(&["UKR"]), "{e:#?}");
}

#[test]
fn a_relative_clause_cut_by_a_semicolon_owns_no_list_after_it() {
    // Near miss: a semicolon, not a colon, ends the relative clause; what
    // follows is no list of its acts.
    let text = "Critics were outraged by the Kremlin that at last fulfilled its agenda; \
                ending the truce, raising taxes, striking Kyiv and arming separatists.";
    let evs = events(text);
    let e = event(&evs, "striking", text);
    assert!(e.source.is_empty(), "{e:#?}");
}
