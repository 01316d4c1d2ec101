//! Session 54, branch `actors54`: a title before a leader's possessive keeps the group role
//! after it the leader's state's ("President Tayyip Erdogan's government" is Turkey's
//! government, as "Erdogan's government" is), and a former official of an organization is a
//! person of their own, neither the organization now nor its present leader: of the elites of
//! the state whose public body (or armed group) it is, else no actor.

use crate::common;

use common::{assert_id_exact, assert_no_actor, assert_placed_exact, builtin_mentions};

#[test]
fn a_title_before_a_leaders_possessive_keeps_the_government_the_states() {
    for text in [
        "Rights groups have accused President Tayyip Erdogan's government of cracking down on dissent.",
        "Rights groups have accused Erdogan's government of cracking down on dissent.",
    ] {
        let m = builtin_mentions(text);
        let government = m
            .iter()
            .find(|(s, _)| s.ends_with("Erdogan's government"))
            .unwrap_or_else(|| panic!("{text}: {m:?}"));
        assert_eq!(government.1, "TURGOV", "{text}: {m:?}");
        assert!(
            !m.iter().any(|(_, id)| id == "recep-tayyip-erdogan"),
            "{text}: {m:?}"
        );
    }
    // A demonym before the title opens the whole mention.
    assert_id_exact(
        "Turkish President Recep Tayyip Erdogan's government arrested dozens of journalists.",
        "Turkish President Recep Tayyip Erdogan's government",
        Some("TURGOV"),
    );
    // Near miss: the titled leader alone stays the person.
    assert_id_exact(
        "President Tayyip Erdogan met the envoy in Ankara.",
        "President Tayyip Erdogan",
        Some("recep-tayyip-erdogan"),
    );
    // Near miss: a group role modifying a noun after a leader's possessive is said of the
    // person, titled or not.
    for (text, surface) in [
        (
            "The ads attacked John Kerry's military record in Vietnam.",
            "John Kerry",
        ),
        (
            "The ads attacked Senator John Kerry's military record in Vietnam.",
            "Senator John Kerry",
        ),
    ] {
        assert_id_exact(text, surface, Some("john-kerry"));
        assert_no_actor(text, "USAMIL");
    }
    // Near miss: a person's lawyers are no body of the person's state.
    let text = "President Tayyip Erdogan's lawyers filed a complaint.";
    assert_no_actor(text, "TURJUD");
}

#[test]
fn a_former_official_of_an_organization_is_not_the_organization() {
    for (text, org) in [
        (
            "The former Hamas leader met Turkish officials in Ankara on Tuesday.",
            "hamas",
        ),
        (
            "A former Taliban official criticised the Pakistani government on Monday.",
            "taliban",
        ),
    ] {
        assert_no_actor(text, org);
    }
    // Out of an armed group or a state's body: of that state's elites.
    assert_placed_exact(
        "The former Hamas leader met Turkish officials in Ankara on Tuesday.",
        "Hamas leader",
        "PSE",
        "ELI",
    );
    assert_placed_exact(
        "Tim Morrison, a former National Security Council official, testified on Tuesday.",
        "National Security Council official",
        "USA",
        "ELI",
    );
    // Out of an IGO: no state's, and no actor.
    assert_no_actor("A former UN official said the talks had failed.", "un");
    // Near miss: a sitting official speaks for the organization.
    assert_id_exact(
        "A Taliban official criticised the Pakistani government on Monday.",
        "Taliban official",
        Some("taliban"),
    );
    // Near miss: the organization's present leader, not a former one.
    assert_id_exact(
        "The Hezbollah secretary-general spoke on Sunday.",
        "Hezbollah secretary-general",
        Some("naim-qassem"),
    );
    assert_no_actor(
        "The former Hezbollah secretary-general spoke on Sunday.",
        "naim-qassem",
    );
}

#[test]
fn the_rebels_name_back_the_armed_group_named_before() {
    assert_id_exact(
        "The Houthis launched drones at Israel on Sunday. The rebels said the attacks would continue.",
        "The rebels",
        Some("houthis"),
    );
    assert_id_exact(
        "The Taliban seized the district on Friday. The insurgents said they had captured 20 soldiers.",
        "The insurgents",
        Some("taliban"),
    );
    // Near miss: two armed groups in the sentence before, neither nearer.
    let text =
        "Hamas and Hezbollah fighters fired rockets at Israel. The rebels said they would go on.";
    assert!(
        !builtin_mentions(text)
            .iter()
            .any(|(s, id)| s == "The rebels" && (id == "hamas" || id == "hezbollah")),
        "{text}: {:?}",
        builtin_mentions(text)
    );
}

#[test]
fn a_group_named_by_the_noun_itself_stops_the_look_back() {
    // "Syrian militants" are the militants named back, not Hezbollah before them.
    let text =
        "Hezbollah fired rockets at Israel on Monday. Syrian militants attacked an army base \
                near Homs. The militants said they had killed ten soldiers.";
    assert_id_exact(text, "Hezbollah", Some("hezbollah"));
    assert!(
        !builtin_mentions(text)
            .iter()
            .any(|(s, id)| s == "The militants" && id == "hezbollah"),
        "{text}: {:?}",
        builtin_mentions(text)
    );
    // Near miss: with no such group between, the organization is named back.
    assert_id_exact(
        "Hezbollah fired rockets at Israel on Monday. The militants said they had hit a base.",
        "The militants",
        Some("hezbollah"),
    );
}

#[test]
fn a_patron_in_a_hyphenated_modifier_leaves_the_group_named_back() {
    let text =
        "Hezbollah fired rockets at northern Israel on Monday. The Iran-backed group said it \
                targeted a base.";
    assert_id_exact(text, "group", Some("hezbollah"));
    // The patron stays a mention of its own.
    assert_id_exact(text, "Iran", Some("IRN"));
    // Near miss: a tail that says nothing of backing opens no such modifier.
    let text =
        "Hezbollah fired rockets at northern Israel on Monday. The Iran-based group said it \
                targeted a base.";
    assert_id_exact(text, "group", None);
}
