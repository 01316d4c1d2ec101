//! Session 40 (branch `events50`, issue #2): who an event's parties are, from clause structure
//! and the story. Invented sentences, each rule with a near miss.

use crate::common;

use common::event_by_trigger as event;
use common::ids;
use sitrep_record::Modality;

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
USA\tcountry\tUnited States\tUSA\t\t\t\t\tabbr:US|abbr:U.S.|adj:American|meto:Washington
RUS\tcountry\tRussia\tRUS\t\t\t\t\tadj:Russian|meto:Moscow|meto:Kremlin
UKR\tcountry\tUkraine\tUKR\t\t\t\t\tadj:Ukrainian|meto:Kyiv|place:Kharkiv|place:Odesa
FRA\tcountry\tFrance\tFRA\t\t\t\t\tadj:French|meto:Paris
DEU\tcountry\tGermany\tDEU\t\t\t\t\tadj:German|meto:Berlin
IRN\tcountry\tIran\tIRN\t\t\t\t\tadj:Iranian|meto:Tehran
OMN\tcountry\tOman\tOMN\t\t\t\t\tadj:Omani|meto:Muscat
QAT\tcountry\tQatar\tQAT\t\t\t\t\tadj:Qatari|meto:Doha
ISR\tcountry\tIsrael\tISR\t\t\t\t\tadj:Israeli|place:Eilat|place:Haifa
vladimir-putin\tperson\tVladimir Putin\tRUS\tGOV\tpresident\t2012-05-07\t\tPutin
volodymyr-zelensky\tperson\tVolodymyr Zelensky\tUKR\tGOV\tpresident\t2019-05-20\t\tZelensky
emmanuel-macron\tperson\tEmmanuel Macron\tFRA\tGOV\tpresident\t2017-05-14\t\tMacron
friedrich-merz\tperson\tFriedrich Merz\tDEU\tGOV\tchancellor\t2025-05-06\t\tMerz
donald-trump\tperson\tDonald Trump\tUSA\tGOV\tpresident\t2025-01-20\t\tTrump
";

common::events_kb!(ACTORS, common::OFFICIALS, "2025-06-01");

#[test]
fn them_after_a_verbs_coordinated_objects_names_every_member() {
    let text = "Macron spoke with Putin and Zelensky by phone and urged them to resume talks.";
    let evs = events(text);
    let e = event(&evs, "urged", text);
    assert_eq!(e.source, ids(&["emmanuel-macron"]), "{e:#?}");
    assert_eq!(
        e.target,
        ids(&["vladimir-putin", "volodymyr-zelensky"]),
        "{e:#?}"
    );
}

#[test]
fn them_after_a_meeting_told_in_the_sentence_before_names_its_guests() {
    let text = "Macron met Putin and Zelensky in Paris on Monday. He urged them to resume talks.";
    let evs = events(text);
    let e = event(&evs, "urged", text);
    assert_eq!(
        e.target,
        ids(&["vladimir-putin", "volodymyr-zelensky"]),
        "{e:#?}"
    );
}

#[test]
fn them_with_no_coordination_before_it_names_no_one() {
    // Near miss: one person before it is no "them".
    let text = "Macron met Putin in Paris on Monday. He urged them to resume talks.";
    let evs = events(text);
    let e = event(&evs, "urged", text);
    assert!(e.target.is_empty(), "{e:#?}");
}

#[test]
fn a_calls_purpose_on_coordinated_callees_is_the_callers_act_done_in_the_call() {
    let text = "Macron called Putin and Zelensky to congratulate them on the prisoner exchange.";
    let evs = events(text);
    let e = event(&evs, "congratulate", text);
    assert_eq!(e.source, ids(&["emmanuel-macron"]), "{e:#?}");
    assert_eq!(
        e.target,
        ids(&["vladimir-putin", "volodymyr-zelensky"]),
        "{e:#?}"
    );
    assert_eq!(e.modality, Modality::Asserted, "{e:#?}");

    let text = "Macron called Putin to congratulate him on his election.";
    let evs = events(text);
    let e = event(&evs, "congratulate", text);
    assert_eq!(e.modality, Modality::Asserted, "{e:#?}");
}

#[test]
fn a_call_still_to_be_made_keeps_its_purpose_ahead() {
    // Near miss: the call itself is a plan, and so is what it is for.
    let text = "Macron will call Putin to congratulate him on his election.";
    let evs = events(text);
    let e = event(&evs, "congratulate", text);
    assert_eq!(e.modality, Modality::Future, "{e:#?}");
    // Near miss: a verb that is no call leaves the infinitive ahead.
    let text = "Macron expected Putin to congratulate him on his election.";
    let evs = events(text);
    let e = event(&evs, "congratulate", text);
    assert_eq!(e.modality, Modality::Future, "{e:#?}");
}

#[test]
fn a_mediation_with_no_party_of_its_own_is_aimed_at_the_talks_parties() {
    let text = "Iranian and American negotiators held a fifth round of talks in Rome with the \
                mediation of Oman.";
    let evs = events(text);
    let e = event(&evs, "mediation", text);
    assert_eq!(e.source, ids(&["OMN"]), "{e:#?}");
    assert_eq!(e.target, ids(&["IRN", "USA"]), "{e:#?}");
}

#[test]
fn a_mediation_beside_talks_of_one_side_names_no_party() {
    // Near miss: the talks name one side only; the mediation gets no
    // target from them.
    let text = "Iranian negotiators held a fifth round of talks in Rome with the mediation of \
                Oman.";
    let evs = events(text);
    let e = event(&evs, "mediation", text);
    assert_eq!(e.source, ids(&["OMN"]), "{e:#?}");
    assert!(e.target.is_empty(), "{e:#?}");
}

