//! Argument-structure rules of branch events34 (session 21, issue #2): an object relative
//! clause's verb is done to its antecedent ("Hamas, which the US designated a terrorist
//! organization"; "Pakistan, which India blames for the attack"), while a subject relative
//! keeps the antecedent as the doer ("Iran, which arms Hezbollah"); a negated cue of a finite
//! clause ("Iran did not say Israel attacked Syria", "did not deny that") leaves the clause's
//! event open (hypothetical), neither attributed nor negated; a name opened by a determiner
//! before an -ing event word and a plain head noun is the act's doer ("the Salt Typhoon hacking
//! campaign"); an adjectival participle after a determiner reports no event ("the detained
//! journalist"); an event noun that is the object of a support verb in a relative clause
//! after it takes that verb's subject as doer ("the sanctions that the EU imposed on Russia").

use crate::common;

use common::{claim_at, event_by_trigger as event, ids};
use sitrep_record::{EventRecord, EventType, Modality, Stance};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
USA\tcountry\tUnited States\tUSA\t\t\t\t\tabbr:US|abbr:U.S.|adj:American|meto:Washington
ISR\tcountry\tIsrael\tISR\t\t\t\t\tadj:Israeli
IRN\tcountry\tIran\tIRN\t\t\t\t\tadj:Iranian|meto:Tehran
IND\tcountry\tIndia\tIND\t\t\t\t\tadj:Indian|meto:New Delhi
PAK\tcountry\tPakistan\tPAK\t\t\t\t\tadj:Pakistani|meto:Islamabad
SYR\tcountry\tSyria\tSYR\t\t\t\t\tadj:Syrian|meto:Damascus
SWE\tcountry\tSweden\tSWE\t\t\t\t\tadj:Swedish|meto:Stockholm
TUR\tcountry\tTurkey\tTUR\t\t\t\t\tadj:Turkish|meto:Ankara
CHN\tcountry\tChina\tCHN\t\t\t\t\tadj:Chinese|meto:Beijing
RUS\tcountry\tRussia\tRUS\t\t\t\t\tadj:Russian|meto:Moscow
EGY\tcountry\tEgypt\tEGY\t\t\t\t\tadj:Egyptian|meto:Cairo
UKR\tcountry\tUkraine\tUKR\t\t\t\t\tadj:Ukrainian|meto:Kyiv
PSE\tcountry\tPalestine\tPSE\t\t\t\t\tadj:Palestinian|Gaza
eu\tigo\tEuropean Union\t\t\t\t\t\tabbr:EU|meto:Brussels
OMN\tcountry\tOman\tOMN\t\t\t\t\tadj:Omani|meto:Muscat
hamas\tarmed_group\tHamas\tPSE\tREB\t\t\t\t
hezbollah\tarmed_group\tHezbollah\tLBN\tREB\t\t\t\t
houthis\tarmed_group\tHouthis\tYEM\tREB\t\t\t\tHouthi
salt-typhoon\tgroup\tSalt Typhoon\tCHN\tSPY\t\t\t\t
FRA\tcountry\tFrance\tFRA\t\t\t\t\tadj:French|meto:Paris
nato\tigo\tNATO\t\t\t\t\t\t
";

const ROLES: &str = "phrase\tsector\tnumber
officials\tGOV\tgroup
leaders\tGOV\tgroup
";

common::events_kb!(ACTORS, ROLES, "2025-07-04");

fn args(e: &EventRecord) -> (Vec<String>, Vec<String>) {
    (e.source.clone(), e.target.clone())
}

#[test]
fn an_object_relative_clause_is_done_to_its_antecedent() {
    for (text, trigger, ty, source, target) in [
        (
            "The Kremlin welcomed China, which Washington sanctioned last year.",
            "sanctioned",
            EventType::Sanction,
            "USA",
            "CHN",
        ),
        (
            "Pakistan, which India blames for the attack, rejected the charge.",
            "blames",
            EventType::Accuse,
            "IND",
            "PAK",
        ),
        // A reduced-passive reading ("Sweden accused of") is wrong after the
        // relative pronoun.
        (
            "Turkey, which Sweden accused of blocking its bid, met NATO officials.",
            "accused",
            EventType::Accuse,
            "SWE",
            "TUR",
        ),
        // A place after the verb is where, the antecedent still whom.
        (
            "Hamas, which Israel attacked in Gaza, fired rockets.",
            "attacked",
            EventType::Assault,
            "ISR",
            "hamas",
        ),
        // "who(m)" after a name owning the head noun.
        (
            "Israel killed Hamas leaders whom Egypt had hosted in Cairo.",
            "hosted",
            EventType::Consult,
            "EGY",
            "hamas",
        ),
        // The second of two coordinated verbs shares the relative's subject.
        (
            "Hezbollah, which Iran arms and funds, attacked Israel.",
            "arms",
            EventType::Aid,
            "IRN",
            "hezbollah",
        ),
        // Relative "that" in a noun phrase opening the sentence or a
        // prepositional phrase.
        (
            "The Houthis that Iran arms seized a ship.",
            "arms",
            EventType::Aid,
            "IRN",
            "houthis",
        ),
        (
            "Sanctions on the Iranian militias that Russia arms were lifted.",
            "arms",
            EventType::Aid,
            "RUS",
            "IRN",
        ),
    ] {
        let evs = events(text);
        let e = event(&evs, trigger, text);
        assert_eq!(e.event_type, ty, "{text}: {evs:#?}");
        assert_eq!(
            args(e),
            (ids(&[source]), ids(&[target])),
            "{text}: {evs:#?}"
        );
    }
}

