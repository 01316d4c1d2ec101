//! Session 49 (branch `events68`, issue #2): noun triggers' sides and places. A plural event
//! noun right after a subordinator that is also a preposition ("amid talks between Iran and the
//! United States", "after clashes between ...") is read with the noun's row, so the "between"
//! sides are its doers, as at a sentence's start. A city after a place preposition that stands in
//! as the only target of words (an accusation, a request, a rejection) is where they were said,
//! no party to them ("appealed for calm in Berlin"). "lodged", "voiced" and "levelled" are
//! support verbs (`light`), so the "by" agent of their passive is the event noun's doer ("a
//! complaint was lodged by Russia against Ukraine"), as after "filed". Invented sentences, each
//! with a near miss that keeps the old reading.

use crate::common;

use common::event_by_trigger;

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
USA\tcountry\tUnited States\tUSA\t\t\t\t\tabbr:US|adj:American|meto:Washington|place:New York
FRA\tcountry\tFrance\tFRA\t\t\t\t\tadj:French|meto:Paris
DEU\tcountry\tGermany\tDEU\t\t\t\t\tadj:German|meto:Berlin
TUR\tcountry\tTurkey\tTUR\t\t\t\t\tadj:Turkish|meto:Ankara
CHN\tcountry\tChina\tCHN\t\t\t\t\tadj:Chinese|meto:Beijing
JPN\tcountry\tJapan\tJPN\t\t\t\t\tadj:Japanese|meto:Tokyo
IND\tcountry\tIndia\tIND\t\t\t\t\tadj:Indian|meto:New Delhi
PAK\tcountry\tPakistan\tPAK\t\t\t\t\tadj:Pakistani|meto:Islamabad
RUS\tcountry\tRussia\tRUS\t\t\t\t\tadj:Russian|meto:Moscow
UKR\tcountry\tUkraine\tUKR\t\t\t\t\tadj:Ukrainian|meto:Kyiv
ISR\tcountry\tIsrael\tISR\t\t\t\t\tadj:Israeli|meto:Jerusalem
IRN\tcountry\tIran\tIRN\t\t\t\t\tadj:Iranian|meto:Tehran
SYR\tcountry\tSyria\tSYR\t\t\t\t\tadj:Syrian|meto:Damascus
hezbollah\tarmed_group\tHezbollah\tLBN\tREB\t\t\t\tHezbollah
";

const ROLES: &str = "phrase\tsector\tnumber\nofficials\tGOV\tgroup\ntroops\tMIL\tgroup\n\
forces\tMIL\tgroup\nsoldiers\tMIL\tgroup\n";

common::events_kb!(ACTORS, ROLES, "2026-03-01");

/// The event at `trigger` in `text`: its source and target.
fn parties(text: &str, trigger: &str) -> (Vec<String>, Vec<String>) {
    let evs = events(text);
    let e = event_by_trigger(&evs, trigger, text);
    let mut source = e.source.clone();
    let mut target = e.target.clone();
    source.sort();
    target.sort();
    (source, target)
}

#[test]
fn the_sides_after_amid_or_after_are_the_doers() {
    for (text, trigger, sides) in [
        (
            "Amid talks between Iran and the United States, oil prices fell.",
            "talks",
            vec!["IRN", "USA"],
        ),
        (
            "After clashes between Israeli forces and Hezbollah, the army withdrew.",
            "clashes",
            vec!["ISRMIL", "hezbollah"],
        ),
        (
            "Following talks between France and Germany, the ministers left.",
            "talks",
            vec!["DEU", "FRA"],
        ),
        // Near miss: at the sentence's start the noun was read so already.
        (
            "Talks between Iran and the United States resumed on Monday.",
            "Talks",
            vec!["IRN", "USA"],
        ),
    ] {
        let (source, target) = parties(text, trigger);
        assert_eq!(source, sides, "{text}");
        assert!(target.is_empty(), "{text}: {target:?}");
    }
    // Near miss: "but" joins two verbs of one subject; the verb's row
    // stays ("calls for talks", aimed at the preposition's party).
    let text = "Turkey rejected the plan but calls for talks with Iran.";
    let (_, target) = parties(text, "calls for talks");
    assert_eq!(target, ["IRN"], "{text}");
}

#[test]
fn a_city_where_words_were_said_is_no_target() {
    for (text, trigger) in [
        (
            "The Turkish minister appealed for calm in Berlin on Monday.",
            "appealed for",
        ),
        (
            "The Turkish minister rejected the plan in Paris.",
            "rejected",
        ),
        (
            "The Russian envoy condemned the decision in New York.",
            "condemned the decision",
        ),
    ] {
        let (source, target) = parties(text, trigger);
        assert!(!source.is_empty(), "{text}: {source:?}");
        assert!(target.is_empty(), "{text}: {target:?}");
    }
    for (text, trigger, target) in [
        // A meeting or a visit abroad keeps its host.
        ("The Turkish minister met in Paris on Monday.", "met", "FRA"),
        // A party named as such stays.
        (
            "The Turkish minister rejected talks with France.",
            "rejected talks",
            "FRA",
        ),
        // Words about a country named by its own name, not a city.
        (
            "The Turkish minister condemned the violence in Syria.",
            "condemned",
            "SYR",
        ),
    ] {
        let (_, targets) = parties(text, trigger);
        assert_eq!(targets, [target], "{text}");
    }
}

#[test]
fn the_agent_of_a_lodged_or_voiced_noun_is_its_doer() {
    for (text, trigger, source, target) in [
        (
            "A complaint was lodged by Russia against Ukraine at the tribunal.",
            "complaint",
            "RUS",
            "UKR",
        ),
        (
            "A protest was lodged by China with Japan over the islands.",
            "protest",
            "CHN",
            "JPN",
        ),
        (
            "Strong criticism was voiced by India against Pakistan.",
            "criticism",
            "IND",
            "PAK",
        ),
        (
            "Accusations were levelled by Iran against Israel.",
            "Accusations",
            "IRN",
            "ISR",
        ),
        // Near miss: as after "filed", which already read so.
        (
            "A complaint was filed by Russia against Ukraine.",
            "complaint",
            "RUS",
            "UKR",
        ),
    ] {
        let (sources, targets) = parties(text, trigger);
        assert_eq!(sources, [source], "{text}");
        assert_eq!(targets, [target], "{text}");
    }
    // Near misses: a "by" of time is no agent; the agent of a verb that is
    // its own act stays that verb's doer.
    let (sources, targets) = parties("A protest was lodged by Friday with Japan.", "protest");
    assert!(sources.is_empty(), "{sources:?}");
    assert_eq!(targets, ["JPN"]);
    let (sources, _) = parties("Talks were mediated by Turkey.", "mediated");
    assert_eq!(sources, ["TUR"]);
}
