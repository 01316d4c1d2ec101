//! Session 7's general causes: attacks with weapons of war that a clause
//! places in a state are political even when the text names only the
//! victims (the `war-mode` rows of `events-filter.tsv`), an attack takes the
//! mode of the event noun it absorbed as its means ("a car bomb killed"),
//! verbs that oppose an act keep their own type whatever act their object
//! names ("protested the detention of", "denounced the sanctions"), and
//! "assail" is verbal criticism. A state named after a region word ("in
//! southern Iraq", "in the north of Iraq") is a place, and so is one after
//! "neighbouring" or a hyphenated adjective ("in war-torn Syria", session 8).

use crate::common;

use common::of_type;

use common::ids;
use sitrep_record::EventType;

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
IRQ\tcountry\tIraq\tIRQ\t\t\t\t\tadj:Iraqi|place:Baghdad|place:Mosul
SYR\tcountry\tSyria\tSYR\t\t\t\t\tadj:Syrian|place:Aleppo
USA\tcountry\tUnited States\tUSA\t\t\t\t\tabbr:U.S.|meto:Washington|place:Ohio
GBR\tcountry\tBritain\tGBR\t\t\t\t\tadj:British|place:Manchester
TUR\tcountry\tTurkey\tTUR\t\t\t\t\tadj:Turkish|meto:Ankara
DEU\tcountry\tGermany\tDEU\t\t\t\t\tadj:German|meto:Berlin
IRN\tcountry\tIran\tIRN\t\t\t\t\tadj:Iranian|meto:Tehran
RUS\tcountry\tRussia\tRUS\t\t\t\t\tadj:Russian|meto:Moscow
POL\tcountry\tPoland\tPOL\t\t\t\t\tadj:Polish|meto:Warsaw
CHN\tcountry\tChina\tCHN\t\t\t\t\tadj:Chinese|meto:Beijing
UKR\tcountry\tUkraine\tUKR\t\t\t\t\tadj:Ukrainian|meto:Kyiv
";

const ROLES: &str = "phrase\tsector\tnumber
officials\tGOV\tgroup
police\tCOP\tgroup
";

common::events_kb!(ACTORS, ROLES, "2024-03-01");

#[test]
fn a_bombing_placed_in_a_state_is_kept_with_only_its_victims_named() {
    for text in [
        "A car bomb killed 12 people in Baghdad on Tuesday.",
        "Two policemen were killed in a car bomb explosion outside a checkpoint in Mosul.",
        "Four civilians were killed in an air strike near Aleppo.",
    ] {
        let evs = events(text);
        let assaults = of_type(&evs, EventType::Assault);
        assert_eq!(assaults.len(), 1, "{text}: {evs:#?}");
        assert!(assaults[0].source.is_empty(), "{text}: {evs:#?}");
        assert!(!assaults[0].place.is_empty(), "{text}: {evs:#?}");
    }
}

#[test]
fn crimes_and_war_nouns_without_a_place_stay_out() {
    // A shooting or stabbing in a place is mostly a crime: no war mode.
    for text in [
        "Two men were shot dead in a bar in Ohio on Saturday.",
        "Police said a man was stabbed to death in Manchester.",
        // A bombing no clause places anywhere names no state at all.
        "A car bomb killed 12 people on Tuesday.",
    ] {
        let evs = events(text);
        assert!(evs.is_empty(), "{text}: {evs:#?}");
    }
}

#[test]
fn verbs_that_share_a_war_mode_are_not_war_without_a_weapon_noun() {
    // Generated verb rows lend war modes to accidents, weather, farming and
    // business ("exploded", "pounded", "shell", "slaughtered"): with no one
    // named, only a weapon or war noun makes the place's war of them.
    for text in [
        "A gas tank exploded in a restaurant in Turkey.",
        "A fuel tanker exploded on a highway in southern Iraq, killing 50 people.",
        "A powerful storm pounded towns in eastern Germany.",
        "Locusts invaded farms in northern Syria.",
        "Loggers cut down trees in southern Ukraine.",
        "Investors set up shell companies in Turkey.",
        "Hackers bombarded government websites in Poland with traffic.",
        "Farmers slaughtered thousands of chickens in eastern China.",
        "The home side massacred the visitors in Manchester.",
    ] {
        let evs = events(text);
        assert!(evs.is_empty(), "{text}: {evs:#?}");
    }
}

#[test]
fn a_war_noun_aimed_at_a_place_is_background() {
    // The place is what was invaded, not where an event happened.
    let evs = events("Oil prices rose sharply following the invasions of Mosul.");
    assert!(evs.is_empty(), "{evs:#?}");
}