#[test]
fn the_main_verb_after_an_object_relative_keeps_the_antecedent_as_doer() {
    for (text, trigger, source) in [
        (
            "Turkey, which Sweden accused of blocking its bid, met NATO officials.",
            "met",
            "TUR",
        ),
        (
            "Hamas, which Israel attacked in Gaza, fired rockets.",
            "fired rockets",
            "hamas",
        ),
        (
            "Hezbollah, which Iran arms and funds, attacked Israel.",
            "attacked",
            "hezbollah",
        ),
    ] {
        let evs = events(text);
        let e = event(&evs, trigger, text);
        assert_eq!(e.source, ids(&[source]), "{text}: {evs:#?}");
    }
}

#[test]
fn near_misses_of_object_relatives_keep_their_arguments() {
    // A subject relative: the antecedent is the doer.
    let text = "The United States sanctioned Iran, which arms Hezbollah.";
    let evs = events(text);
    let e = event(&evs, "arms", text);
    assert_eq!(args(e), (ids(&["IRN"]), ids(&["hezbollah"])), "{evs:#?}");
    // The relative clause's verb has an object of its own.
    let text = "Russia, which attacked Ukraine in 2022, met China.";
    let evs = events(text);
    let e = event(&evs, "attacked", text);
    assert_eq!(args(e), (ids(&["RUS"]), ids(&["UKR"])), "{evs:#?}");
    // "that" after a verb's object is a complementizer: the rebels are
    // warned, not struck.
    let text = "Iran warned the Houthi rebels that Israel would strike.";
    let evs = events(text);
    assert!(
        evs.iter()
            .all(|e| !e.target.contains(&"houthis".to_string()) || e.source == ids(&["IRN"])),
        "{evs:#?}"
    );
    // Reported speech after "said that" is no relative clause.
    let text = "Iran said that the United States attacked Israel.";
    let evs = events(text);
    let e = event(&evs, "attacked", text);
    assert_eq!(e.source, ids(&["USA"]), "{evs:#?}");
    assert!(!e.target.contains(&"IRN".to_string()), "{evs:#?}");
}

/// The modality of the event triggered by `trigger` in `text`, with one claim of `speaker`
/// whose cue and content are the given substrings.
fn modality_in_claim(
    text: &str,
    speaker: &str,
    cue: &str,
    content: &str,
    stance: Stance,
    trigger: &str,
) -> Modality {
    let claims = [claim_at(text, "c1", Some(speaker), cue, content, stance)];
    let evs = KB.events_with("2025-07-04", text, &claims);
    event(&evs, trigger, text).modality
}

#[test]
fn what_a_speaker_did_not_say_or_deny_is_open() {
    for (text, cue, content, stance) in [
        (
            "Iran did not say Israel attacked Syria.",
            "did not say",
            "Israel attacked Syria",
            Stance::Assert,
        ),
        (
            "Israel never confirmed that it attacked Syria.",
            "never confirmed",
            "it attacked Syria",
            Stance::Assert,
        ),
        (
            "Iran did not deny that Israel attacked Syria.",
            "did not deny",
            "Israel attacked Syria",
            Stance::Deny,
        ),
        // The cue span may leave the negated auxiliary out.
        (
            "Iran did not claim that Hezbollah attacked Israel.",
            "claim",
            "Hezbollah attacked Israel",
            Stance::Assert,
        ),
    ] {
        let m = modality_in_claim(text, "IRN", cue, content, stance, "attacked");
        assert_eq!(m, Modality::Hypothetical, "{text}");
    }
}

#[test]
fn near_misses_of_unsaid_clauses_keep_their_modality() {
    // A denial negates; a plain report attributes; a negation inside the
    // content is the event's own.
    for (text, cue, content, stance, trigger, want) in [
        (
            "Iran denied that Israel attacked Syria.",
            "denied",
            "Israel attacked Syria",
            Stance::Deny,
            "attacked",
            Modality::Negated,
        ),
        (
            "Iran said Israel attacked Syria.",
            "said",
            "Israel attacked Syria",
            Stance::Assert,
            "attacked",
            Modality::Attributed,
        ),
        (
            "Israel said it did not attack Syria.",
            "said",
            "it did not attack Syria",
            Stance::Assert,
            "attack",
            Modality::Negated,
        ),
    ] {
        let m = modality_in_claim(text, "ISR", cue, content, stance, trigger);
        assert_eq!(m, want, "{text}");
    }
}

