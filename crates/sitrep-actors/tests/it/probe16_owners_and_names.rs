//! Rules from the session 15 probe (branch probe16): a party's or company's
//! alias inside a longer capitalized name names another body, a person's
//! lawyers are no court of the person's state.

use crate::common;

fn mentions(text: &str) -> Vec<(String, String)> {
    common::builtin_mentions(text)
}

fn id_at(text: &str, surface: &str) -> Option<String> {
    common::builtin_id_at(text, surface)
}

#[test]
fn a_party_alias_inside_a_longer_name_names_no_party() {
    // An unknown capitalized word before the alias makes a longer name.
    let text = "The Liberal Democratic Alliance said it would contest the vote.";
    let found = mentions(text);
    assert!(
        !found.iter().any(|(_, id)| id == "democratic-alliance-za"),
        "{found:?}"
    );
    let text = "The Socialist Labour Party said it would field candidates.";
    let found = mentions(text);
    assert!(!found.iter().any(|(_, id)| id == "uk-labour"), "{found:?}");
    // "of" and another state after the alias: that state's party.
    let text = "Members of the Republican Party of Armenia protested in Yerevan.";
    let found = mentions(text);
    assert!(
        !found.iter().any(|(_, id)| id == "us-republican-party"),
        "{found:?}"
    );
    assert!(found.iter().any(|(_, id)| id == "ARM"), "{found:?}");
    // A hyphened compound before a body's name is a modifier, not a word of
    // the name.
    let text = "It was the Democratic Party-controlled House of Representatives that voted.";
    common::assert_id_at(text, "House of", Some("us-house"));
}

#[test]
fn a_party_alias_with_its_owner_or_at_a_sentence_start_still_names_the_party() {
    let text = "South Africa's Democratic Alliance said it would stay in the coalition.";
    common::assert_id_at(text, "Democratic Alliance", Some("democratic-alliance-za"));
    let text = "Britain's Labour Party said it would not field candidates.";
    common::assert_id_at(text, "Labour Party", Some("uk-labour"));
    let text = "Senators said the Republican Party would win the Senate.";
    common::assert_id_at(text, "Republican Party", Some("us-republican-party"));
}

#[test]
fn a_persons_lawyers_are_no_court_of_the_persons_state() {
    let text = "Brazil's judges rejected the appeal. Bolsonaro's lawyers said they would \
                appeal again.";
    let found = mentions(text);
    assert!(
        !found
            .iter()
            .any(|(s, id)| s.contains("lawyers") && id == "BRAJUD"),
        "{found:?}"
    );
    // The person is still named.
    assert!(
        found
            .iter()
            .any(|(s, id)| s == "Bolsonaro" && id == "jair-bolsonaro"),
        "{found:?}"
    );
    // Near miss: a state's judges are its judiciary.
    common::assert_id_at(text, "judges", Some("BRAJUD"));
}

#[test]
fn a_government_commanding_a_bare_body_places_it_in_its_state() {
    // Two states named: counting cannot place "the army"; the government
    // that tasks it can.
    let text = "Israel has continued strikes in southern Lebanon despite the ceasefire. \
                The Lebanese government last week tasked the army with drawing up a plan.";
    common::assert_id_at(text, "army", Some("LBNMIL"));
    let text = "Russia launched drones at Ukraine overnight. Zelensky deployed the army along \
                the northern border.";
    common::assert_id_at(text, "army", Some("UKRMIL"));
    // Near misses: a verb of attack does not make the army the attacker's,
    // and a reported clause is not commanded.
    let text = "Russia launched drones at Ukraine overnight. Russia attacked the army near \
                Kharkiv.";
    assert_ne!(id_at(text, "army").as_deref(), Some("RUSMIL"));
    let text = "Russia launched drones at Ukraine overnight. Moscow said it ordered that the \
                army be shelled.";
    assert_ne!(id_at(text, "army").as_deref(), Some("RUSMIL"));
}

#[test]
fn bare_security_forces_are_the_one_state_body_of_a_one_state_story() {
    let text = "Kenya's police fired tear gas at protesters in Nairobi on Tuesday. \
                Security forces arrested dozens of people.";
    common::assert_id_at(text, "Security forces", Some("KENCOP"));
    // Near miss: with two states named, they may be either's. A plural that
    // names people ("officials") opening its clause is the one state's
    // officials since session 36 (actors38's brief: bare "Officials" named
    // to the story's state).
    let text = "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed. \
                Security forces were deployed along the border.";
    common::assert_id_at(text, "Security forces", None);
    let text = "Kenya's police fired tear gas at protesters in Nairobi on Tuesday. \
                Officials said dozens were arrested.";
    common::assert_id_at(text, "Officials", Some("KENGOV"));
}

#[test]
fn a_government_spokesman_is_the_one_state_of_a_one_state_story() {
    let text = "Kenya's police fired tear gas at protesters in Nairobi on Tuesday. \
                A government spokesman said the protests were illegal. \
                A police spokesman said 20 people were arrested.";
    common::assert_id_at(text, "government spokesman", Some("KENGOV"));
    common::assert_id_at(text, "police spokesman", Some("KENCOP"));
    // Near miss: an official named before serves another state, and two
    // states leave "a government spokesman" unplaced.
    let text = "Biden told Netanyahu that the United States would not support an attack. \
                A government spokesman said talks would continue.";
    common::assert_id_at(text, "government spokesman", None);
}

#[test]
fn a_body_owned_by_his_or_her_is_the_body_of_that_persons_state() {
    let text = "Sudan's army chief Abdel Fattah al-Burhan said his forces had withdrawn \
                from the town.";
    common::assert_id_at(text, "forces", Some("SDNMIL"));
    let text = "Kenyan President William Ruto said his police would guard the polling stations.";
    common::assert_id_at(text, "police", Some("KENCOP"));
    // Near miss: with two persons of different states before it, "his"
    // stands for neither.
    let text = "Putin met Erdogan in Sochi. He said his forces would stay.";
    common::assert_id_at(text, "forces", None);
}
