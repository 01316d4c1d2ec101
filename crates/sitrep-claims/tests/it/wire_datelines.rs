//! Wire stories open with a dateline ("CAIRO, Nov 20 (Reuters) - …"): it is
//! where the story was filed, not speech and not a speaker, so a span that
//! opens the sentence opens after it. Invented wire-style sentences, an
//! empty KB.

use crate::common;

use common::claim_triples as triples;

/// (speaker text, cue, content) of every claim.
/// Every speaker and content of `raw`'s claims, none opening with or
/// holding the dateline's words.
fn assert_no_dateline(raw: &str, dateline: &str) -> Vec<(String, String, String)> {
    let t = triples(raw);
    assert!(!t.is_empty(), "no claim in {raw:?}");
    let tag = dateline.trim_end_matches([' ', '-', '—']);
    for (speaker, _, content) in &t {
        for span in [speaker, content] {
            assert!(
                !span.contains(tag) && !span.contains("(Reuters)") && !span.contains("(AP)"),
                "dateline in {span:?}: {t:?}"
            );
        }
    }
    t
}

#[test]
fn content_before_the_cue_starts_after_the_dateline() {
    for (raw, dateline, content) in [
        (
            "CAIRO, Nov 20 (Reuters) - Hamas and Israel resumed indirect talks on Wednesday, two Egyptian security sources said.",
            "CAIRO, Nov 20 (Reuters) - ",
            "Hamas and Israel resumed indirect talks on Wednesday",
        ),
        (
            "GAZA CITY/JERUSALEM, Nov 3 (Reuters) - Israeli troops pushed deeper into the enclave overnight, residents said.",
            "GAZA CITY/JERUSALEM, Nov 3 (Reuters) - ",
            "Israeli troops pushed deeper into the enclave overnight",
        ),
        (
            "Beirut (AFP) - Strikes hit three villages in the south on Sunday, state media reported.",
            "Beirut (AFP) - ",
            "Strikes hit three villages in the south on Sunday",
        ),
        (
            "KYIV, Ukraine — Russian drones struck the power grid overnight, the energy ministry said.",
            "KYIV, Ukraine — ",
            "Russian drones struck the power grid overnight",
        ),
        (
            "By Jane Roe\nTEHRAN — The talks will resume next week, the foreign ministry said on Monday.",
            "TEHRAN — ",
            "The talks will resume next week",
        ),
    ] {
        let t = assert_no_dateline(raw, dateline);
        assert!(t.iter().any(|(_, _, c)| c == content), "{raw:?}: {t:?}");
    }
}

#[test]
fn the_subject_after_the_dateline_is_the_speaker() {
    for (raw, dateline, speaker) in [
        (
            "LONDON, Dec 9 (Reuters) - Britain said on Monday it would send more air defence systems to Ukraine.",
            "LONDON, Dec 9 (Reuters) - ",
            "Britain",
        ),
        (
            "WASHINGTON (AP) — The Pentagon said Tuesday that it would move a second carrier into the region.",
            "WASHINGTON (AP) — ",
            "The Pentagon",
        ),
        (
            "(Reuters) - The European Commission said on Friday that it had opened an inquiry into the merger.",
            "(Reuters) - ",
            "The European Commission",
        ),
        (
            "BRUSSELS -- NATO allies agreed on Thursday to raise spending, diplomats said.",
            "BRUSSELS -- ",
            "diplomats",
        ),
        (
            "DUBAI, United Arab Emirates — The airline announced on Sunday that it would order 30 new jets.",
            "DUBAI, United Arab Emirates — ",
            "The airline",
        ),
    ] {
        let t = assert_no_dateline(raw, dateline);
        assert!(t.iter().any(|(s, _, _)| s == speaker), "{raw:?}: {t:?}");
    }
}

#[test]
fn an_ordinary_first_sentence_keeps_its_opening() {
    // Title Case words before a dash without an agency tag are a subject
    // with an aside, not a dateline.
    let t = triples("Iran - the country that hosted the talks - will not attend, officials said.");
    assert!(
        t.iter()
            .any(|(_, _, c)| c.starts_with("Iran - the country")),
        "{t:?}"
    );
    let t = triples(
        "Sen. Jane Roe (D-Ohio) - a critic of the deal - said on Monday the vote would fail.",
    );
    assert!(t.iter().any(|(s, _, _)| s.contains("Jane Roe")), "{t:?}");
}
