//! Quoted stretches found in one pass over the text: single quotes pair
//! only within their own sentence, as when each sentence was searched on
//! its own, and sentences given out of order are still read one by one.

use sitrep_framing::quote_spans;
use sitrep_text::{Sentence, TextLayer};

fn quoted(layer: &TextLayer) -> Vec<&str> {
    quote_spans(layer)
        .iter()
        .map(|&(s, e)| &layer.text[s..e])
        .collect()
}

#[test]
fn single_quotes_pair_inside_each_sentence() {
    let l = TextLayer::from_raw(
        "He called it 'flat-out wrong' on Monday. Iran's envoy said 'no' twice, 'never.'",
    );
    assert_eq!(quoted(&l), vec!["'flat-out wrong'", "'no'", "'never.'"]);
}

#[test]
fn a_quote_left_open_does_not_pair_with_the_next_sentence() {
    let l = TextLayer::from_raw("They were 'ready. Others left' at noon.");
    let q = quoted(&l);
    assert_eq!(l.sentences.len(), 2);
    assert!(q.is_empty(), "{q:?}");
    // Apostrophes never open a quote.
    let l = TextLayer::from_raw("The Iranians' demands and Iran's reply came Monday.");
    assert!(quoted(&l).is_empty());
}

#[test]
fn sentences_out_of_order_are_read_one_by_one() {
    let mut l = TextLayer::from_raw("He said 'yes' first. She said 'no' then.");
    let in_order: Vec<String> = quoted(&l).into_iter().map(String::from).collect();
    assert_eq!(in_order, vec!["'yes'", "'no'"]);
    l.sentences.reverse();
    assert_eq!(quoted(&l), in_order);
    // Overlapping sentences: each is searched on its own.
    l.sentences = vec![
        Sentence {
            start: 0,
            end: l.text.len(),
        },
        Sentence { start: 0, end: 20 },
    ];
    assert_eq!(quoted(&l), in_order);
}
