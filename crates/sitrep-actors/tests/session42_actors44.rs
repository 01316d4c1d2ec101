//! Session 42, branch `actors44`: the US states' legislatures, a state's business sector named
//! by a business noun, and the other actor gaps of session 41's list. The sentences are the
//! branch's own; each rule has near misses beside it.

mod common;

use common::{assert_id_exact, assert_no_actor};

#[test]
fn a_us_states_chambers_are_its_legislature() {
    // Named with the state: the alias rows of the `actors44` block.
    let ohio = "The Ohio House passed the bill on Tuesday.";
    assert_id_exact(ohio, "Ohio House", Some("usa-legislature-oh"));
    let florida = "Rubio was speaker of the Florida House of Representatives before 2010.";
    assert_id_exact(
        florida,
        "speaker of the Florida House of Representatives",
        Some("usa-legislature-fl"),
    );
    // "West Virginia Senate" is not Virginia's.
    let wv = "The West Virginia Senate approved the budget.";
    assert_id_exact(wv, "West Virginia Senate", Some("usa-legislature-wv"));
    // Near misses: the capitol building, and Washington's bare name (the federal seat).
    let building = "Protesters gathered outside the Alabama State House on Monday.";
    assert_no_actor(building, "usa-legislature-al");
    let federal = "The Washington Senate race drew little money this year.";
    assert_no_actor(federal, "usa-legislature-wa");
}

#[test]
fn a_us_states_legislators_are_its_legislature() {
    let lawmakers = "Missouri lawmakers proposed a new dress code for interns.";
    assert_id_exact(lawmakers, "Missouri lawmakers", Some("usa-legislature-mo"));
    let legislators = "Texas legislators criticized the governor on Monday.";
    assert_id_exact(legislators, "Texas legislators", Some("usa-legislature-tx"));
    // Near misses: a state's officials stay its government, and a state's name before
    // another sector's role stays a sector of the USA.
    let officials = "Texas officials criticized the plan on Monday.";
    assert_id_exact(officials, "Texas officials", Some("usa-state-tx"));
    let troops = "Texas troops arrived at the border on Monday.";
    assert_no_actor(troops, "usa-legislature-tx");
}

#[test]
fn a_bare_chamber_after_a_fronted_us_state_is_its_legislature() {
    let house = "In Tennessee, the House voted to expel the lawmaker.";
    assert_id_exact(house, "House", Some("usa-legislature-tn"));
    let senate = "In Ohio, the Senate passed the bill on Tuesday.";
    assert_id_exact(senate, "Senate", Some("usa-legislature-oh"));
    // Near misses: a state named elsewhere in the sentence (a senator's state), and a
    // fronted city of no state government.
    let cornyn = "It is unclear whether the bills can pass the Senate, Senator John Cornyn of \
                  Texas said.";
    assert_id_exact(cornyn, "Senate", Some("us-senate"));
    let city = "In Chicago, the House candidates met voters on Monday. U.S. officials said so.";
    assert_no_actor(city, "usa-legislature-il");
    let federal = "In Washington, the House voted to impeach the president.";
    assert_id_exact(federal, "House", Some("us-house"));
}