#[test]
fn a_name_before_an_ing_event_word_and_its_head_noun_is_the_doer() {
    let text = "The Salt Typhoon hacking campaign targeted US networks.";
    let evs = events(text);
    assert!(
        evs.iter()
            .any(|e| e.source == ids(&["salt-typhoon"]) && e.target == ids(&["USA"])),
        "{text}: {evs:#?}"
    );
    let text = "The Hamas bombing campaign killed dozens of Israeli civilians.";
    let evs = events(text);
    assert!(
        evs.iter()
            .any(|e| e.source == ids(&["hamas"]) && e.target == ids(&["ISR"])),
        "{text}: {evs:#?}"
    );
}

#[test]
fn near_misses_of_the_ing_modifier_stay_verbs() {
    // No determiner: the name is the -ing verb's subject, the name after it
    // its object.
    let text = "Iran hacking US firms angered Washington.";
    let evs = events(text);
    let e = event(&evs, "hacking", text);
    assert_eq!(e.event_type, EventType::Coerce, "{evs:#?}");
    assert_eq!(args(e), (ids(&["IRN"]), ids(&["USA"])), "{evs:#?}");
    // A name after the -ing word: a participle and its object.
    let text = "The Houthis attacking Israeli ships drew condemnation.";
    let evs = events(text);
    let e = event(&evs, "attacking", text);
    assert_eq!(args(e), (ids(&["houthis"]), ids(&["ISR"])), "{evs:#?}");
}

#[test]
fn an_adjectival_participle_after_a_determiner_reports_no_event() {
    let text = "Iran released the detained journalist to France.";
    let evs = events(text);
    assert!(
        evs.iter().all(|e| e.event_type != EventType::Coerce),
        "{evs:#?}"
    );
    let text = "The sanctioned bank in Moscow transferred funds to Iran.";
    let evs = events(text);
    assert!(
        evs.iter().all(|e| e.event_type != EventType::Sanction),
        "{evs:#?}"
    );
    // Near miss: the verb itself.
    let text = "Iran detained the French journalist.";
    let evs = events(text);
    let e = event(&evs, "detained", text);
    assert_eq!(e.event_type, EventType::Coerce, "{evs:#?}");
    assert_eq!(e.source, ids(&["IRN"]), "{evs:#?}");
}

#[test]
fn an_event_noun_takes_the_subject_of_a_support_verb_in_its_relative_clause() {
    let text = "The sanctions that Washington imposed on Tehran hurt the economy.";
    let evs = events(text);
    let e = event(&evs, "sanctions", text);
    assert_eq!(e.event_type, EventType::Sanction, "{evs:#?}");
    assert_eq!(args(e), (ids(&["USA"]), ids(&["IRN"])), "{evs:#?}");
    // Governed by a verb of judging, the noun lends its doer as the target,
    // as a possessor would ("condemned the EU's sanctions").
    let text = "Russia condemned the sanctions that the EU imposed on Moscow.";
    let evs = events(text);
    let e = event(&evs, "condemned", text);
    assert_eq!(args(e), (ids(&["RUS"]), ids(&["eu"])), "{evs:#?}");
    let text = "Oman praised the talks which Iran held with the United States.";
    let evs = events(text);
    let e = event(&evs, "praised", text);
    assert_eq!(args(e), (ids(&["OMN"]), ids(&["IRN"])), "{evs:#?}");
}

#[test]
fn near_misses_of_the_relative_support_verb_give_the_noun_no_doer() {
    // The verb has an object of its own: the noun may be no object of it
    // ("the warning that the EU gave Russia a deadline"), so no doer.
    let text = "Iran welcomed the agreement that Egypt gave Hamas.";
    let evs = events(text);
    let e = event(&evs, "welcomed", text);
    assert!(!e.target.contains(&"EGY".to_string()), "{evs:#?}");
    // A verb of receiving names the noun's target, not its doer.
    let text = "The attacks that Israel suffered on Saturday were the worst in years.";
    let evs = events(text);
    assert!(
        evs.iter().all(|e| !e.source.contains(&"ISR".to_string())),
        "{evs:#?}"
    );
    // A negated support verb.
    let text = "The sanctions that the EU did not impose on Russia remain a topic.";
    let evs = events(text);
    assert!(
        evs.iter().all(|e| !e.source.contains(&"eu".to_string())),
        "{evs:#?}"
    );
}
