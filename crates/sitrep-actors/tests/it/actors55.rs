//! Session 56, branch `actors55`: a state's public is its people when "public" heads its noun
//! phrase ("the American public is tired": USAPPL), never when it modifies a noun ("public
//! opinion", "the public broadcaster"); a past prefix inside an owned role puts the holder out
//! ("Hamas's former leader", "former Speaker of the House": never the body, never its leader
//! now); and a definite plural group role names back a state's group of any sector the text
//! gave that role before ("Syrian militants ... The militants said": SYRREB).

use crate::common;

use common::{assert_id_exact, assert_no_actor, builtin_mentions};

#[test]
fn a_states_public_heading_its_phrase_is_its_people() {
    for (text, surface, id) in [
        (
            "The American public is tired of the war.",
            "American public",
            "USAPPL",
        ),
        (
            "Trump said the American public's trust had been betrayed.",
            "American public",
            "USAPPL",
        ),
        (
            "Polls show the Israeli public, weary of war, wants a deal.",
            "Israeli public",
            "ISRPPL",
        ),
        (
            "The Iranian public and the clergy were divided.",
            "Iranian public",
            "IRNPPL",
        ),
    ] {
        assert_id_exact(text, surface, Some(id));
    }
    // Near misses: "public" before a noun is an adjective; the demonym stays the state's.
    for (text, people) in [
        (
            "American public opinion has turned against the war.",
            "USAPPL",
        ),
        (
            "The Iranian public broadcaster IRIB reported the strike.",
            "IRNPPL",
        ),
        (
            "Israeli public health officials warned of an outbreak.",
            "ISRPPL",
        ),
    ] {
        assert_no_actor(text, people);
    }
    // Near miss: "public" before another role is no part of that role: the broadcaster is
    // no people.
    let text = "The public broadcaster said the strike killed three.";
    let m = builtin_mentions(text);
    assert!(
        !m.iter().any(|(_, id)| id.ends_with("PPL")),
        "{text}: {m:?}"
    );
}

#[test]
fn a_past_prefix_inside_an_owned_role_puts_the_holder_out() {
    // The prefix after the owner's possessive, or opening the mention before an owner after
    // the role: someone out of the office, of the elites of the body's state.
    for (text, surface, id) in [
        (
            "Hamas's former leader said the group would fight.",
            "Hamas's former leader",
            "PSEELI",
        ),
        (
            "The former Speaker of the House of Representatives criticized Trump.",
            "former Speaker of the House of Representatives",
            "USAELI",
        ),
    ] {
        assert_id_exact(text, surface, Some(id));
        assert_no_actor(text, "us-house");
        assert_no_actor(text, "hamas");
    }
    // Near misses: the present holder and the body stay as before.
    assert_id_exact(
        "Hamas's leader said the group would fight.",
        "Hamas's leader",
        Some("hamas"),
    );
    // Near miss: a person named after the title is that person.
    let text = "Former Speaker of the House Nancy Pelosi criticized Trump.";
    assert_id_exact(text, "Nancy Pelosi", Some("nancy-pelosi"));
    assert_no_actor(text, "us-house");
    assert_no_actor(text, "USAELI");
    assert_id_exact(
        "Israel's former prime minister said the government had failed.",
        "Israel's former prime minister",
        Some("ISRELI"),
    );
}

#[test]
fn a_definite_plural_group_role_names_back_a_states_group_of_any_sector() {
    let text = "Hezbollah fired rockets at Israel on Monday. Syrian militants attacked a base \
                near Aleppo. The militants said the attack was revenge.";
    assert_id_exact(text, "militants", Some("SYRREB"));
    let text = "Israeli protesters blocked a highway in Tel Aviv. The protesters said the \
                government had failed.";
    assert_id_exact(text, "protesters", Some("ISROPP"));
    // Near miss: two states' militants before it, neither nearer: none.
    let text = "Syrian militants attacked a base. Iraqi militants shelled a town. The militants \
                said the attacks would go on.";
    assert_id_exact(text, "militants", None);
    // Near miss: no earlier group called by the noun: the organization before it is not one.
    let text = "Hezbollah fired rockets at Israel on Monday. The protesters said the attack was \
                revenge.";
    assert_id_exact(text, "protesters", None);
}

#[test]
fn a_role_word_before_a_heading_public_names_no_one() {
    for text in [
        "The charges will be made public, and the general public will decide.",
        "Officials said the general public should stay indoors.",
    ] {
        let m = builtin_mentions(text);
        assert!(
            !m.iter()
                .any(|(s, id)| s.contains("public") && (id.ends_with("MIL") || id.ends_with("PPL"))),
            "{text}: {m:?}"
        );
    }
}

#[test]
fn a_demonym_before_counterpart_places_the_person_named_after_it() {
    // The person named after "counterpart" is the mention, the demonym part of it.
    for (text, surface, id) in [
        (
            "Ukrainian Foreign Minister Andrii Sybiha met his Turkish counterpart Hakan Fidan in Ankara.",
            "Turkish counterpart Hakan Fidan",
            "hakan-fidan",
        ),
        (
            "Araghchi spoke by phone with his Saudi counterpart, Prince Faisal bin Farhan.",
            "Saudi counterpart, Prince Faisal bin Farhan",
            "faisal-bin-farhan",
        ),
        (
            "Rubio met his Chinese counterpart in Kuala Lumpur.",
            "Chinese counterpart",
            "CHNGOV",
        ),
    ] {
        assert_id_exact(text, surface, Some(id));
    }
    let text = "Ukrainian Foreign Minister Andrii Sybiha met his Turkish counterpart Hakan Fidan.";
    assert_no_actor(text, "TUR");
    // Near misses: no state named with the counterpart, no state's government.
    let text = "Rubio met his counterpart in Kuala Lumpur.";
    let m = builtin_mentions(text);
    assert!(
        !m.iter().any(|(_, id)| id.ends_with("GOV")),
        "{text}: {m:?}"
    );
    let text = "Senior Iranian officials met their European counterparts on Monday.";
    assert_id_exact(text, "European counterparts", None);
}

#[test]
fn a_member_named_as_one_of_the_group_speaks_of_that_group() {
    let text = "Israeli strikes killed 20 people in Gaza, the Hamas-run health ministry said. A \
                senior Hamas official, Basem Naim, said the group had accepted the proposal.";
    assert_id_exact(text, "the group", Some("hamas"));
    // Near miss: a member of another group speaks of their own group, not the one named
    // before.
    let text = "Hamas fired rockets at Israel on Monday. A Houthi official, Mohammed Abdulsalam, \
                said the group would keep attacking ships.";
    assert_id_exact(text, "the group", None);
}
