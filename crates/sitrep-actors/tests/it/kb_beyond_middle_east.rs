//! Session 13 rows of the built-in KB beyond the P5 and the Middle East
//! resolve as wire stories name them: sitting leaders by full name (with
//! "Jr.") and by the surname the news uses alone, rebel movements and state
//! hacking groups by their acronyms, ruling parties, and a national section of
//! an NGO whose name holds a country ("Amnesty International Kenya") as the
//! NGO, never as that country.

use crate::common;

/// (surface, actor id) of every mention of `text`.
fn mentions(text: &str) -> Vec<(String, String)> {
    common::builtin_mentions(text)
}

/// The actor id of the mention that ends with `surface`.
fn id_of(text: &str, surface: &str) -> Option<String> {
    mentions(text)
        .into_iter()
        .find(|(s, _)| s.ends_with(surface))
        .map(|(_, id)| id)
}

fn ids(text: &str) -> Vec<String> {
    mentions(text).into_iter().map(|(_, id)| id).collect()
}

#[test]
fn a_sitting_leader_resolves_by_full_name_with_jr_and_by_surname() {
    let text = "President Ferdinand Marcos Jr. said on social media that the Philippines would not be intimidated.";
    assert_eq!(
        id_of(text, "Ferdinand Marcos Jr.").as_deref(),
        Some("ferdinand-marcos-jr")
    );
    assert_eq!(
        id_of(
            "Marcos told reporters the navy would escort the boats.",
            "Marcos"
        )
        .as_deref(),
        Some("ferdinand-marcos-jr")
    );
    assert_eq!(
        id_of("Ruto said the police had acted within the law.", "Ruto").as_deref(),
        Some("william-samoei-ruto")
    );
    assert_eq!(
        id_of(
            "The armed forces chief, Gen. Romeo Brawner Jr., said the boats would sail again.",
            "Romeo Brawner Jr."
        )
        .as_deref(),
        Some("romeo-brawner")
    );
}

#[test]
fn rebel_movements_and_hacking_groups_resolve_by_acronym() {
    let text = "Getachew Reda, the TPLF's chief negotiator, said the Tigray People's Liberation Front would disarm.";
    let found = ids(text);
    assert_eq!(
        found
            .iter()
            .filter(|id| *id == "tigray-peoples-liberation-front")
            .count(),
        2,
        "{found:?}"
    );
    assert_eq!(
        id_of(
            "The ELN said it would free the hostages, Colombia's peace commissioner said.",
            "ELN"
        )
        .as_deref(),
        Some("national-liberation-army")
    );
    assert_eq!(
        id_of(
            "Britain said the hackers were members of APT31, a group linked to Beijing.",
            "APT31"
        )
        .as_deref(),
        Some("apt31")
    );
    assert_eq!(
        id_of(
            "Officials said Volt Typhoon had burrowed into water utilities.",
            "Volt Typhoon"
        )
        .as_deref(),
        Some("volt-typhoon")
    );
}

#[test]
fn ruling_parties_resolve() {
    assert_eq!(
        id_of(
            "The electoral commission declared Daniel Chapo of the ruling Frelimo party the winner.",
            "Frelimo"
        )
        .as_deref(),
        Some("frelimo")
    );
    assert_eq!(
        id_of(
            "Chapo won 70.7% of the vote, the electoral commission said.",
            "Chapo"
        ),
        None,
        "a surname a drug lord also bears names the president only in a Mozambican story"
    );
    assert_eq!(
        id_of(
            "Mozambique's opposition rejected the result. Chapo won 70.7% of the vote.",
            "Chapo"
        )
        .as_deref(),
        Some("daniel-chapo")
    );
}

#[test]
fn a_party_name_inside_a_longer_party_name_is_not_that_party() {
    let text = "Leaders of the Peoples Democratic Party marched to the Independent National Electoral Commission in Abuja.";
    let found = ids(text);
    assert!(found.contains(&"pdp-nigeria".to_string()), "{found:?}");
    assert!(found.contains(&"inec".to_string()), "{found:?}");
    assert!(
        !found.contains(&"us-democratic-party".to_string()),
        "{found:?}"
    );
}

#[test]
fn a_national_section_of_an_ngo_is_the_ngo_not_the_country() {
    let text = "Amnesty International Kenya said the police had used live ammunition.";
    let found = mentions(text);
    assert_eq!(
        found,
        vec![(
            "Amnesty International Kenya".to_string(),
            "amnesty".to_string()
        )],
        "{found:?}"
    );
}

#[test]
fn a_shared_name_takes_the_sense_of_the_state_in_the_story() {
    let britain = "Britain's Foreign Office said it had summoned the Chinese ambassador.";
    assert_eq!(
        id_of(britain, "Foreign Office").as_deref(),
        Some("uk-foreign-office")
    );
    let germany = "Germany's Foreign Office said it had summoned the Russian ambassador in Berlin.";
    assert_eq!(
        id_of(germany, "Foreign Office").as_deref(),
        Some("german-foreign-office")
    );
    let wellington = "New Zealand's Labour Party said the budget cut health spending.";
    assert_eq!(
        id_of(wellington, "Labour Party").as_deref(),
        Some("nz-labour")
    );
    let london = "Britain's Labour Party said the budget would raise taxes.";
    assert_eq!(id_of(london, "Labour Party").as_deref(), Some("uk-labour"));
}
