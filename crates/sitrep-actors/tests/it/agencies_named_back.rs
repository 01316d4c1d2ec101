//! Session 26 (`actors28`): "the agency" names back the last body the text
//! or its own name calls an agency (an IGO, an outlet, a state's agency),
//! passing over other organizations; a possessive "the agency's" before a
//! role and a name is left to the person (probe26 items 2, 9, 13, 29).

use crate::common;

use common::{assert_id_exact, builtin_mentions};

#[test]
fn the_agency_is_the_last_body_called_an_agency() {
    // An IGO named by its full name, with another IGO named in between.
    let text = "The International Atomic Energy Agency met in Vienna. The United Nations \
welcomed the talks. The agency said its inspectors would return.";
    assert_id_exact(text, "The agency", Some("iaea"));
    // An outlet whose name holds the noun.
    let text = "The Saudi Press Agency reported the visit on Thursday. The agency said the \
two sides discussed trade.";
    assert_id_exact(text, "The agency", Some("spa"));
    // An outlet called "news agency" right after its name.
    let text = "Tehran confirmed the letter, the IRNA news agency reported. The agency did \
not publish it.";
    assert_id_exact(text, "The agency", Some("irna"));
    // A state's own agency, named through its director.
    let text = "CIA Director John Ratcliffe said the agency had new evidence.";
    assert_id_exact(text, "the agency", Some("cia"));
}

/// Near misses: no body called an agency (the UN is not one), and "the
/// agency's director general, <Name>" is the person's phrase.
#[test]
fn no_agency_named_or_a_role_of_the_agency_stays_unresolved() {
    let text = "The United Nations met in New York. The agency said nothing.";
    assert_id_exact(text, "The agency", None);
    let text = "The International Atomic Energy Agency met on Monday. Officials blamed the \
agency's director general, Rafael Grossi, for the report.";
    let m = builtin_mentions(text);
    assert!(!m.iter().any(|(t, _)| t == "the agency"), "{text}: {m:?}");
}
