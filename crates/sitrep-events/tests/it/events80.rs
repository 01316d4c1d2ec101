//! Session 56 (branch `events80`, issue #2): trigger rows with alternatives, and the siblings
//! the grouped rows showed missing. A row `{suspend|halt} ... {talks|negotiations}` stands for
//! the cross product of its groups, so a user's file can say "any of these verbs with any of
//! these objects" in one row; a malformed group is an error naming the file and line. Grouping
//! session 55's rows showed verbs and objects that one member of a class had and its siblings
//! lacked ("froze negotiations", "cut off arms supplies", "froze trade", "stopped aid",
//! "received tanks", "exchanged hostages", "left the pact"). Invented sentences, each with a
//! near miss.

use crate::common;

use sitrep_events::EventLexicon;
use sitrep_record::data_dir::DataDir;
use sitrep_record::{EventRecord, EventType};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
IRN\tcountry\tIran\tIRN\t\t\t\t\tadj:Iranian|meto:Tehran
UKR\tcountry\tUkraine\tUKR\t\t\t\t\tadj:Ukrainian|meto:Kyiv
RUS\tcountry\tRussia\tRUS\t\t\t\t\tadj:Russian|meto:Moscow
DEU\tcountry\tGermany\tDEU\t\t\t\t\tadj:German|meto:Berlin
ISR\tcountry\tIsrael\tISR\t\t\t\t\tadj:Israeli
GRC\tcountry\tGreece\tGRC\t\t\t\t\tadj:Greek|meto:Athens
TUR\tcountry\tTurkey\tTUR\t\t\t\t\tadj:Turkish|meto:Ankara
hamas\tarmed_group\tHamas\tPSE\tREB\t\t\t\t
eu\tigo\tEuropean Union\t\tIGO\t\t\t\tabbr:EU
";

common::events_kb!(ACTORS, common::OFFICIALS, "2026-03-01");

fn ids(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

fn has_type(evs: &[EventRecord], kind: EventType) -> bool {
    evs.iter().any(|e| e.event_type == kind)
}

/// The one event of `text` of type `kind`: its source and target.
fn parties_of(text: &str, kind: EventType) -> (Vec<String>, Vec<String>) {
    let all = events(text);
    let found: Vec<_> = all.iter().filter(|e| e.event_type == kind).collect();
    assert_eq!(found.len(), 1, "{text}: {all:?}");
    (found[0].source.clone(), found[0].target.clone())
}

/// The built-in header of `events.tsv`, which a user's file repeats.
fn trigger_header() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../data/lexicons/events.tsv"
    ))
    .unwrap()
    .lines()
    .find(|l| l.starts_with("phrase\t"))
    .unwrap()
    .to_string()
}

#[test]
fn a_users_row_with_alternatives_codes_every_phrase_it_stands_for() {
    let row = "{blorp|snarf} ... {talks|negotiations}\t\tverb\tSANCTION\twithdraw\t164\tevent\t";
    let lex = common::lexicon_with_user_files(
        "events80-alternatives",
        &[("events.tsv", format!("{}\n{row}\n", trigger_header()))],
    );
    for text in [
        "Russia blorped talks with Ukraine.",
        "Russia snarfed negotiations with Ukraine.",
        "Russia is snarfing the talks with Ukraine.",
    ] {
        let evs = common::events_by_lexicon(KB.get(), &lex, "2026-03-01", text);
        let e = evs
            .iter()
            .find(|e| e.event_type == EventType::Sanction)
            .unwrap_or_else(|| panic!("{text}: {evs:?}"));
        assert_eq!(e.source, ids(&["RUS"]), "{text}");
        assert_eq!(e.target, ids(&["UKR"]), "{text}");
        // Near miss: the built-in lexicon has neither verb.
        let builtin = common::events_by_lexicon(KB.get(), common::lexicon(), "2026-03-01", text);
        assert!(
            !has_type(&builtin, EventType::Sanction),
            "{text}: {builtin:?}"
        );
    }
    // Near miss: an object in neither group.
    let text = "Russia blorped a letter to Ukraine.";
    let evs = common::events_by_lexicon(KB.get(), &lex, "2026-03-01", text);
    assert!(!has_type(&evs, EventType::Sanction), "{text}: {evs:?}");
}

