//! Session 54 (`review54`): edges of the session's claims rules. speed27's
//! shared backward word split (`speaker_before` and its helpers) at the
//! text's start, with multi-byte letters, curly apostrophes and
//! non-breaking spaces (the text layer makes the latter two plain); the
//! possessive test the noun rows with a copula share with `possessor_only`
//! ("Rubio's response was that …", a plural's "s'"). Invented sentences,
//! an empty KB.

use crate::common;

use common::claim_triples;

fn speaker_of(sentence: &str, cue: &str) -> Option<String> {
    claim_triples(sentence)
        .into_iter()
        .find(|(_, c, _)| c == cue)
        .map(|(s, _, _)| s)
}

#[test]
fn the_backward_split_reads_multibyte_words_whole() {
    for (sentence, cue, speaker) in [
        // The plain walk, the time word before the cue, the adverbial
        // after an auxiliary and the verb before a participle cue, each
        // with words of multi-byte letters before the cue.
        (
            "Zoë Martín said the bridge would reopen.",
            "said",
            "Zoë Martín",
        ),
        (
            "Mayor Zoë Martín on Tuesday said the bridge would reopen.",
            "said",
            "Mayor Zoë Martín",
        ),
        (
            "Officials in Ürümqi have at times said the curfew would end.",
            "said",
            "Officials in Ürümqi",
        ),
        (
            "Protesters in Bogotá marched Sunday chanting that the reform must go.",
            "chanting",
            "Protesters in Bogotá",
        ),
    ] {
        assert_eq!(
            speaker_of(sentence, cue).as_deref(),
            Some(speaker),
            "{sentence}: {:?}",
            claim_triples(sentence)
        );
    }
}

#[test]
fn typographic_marks_before_the_cue_read_as_plain_ones() {
    // A non-breaking space between the speaker's words and a curly
    // apostrophe in a possessive speaker give what their plain forms give.
    for (fancy, plain) in [
        (
            "Foreign\u{a0}Minister Ana\u{a0}Pérez said the talks would resume.",
            "Foreign Minister Ana Pérez said the talks would resume.",
        ),
        (
            "The senator\u{2019}s warning that the bill would fail was ignored.",
            "The senator's warning that the bill would fail was ignored.",
        ),
    ] {
        assert_eq!(claim_triples(fancy), claim_triples(plain), "{fancy}");
        assert!(!claim_triples(plain).is_empty(), "{plain}");
    }
}

#[test]
fn a_cue_at_the_text_start_or_end_makes_no_claim() {
    // No words before the cue, or no words after it: the backward split and
    // the content walk run off the text's ends without a panic, and no
    // claim is made of nothing.
    for text in [
        "",
        "said",
        "   said   ",
        "The minister said",
        "Said the minister.",
    ] {
        assert_eq!(claim_triples(text), [], "{text:?}");
    }
    // The near miss: one word of content is enough.
    assert_eq!(
        speaker_of("The minister said yes.", "said").as_deref(),
        Some("The minister")
    );
}

#[test]
fn a_copula_noun_row_speaks_for_a_possessor_singular_or_plural() {
    assert_eq!(
        speaker_of("The officials' view is that the talks failed.", "view is").as_deref(),
        Some("The officials'")
    );
    assert_eq!(
        speaker_of(
            "Rubio\u{2019}s response was that the deal was weak.",
            "response was"
        )
        .as_deref(),
        Some("Rubio's")
    );
    // No possessor: the writer's own reasoning, no claim.
    assert_eq!(
        speaker_of("The answer is that nobody knows.", "answer is"),
        None
    );
    // A possessive pronoun owns the noun as a name does (claims94's
    // `possessive_pronoun`, merged after this test was written).
    assert_eq!(
        speaker_of("Their view is that the talks failed.", "view is").as_deref(),
        Some("Their")
    );
}
