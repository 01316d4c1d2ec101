//! Session 33, branch `actors35`: back nouns ("accused the group of …", "the confederation",
//! "the panel"), kin nouns before a relative's name, later bearers of a name ("the next Dalai
//! Lama"), titles of address of the other gender, and KB rows for bodies whose names hold an
//! office word. Each rule has a near miss beside it; the sentences are the branch's own.

use crate::common;

use common::{assert_id_exact, assert_ids, assert_no_actor, builtin_mentions};
use sitrep_actors::find_actors;
use sitrep_kb::Kb;
use sitrep_record::ActorKind;
use sitrep_text::{normalize, TextLayer};

/// (id, kind, country, sector) of the first mention reading exactly `surface`.
fn actor_of(
    text: &str,
    surface: &str,
) -> Option<(String, ActorKind, Option<String>, Option<String>)> {
    let kb = Kb::builtin().expect("built-in KB loads");
    let layer = TextLayer::new(normalize(text));
    let found = find_actors(&layer, &kb, Some(common::PUBLISHED));
    found
        .mentions
        .iter()
        .find(|m| &layer.text[m.start..m.end] == surface)
        .map(|m| {
            let a = &found.actors[m.actor];
            (a.id.clone(), a.kind, a.country.clone(), a.sector.clone())
        })
}

#[test]
fn the_group_as_an_object_before_of_and_a_verb_names_the_organization_back() {
    assert_id_exact(
        "Hezbollah fired rockets at northern towns. The army accused the group of breaking the truce.",
        "the group",
        Some("hezbollah"),
    );
}

#[test]
fn the_group_of_people_stays_a_group_of_people() {
    assert_id_exact(
        "Hezbollah fired rockets at northern towns. Police dispersed the group of protesters outside the embassy.",
        "the group",
        None,
    );
}

#[test]
fn the_confederation_names_back_a_body_called_a_confederation() {
    assert_id_exact(
        "Mali, Burkina Faso and Niger marked a year of the Confederation of Sahel States. The confederation said it would field a joint force.",
        "The confederation",
        Some("aes"),
    );
    // A body not called a confederation is not named back so.
    assert_id_exact(
        "The European Union imposed tariffs on steel. The confederation said it would respond.",
        "The confederation",
        None,
    );
}

#[test]
fn the_panel_names_back_a_committee_or_commission_but_not_a_court() {
    assert_id_exact(
        "The Senate Foreign Relations Committee held a hearing on Tuesday. The panel voted 12-9 to advance the nomination.",
        "The panel",
        Some("senate-foreign-relations-committee"),
    );
    assert_id_exact(
        "The International Court of Justice ruled on Monday. The panel said it would hear the case again.",
        "The panel",
        None,
    );
}

#[test]
fn a_kin_noun_after_first_or_late_still_introduces_a_relative() {
    // Two Clintons named in full; the one introduced as "her first husband" is named in full
    // each time, so the bare surname is the other's.
    assert_id_exact(
        "Hillary Clinton campaigned in Ohio on Monday. Her first husband, Bill Clinton, stayed in New York. Clinton told voters the race was close.",
        "Clinton",
        Some("hillary-clinton"),
    );
    // "first" before a noun that is no kinship introduces nobody: either Clinton, so nobody.
    assert_id_exact(
        "Hillary Clinton campaigned in Ohio on Monday. Her first meeting with Bill Clinton was in 1971. Clinton told voters the race was close.",
        "Clinton",
        None,
    );
}

#[test]
fn the_next_holder_of_a_title_name_is_not_the_present_one() {
    let text =
        "The Dalai Lama said on Wednesday that the next Dalai Lama would be chosen by his office.";
    let found = builtin_mentions(text);
    assert_eq!(
        found.iter().filter(|(_, id)| id == "dalai-lama").count(),
        1,
        "{found:?}"
    );
    assert_id_exact(text, "Dalai Lama", Some("dalai-lama"));
}

#[test]
fn a_title_of_address_of_the_other_gender_is_someone_else() {
    let text = "Donald Trump spoke on Monday. The former Mrs. Trump backed away from the claim.";
    let found = builtin_mentions(text);
    assert_eq!(
        found.iter().filter(|(_, id)| id == "donald-trump").count(),
        1,
        "{found:?}"
    );
}

#[test]
fn a_title_of_address_of_the_same_gender_is_the_person() {
    assert_ids(
        "Donald Trump spoke on Monday. Mr. Trump said the claim was false.",
        &[
            ("Donald Trump", Some("donald-trump")),
            ("Trump", Some("donald-trump")),
        ],
    );
}

#[test]
fn phoenix_bodies_with_an_office_word_are_organizations_of_their_state() {
    let fsa = actor_of("The Free Syrian Army shelled the town.", "Free Syrian Army");
    assert_eq!(
        fsa,
        Some((
            "free-syrian-army".into(),
            ActorKind::ArmedGroup,
            Some("SYR".into()),
            Some("REB".into())
        ))
    );
    let coalition = actor_of(
        "The Syrian National Coalition rejected the plan.",
        "Syrian National Coalition",
    );
    assert_eq!(
        coalition.map(|(id, _, c, s)| (id, c, s)),
        Some((
            "syrian-national-coalition".into(),
            Some("SYR".into()),
            Some("OPP".into())
        ))
    );
    // A body Phoenix codes as a legislature is one.
    let npc = actor_of(
        "The National People's Congress approved the law.",
        "National People's Congress",
    );
    assert_eq!(
        npc.map(|(id, _, c, s)| (id, c, s)),
        Some((
            "national-peoples-congress".into(),
            Some("CHN".into()),
            Some("LEG".into())
        ))
    );
    let kosovo = actor_of("The Kosovo Assembly elected a speaker.", "Kosovo Assembly");
    assert_eq!(kosovo.and_then(|(_, _, _, s)| s).as_deref(), Some("LEG"));
}

#[test]
fn a_long_name_of_a_curated_body_is_that_body_and_a_persons_forces_are_no_body() {
    assert_id_exact(
        "The United States Department of Justice sued the firm.",
        "United States Department of Justice",
        Some("us-justice-department"),
    );
    assert_no_actor("Assad Forces shelled the town.", "assad-forces");
}

#[test]
fn bill_shorten_named_in_full_is_the_australian_politician() {
    let shorten = actor_of(
        "Bill Shorten said on Tuesday he would leave politics.",
        "Bill Shorten",
    );
    assert_eq!(
        shorten.map(|(id, _, c, _)| (id, c)),
        Some(("bill-shorten".into(), Some("AUS".into())))
    );
}