#[test]
fn an_attack_takes_the_mode_of_the_weapon_it_absorbed() {
    let evs = events("Iraqi officials said a car bomb killed 12 people in Baghdad.");
    let assaults = of_type(&evs, EventType::Assault);
    assert_eq!(assaults.len(), 1, "{evs:#?}");
    assert_eq!(assaults[0].mode.as_deref(), Some("explosives"));
    // A row's own mode wins over its means' ("killed ... civilians" is a
    // massacre whatever did it).
    let evs = events("Syrian officials said an air strike killed four civilians in Aleppo.");
    let assaults = of_type(&evs, EventType::Assault);
    assert_eq!(assaults.len(), 1, "{evs:#?}");
    assert_eq!(assaults[0].mode.as_deref(), Some("massacre"));
    // No means, no mode.
    let evs = events("Iraqi troops killed 12 people in Mosul.");
    let assaults = of_type(&evs, EventType::Assault);
    assert_eq!(assaults.len(), 1, "{evs:#?}");
    assert_eq!(assaults[0].mode, None);
}

#[test]
fn opposing_an_act_keeps_the_verbs_own_type() {
    let evs = events("Germany denounced the detention of a German reporter by Turkey.");
    let accuse = of_type(&evs, EventType::Accuse);
    assert_eq!(accuse.len(), 1, "{evs:#?}");
    assert_eq!(accuse[0].source, ids(&["DEU"]));
    assert_eq!(accuse[0].target, ids(&["TUR"]));
    assert!(of_type(&evs, EventType::Support).is_empty(), "{evs:#?}");

    let evs = events("China denounced the sanctions imposed by Washington.");
    assert_eq!(of_type(&evs, EventType::Accuse).len(), 1, "{evs:#?}");
    assert!(of_type(&evs, EventType::Support).is_empty(), "{evs:#?}");

    let evs = events("Russia opposed the expulsion of its diplomats from Poland.");
    assert_eq!(of_type(&evs, EventType::Reject).len(), 1, "{evs:#?}");
    assert!(of_type(&evs, EventType::Support).is_empty(), "{evs:#?}");

    // A verbal protest, as the other generated "protest ... <act>" rows.
    let evs = events("Turkey protested the detention of its journalists in Iran.");
    assert_eq!(of_type(&evs, EventType::Accuse).len(), 1, "{evs:#?}");
    assert!(of_type(&evs, EventType::Support).is_empty(), "{evs:#?}");
}

#[test]
fn generated_rows_that_name_support_outright_stay() {
    // "in support" and "solidarity" say what the verb means; not overridden.
    let evs = events("Turkish officials demonstrated solidarity with Iran.");
    assert_eq!(of_type(&evs, EventType::Support).len(), 1, "{evs:#?}");
}

#[test]
fn assail_is_verbal_criticism() {
    let evs = events("Tehran assailed Washington's new sanctions as economic terrorism.");
    assert!(of_type(&evs, EventType::Assault).is_empty(), "{evs:#?}");
    let accuse = of_type(&evs, EventType::Accuse);
    assert_eq!(accuse.len(), 1, "{evs:#?}");
    assert_eq!(accuse[0].source, ids(&["IRN"]));
    assert_eq!(accuse[0].target, ids(&["USA"]));
}

#[test]
fn assailing_a_military_object_is_still_an_attack() {
    let evs = events("Iraqi troops assailed rebel positions near Mosul.");
    assert_eq!(of_type(&evs, EventType::Assault).len(), 1, "{evs:#?}");
    assert!(of_type(&evs, EventType::Accuse).is_empty(), "{evs:#?}");
}

#[test]
fn assailing_political_targets_is_criticism() {
    // "base", "lines", "troops" and "forces" are common in political text
    // after the verb's object: no attack.
    for text in [
        "Turkey's president assailed his own base for staying home in the local elections.",
        "Iranian officials assailed the opposition for voting along party lines.",
        "Iranian officials assailed Washington's plans to withdraw troops from Germany.",
        "Turkish officials assailed Washington over its support for Kurdish forces in Syria.",
    ] {
        let evs = events(text);
        assert!(
            of_type(&evs, EventType::Assault).is_empty(),
            "{text}: {evs:#?}"
        );
        assert_eq!(
            of_type(&evs, EventType::Accuse).len(),
            1,
            "{text}: {evs:#?}"
        );
    }
}

#[test]
fn protesting_outside_a_prison_is_a_demonstration() {
    // The prison is where the crowd stood, not the act it opposed.
    for text in [
        "Hundreds of Turkish supporters protested outside the prison where the mayor is held.",
        "Thousands of Iranians protested in front of the jail in Tehran.",
    ] {
        let evs = events(text);
        assert_eq!(
            of_type(&evs, EventType::Protest).len(),
            1,
            "{text}: {evs:#?}"
        );
        assert!(
            of_type(&evs, EventType::Accuse).is_empty(),
            "{text}: {evs:#?}"
        );
    }
}

