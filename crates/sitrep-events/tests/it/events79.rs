//! Session 56 (branch `events79`, issue #2): a verb + preposition row ("talk between", "meet
//! with") read where a determiner makes its first word a noun ("The talks between Iran and the
//! United States resumed") was dropped whole, so the noun's own row was never read; a
//! passive "are expected to" after an event noun puts it ahead; a phrasal verb takes a short
//! time phrase or adverb run between its words ("called last week for", "pushed very hard
//! for"); an event noun after "rule out" takes the clause's subject; and an -ing participle
//! after a statement that opens its sentence ("In a statement condemning Israel, the EU said",
//! "A statement condemning Israel was issued by the EU") is the issuer's act. Invented
//! sentences with real states, each with near misses.

use crate::common;

use sitrep_record::{EventRecord, EventType, Modality};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
IRN\tcountry\tIran\tIRN\t\t\t\t\tadj:Iranian|meto:Tehran
USA\tcountry\tUnited States\tUSA\t\t\t\t\tabbr:US|meto:Washington
ISR\tcountry\tIsrael\tISR\t\t\t\t\tadj:Israeli
RUS\tcountry\tRussia\tRUS\t\t\t\t\tadj:Russian|meto:Moscow
UKR\tcountry\tUkraine\tUKR\t\t\t\t\tadj:Ukrainian|meto:Kyiv
TUR\tcountry\tTurkey\tTUR\t\t\t\t\tadj:Turkish|meto:Ankara
DEU\tcountry\tGermany\tDEU\t\t\t\t\tadj:German|meto:Berlin
FRA\tcountry\tFrance\tFRA\t\t\t\t\tadj:French|meto:Paris
hezbollah\tarmed_group\tHezbollah\tLBN\tREB\t\t\t\t
QAT\tcountry\tQatar\tQAT\t\t\t\t\tadj:Qatari|meto:Doha
hamas\tarmed_group\tHamas\tPSE\tREB\t\t\t\t
eu\tigo\tEuropean Union\t\tIGO\t\t\t\tabbr:EU
";

const ROLES: &str = "phrase\tsector\tnumber\nofficials\tGOV\tgroup\n";

common::events_kb!(ACTORS, ROLES, "2026-03-01");

