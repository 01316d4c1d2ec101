//! Session 40, branch `actors42`: a town two states name alike goes to the state the document
//! names (Tripoli), a churchman known to the KB keeps his own state, and a scraped list's name
//! ends before the next title glued to it. The sentences are the branch's own; each rule has near
//! misses beside it.

use crate::common;

use common::{assert_id_exact, assert_no_actor, builtin_mentions, placed_on};

#[test]
fn a_town_two_states_name_alike_is_the_named_states() {
    // Lebanon named by its demonym: its northern port.
    let lebanon =
        "Fighting between rival militias in Tripoli spread as shells hit the north Lebanese port.";
    assert_id_exact(lebanon, "Tripoli", Some("LBN"));
    // Libya named: its capital.
    let libya = "Libyan militias clashed in Tripoli on Sunday, residents said.";
    assert_id_exact(libya, "Tripoli", Some("LBY"));
    // Neither named: the capital before another state's town.
    let bare = "Militias clashed in Tripoli on Sunday, residents said.";
    assert_id_exact(bare, "Tripoli", Some("LBY"));
    // Both named: the tie goes to the capital.
    let both = "Lebanese and Libyan envoys met in Tripoli on Sunday.";
    assert_id_exact(both, "Tripoli", Some("LBY"));
}

#[test]
fn an_archbishop_known_to_the_kb_keeps_his_own_state() {
    let text = "Archbishop Desmond Tutu on Sunday called for sanctions against Nigeria.";
    let (country, sector) = placed_on(text, "Desmond Tutu", "1995-11-12");
    assert_eq!(
        (country.as_deref(), sector.as_deref()),
        (Some("ZAF"), Some("REL"))
    );
}

#[test]
fn a_name_ends_before_the_next_title_glued_to_it() {
    let glued = "The letter was signed by Sen. Maria ClovekSen. Peter Hallam and others.";
    let m = builtin_mentions(glued);
    assert!(
        m.iter()
            .any(|(t, id)| t == "Sen. Maria Clovek" && id == "maria-clovek"),
        "{m:?}"
    );
    assert!(!m.iter().any(|(_, id)| id.contains("cloveksen")), "{m:?}");
    // Another abbreviated title glued the same way.
    let rep = "Backers include Rep. Jane RowlandRep. Tom Ives of Ohio.";
    let m = builtin_mentions(rep);
    assert!(
        m.iter()
            .any(|(t, id)| t == "Rep. Jane Rowland" && id == "jane-rowland"),
        "{m:?}"
    );
    // Near misses: an inner capital that opens no title is part of the name.
    let inner = "The bill was backed by Sen. Mark DeWalt. He spoke on Monday.";
    let m = builtin_mentions(inner);
    assert!(
        m.iter()
            .any(|(t, id)| t == "Sen. Mark DeWalt" && id == "mark-dewalt"),
        "{m:?}"
    );
    let mac = "The bill was backed by Gov. Anne McGovan. She spoke on Monday.";
    let m = builtin_mentions(mac);
    assert!(
        m.iter()
            .any(|(t, id)| t == "Gov. Anne McGovan" && id == "anne-mcgovan"),
        "{m:?}"
    );
}

#[test]
fn a_general_secretary_is_an_office_not_a_military_rank() {
    let titled = "General Secretary Nguyen Van Tho said the provinces would merge.";
    let (country, sector) = placed_on(titled, "Nguyen Van Tho", common::PUBLISHED);
    assert_ne!(sector.as_deref(), Some("MIL"), "{country:?}");
    assert_eq!(sector.as_deref(), Some("GOV"));
    // Near miss: a general is still a military rank.
    let general = "General Nguyen Van Tho said the troops would withdraw.";
    let (_, sector) = placed_on(general, "Nguyen Van Tho", common::PUBLISHED);
    assert_eq!(sector.as_deref(), Some("MIL"));
}

