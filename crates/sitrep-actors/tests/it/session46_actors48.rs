//! Session 46, branch `actors48`: an alias of the knowledge base in two date ranges. The
//! sentences are the branch's own; each shape has near misses beside it.

use crate::common;

use common::mentions_on;

/// The actor the mention "Congo" of `raw`, published on `date`, names, if any.
fn congo_on(raw: &str, date: &str) -> Option<String> {
    mentions_on(raw, date)
        .into_iter()
        .find(|(surface, _)| surface == "Congo")
        .map(|(_, id)| id)
}

/// "Congo" is the DRC's name until it became Zaire (1971-10-27) and again from 1997-05-17, the
/// Republic of the Congo's at any date: between those days the name is no shared one and names
/// Brazzaville's state with no other evidence (even beside "Kinshasa", then Zaire's capital).
#[test]
fn congo_names_brazzaville_while_the_drc_was_zaire() {
    let bare = "France threatened to break off relations with Congo over the dispute.";
    let kinshasa =
        "France threatened to break off relations with Congo, officials in Kinshasa said.";
    for date in ["1975-03-02", "1985-03-02", "1997-05-16"] {
        assert_eq!(congo_on(bare, date).as_deref(), Some("COG"), "{date}");
    }
    assert_eq!(congo_on(kinshasa, "1985-03-02").as_deref(), Some("COG"));
    // Near misses: before 1971 and from 1997 the name is shared again, the DRC's with
    // "Kinshasa" beside it, and neither state's with no evidence.
    for date in ["1965-03-02", "1997-05-17", "2021-03-02"] {
        assert_eq!(congo_on(kinshasa, date).as_deref(), Some("COD"), "{date}");
    }
    assert_eq!(congo_on(bare, "2021-03-02"), None);
}