fn ids(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

/// The one event of `text` of type `kind`.
fn one_of(text: &str, kind: EventType) -> EventRecord {
    let all = events(text);
    let found: Vec<_> = all.iter().filter(|e| e.event_type == kind).collect();
    assert_eq!(found.len(), 1, "{text}: {all:?}");
    found[0].clone()
}

#[test]
fn a_plural_noun_after_a_determiner_reads_its_noun_row_before_between_or_with() {
    // Both sides of "between" are the meeting's doers.
    for text in [
        "The talks between Iran and the United States resumed.",
        "These talks between Iran and the United States resumed.",
        "The peace talks between Iran and the United States resumed.",
        "The direct talks between Iran and the United States collapsed.",
    ] {
        let e = one_of(text, EventType::Consult);
        assert_eq!(e.trigger.text, "talks", "{text}");
        assert_eq!(e.source, ids(&["IRN", "USA"]), "{text}");
        assert_eq!(e.modality, Modality::Asserted, "{text}");
    }
    // A possessive's doer and a "with" party; the -ing noun of "meet with" as well.
    let e = one_of("Russia's talks with Ukraine collapsed.", EventType::Consult);
    assert_eq!((e.source, e.target), (ids(&["RUS"]), ids(&["UKR"])));
    let e = one_of(
        "The meeting with Russia was productive, Turkey said.",
        EventType::Consult,
    );
    assert_eq!(e.target, ids(&["RUS"]));
    let e = one_of(
        "The clashes between Israel and Hezbollah continued.",
        EventType::Assault,
    );
    assert_eq!(e.source, ids(&["ISR", "hezbollah"]));
    // Near misses: the verb itself keeps its verb reading, with its subject.
    let e = one_of("Iran talks with the United States.", EventType::Consult);
    assert_eq!((e.source, e.target), (ids(&["IRN"]), ids(&["USA"])));
    let e = one_of("Turkey met with Russia in Ankara.", EventType::Consult);
    assert_eq!(e.trigger.text, "met with");
    assert_eq!(e.source, ids(&["TUR"]));
}

#[test]
fn talks_expected_to_resume_lie_ahead() {
    let e = one_of(
        "The talks between Iran and the United States are expected to resume in Oman.",
        EventType::Consult,
    );
    assert_eq!(e.modality, Modality::Future);
    // Near miss: talks that did resume are asserted.
    let e = one_of(
        "The talks between Iran and the United States resumed in Oman.",
        EventType::Consult,
    );
    assert_eq!(e.modality, Modality::Asserted);
}

#[test]
fn a_time_phrase_or_adverb_run_inside_a_phrasal_verb_keeps_the_phrase() {
    for (text, trigger) in [
        (
            "Turkey called last week for a ceasefire with Russia.",
            "called last week for",
        ),
        (
            "Germany pushed very hard for Israel to accept a truce.",
            "pushed very hard for",
        ),
        (
            "France called again this week for Russia to withdraw.",
            "called again this week for",
        ),
    ] {
        let e = one_of(text, EventType::Request);
        assert_eq!(e.trigger.text, trigger, "{text}");
    }
    // Near misses: a run of four words is a clause of its own, and a time phrase before a
    // word that is no particle leaves the verb alone.
    for text in [
        "Turkey called very very very hard for calm.",
        "Germany called last week a day of mourning.",
    ] {
        assert!(
            events(text)
                .iter()
                .all(|e| e.event_type != EventType::Request),
            "{text}: {:?}",
            events(text)
        );
    }
}

#[test]
fn a_force_not_ruled_out_is_the_subjects_threat() {
    // What a party will not rule out is its own possible act, held over the other side: a
    // threat made now, by the subject.
    for text in [
        "Israel has not ruled out a military strike on Iran.",
        "Israel would not rule out a military strike on Iran.",
    ] {
        let e = one_of(text, EventType::Threaten);
        assert_eq!(e.source, ids(&["ISR"]), "{text}");
        assert_eq!(e.target, ids(&["IRN"]), "{text}");
        assert_eq!(e.modality, Modality::Asserted, "{text}");
    }
    // Near misses: a possessive names another doer, and an act ruled out is no threat.
    let e = one_of(
        "Israel has not ruled out Iran's attack on Haifa.",
        EventType::Threaten,
    );
    assert_eq!(e.source, ids(&["IRN"]));
    assert!(
        events("Israel ruled out a military strike on Iran.")
            .iter()
            .all(|e| e.event_type != EventType::Threaten),
        "an act ruled out is no threat"
    );
}

#[test]
fn a_statement_opening_its_sentence_is_the_issuers_act() {
    for text in [
        "A statement condemning Israel was issued by the EU.",
        "In a statement condemning Israel, the EU said the talks must resume.",
    ] {
        let e = one_of(text, EventType::Accuse);
        assert_eq!(e.trigger.text, "condemning", "{text}");
        assert_eq!(
            (e.source, e.target),
            (ids(&["eu"]), ids(&["ISR"])),
            "{text}"
        );
    }
    // The main clause's subject after the comma is the doer, not one more target.
    let text =
        "In a joint statement condemning Russia, France and Germany said the talks must resume.";
    let e = one_of(text, EventType::Accuse);
    assert_eq!(
        (e.source, e.target),
        (ids(&["FRA", "DEU"]), ids(&["RUS"])),
        "{text}"
    );
    // Near misses: a statement read out, not issued, names no issuer; a place after "In" is
    // no text.
    for text in [
        "A statement condemning Israel was read out at the meeting.",
        "In a village condemning Israel, the EU said the talks must resume.",
    ] {
        assert!(
            events(text)
                .iter()
                .all(|e| !(e.event_type == EventType::Accuse && e.source == ids(&["eu"]))),
            "{text}: {:?}",
            events(text)
        );
    }
}

#[test]
fn a_release_negotiated_is_no_concession_by_the_negotiator() {
    // The release is the captor's act; whoever negotiates it obtains or mediates it, as whoever
    // secures it (events76).
    for text in [
        "Qatar negotiated the release of the hostages.",
        "Qatar negotiated the release of the hostages held by Hamas.",
    ] {
        assert!(
            events(text)
                .iter()
                .all(|e| !(e.event_type == EventType::Concede && e.source == ids(&["QAT"]))),
            "{text}: {:?}",
            events(text)
        );
    }
    // Near misses: negotiating anything else, or with someone, is still a consultation.
    let e = one_of(
        "Qatar negotiated a ceasefire between Israel and Hamas.",
        EventType::Consult,
    );
    assert_eq!(e.source, ids(&["QAT"]));
    let e = one_of(
        "Iran negotiated with the United States.",
        EventType::Consult,
    );
    assert_eq!((e.source, e.target), (ids(&["IRN"]), ids(&["USA"])));
}
