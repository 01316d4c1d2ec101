//! speed17 (session 48): the "-s form" tests of the rules share one ending test,
//! `single_s_ending` (a single s, no -ss); `s_form` adds that the word is no -us or -is
//! word, the reading the claims' cue and clause walks and the events' plural noun ask. The
//! splits of short words at an ASCII byte (`split_once_byte`, `has_byte`) give what the
//! `char` searches they replace gave.

use sitrep_text::{has_byte, s_form, single_s_ending, split_once_byte};

#[test]
fn a_single_s_ending_is_what_every_s_form_shares() {
    for w in ["talks", "says", "allies", "gas", "focus", "crisis"] {
        assert!(single_s_ending(w), "{w}");
    }
    for w in ["press", "boss", "said", "talk", ""] {
        assert!(!single_s_ending(w), "{w}");
    }
}

#[test]
fn an_s_form_is_no_us_or_is_word() {
    for w in ["talks", "says", "estimates", "allies"] {
        assert!(s_form(w), "{w}");
    }
    // Near misses: words that end in s and are no regular -s form.
    for w in ["press", "status", "focus", "crisis", "thesis"] {
        assert!(!s_form(w), "{w}");
    }
}

#[test]
fn a_byte_split_gives_the_parts_a_char_split_gives() {
    for w in [
        "Han Duck-soo",
        "Jae-myung",
        "al-Assad",
        "-",
        "Kim Jong Un",
        "Łukasz Nowak-Żak",
        "Gérard Depardieu",
        "",
        "Peskov",
    ] {
        for sep in [b' ', b'-', b','] {
            assert_eq!(
                split_once_byte(w, sep),
                w.split_once(sep as char),
                "{w:?} at {:?}",
                sep as char
            );
            assert_eq!(has_byte(w, sep), w.contains(sep as char), "{w:?}");
        }
    }
}
