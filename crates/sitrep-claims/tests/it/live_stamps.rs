//! Live pages open each entry with the time it was posted ("10:27 p.m.
//! President … said", "12:30 pm IST: Shelling …, officials said"): the
//! text layer keeps the stamp with the datelines, so no speaker or content
//! span opening the sentence holds it. A time inside the sentence ("At 10:27
//! p.m. on Friday, …") stays its text. Invented sentences, an empty KB.

use crate::common;

use common::claim_triples as triples;

#[test]
fn a_stamp_opening_an_entry_is_no_part_of_the_speaker() {
    for (raw, speaker) in [
        (
            "Live updates\n\n10:27 p.m. President Jane Roe said the decree was needed.",
            "President Jane Roe",
        ),
        ("Live\n\n4:27 a.m. Roe said the troops had been withdrawn.", "Roe"),
        (
            "Live\n\n14:05 GMT - The foreign minister said talks would resume.",
            "The foreign minister",
        ),
        (
            "Updates\n\nThe count began. 11:20 p.m. Opposition leader John Doe said the vote was void.",
            "Opposition leader John Doe",
        ),
    ] {
        let t = triples(raw);
        assert!(
            t.iter().any(|(s, _, _)| s == speaker),
            "{raw:?}: {t:?}"
        );
        assert!(
            t.iter().all(|(s, _, c)| !s.contains("m.") && !s.contains("GMT") && !c.contains("GMT")),
            "{raw:?}: {t:?}"
        );
    }
}

#[test]
fn a_stamp_opening_an_entry_is_no_part_of_the_content() {
    for (raw, content) in [
        (
            "Live\n\n12:30 pm IST: Shelling along the border has killed 10 civilians, officials said.",
            "Shelling along the border has killed 10 civilians",
        ),
        (
            "Live\n\n09:40 BST Strikes hit the port overnight, residents said.",
            "Strikes hit the port overnight",
        ),
    ] {
        let t = triples(raw);
        assert!(t.iter().any(|(_, _, c)| c == content), "{raw:?}: {t:?}");
    }
}

#[test]
fn a_time_inside_the_sentence_stays_its_text() {
    let raw = "Live\n\nAt 10:27 p.m. on Friday, police said the suspect had fled.";
    let t = triples(raw);
    assert!(
        t.iter()
            .any(|(s, _, c)| s == "police" && c == "the suspect had fled"),
        "{t:?}"
    );
    // A clock followed by running lower-case text opens no entry.
    let raw = "Live\n\n10:27 p.m. on Friday, the agency said the vote was void.";
    let t = triples(raw);
    assert!(t.iter().any(|(_, _, c)| c == "the vote was void"), "{t:?}");
    let raw = "The 9:30 train was late, the operator said.";
    let t = triples(raw);
    assert!(
        t.iter().any(|(_, _, c)| c == "The 9:30 train was late"),
        "{t:?}"
    );
}