#[test]
fn a_state_after_a_region_word_is_where_it_happened() {
    for text in [
        "Thousands of people protested in eastern Ukraine on Sunday.",
        "Two policemen were killed in a car bomb explosion in southern Iraq.",
        "Two policemen were killed in a car bomb explosion in the north of Iraq.",
        "Thousands of people protested in south-east Turkey on Sunday.",
    ] {
        let evs = events(text);
        assert_eq!(evs.len(), 1, "{text}: {evs:#?}");
        assert!(
            evs[0].source.is_empty() && evs[0].target.is_empty(),
            "{evs:#?}"
        );
        assert_eq!(evs[0].place.len(), 1, "{text}: {evs:#?}");
    }
    // A participant stays a participant.
    let evs = events("Turkish jets bombed Kurdish positions in northern Iraq.");
    let assaults = of_type(&evs, EventType::Assault);
    assert_eq!(assaults.len(), 1, "{evs:#?}");
    assert_eq!(assaults[0].target, ids(&["IRQ"]));
    let evs = events("Turkish jets bombed Kurdish positions in the north of Iraq.");
    let assaults = of_type(&evs, EventType::Assault);
    assert_eq!(assaults.len(), 1, "{evs:#?}");
    assert_eq!(assaults[0].target, ids(&["IRQ"]));
    // A region word with no locative preposition before it names no place.
    let evs = events("Iran condemned the southern Iraq offensive.");
    assert!(!evs.is_empty(), "{evs:#?}");
    assert!(evs.iter().all(|e| e.place.is_empty()), "{evs:#?}");
}

#[test]
fn a_state_after_a_compound_adjective_or_neighbouring_is_where_it_happened() {
    for (text, place) in [
        (
            "Thousands of people protested in war-torn Syria on Friday.",
            "SYR",
        ),
        (
            "A car bomb killed 12 people in war-torn Iraq on Tuesday.",
            "IRQ",
        ),
        (
            "Hundreds of students protested in neighbouring Turkey.",
            "TUR",
        ),
    ] {
        let evs = events(text);
        assert_eq!(evs.len(), 1, "{text}: {evs:#?}");
        assert_eq!(evs[0].place, ids(&[place]), "{text}: {evs:#?}");
    }
    // A plain word there may be a verb: the state is its object.
    let evs = events("Iran denied any role in opposing Iraq.");
    assert!(evs.iter().all(|e| e.place.is_empty()), "{evs:#?}");
    // Accidents and weather stay out wherever they are placed.
    for text in [
        "A storm pounded towns in war-torn Syria.",
        "A fuel tanker exploded on a highway in war-torn Iraq, killing 50 people.",
    ] {
        let evs = events(text);
        assert!(evs.is_empty(), "{text}: {evs:#?}");
    }
}

#[test]
fn a_crowd_protesting_an_act_is_a_demonstration() {
    // The doer decides: people in the street protesting an arrest or a
    // detention demonstrate, whatever act their object names.
    for text in [
        "Thousands of Polish farmers protested against the arrest of a Warsaw judge.",
        "Iraqi students protested the detention of two teachers in Mosul.",
        "Hundreds of Ukrainian workers protested a death in police custody.",
    ] {
        let evs = events(text);
        let protests = of_type(&evs, EventType::Protest);
        assert_eq!(protests.len(), 1, "{text}: {evs:#?}");
        assert_eq!(protests[0].mode.as_deref(), Some("demo"), "{text}");
        assert!(
            of_type(&evs, EventType::Accuse).is_empty(),
            "{text}: {evs:#?}"
        );
    }
    // A state or its officials protesting an act still protest in words.
    for text in [
        "Germany protested the arrest of a German citizen in Iran.",
        "Chinese officials protested against the detention of a Chinese engineer.",
    ] {
        let evs = events(text);
        assert_eq!(
            of_type(&evs, EventType::Accuse).len(),
            1,
            "{text}: {evs:#?}"
        );
        assert!(
            of_type(&evs, EventType::Protest).is_empty(),
            "{text}: {evs:#?}"
        );
    }
}

#[test]
fn a_roadside_bomb_in_a_state_is_war_like_a_car_bomb() {
    for text in [
        "A roadside bomb exploded near a police patrol in southern Iraq.",
        "A roadside bomb killed three soldiers near Mosul on Sunday.",
    ] {
        let evs = events(text);
        let assaults = of_type(&evs, EventType::Assault);
        assert_eq!(assaults.len(), 1, "{text}: {evs:#?}");
        assert!(!assaults[0].place.is_empty(), "{text}: {evs:#?}");
    }
    // Accidents and celebrations that explode are no war.
    for text in [
        "A gas tank exploded at a market in Baghdad.",
        "Fireworks exploded over the river in Baghdad.",
    ] {
        let evs = events(text);
        assert!(evs.is_empty(), "{text}: {evs:#?}");
    }
}
