//! Session 41, branch `actors43`: "the House" as the chamber of the story's state, a party word
//! before a political title, Burundi's FDD beside the US think tank, and "the state of <name>"
//! read once. The sentences are the branch's own; each rule has near misses beside it.

use crate::common;

use common::{assert_id_exact, assert_no_actor, assert_placed_exact, builtin_mentions};

#[test]
fn the_house_is_the_chamber_of_the_storys_state() {
    let us =
        "U.S. officials met in Washington on Monday. The House voted to impeach the president.";
    assert_id_exact(us, "House", Some("us-house"));
    let by = "Trump should be impeached by the House and removed from office by the Senate, \
              U.S. voters said.";
    assert_id_exact(by, "House", Some("us-house"));
    // A British story: the Commons, not the US House.
    let uk = "LONDON - British Prime Minister Keir Starmer told the House on Wednesday that the \
              budget would pass.";
    assert_id_exact(uk, "House", Some("house-of-commons-uk"));
    // Near misses: names holding the word, a lower-case house, a chamber's name, a title and a
    // thing of the chamber after it.
    let white = "U.S. officials said the White House would respond on Monday.";
    assert_no_actor(white, "us-house");
    let building = "U.S. officials said the house was destroyed on Monday.";
    assert_no_actor(building, "us-house");
    let lords = "British officials said the House of Lords would vote on Monday.";
    assert_no_actor(lords, "house-of-commons-uk");
    let committee = "U.S. officials testified before the House Intelligence Committee on Monday.";
    assert_no_actor(committee, "us-house");
    let whip = "In Tennessee, the House majority whip, Jeremy Durham, was expelled by U.S. voters.";
    assert_no_actor(whip, "us-house");
    let floor = "U.S. officials said she spoke on the House floor on Monday.";
    assert_no_actor(floor, "us-house");
    let passed = "U.S. officials said the House-passed bill died in the Senate.";
    assert_id_exact(passed, "House", None);
    let opera = "U.S. officials met at the Opera House on Monday.";
    assert_no_actor(opera, "us-house");
}

#[test]
fn a_party_word_before_a_title_names_the_party_and_the_state() {
    // An office holder the KB lacks: the party's state, and the party named.
    let unknown = "Democratic Sen. Joe Smithers criticized the plan on Tuesday. Iran rejected \
                   the deal and Israel welcomed it.";
    assert_id_exact(unknown, "Democratic", Some("us-democratic-party"));
    assert_placed_exact(unknown, "Sen. Joe Smithers", "USA", "LEG");
    let governor = "Republican Gov. Hal Wexley said the state would sue. Officials in Ottawa \
                    and Mexico City criticized the tariffs.";
    assert_id_exact(governor, "Republican", Some("us-republican-party"));
    assert_placed_exact(governor, "Gov. Hal Wexley", "USA", "GOV");
    // A person the KB knows keeps the person and gains the party.
    let known = "Republican Sen. John McCain said the talks had failed.";
    let m = builtin_mentions(known);
    assert!(
        m.iter()
            .any(|(t, id)| t == "Republican" && id == "us-republican-party"),
        "{m:?}"
    );
    // Near misses: the party word inside another name, before no title, and after another
    // capitalized word.
    let forces = "The Syrian Democratic Forces said on Monday that the talks had failed.";
    assert_no_actor(forces, "us-democratic-party");
    let republic = "The Democratic Republic of Congo said on Monday that the talks had failed.";
    assert_no_actor(republic, "us-democratic-party");
    let voters = "Republican voters said on Monday that the talks had failed.";
    assert_no_actor(voters, "us-republican-party");
    let christian = "The Christian Democratic Gov. Hans Meier said the talks had failed.";
    assert_no_actor(christian, "us-democratic-party");
}

#[test]
fn burundis_fdd_is_the_rebel_group_and_the_think_tanks_elsewhere() {
    let rebels = "The main Hutu rebel group, Forces for Defence of Democracy (FDD), insisted on \
                  its demands that Burundi's government grant the Hutu majority more rights.";
    assert_id_exact(rebels, "FDD", Some("fdd-burundi"));
    // A cue alone ("Hutu"): the rebels, named with the role before them.
    let cue = "The Hutu rebels of the FDD attacked a village on Monday.";
    assert_id_exact(cue, "rebels of the FDD", Some("fdd-burundi"));
    // Near miss: with no evidence for the rebels the acronym stays the think tank's.
    let tank = "FDD analysts said the sanctions on Iran worked.";
    assert_id_exact(
        tank,
        "FDD analysts",
        Some("foundation-for-defense-of-democracies"),
    );
}

#[test]
fn the_state_of_a_name_like_the_capital_is_read_once() {
    // The same readings as before the review commit: the state's government acting, else a
    // place of the USA.
    let sued = "The state of Washington sued the agency over the grazing rule.";
    assert_id_exact(sued, "Washington", Some("usa-state-wa"));
    let object = "The agency settled a suit against the state of Washington on Monday.";
    assert_id_exact(object, "Washington", Some("usa-state-wa"));
    let located = "Wildfires burned in the state of Washington on Sunday.";
    assert_id_exact(located, "Washington", Some("USA"));
}

#[test]
fn georgia_is_the_us_state_when_the_story_names_us_places() {
    // Another US place, or the state's postal abbreviation: the US state, a place of the USA
    // (its governor the USA's).
    let atlanta = "Georgia Gov. Brian Kemp signed the bill on Monday. Democrats in Atlanta \
                   criticized it.";
    assert_placed_exact(atlanta, "Georgia Gov. Brian Kemp", "USA", "GOV");
    assert_no_actor(atlanta, "GEO");
    let dateline = "SAVANNAH, Ga. - Storm damage closed roads across Georgia on Monday.";
    assert_id_exact(dateline, "Georgia", Some("USA"));
    // Acting in such a story: the state's government.
    let sued = "Georgia sued the administration over the rule on Monday. Officials in Atlanta \
                said the rule was unlawful.";
    assert_id_exact(sued, "Georgia", Some("usa-state-ga"));
}

#[test]
fn georgia_stays_the_country_beside_the_united_states() {
    let tbilisi = "TBILISI - Georgia accused Russia on Monday of moving the border fence.";
    assert_id_exact(tbilisi, "Georgia", Some("GEO"));
    // The United States named, but none of its places: the country, its breakaway region
    // tipping the balance.
    let ossetia = "Georgia accused Russia of moving the fence in South Ossetia, and U.S. \
                   officials urged calm.";
    assert_id_exact(ossetia, "Georgia", Some("GEO"));
    let caucasus =
        "Georgia accused Moscow of stoking tension in the Caucasus, U.S. officials said.";
    assert_id_exact(caucasus, "Georgia", Some("GEO"));
    // No evidence either way: the country keeps its name.
    let bare = "Georgia accused Russia on Monday of moving the border fence.";
    assert_id_exact(bare, "Georgia", Some("GEO"));
}
