//! Session 52, the lead: a person role after "a"/"an" ("an Iranian foreign minister", "a U.S.
//! special envoy") names one holder of many or anyone, and one after a past prefix ("the
//! former Israeli prime minister") someone out of the office: neither is the present holder
//! the KB lists. "The former Mexican leader" still names back a leader named before it. Built-in
//! KB.

use crate::common;

use common::{ids_on, mentions_on, placed_on};

const DATE: &str = "2026-07-03";

#[test]
fn an_indefinite_person_role_is_the_state_body_not_its_holder() {
    for (text, surface, id) in [
        (
            "An Iranian foreign minister has never visited Washington.",
            "Iranian foreign minister",
            "IRNGOV",
        ),
        (
            "The release came after a visit to Caracas by a U.S. special envoy.",
            "U.S. special envoy",
            "USAGOV",
        ),
        (
            "A Russian deputy foreign minister said talks would resume.",
            "Russian deputy foreign minister",
            "RUSGOV",
        ),
    ] {
        assert_eq!(ids_on(text, surface, DATE), vec![id.to_string()], "{text}");
    }
    // Near misses: with "the" or a possessive the role names its holder.
    for (text, surface, id) in [
        (
            "The Iranian foreign minister has never visited Washington.",
            "Iranian foreign minister",
            "abbas-araghchi",
        ),
        (
            "Iran's foreign minister said talks would resume.",
            "Iran's foreign minister",
            "abbas-araghchi",
        ),
    ] {
        assert_eq!(ids_on(text, surface, DATE), vec![id.to_string()], "{text}");
    }
}

#[test]
fn a_past_prefix_puts_the_present_holder_out_of_a_role() {
    for text in [
        "The former Israeli prime minister criticized the deal.",
        "A former Israeli prime minister criticized the deal.",
    ] {
        assert_eq!(
            ids_on(text, "Israeli prime minister", DATE),
            vec!["ISRELI".to_string()],
            "{text}"
        );
        assert_eq!(
            placed_on(text, "Israeli prime minister", DATE),
            (Some("ISR".to_string()), Some("ELI".to_string())),
            "{text}"
        );
    }
    // Near misses: "former" before a building says the place changed ("the former US
    // embassy" stays the US government's), and with no prefix the role is the present holder.
    assert_eq!(
        ids_on(
            "Thousands rallied outside the former US embassy in Tehran.",
            "US embassy",
            DATE
        ),
        vec!["USAGOV".to_string()]
    );
    assert_eq!(
        ids_on(
            "The Israeli prime minister criticized the deal.",
            "Israeli prime minister",
            DATE
        ),
        vec!["benjamin-netanyahu".to_string()]
    );
}

#[test]
fn a_former_leader_names_back_the_leader_named_before() {
    let text = "Former Mexican President Felipe Calderon criticized Donald Trump on Sunday. \
                The former Mexican leader said the wall would be useless.";
    assert_eq!(
        ids_on(text, "Mexican leader", "2016-06-01"),
        vec!["felipe-calderon".to_string()]
    );
}

#[test]
fn the_kingdom_is_a_state_whose_own_names_hold_the_word() {
    for (text, id) in [
        // The dominant state (named twice) is no kingdom: the kingdom is the one named.
        (
            "Iran's foreign minister visited Riyadh. Iran and the kingdom restored ties in \
             2023. The kingdom has long opposed Iran's nuclear programme.",
            "SAU",
        ),
        (
            "Iran's foreign minister met Crown Prince Mohammed bin Salman, who stressed the \
             kingdom's support for a peaceful resolution.",
            "SAU",
        ),
        (
            "Saudi Arabia hosted the talks. The kingdom said it would mediate.",
            "SAU",
        ),
        (
            "Jordan's King Abdullah met the Iraqi prime minister in Baghdad. Iraq thanked the \
             kingdom for its help.",
            "JOR",
        ),
    ] {
        assert_eq!(
            ids_on(text, "kingdom", DATE)
                .into_iter()
                .chain(ids_on(text, "The kingdom", DATE))
                .chain(ids_on(text, "the kingdom", DATE))
                .collect::<Vec<_>>()
                .last()
                .map(String::as_str),
            Some(id),
            "{text}"
        );
    }
    // Near miss: with no kingdom named, "the kingdom" names no state.
    let text = "Iran's foreign minister spoke in Tehran. The kingdom was not mentioned.";
    assert!(
        mentions_on(text, DATE)
            .iter()
            .all(|(surface, _)| !surface.to_lowercase().contains("kingdom")),
        "{text}"
    );
}
