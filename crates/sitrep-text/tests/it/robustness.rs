//! Whole-layer properties on arbitrary and adversarial input: no panics,
//! idempotent normalization, well-formed offsets, and no super-linear blowup.

use sitrep_testkit::TestRng;
use sitrep_text::{normalize, sentences, tokens, TextLayer, TokenKind};

/// Pieces that exercise every rule: abbreviations, quotes, dashes, marks,
/// invisible characters, line breaks, URLs, e-mails, bullets.
const PIECES: &[&str] = &[
    "U.S.",
    "Gen.",
    "Jan.",
    "No.",
    " 2",
    "Mr.",
    "J.",
    " The",
    " the",
    ". ",
    "? ",
    "!",
    "...",
    "\u{2026}",
    "\"",
    "'",
    "\u{201C}",
    "\u{201D}",
    "\u{2019}s",
    "(",
    ")",
    "—",
    "--",
    "-",
    "\u{2013}",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\t",
    "  ",
    "\u{00A0}",
    "\u{200B}",
    "\u{00AD}",
    "\u{FEFF}",
    "\u{0301}",
    "e",
    "é",
    "Ṭ",
    "ह",
    "ि",
    "्",
    "ق",
    "🙂",
    "\u{2028}",
    "\u{2029}",
    "http://x.io/a(b)",
    "www.",
    "a@b.co",
    "@",
    "3.5",
    "''",
    "``",
    "`",
    "2,000",
    ",",
    ":",
    "- ",
    "• ",
    "1) ",
    "1. ",
    "said",
    "Iran",
    "TEHRAN (Reuters) — ",
    "\u{0007}",
    "\u{0085}",
    "\u{202E}",
    "ſ",
    "ﬁ",
    "Å",
    "\u{212B}",
    "\u{1FFD}",
    "\u{00B4}",
];

fn random_text(rng: &mut TestRng, max_pieces: usize) -> String {
    let mut s = String::new();
    for _ in 0..rng.below(max_pieces) {
        if rng.below(4) == 0 {
            // Raw random bytes, made into a string the lossy way.
            let bytes: Vec<u8> = (0..rng.below(12)).map(|_| rng.next_u64() as u8).collect();
            s.push_str(&String::from_utf8_lossy(&bytes));
        } else {
            s.push_str(PIECES[rng.below(PIECES.len())]);
        }
    }
    s
}

/// Every structural invariant of a layer.
fn check_layer(raw: &str) {
    let layer = TextLayer::from_raw(raw);
    let text = &layer.text;
    assert_eq!(
        normalize(text),
        *text,
        "normalize is not idempotent on {raw:?}"
    );
    assert_eq!(
        text.trim(),
        text,
        "normalized text has outer whitespace: {raw:?}"
    );
    assert!(
        !text.contains("  ")
            && !text.contains("\n\n\n")
            && !text.contains(" \n")
            && !text.contains("\n ")
    );
    assert!(!text.contains('\r') && !text.contains('\t'));
    let mut prev_end = 0;
    for s in &layer.sentences {
        assert!(
            prev_end <= s.start && s.start < s.end && s.end <= text.len(),
            "bad sentence {s:?} in {text:?}"
        );
        let body = s.text(text); // panics off a char boundary
        assert_eq!(body.trim(), body);
        prev_end = s.end;
    }
    // Outside sentences there is only whitespace.
    let mut covered = 0;
    for s in &layer.sentences {
        assert!(
            text[covered..s.start].trim().is_empty(),
            "text lost between sentences in {text:?}"
        );
        covered = s.end;
    }
    assert!(text[covered..].trim().is_empty());
    let mut prev_end = 0;
    for t in &layer.tokens {
        assert!(
            prev_end <= t.start && t.start < t.end,
            "bad token {t:?} in {text:?}"
        );
        let tok = t.text(text);
        assert!(
            !tok.contains(char::is_whitespace),
            "token with space {tok:?}"
        );
        assert!(
            t.kind != TokenKind::Punct
                || tok.chars().count() == 1
                || tok.bytes().all(|b| b == b'.')
        );
        let i = layer
            .sentence_at(t.start)
            .expect("token outside every sentence");
        assert!(
            t.end <= layer.sentences[i].end,
            "token {tok:?} crosses a sentence end in {text:?}"
        );
        prev_end = t.end;
    }
    // Tokens cover every non-space character.
    let mut covered = 0;
    for t in &layer.tokens {
        assert!(
            text[covered..t.start].trim().is_empty(),
            "text lost between tokens in {text:?}"
        );
        covered = t.end;
    }
    assert!(text[covered..].trim().is_empty());
}