#[test]
fn a_malformed_group_in_a_users_file_names_the_file_line_and_reason() {
    for (row, reason) in [
        (
            "{blorp|snarf ... talks\t\tverb\tSANCTION\t\t164\tevent\t",
            "unclosed",
        ),
        (
            "{blorp||snarf} ... talks\t\tverb\tSANCTION\t\t164\tevent\t",
            "empty alternative",
        ),
        (
            "blorp ... talks|negotiations\t\tverb\tSANCTION\t\t164\tevent\t",
            "outside",
        ),
        (
            "{blorp|snarf} ... talks\tblorped\tverb\tSANCTION\t\t164\tevent\t",
            "takes no forms",
        ),
    ] {
        let dir = std::env::temp_dir().join(format!("sitrep-events80-bad-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("lexicons")).unwrap();
        std::fs::write(
            dir.join("lexicons/events.tsv"),
            format!("{}\n# a comment\n{row}\n", trigger_header()),
        )
        .unwrap();
        let result = EventLexicon::builtin_with(&DataDir::new(&dir).unwrap());
        std::fs::remove_dir_all(&dir).unwrap();
        let err = result.err().unwrap_or_else(|| panic!("{row}: loaded"));
        assert!(err.contains("events.tsv:3:"), "{row}: {err}");
        assert!(err.contains(reason), "{row}: {err}");
    }
}

#[test]
fn abandoning_or_freezing_talks_halts_them() {
    for text in [
        "Iran abandoned talks with the European Union.",
        "Iran froze negotiations with the European Union.",
    ] {
        assert_eq!(
            parties_of(text, EventType::Sanction),
            (ids(&["IRN"]), ids(&["eu"])),
            "{text}"
        );
    }
    // Near misses: resuming talks is meeting; abandoning a programme halts no talks.
    for text in [
        "Iran resumed talks with the European Union.",
        "Iran abandoned its nuclear programme.",
    ] {
        let evs = events(text);
        assert!(!has_type(&evs, EventType::Sanction), "{text}: {evs:?}");
    }
}

#[test]
fn arms_supplies_trade_funding_and_aid_stopped_by_any_verb_are_sanctions() {
    for (text, target) in [
        ("Germany cut off arms supplies to Israel.", "ISR"),
        ("Germany froze weapons supplies to Israel.", "ISR"),
        ("Germany froze trade with Ukraine.", "UKR"),
        ("Germany paused trade with Ukraine.", "UKR"),
        ("Germany halted funding for Ukraine.", "UKR"),
        ("Germany stopped aid to Ukraine.", "UKR"),
    ] {
        assert_eq!(
            parties_of(text, EventType::Sanction),
            (ids(&["DEU"]), ids(&[target])),
            "{text}"
        );
    }
    // Near misses: more supplies or trade, or funding given, stop nothing.
    for text in [
        "Germany increased arms supplies to Israel.",
        "Germany expanded trade with Ukraine.",
        "Germany provided funding to Ukraine.",
    ] {
        let evs = events(text);
        assert!(!has_type(&evs, EventType::Sanction), "{text}: {evs:?}");
    }
}

#[test]
fn arms_named_by_kind_are_aid_for_every_verb_of_giving_and_receiving() {
    for text in [
        "Germany transferred munitions to Ukraine.",
        "Ukraine received tanks from Germany.",
        "Ukraine received artillery from Germany.",
        "Germany sent ammunition to Ukraine.",
        "Germany sent assistance to Ukraine.",
    ] {
        assert_eq!(
            parties_of(text, EventType::Aid),
            (ids(&["DEU"]), ids(&["UKR"])),
            "{text}"
        );
    }
    // Near miss: tanks sent into a country invade it; "send" keeps no tank row.
    let text = "Germany sent tanks into Ukraine.";
    let evs = events(text);
    assert!(!has_type(&evs, EventType::Aid), "{text}: {evs:?}");
}

#[test]
fn captives_and_the_dead_exchanged_or_repatriated_are_released() {
    for text in [
        "Israel and Hamas exchanged hostages.",
        "Russia and Ukraine swapped detainees.",
        "Israel exchanged bodies with Hamas.",
        "Iran repatriated hostages to Germany.",
    ] {
        let evs = events(text);
        assert!(has_type(&evs, EventType::Retreat), "{text}: {evs:?}");
    }
    // Near miss: exchanged accusations are accusations.
    let text = "Russia and Ukraine exchanged accusations.";
    let evs = events(text);
    assert!(!has_type(&evs, EventType::Retreat), "{text}: {evs:?}");
    assert!(has_type(&evs, EventType::Accuse), "{text}: {evs:?}");
}

#[test]
fn leaving_a_pact_pushing_back_immigrants_and_dispatching_forces() {
    let text = "Russia left the pact with Ukraine.";
    assert_eq!(
        parties_of(text, EventType::Retreat),
        (ids(&["RUS"]), ids(&["UKR"]))
    );
    assert!(!has_type(&events(text), EventType::Agree), "{text}");
    // Near miss: a pact signed is no retreat.
    let text = "Russia signed a pact with Ukraine.";
    assert!(!has_type(&events(text), EventType::Retreat), "{text}");
    let text = "Greece pushed back immigrants to Turkey.";
    assert_eq!(
        parties_of(text, EventType::Coerce),
        (ids(&["GRC"]), ids(&["TUR"]))
    );
    let text = "Russia dispatched forces to Ukraine.";
    assert_eq!(
        parties_of(text, EventType::Mobilize),
        (ids(&["RUS"]), ids(&["UKR"]))
    );
    // Near miss: a letter dispatched is no force.
    let text = "Russia dispatched a letter to Ukraine.";
    assert!(!has_type(&events(text), EventType::Mobilize), "{text}");
}

#[test]
fn sanctions_and_tariffs_eased_or_imposed_by_any_verb() {
    for (text, kind) in [
        (
            "The European Union suspended sanctions on Israel.",
            EventType::Retreat,
        ),
        ("Germany removed sanctions on Israel.", EventType::Retreat),
        (
            "Germany lifted tariffs on Israeli steel.",
            EventType::Retreat,
        ),
        (
            "Germany reimposed tariffs on Israeli steel.",
            EventType::Sanction,
        ),
        (
            "Germany levied tariffs on Israeli steel.",
            EventType::Sanction,
        ),
        (
            "The European Union tightened sanctions on Russia.",
            EventType::Sanction,
        ),
    ] {
        let evs = events(text);
        assert!(has_type(&evs, kind), "{text}: {evs:?}");
        let other = if kind == EventType::Retreat {
            EventType::Sanction
        } else {
            EventType::Retreat
        };
        assert!(!has_type(&evs, other), "{text}: {evs:?}");
    }
    // Near miss: a state suspended from a body is sanctioned, not eased.
    let text = "The European Union suspended Russia from the council.";
    let evs = events(text);
    assert!(!has_type(&evs, EventType::Retreat), "{text}: {evs:?}");
}

#[test]
fn a_violated_cease_fire_is_an_assault_and_deployed_doctors_are_aid() {
    for text in [
        "Russia violated the cease-fire with Ukraine.",
        "Russia violated the armistice with Ukraine.",
    ] {
        let evs = events(text);
        assert!(has_type(&evs, EventType::Assault), "{text}: {evs:?}");
        assert!(!has_type(&evs, EventType::Reject), "{text}: {evs:?}");
    }
    let text = "Germany deployed doctors to Turkey.";
    assert_eq!(
        parties_of(text, EventType::Aid),
        (ids(&["DEU"]), ids(&["TUR"]))
    );
    assert!(!has_type(&events(text), EventType::Mobilize), "{text}");
    // Near miss: deployed troops are a deployment.
    let text = "Germany deployed troops to Turkey.";
    assert!(has_type(&events(text), EventType::Mobilize), "{text}");
    assert!(!has_type(&events(text), EventType::Aid), "{text}");
}

#[test]
fn envoys_recalled_and_missions_shut_reduce_relations() {
    for text in [
        "Israel recalled its envoy to Turkey.",
        "Israel withdrew its envoy from Turkey.",
        "Israel shut its embassy in Turkey.",
        "Israel shut down its consulate in Turkey.",
    ] {
        assert_eq!(
            parties_of(text, EventType::Sanction),
            (ids(&["ISR"]), ids(&["TUR"])),
            "{text}"
        );
        assert!(!has_type(&events(text), EventType::Retreat), "{text}");
    }
    // Near miss: a product recalled is no envoy.
    let text = "Israel recalled the product.";
    assert!(!has_type(&events(text), EventType::Sanction), "{text}");
}
