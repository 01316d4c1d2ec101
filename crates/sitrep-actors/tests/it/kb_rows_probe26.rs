//! Rows of the built-in KB added from the session 25 probe of unseen news on
//! the Iran story (branch probe26), each checked on a sentence of the shape
//! that left a party with no actor or gave it to someone else: Oman's foreign
//! minister named with his patronymic (a second, one-off person before), the
//! Houthis' late chief of staff, Iran's Guardian Council (read as the British
//! newspaper), two outlets and a ship manager, the story's places (nuclear
//! sites, Yemeni ports, Beirut's southern suburbs, an emirate).

use crate::common;

#[test]
fn people_the_probe_named_resolve() {
    for (text, surface, id) in [
        (
            "The round was mediated by Omani Foreign Minister Badr bin Hamad Albusaidi.",
            "Badr bin Hamad Albusaidi",
            "badr-albusaidi",
        ),
        (
            "The group said its chief of staff, Muhammad Abdul Karim al-Ghamari, had been killed.",
            "Muhammad Abdul Karim al-Ghamari",
            "muhammad-al-ghamari",
        ),
    ] {
        common::assert_id_at(text, surface, Some(id));
    }
}

#[test]
fn bodies_and_outlets_the_probe_named_resolve() {
    for (text, surface, id) in [
        (
            "The Guardian Council, which vets legislation, approved the bill last week.",
            "The Guardian Council",
            "guardian-council",
        ),
        (
            "Trump disclosed the letter in an interview with Fox Business Network on Friday.",
            "Fox Business Network",
            "fox-business",
        ),
        (
            "Al-Masirah said the movement would keep up its operations.",
            "Al-Masirah",
            "al-masirah",
        ),
        (
            "The ship's manager, Columbia Shipmanagement, said it had lost contact with the vessel.",
            "Columbia Shipmanagement",
            "columbia-shipmanagement",
        ),
    ] {
        common::assert_id_at(text, surface, Some(id));
    }
    // Near miss: the newspaper keeps its own name.
    common::assert_id_at(
        "The Guardian reported that the talks had stalled.",
        "The Guardian",
        Some("guardian"),
    );
}

#[test]
fn the_storys_places_name_their_states() {
    for (text, surface, id) in [
        (
            "Inspectors have not visited the enrichment plant at Natanz since June.",
            "Natanz",
            "IRN",
        ),
        (
            "Bombers struck the underground site at Fordow overnight.",
            "Fordow",
            "IRN",
        ),
        (
            "Israeli jets struck the port of Hodeidah on Monday.",
            "Hodeidah",
            "YEM",
        ),
        (
            "A strike hit a building in Dahiyeh, the group's stronghold.",
            "Dahiyeh",
            "LBN",
        ),
        (
            "The tanker was sailing from Ajman to Singapore.",
            "Ajman",
            "ARE",
        ),
    ] {
        common::assert_id_at(text, surface, Some(id));
    }
}
