//! Session 18 (`actors25`): a definite kind noun ("the militants", "the
//! company", "the alliance") names back the organization of that kind named
//! last; with the built-in KB and context lexicon (the rows under test are
//! data).

use crate::common;

// (mention text, actor id) in text order, with the built-in KB.
use common::builtin_mentions as mentions;

/// The actor of the mention whose text is `text`, if any.
fn id_of(m: &[(String, String)], text: &str) -> Option<String> {
    m.iter().find(|(t, _)| t == text).map(|(_, id)| id.clone())
}

/// "The militants" names back the armed group named before (probe19:
/// "a blockade imposed by the al Qaeda-linked group JNIM. The militants
/// have attacked fuel convoys" made no actor).
#[test]
fn the_militants_name_back_the_armed_group() {
    let m = mentions(
        "Schools closed because of a blockade imposed by the group JNIM. The militants have attacked fuel convoys since September.",
    );
    assert_eq!(id_of(&m, "The militants").as_deref(), Some("jnim"), "{m:?}");
}

/// "The company" names back a business only, passing over an organization
/// of another kind in between; an NGO alone is no company.
#[test]
fn the_company_names_back_a_business() {
    let m = mentions(
        "Gazprom cut gas supplies to Moldova. Amnesty International criticised the move. The company said the cut was technical.",
    );
    assert_eq!(
        id_of(&m, "The company").as_deref(),
        Some("gazprom"),
        "{m:?}"
    );
    let m =
        mentions("Amnesty International criticised the ruling. The company said it would appeal.");
    assert_eq!(id_of(&m, "The company"), None, "{m:?}");
}

/// Two organizations of the noun's kind in the last sentence naming one:
/// neither is nearer, so "the group" names no one.
#[test]
fn two_fitting_organizations_in_one_sentence_name_no_one() {
    let m =
        mentions("Hamas and Hezbollah fired rockets on Monday. The group said more would follow.");
    assert_eq!(id_of(&m, "The group"), None, "{m:?}");
    let m = mentions("Hamas fired rockets on Monday. The group said more would follow.");
    assert_eq!(id_of(&m, "The group").as_deref(), Some("hamas"), "{m:?}");
}

/// An organization the text calls "an alliance" in an apposition is "the
/// alliance" later, whatever its kind in the KB (the Coordination
/// Framework is a party alliance in government, no IGO); without the
/// apposition a governing body is not "the alliance".
#[test]
fn an_organization_the_text_calls_an_alliance_is_the_alliance() {
    let m = mentions(
        "Iraq's Coordination Framework, an alliance of Shiite parties, met on Monday. The prime minister attended, according to a statement from the alliance.",
    );
    assert_eq!(
        id_of(&m, "the alliance").as_deref(),
        Some("iraq-coordination-framework"),
        "{m:?}"
    );
    let m = mentions(
        "Iraq's Coordination Framework met on Monday. The prime minister attended, according to a statement from the alliance.",
    );
    assert_eq!(id_of(&m, "the alliance"), None, "{m:?}");
}

/// "The Framework said" after "Iraq's Coordination Framework": the last
/// word of an organization's name names it back; not when a capitalized
/// word follows ("the Framework Agreement" is another name), nor with no
/// such organization before.
#[test]
fn the_last_word_of_an_organizations_name_names_it_back() {
    let m = mentions(
        "Iraq's Coordination Framework met on Monday. The Framework said a committee would interview candidates.",
    );
    assert_eq!(
        id_of(&m, "The Framework").as_deref(),
        Some("iraq-coordination-framework"),
        "{m:?}"
    );
    let m = mentions(
        "Iraq's Coordination Framework met on Monday. The Framework Agreement was signed in 2008.",
    );
    assert!(
        !m.iter().any(|(t, _)| t.starts_with("The Framework")),
        "{m:?}"
    );
    let m = mentions("The Framework said a committee would interview candidates.");
    assert_eq!(id_of(&m, "The Framework"), None, "{m:?}");
}

/// A member of a non-state group speaking in the noun's sentence speaks of
/// their own group: "the group" is not the organization named before.
#[test]
fn a_rebel_speaker_s_group_is_their_own() {
    let m = mentions(
        "Hamas offered aid on Wednesday. A Houthi official, Mohammed Abdulsalam, said the group would keep targeting ships.",
    );
    assert_eq!(id_of(&m, "the group"), None, "{m:?}");
}
