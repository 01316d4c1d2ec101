//! Session 54, branch `actors54`: a stance whose act the doer's own state does is aimed at no
//! one the act does not name (`own_state_act`, session 53), but only when that doer is the
//! state or one of its bodies: a company or another body of the same country is a party of
//! its own, and the stance is aimed at it ("Rubio reaffirmed Chevron's commitment to defend its
//! allies" is SUPPORT Rubio → Chevron).

use crate::common;

use sitrep_record::{EventRecord, EventType};

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
USA\tcountry\tUnited States\tUSA\t\t\t\t\tabbr:US|abbr:U.S.|adj:American|meto:Washington
chevron\torganization\tChevron\tUSA\tBUS\t\t\t\t
marco-rubio\tperson\tMarco Rubio\tUSA\tGOV\tsecretary of state\t2025-01\t\tRubio
";

const ROLES: &str = "phrase\tsector\tnumber\nofficials\tGOV\tgroup\n";

common::events_kb!(ACTORS, ROLES, "2026-03-01");

fn of_type(text: &str, ty: EventType) -> Option<EventRecord> {
    events(text).into_iter().find(|e| e.event_type == ty)
}

#[test]
fn a_commitment_of_a_company_of_the_doers_country_is_aimed_at_the_company() {
    let text = "Rubio reaffirmed Chevron's commitment to defend its allies.";
    let e = of_type(text, EventType::Support).expect(text);
    assert_eq!(e.target, vec!["chevron".to_string()], "{text}: {e:?}");
    // Near miss: the doer's own state is no party of its own.
    let text = "Rubio reaffirmed Washington's commitment to defend its allies.";
    let e = of_type(text, EventType::Support).expect(text);
    assert!(e.target.is_empty(), "{text}: {e:?}");
}
