//! Session 31 (`actors33`): more bare nouns named back, "the Pope"
//! capitalized, a role after "as" as a capacity, bodies Phoenix filed as
//! people, shared party names placed by the story, and cue aliases that
//! hid a person's surname.
//!
//! - `back-noun` rows "tribunal" (a court), "commission" (only a body
//!   called a commission) and "watchdog" (an international or non-
//!   governmental body, never a firm); a `back-contrast` word ("the other
//!   tribunal") names none back.
//! - "the Pope" capitalized names the office's holder named before; a
//!   capitalized back noun names no body of a kind.
//! - "first as mayor of X and then as president": a one-holder role right
//!   after "as" with no name is no actor of its own.

use crate::common;

use common::{assert_id_exact, assert_ids, assert_no_actor, builtin_mentions};

#[test]
fn the_tribunal_names_back_the_one_court() {
    let text = "The International Criminal Court issued an arrest warrant on Thursday.\n\n\
The tribunal said the suspect must surrender within a month.";
    assert_id_exact(text, "The tribunal", Some("icc"));
}

/// Near misses: two courts named, so "the tribunal" could be either; "the
/// other tribunal" is another one than the court named.
#[test]
fn the_tribunal_stays_unresolved_between_two_courts_or_after_other() {
    let text = "The International Criminal Court and the International Court of Justice both \
sit in the Netherlands. The tribunal said it would rule in May.";
    assert_id_exact(text, "The tribunal", None);
    let text = "The International Criminal Court issued an arrest warrant on Thursday. The other \
tribunal said it would hear the case in May.";
    assert_id_exact(text, "The other tribunal", None);
}

#[test]
fn the_commission_names_back_a_body_called_a_commission() {
    let text = "The European Commission proposed new rules for online platforms on Monday. \
The commission said the rules would take effect next year.";
    assert_id_exact(text, "The commission", Some("european-commission"));
}

/// Near misses: a body not called a commission, and "commission" modifying
/// a role word ("the commission president").
#[test]
fn the_commission_needs_its_name_and_no_role_after_it() {
    let text = "The World Health Organization sent experts to the region. The commission \
said the outbreak was under control.";
    assert_id_exact(text, "The commission", None);
    let text = "The European Commission proposed new rules on Monday. The commission president \
said the rules would take effect next year.";
    let mentions = builtin_mentions(text);
    assert!(
        !mentions.iter().any(|(s, _)| s == "The commission"),
        "{mentions:?}"
    );
}

#[test]
fn the_watchdog_names_back_a_monitoring_body() {
    let text = "The International Atomic Energy Agency said its inspectors had been denied \
access. The watchdog said it would report to its board.";
    assert_id_exact(text, "The watchdog", Some("iaea"));
}

/// Near miss: a firm is never the watchdog that fines it.
#[test]
fn the_watchdog_is_no_firm() {
    let text = "Volkswagen was fined for breaking emissions rules on Tuesday. The watchdog said \
the company had abused its position.";
    assert_id_exact(text, "The watchdog", None);
}

#[test]
fn the_pope_capitalized_names_the_holder_named_before() {
    // The tests' publication date falls in Leo XIV's term.
    let text = "Pope Leo XIV visited a hospital in Rome on Sunday.\n\nThe Pope said the sick \
must not be forgotten, and the Pope later met the staff.";
    assert_ids(
        text,
        &[
            ("The Pope", Some("pope-leo-xiv")),
            ("the Pope", Some("pope-leo-xiv")),
        ],
    );
}

/// Near misses: a pope the text never named, a capitalized back noun of a
/// body kind ("The Monitor", a newspaper's name), and "the Pope" before a
/// name (the name's own phrase).
#[test]
fn the_pope_capitalized_needs_a_named_holder_and_no_name_after_it() {
    let text = "Crowds gathered in St Peter's Square on Sunday. The Pope did not appear.";
    assert_id_exact(text, "The Pope", None);
    let text = "The International Atomic Energy Agency sent a team. The Monitor, a weekly \
paper, reported the visit.";
    assert_id_exact(text, "The Monitor", None);
    let text = "Pope Leo XIV met the bishops. Pilgrims recalled the Pope Francis years.";
    let mentions = builtin_mentions(text);
    assert!(
        !mentions
            .iter()
            .any(|(s, id)| s == "the Pope" && id == "pope-leo-xiv"),
        "{mentions:?}"
    );
}

#[test]
fn a_role_after_as_is_the_subjects_capacity() {
    let text = "The former leader was charged over killings during his drug campaign, first as \
mayor of Davao City and then as president.";
    let mentions = builtin_mentions(text);
    assert!(
        !mentions.iter().any(|(s, _)| s.contains("mayor")),
        "{mentions:?}"
    );
    assert_no_actor(text, "PHLGOV");
    let text = "Sanchez, who once served as foreign minister of Spain, said the plan would fail.";
    assert_no_actor(text, "jose-manuel-albares");
}

/// Near misses: the same role after "the", and a name after the role.
#[test]
fn a_role_after_the_or_before_a_name_is_still_read() {
    let text = "Officials such as the foreign minister of Spain attended the talks.";
    assert_id_exact(
        text,
        "foreign minister of Spain",
        Some("jose-manuel-albares"),
    );
    let text = "Envoys attended the talks as well as Foreign Minister Jose Manuel Albares.";
    assert_id_exact(
        text,
        "Foreign Minister Jose Manuel Albares",
        Some("jose-manuel-albares"),
    );
}

#[test]
fn the_syrian_observatory_is_a_monitor_named_back() {
    let text = "The Syrian Observatory for Human Rights said 12 people were killed in the \
shelling. The monitor said fighters had entered the village.";
    let resolved = common::builtin_resolved(text);
    assert!(
        resolved.iter().any(|(s, id, _, sector)| {
            s == "Syrian Observatory for Human Rights"
                && id == "syrian-observatory-for-human-rights"
                && sector.as_deref() == Some("NGO")
        }),
        "{resolved:?}"
    );
    assert_id_exact(
        text,
        "The monitor",
        Some("syrian-observatory-for-human-rights"),
    );
}

#[test]
fn the_liberal_party_is_the_one_of_the_story_state() {
    let text = "Broadcasters project that the Liberal Party led by Prime Minister Mark Carney \
will form the next government.";
    assert_id_exact(text, "Liberal Party", Some("liberal-party-canada"));
    let text = "Opposition leader Sussan Ley of Australia said the Liberal Party would rebuild.";
    assert_id_exact(text, "Liberal Party", Some("liberal-party-australia"));
}

#[test]
fn albanese_alone_names_the_prime_minister() {
    // "cue:Albanese" of the Australian Labor Party hid the surname alias.
    let text = "Opposition leader Peter Dutton attacked Albanese over energy prices.";
    assert_id_exact(text, "Albanese", Some("anthony-albanese"));
}
