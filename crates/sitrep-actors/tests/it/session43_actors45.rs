//! Session 43, branch `actors45`: a name two states share ("Congo"), US state chambers named
//! by the state, a group placed by the town it is in, and businesses named for a place. The
//! sentences are the branch's own; each rule has near misses beside it.

use crate::common;

use common::{assert_id_exact, assert_no_actor, assert_placed_exact, builtin_mentions};

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

#[test]
fn a_us_states_chamber_named_with_the_state_is_its_legislature() {
    let ohio = "The Ohio House passed the bill on Tuesday.";
    assert_id_exact(ohio, "Ohio House", Some("usa-legislature-oh"));
    let kentucky = "The top Republican in the Kentucky Senate said the bill would pass.";
    assert_id_exact(kentucky, "Kentucky Senate", Some("usa-legislature-ky"));
    // "West Virginia House" is not Virginia's.
    let wv = "The West Virginia House approved the budget.";
    assert_id_exact(wv, "West Virginia House", Some("usa-legislature-wv"));
    // Near miss: Washington's bare name stays the federal seat's.
    let federal = "The Washington Senate race drew little money this year.";
    assert_no_actor(federal, "usa-legislature-wa");
}

#[test]
fn a_chambers_name_ends_before_a_title_opening_on_its_last_word() {
    // The title keeps its holder, owned by the state.
    let bosma = "Indiana House Speaker Brian Bosma said the bill would pass.";
    assert_no_actor(bosma, "usa-legislature-in");
    assert!(
        builtin_mentions(bosma)
            .iter()
            .any(|(t, _)| t.ends_with("Brian Bosma")),
        "{bosma}: {:?}",
        builtin_mentions(bosma)
    );
    let huffman = "Ohio Senate President Matt Huffman said the bill would pass.";
    assert_id_exact(
        huffman,
        "Ohio Senate President Matt Huffman",
        Some("matt-huffman"),
    );
    assert_no_actor(huffman, "usa-legislature-oh");
    // Near misses: a title before the chamber's name, and the name before a plain noun.
    let speaker = "Jane Roe, the speaker of the Ohio House, said the bill would pass.";
    assert_id_exact(
        speaker,
        "speaker of the Ohio House",
        Some("usa-legislature-oh"),
    );
    let floor = "The Ohio House floor was quiet on Tuesday.";
    assert_id_exact(floor, "Ohio House", Some("usa-legislature-oh"));
}

#[test]
fn an_airline_named_for_its_state_is_its_own_business() {
    let france = "Air France cancelled its flights to Tel Aviv on Monday.";
    assert_id_exact(france, "Air France", Some("air-france"));
    assert_no_actor(france, "FRA");
    let korea = "Korean Air cancelled its flights on Monday.";
    assert_id_exact(korea, "Korean Air", Some("korean-air"));
    let china = "China Southern cancelled its flights on Monday.";
    assert_id_exact(china, "China Southern", Some("china-southern-airlines"));
    // Near misses: the state acting, and the state's air force.
    let state = "France cancelled the contract on Monday.";
    assert_id_exact(state, "France", Some("FRA"));
    let force = "The Royal Jordanian Air Force struck targets in Syria.";
    assert_no_actor(force, "royal-jordanian");
}

#[test]
fn a_business_and_its_state_opening_a_venues_name_are_no_actor() {
    let stadium = "Protesters marched around Bank of America Stadium on Tuesday.";
    assert_no_actor(stadium, "USABUS");
    assert_no_actor(stadium, "USA");
    // Near misses: the bank itself, and the bank before a lower-case noun.
    let bank = "Charlotte is the home of Bank of America, one of the largest banks.";
    assert_id_exact(bank, "Bank of America", Some("USABUS"));
    let stake = "Bank of America shares fell on Tuesday.";
    assert_id_exact(stake, "Bank of America", Some("USABUS"));
}

#[test]
fn jewish_settlers_are_israels_civilians() {
    let hebron = "Jewish settlers in the West Bank city of Hebron set fire to the offices.";
    assert_id_exact(hebron, "Jewish settlers", Some("jewish-settlers"));
    // Near misses: "Jewish" alone is no state's, and Israeli settlers stay the state's sector.
    let groups = "Jewish groups in France condemned the attack.";
    assert_no_actor(groups, "ISR");
    assert_no_actor(groups, "jewish-settlers");
}

#[test]
fn the_state_chamber_is_the_one_us_states_the_story_names() {
    let ohio = "Ohio voters went to the polls on Tuesday. The state Senate passed the bill \
                on Wednesday.";
    assert_id_exact(ohio, "state Senate", Some("usa-legislature-oh"));
    let house = "The state House approved the budget, lawmakers in Kentucky said.";
    assert_id_exact(house, "state House", Some("usa-legislature-ky"));
    // Near misses: two states named, no state named, and a longer name.
    let two = "Texas and Ohio passed laws. The state Senate passed the bill on Wednesday.";
    assert_no_actor(two, "usa-legislature-oh");
    assert_no_actor(two, "usa-legislature-tx");
    let none = "The state Senate passed the bill on Wednesday.";
    assert!(
        !builtin_mentions(none)
            .iter()
            .any(|(_, id)| id.starts_with("usa-legislature")),
        "{none}"
    );
    let committee = "In Ohio the state Senate Judiciary Committee met on Wednesday.";
    assert_no_actor(committee, "usa-legislature-oh");
}

#[test]
fn a_legislatures_chambers_are_read_from_its_own_aliases() {
    let kb = sitrep_kb::Kb::builtin().expect("built-in KB");
    let nc = kb.index_of("usa-legislature-nc").expect("NC legislature");
    assert!(kb.legislature_has_chamber(nc, "House of Representatives"));
    assert!(kb.legislature_has_chamber(nc, "Senate"));
    // Near misses: a chamber it lacks, a whole alias (no words before it),
    // and an actor that is no legislature.
    assert!(!kb.legislature_has_chamber(nc, "House of Delegates"));
    assert!(!kb.legislature_has_chamber(nc, "North Carolina Senate"));
    let usa = kb.index_of("USA").expect("USA");
    assert!(!kb.legislature_has_chamber(usa, "Senate"));
    // The reader of the sentence keeps the chamber after "and" with the state's.
    let text = "Leaders of the North Carolina state Senate and House of Representatives met.";
    assert_id_exact(text, "House of Representatives", Some("usa-legislature-nc"));
}

#[test]
fn an_ethnic_minority_belongs_to_the_state_its_sentence_names_most() {
    let text = "Ethnic Albanians have vowed to hold villages near Macedonia's border with \
                Bulgaria, Macedonian officials said.";
    assert_placed_exact(text, "Albanians", "MKD", "ETH");
    // Near misses: two other states named as often, and no "ethnic".
    let tie = "Ethnic Albanians have vowed to hold villages near Macedonia's border with \
               Bulgaria.";
    assert_no_actor(tie, "MKDETH");
    let plain = "Albanians have vowed to hold villages near Macedonia's border with \
                 Bulgaria, Macedonian officials said.";
    // (Albania's people: a plural demonym with no "the" is the state's civilians, actors49.)
    assert_id_exact(plain, "Albanians", Some("ALBCVL"));
}
