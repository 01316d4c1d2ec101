//! Session 48 (branch `review48`, issue #2): a second read of the day's merged work.
//! A definite event noun named back stops at the nearest earlier act it fits even when that
//! act has no doer and was done to others: the reaction then has no target from it, rather than one taken from an
//! unrelated act told further back. Invented sentences, each with a near miss.

use crate::common;

use common::{event_by_trigger, ids};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
USA\tcountry\tUnited States\tUSA\t\t\t\t\tabbr:US|adj:American|meto:Washington
EGY\tcountry\tEgypt\tEGY\t\t\t\t\tadj:Egyptian|meto:Cairo
ISR\tcountry\tIsrael\tISR\t\t\t\t\tadj:Israeli|meto:Jerusalem
QAT\tcountry\tQatar\tQAT\t\t\t\t\tadj:Qatari|meto:Doha
PSE\tcountry\tPalestine\tPSE\t\t\t\t\tadj:Palestinian|place:Gaza
";

const ROLES: &str = "phrase\tsector\tnumber\nofficials\tGOV\tgroup\ncivilians\tCVL\tgroup\n";

common::events_kb!(ACTORS, ROLES, "2024-03-01");

#[test]
fn a_doerless_act_told_nearer_stops_the_back_reference() {
    let text = "Israel struck Doha on Monday. \
        Five Palestinian civilians were killed in Gaza on Tuesday. \
        Egypt condemned the killing.";
    let evs = events(text);
    let condemned = event_by_trigger(&evs, "condemned the killing", text);
    assert_eq!(condemned.source, ids(&["EGY"]), "{evs:#?}");
    assert!(condemned.target.is_empty(), "{evs:#?}");
}

#[test]
fn an_act_with_doers_told_nearest_is_still_reacted_to() {
    let text = "Five Palestinian civilians were killed in Gaza on Tuesday. \
        Israel struck Doha on Wednesday. \
        Egypt condemned the strike.";
    let evs = events(text);
    let condemned = event_by_trigger(&evs, "condemned", text);
    assert_eq!(condemned.target, ids(&["ISR"]), "{evs:#?}");
}

#[test]
fn a_doerless_retelling_of_the_act_does_not_stop_the_back_reference() {
    // A doerless act with no target, later than the strike, may be the
    // strike told again: the condemnation is still aimed at its doer.
    let text = "Israel struck Doha on Monday. \
        Explosions hit a residential compound in the city. \
        Egypt condemned the strike.";
    let evs = events(text);
    let condemned = event_by_trigger(&evs, "condemned", text);
    assert_eq!(condemned.target, ids(&["ISR"]), "{evs:#?}");
}

#[test]
fn a_doerless_act_only_of_the_type_does_not_stop_a_noun_its_trigger_holds() {
    // "the strikes" names back "carried out strikes" by its own word; a
    // doerless "attacks" between them is only of the type, a weaker fit.
    let text = "Israel carried out strikes on Doha on Monday. \
        The attacks on Palestinian civilians in Gaza would not be tolerated, Egypt said. \
        Egypt condemned the strikes.";
    let evs = events(text);
    let condemned = event_by_trigger(&evs, "condemned", text);
    assert_eq!(condemned.target, ids(&["ISR"]), "{evs:#?}");
}
