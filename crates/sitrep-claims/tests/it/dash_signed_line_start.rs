//! A quote signed with a dash is one that opens its line: at the text's
//! start, after a line break or a blank line, and not after words on its
//! line however long the paragraph before it. Invented sentences, an empty
//! KB.

use crate::common;

use common::claim_triples as triples;

fn signed_by(raw: &str) -> Vec<String> {
    triples(raw)
        .into_iter()
        .filter(|(_, c, _)| c == "—")
        .map(|(s, _, _)| s)
        .collect()
}

#[test]
fn a_dash_signed_quote_opens_its_line_at_the_start_after_a_break_or_a_blank_line() {
    let quote =
        "\"The new bridge has made my commute twice as long this winter.\" — Marta Lindqvist";
    assert_eq!(signed_by(quote), ["Marta Lindqvist"]);
    let after_break = format!("Readers wrote to us about the bridge.\n{quote}\n");
    assert_eq!(signed_by(&after_break), ["Marta Lindqvist"]);
    let after_blank = format!("Readers wrote to us about the bridge.\n\n{quote}\n");
    assert_eq!(signed_by(&after_blank), ["Marta Lindqvist"]);
}

#[test]
fn a_quote_after_words_on_its_line_is_not_dash_signed() {
    let long_line = "Readers wrote to us about the bridge, the tolls, the detours and the \
                     noise, and one of them, a nurse who crosses it twice a day, put it plainly: \
                     \"The new bridge has made my commute twice as long this winter.\" — Marta Lindqvist";
    assert!(signed_by(long_line).is_empty(), "{:?}", triples(long_line));
    let after_words = "Readers wrote:\n\nShe said \"The new bridge has made my commute twice \
                       as long this winter.\" — Marta Lindqvist";
    assert!(
        signed_by(after_words).is_empty(),
        "{:?}",
        triples(after_words)
    );
}