#[test]
fn random_inputs_never_panic_and_keep_invariants() {
    let mut rng = TestRng(0x5173_5EED_0000_0001);
    for _ in 0..20_000 {
        let raw = random_text(&mut rng, 40);
        check_layer(&raw);
    }
}

#[test]
fn random_bytes_never_panic() {
    let mut rng = TestRng(42);
    for _ in 0..5_000 {
        let bytes: Vec<u8> = (0..rng.below(200)).map(|_| rng.next_u64() as u8).collect();
        let raw = String::from_utf8_lossy(&bytes);
        check_layer(&raw);
        // The stages also accept text that was never normalized.
        let _ = sentences(&raw);
        let _ = tokens(&raw);
    }
}

#[test]
fn unnormalized_input_to_sentences_and_tokens() {
    let raw = "  A.\r\n\r\n\tB?  \u{00A0}C\u{2029}D ";
    for s in sentences(raw) {
        assert_eq!(s.text(raw).trim(), s.text(raw));
    }
    assert_eq!(tokens(raw).len(), 6);
}

/// Huge single lines and long runs of one character must stay linear. A
/// quadratic step on these inputs would not finish; the test has no timer.
#[test]
fn huge_single_lines_and_runs() {
    const N: usize = 2_000_000;
    let inputs = [
        "word ".repeat(N / 5),
        "a".repeat(N),
        ".".repeat(N),
        "\"".repeat(N),
        "-".repeat(N),
        "a-".repeat(N / 2),
        "a+".repeat(N / 2),
        "a.".repeat(N / 2),
        "A. ".repeat(N / 3),
        "e\u{0301}".repeat(N / 3),
        format!("e{}", "\u{0301}".repeat(N / 2)),
        "\u{200B}".repeat(N / 3),
        " ".repeat(N),
        "\n".repeat(N),
        "x\n".repeat(N / 2),
        "1".repeat(N),
        "1,".repeat(N / 2),
        "http://".repeat(N / 7),
        format!("http://{}", "a".repeat(N)),
        format!("{}@", "a.".repeat(N / 2)),
        "It ended. The ".repeat(N / 14),
    ];
    for raw in &inputs {
        let layer = TextLayer::from_raw(raw);
        assert!(layer.text.len() <= raw.len() * 3 + 3);
        if let Some(last) = layer.sentences.last() {
            assert!(last.end <= layer.text.len());
        }
    }
}

#[test]
fn realistic_article() {
    let raw = "Iran rejects \u{201C}bullying\u{201D} demands\n\n\
        TEHRAN (Reuters) \u{2014} Iran\u{2019}s foreign ministry on Monday rejected U.S. demands, \
        calling them \u{201C}illegal.\u{201D} The U.S. envoy, Mr. Smith, said Jan. 5 talks were off.\n\n\
        \u{201C}We will not negotiate under pressure,\u{201D} spokesman Esmaeil Baghaei told reporters. \
        \u{201C}The Americans know this.\u{201D}";
    let layer = TextLayer::from_raw(raw);
    let s: Vec<&str> = layer
        .sentences
        .iter()
        .map(|s| s.text(&layer.text))
        .collect();
    assert_eq!(
        s,
        vec![
            "Iran rejects \"bullying\" demands",
            "TEHRAN (Reuters) — Iran's foreign ministry on Monday rejected U.S. demands, calling them \"illegal.\"",
            "The U.S. envoy, Mr. Smith, said Jan. 5 talks were off.",
            "\"We will not negotiate under pressure,\" spokesman Esmaeil Baghaei told reporters.",
            "\"The Americans know this.\"",
        ]
    );
    let toks = layer.sentence_tokens(1);
    let words: Vec<&str> = toks.iter().take(7).map(|t| t.text(&layer.text)).collect();
    assert_eq!(
        words,
        vec!["TEHRAN", "(", "Reuters", ")", "—", "Iran", "'s"]
    );
    assert!(layer.sentence_tokens(99).is_empty());
}
