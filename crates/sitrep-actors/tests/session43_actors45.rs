//! Session 43, branch `actors45`: a name two states share ("Congo"), US state chambers named
//! by the state, a group placed by the town it is in, and businesses named for a place. The
//! sentences are the branch's own; each rule has near misses beside it.

mod common;

use common::{assert_id_exact, assert_no_actor, builtin_mentions};

#[test]
fn a_name_two_states_share_takes_the_sense_the_story_supports() {
    // The DRC: its capital, its longer name or one of its towns.
    let kinshasa = "Congo accused Rwanda of backing the rebels, officials in Kinshasa said.";
    assert_id_exact(kinshasa, "Congo", Some("COD"));
    let goma = "Rebels seized Goma, the largest city in eastern Congo.";
    assert_id_exact(goma, "Congo", Some("COD"));
    // The Republic of the Congo: its capital.
    let brazzaville = "Congo signed an oil deal with China, the government in Brazzaville said.";
    assert_id_exact(brazzaville, "Congo", Some("COG"));
    // Near miss: no evidence for either state names neither.
    let bare = "Pakistan threatened to break off relations with Congo and Costa Rica.";
    assert_no_actor(bare, "COD");
    assert_no_actor(bare, "COG");
    assert_id_exact(bare, "Costa Rica", Some("CRI"));
    // A longer name of one of them is that state's anywhere.
    let full = "The Democratic Republic of Congo held elections on Sunday.";
    assert_id_exact(full, "Democratic Republic of Congo", Some("COD"));
    assert!(
        !builtin_mentions(full).iter().any(|(_, id)| id == "COG"),
        "{full}"
    );
}
