//! Session 45, branch `actors47`: acronyms closing a longer name, and place names tied to a
//! date. The sentences are the branch's own; each shape has near misses beside it.

mod common;

use common::{builtin_mentions, surfaces_of};

#[test]
fn an_acronym_closing_a_longer_capitalized_name_names_another_thing() {
    // A political group and a savings account named with a state's or a group's acronym.
    let raw = "Donors were asked to back Priorities USA, the super PAC backing her campaign.";
    assert!(
        surfaces_of(raw, "USA").is_empty(),
        "{:?}",
        builtin_mentions(raw)
    );
    let raw = "She moved her savings into a Roth IRA last year.";
    assert!(
        surfaces_of(raw, "irish-republican-army").is_empty(),
        "{:?}",
        builtin_mentions(raw)
    );
    // Near misses: a known name or role before the acronym keeps it ("the Arkansas GOP",
    // "Senate GOP"), and so does a sentence's first word or a lower-case word.
    let raw = "The committee transferred money to the Arkansas GOP last week.";
    assert_eq!(surfaces_of(raw, "us-republican-party"), ["GOP"]);
    let raw = "Exports to the USA rose. Britain said the IRA had disarmed.";
    assert_eq!(surfaces_of(raw, "USA"), ["USA"]);
    assert_eq!(surfaces_of(raw, "irish-republican-army"), ["IRA"]);
    // A role after the acronym makes it the role's owner; a run of capitals is a headline.
    let raw = "At least four Democrat U.S. senators objected to the plan.";
    assert_eq!(surfaces_of(raw, "USALEG"), ["U.S. senators"]);
    let raw = "Old Hands Help Russia Navigate U.S. Media.  Last week, I met an old friend.";
    assert!(
        !surfaces_of(raw, "USAMED").is_empty(),
        "{:?}",
        builtin_mentions(raw)
    );
}
