//! Session 40, branch `actors42`: a town two states name alike goes to the state the document
//! names (Tripoli), a churchman known to the KB keeps his own state, and a scraped list's name
//! ends before the next title glued to it. The sentences are the branch's own; each rule has near
//! misses beside it.

mod common;

use common::{assert_id_exact, builtin_mentions, placed_on};

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
