//! Session 46, branch `actors48`: an alias of the knowledge base in two date ranges, and
//! pronouns past an unknown full name. The sentences are the branch's own; each shape has
//! near misses beside it.

mod common;

use common::mentions_on;

/// "Congo" is the DRC's name until it became Zaire (1971-10-27) and again from 1997-05-17, the
/// Republic of the Congo's at any date: between those days the name is no shared one and names
/// Brazzaville's state with no other evidence (even beside "Kinshasa", then Zaire's capital).
#[test]
fn congo_names_brazzaville_while_the_drc_was_zaire() {
    let raw = "France threatened to break off relations with Congo over the dispute.";
    for date in ["1975-03-02", "1985-03-02", "1997-05-16"] {
        let found = mentions_on(raw, date);
        assert!(
            found.contains(&("Congo".into(), "COG".into())),
            "{date}: {found:?}"
        );
    }
    let raw = "France threatened to break off relations with Congo, officials in Kinshasa said.";
    let found = mentions_on(raw, "1985-03-02");
    assert!(found.contains(&("Congo".into(), "COG".into())), "{found:?}");
    // Near misses: before 1971 and from 1997 the name is shared again, the DRC's with
    // "Kinshasa" beside it, and neither state's with no evidence.
    for date in ["1965-03-02", "1997-05-17", "2021-03-02"] {
        let found = mentions_on(raw, date);
        assert!(
            found.contains(&("Congo".into(), "COD".into())),
            "{date}: {found:?}"
        );
    }
    let raw = "France threatened to break off relations with Congo over the dispute.";
    let found = mentions_on(raw, "2021-03-02");
    assert!(found.iter().all(|(s, _)| s != "Congo"), "{found:?}");
}