#[test]
fn them_past_a_quotation_is_not_the_coordination_before_it() {
    // Near miss: the story moved on past a comma and a quotation; "them"
    // is the crowd, not the two named.
    let text = "Macron offered his congratulations to Putin and Zelensky, drawing boos from \
                the crowd. \"Just one minute,\" he urged them.";
    let evs = events(text);
    let e = event(&evs, "urged", text);
    assert!(e.target.is_empty(), "{e:#?}");
}

#[test]
fn a_mediation_with_no_party_in_its_sentence_is_aimed_at_the_talks_told_before() {
    let text = "Iran and the United States held indirect talks in Muscat on Saturday. Four rounds \
                of talks mediated by Oman have been held since April.";
    let evs = events(text);
    let e = event(&evs, "mediated", text);
    assert_eq!(e.source, ids(&["OMN"]), "{e:#?}");
    assert_eq!(e.target, ids(&["IRN", "USA"]), "{e:#?}");
}

#[test]
fn a_mediation_after_talks_of_the_mediator_itself_names_no_party() {
    // Near miss: the talks told before are the mediator's own; it is no
    // party of the talks it mediates.
    let text = "Oman and the United States held talks in Muscat on Saturday. Four rounds of \
                talks mediated by Oman have been held since April.";
    let evs = events(text);
    let e = event(&evs, "mediated", text);
    assert!(e.target.is_empty(), "{e:#?}");
}

#[test]
fn a_brokered_deal_is_aimed_at_the_parties_of_its_sentences_act_not_earlier_talks() {
    // The act brokered is the sentence's own restoring of relations, not
    // the talks told before it.
    let text = "Russia and the United States held talks in Doha on Monday. Iran and Germany \
                restored diplomatic relations in 2023 in a deal brokered by Qatar.";
    let evs = events(text);
    let e = event(&evs, "brokered", text);
    assert_eq!(e.source, ids(&["QAT"]), "{e:#?}");
    assert_eq!(e.target, ids(&["IRN", "DEU"]), "{e:#?}");
}

#[test]
fn a_participle_clause_after_a_verb_that_is_no_event_is_the_clauses_subjects_act() {
    // The adverb after the comma still leaves a participle clause, and the
    // names in the object's list are no doers.
    let text = "Trump has injected similar drama into trade talks with other partners, \
                including Germany, France and Russia, publicly threatening them with tariffs.";
    let evs = events(text);
    let e = event(&evs, "threatening", text);
    assert_eq!(e.source, ids(&["donald-trump"]), "{e:#?}");
    assert_eq!(e.target, ids(&["DEU", "FRA", "RUS"]), "{e:#?}");
}

#[test]
fn a_participle_clause_after_a_clause_opened_by_a_pronoun_is_its_referents_act() {
    let text = "Trump met Merz in Washington on Monday. He has injected similar drama into \
                trade talks with other partners, including Europe, Canada, Germany and Mexico, \
                publicly threatening them with tariffs.";
    let evs = events(text);
    let e = event(&evs, "threatening", text);
    assert_eq!(e.source, ids(&["donald-trump"]), "{e:#?}");
    // "Them" is the list, unresolved names and all: its one resolved
    // member is the target.
    assert_eq!(e.target, ids(&["DEU"]), "{e:#?}");
}

#[test]
fn participles_after_a_colon_spell_out_what_the_clauses_subject_did() {
    let text = "Russia pressed its campaign: striking Kyiv and shelling Ukrainian towns.";
    let evs = events(text);
    let e = event(&evs, "striking", text);
    assert_eq!(e.source, ids(&["RUS"]), "{e:#?}");
    assert_eq!(e.target, ids(&["UKR"]), "{e:#?}");

    // A relative clause's antecedent owns the list after its clause.
    let text = "Critics were outraged by the Kremlin that at last fulfilled its agenda: \
                striking Kyiv and arming separatists.";
    let evs = events(text);
    let e = event(&evs, "striking", text);
    assert_eq!(e.source, ids(&["RUS"]), "{e:#?}");
}

#[test]
fn a_participle_clause_after_its_subjects_own_names_keeps_the_nearest_doer() {
    // Near miss: the names nearest the participle are the subject itself,
    // not an object after a preposition; the subject's head, not the
    // modifier that opens the clause, is the doer.
    let text = "Russian President Vladimir Putin, visiting Paris, praised Macron.";
    let evs = events(text);
    let e = event(&evs, "visiting", text);
    assert_eq!(e.source, ids(&["vladimir-putin"]), "{e:#?}");
}

#[test]
fn them_after_a_list_of_places_is_not_the_places() {
    // Near miss: the list is where the doers reached, not whom "them"
    // stands for.
    let text = "\"They have shown they can reach Eilat and Haifa, and Iran is still supplying \
                them,\" one official said.";
    let content =
        "They have shown they can reach Eilat and Haifa, and Iran is still supplying them";
    let claims = [common::claim_at(
        text,
        "c1",
        None,
        "said",
        content,
        sitrep_record::Stance::Assert,
    )];
    let evs = KB.events_with("2025-06-01", text, &claims);
    let e = event(&evs, "supplying", text);
    assert_eq!(e.source, ids(&["IRN"]), "{e:#?}");
    assert!(e.target.is_empty(), "{e:#?}");
}