#[test]
fn the_senate_is_the_chamber_of_a_state_that_has_one() {
    // A US story: the US Senate.
    let us = "U.S. officials met in Washington on Monday. The Senate voted to pass the budget.";
    assert_id_exact(us, "Senate", Some("us-senate"));
    // A story about Iran that names the United States: Iran has no senate, the US has.
    let sanctions = "The Senate voted to impose new sanctions on Iran. Iran said the \
                     sanctions were illegal, and Tehran warned the United States.";
    assert_id_exact(sanctions, "Senate", Some("us-senate"));
    // A Philippine story: the Philippine chamber.
    let manila =
        "Philippine officials met in Manila on Monday. The Senate voted to reject the treaty.";
    assert_id_exact(manila, "Senate", Some("senate-of-the-philippines"));
    // Near miss: no state named has a senate, so no chamber is guessed.
    let iran = "The Senate voted on the budget. Iran said the budget was balanced, and Tehran \
                approved it.";
    assert_id_exact(iran, "Senate", None);
    assert_no_actor(iran, "IRNLEG");
}

#[test]
fn washington_state_is_the_state_and_washington_the_capital() {
    // "Washington state" acting: the state's government.
    let sued = "Washington state sued the administration over the rule on Monday.";
    assert_id_exact(sued, "Washington state", Some("usa-state-wa"));
    let state_of = "The state of Washington sued the agency over the grazing rule.";
    assert_id_exact(state_of, "Washington", Some("usa-state-wa"));
    // As a place: the USA, not the federal government's seat.
    let located = "Wildfires burned across Washington state on Sunday, officials said.";
    assert_id_exact(located, "Washington state", Some("USA"));
    // Near miss: the bare name is the federal seat.
    let seat = "Washington imposed new sanctions on the company on Monday.";
    assert_id_exact(seat, "Washington", Some("USA"));
    assert_no_actor(seat, "usa-state-wa");
}

#[test]
fn wisconsin_acts_as_a_state_of_its_own() {
    let listed = "Wisconsin and Michigan sued the agency over the rule.";
    assert_id_exact(listed, "Wisconsin", Some("usa-state-wi"));
    // Near miss: a place.
    let located = "Officials in Wisconsin said the roads were closed.";
    assert_id_exact(located, "Wisconsin", Some("USA"));
}

#[test]
fn a_senate_leader_keeps_the_whole_title() {
    let text = "Senate Majority Leader Mitch McConnell said the bill would pass. McConnell \
                spoke to Iran's envoy.";
    let (country, sector) = placed_on(text, "Mitch McConnell", "2016-05-01");
    assert_eq!(
        (country.as_deref(), sector.as_deref()),
        (Some("USA"), Some("LEG"))
    );
    assert_id_exact(text, "Senate", None);
}

#[test]
fn a_title_before_a_noun_it_modifies_names_no_one() {
    let owned = "Voters in Singapore's general election returned the ruling party on Saturday.";
    assert_no_actor(owned, "SGPMIL");
    assert_id_exact(owned, "Singapore", Some("SGP"));
    // Near miss: the general acting is the army's.
    let general = "Singapore's general said the drills would continue on Saturday.";
    assert_id_exact(general, "Singapore's general", Some("SGPMIL"));
}

#[test]
fn a_senate_with_an_owner_or_a_name_after_it_is_no_bare_chamber() {
    // A modifier of a possessed noun: no chamber and the person kept.
    let campaigns = "He backed Hillary Clinton's two Senate campaigns in New York.";
    assert_id_exact(campaigns, "Hillary Clinton", Some("hillary-clinton"));
    assert_no_actor(campaigns, "us-senate");
    // A committee's name: not the chamber.
    let committee = "U.S. officials testified before the Senate Judiciary Committee on Monday.";
    assert_no_actor(committee, "us-senate");
}

#[test]
fn the_senate_floor_and_race_name_no_chamber_acting() {
    let floor = "U.S. officials said Cruz spoke on the Senate floor on Monday.";
    assert_no_actor(floor, "us-senate");
    let race = "U.S. officials said the Senate race in Ohio was close.";
    assert_no_actor(race, "us-senate");
    // Near miss: a title of several words before such a noun keeps its mention.
    let community = "Trump has dismissed the U.S. intelligence community consensus on Russia.";
    assert_id_exact(community, "U.S. intelligence community", Some("USASPY"));
}
