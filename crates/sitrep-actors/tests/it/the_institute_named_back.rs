//! Session 24 (`actors26`): "the institute" names back the research body
//! named shortly before ("The Kiel Institute for the World Economy ... the
//! institute said"; probe24 item 26), as "the group" names back a group.

use crate::common;

use common::{assert_id_exact, builtin_mentions as mentions};

#[test]
fn the_institute_names_back_the_institute_just_named() {
    let text = "The Kiel Institute for the World Economy, a German research group that tracks \
pledges, puts U.S. aid at about $119 billion. That is less than the total from European \
countries, the institute said.";
    assert_id_exact(text, "the institute", Some("kiel-institute"));
}

/// Near miss: a business named before is no institute.
#[test]
fn the_institute_is_no_business_named_before() {
    let m = mentions(
        "Rosneft said output fell in the third quarter. The institute said exports would recover.",
    );
    assert!(
        !m.iter()
            .any(|(t, _)| t.eq_ignore_ascii_case("the institute")),
        "{m:?}"
    );
}
