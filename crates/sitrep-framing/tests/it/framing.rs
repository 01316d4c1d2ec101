//! Behaviour of the framing measures, with examples from every side.

use sitrep_framing::{analyze_framing, measure_framing, FramingLexicon, Voice};
use sitrep_record::{ClaimRecord, Span, Speaker, Stance};
use sitrep_text::TextLayer;

fn lex() -> FramingLexicon {
    FramingLexicon::builtin().expect("builtin lexicon loads")
}

/// (surface text, category, term) of every loaded hit.
fn loaded(raw: &str) -> Vec<(String, String, String)> {
    let layer = TextLayer::from_raw(raw);
    measure_framing(&layer, &[], &lex())
        .loaded
        .into_iter()
        .map(|t| (t.span.text, t.category, t.term))
        .collect()
}

fn surfaces(raw: &str) -> Vec<String> {
    loaded(raw).into_iter().map(|(s, _, _)| s).collect()
}

/// A claim whose cue and content are the first occurrences of `cue` and
/// `content` in the layer's text.
fn claim(layer: &TextLayer, cue: &str, content: &str) -> ClaimRecord {
    let t = &layer.text;
    let at = |needle: &str| {
        let s = t
            .find(needle)
            .unwrap_or_else(|| panic!("{needle:?} not in text"));
        Span::of(t, s, s + needle.len())
    };
    ClaimRecord {
        id: "c1".into(),
        speaker: Speaker {
            actor: None,
            text: None,
            span: None,
        },
        cue: at(cue),
        content: at(content),
        stance: Stance::Assert,
        hedged: false,
        audience: None,
        via: Vec::new(),
    }
}

// --- loaded terms ----------------------------------------------------------

#[test]
fn both_sides_labels_are_found_alike() {
    let israeli_voice =
        "Hamas terrorists massacred civilians, and the terror group's leaders hid in Gaza. \
        Iran's proxies and the mullahs cheered.";
    let iranian_voice = "The Zionist regime's aggression against the oppressed people continued. \
        The occupation forces killed three resistance fighters, who were martyred.";
    let a = loaded(israeli_voice);
    let b = loaded(iranian_voice);
    let cats = |v: &[(String, String, String)]| v.iter().map(|x| x.1.clone()).collect::<Vec<_>>();
    assert_eq!(
        a.iter().map(|x| x.0.as_str()).collect::<Vec<_>>(),
        vec![
            "terrorists",
            "massacred",
            "terror group",
            "proxies",
            "mullahs"
        ]
    );
    assert_eq!(
        cats(&a),
        vec![
            "delegitimizing_label",
            "atrocity_term",
            "delegitimizing_label",
            "delegitimizing_label",
            "delegitimizing_label"
        ]
    );
    assert_eq!(
        b.iter().map(|x| x.0.as_str()).collect::<Vec<_>>(),
        vec![
            "Zionist regime",
            "aggression",
            "oppressed",
            "occupation forces",
            "resistance fighters",
            "martyred"
        ]
    );
    assert_eq!(
        cats(&b),
        vec![
            "delegitimizing_label",
            "accusatory_term",
            "accusatory_term",
            "delegitimizing_label",
            "glorifying_term",
            "glorifying_term"
        ]
    );
}

#[test]
fn regime_is_a_label_whoever_it_names() {
    for who in [
        "Iranian", "Israeli", "Syrian", "Zionist", "Assad", "American",
    ] {
        let hits = loaded(&format!("The {who} regime denied it."));
        assert_eq!(hits.len(), 1, "{who}");
        assert_eq!(hits[0].1, "delegitimizing_label");
    }
    // The longer entry wins and reports its own term.
    assert_eq!(loaded("the Zionist regime")[0].2, "Zionist regime");
    assert_eq!(loaded("the Iranian regime")[0].2, "regime");
}

#[test]
fn term_is_the_lexicon_entry_and_inflections_match() {
    let hits =
        loaded("Massacres, regimes, terrorists, atrocities and genocidal wars; they slammed it.");
    let terms: Vec<&str> = hits.iter().map(|h| h.2.as_str()).collect();
    assert_eq!(
        terms,
        vec![
            "massacre",
            "regime",
            "terrorist",
            "atrocity",
            "genocide",
            "slams"
        ]
    );
}

#[test]
fn matching_is_case_insensitive() {
    assert_eq!(
        surfaces("THE REGIME and the Terror Group"),
        vec!["REGIME", "Terror Group"]
    );
}

#[test]
fn matching_respects_word_boundaries() {
    assert!(
        loaded("A regimented schedule; evildoers; the massacreX; Thuggish; terrorize").is_empty()
    );
    assert_eq!(surfaces("anti-regime protests"), vec!["regime"]);
    assert_eq!(surfaces("the regime's envoy"), vec!["regime"]);
}

#[test]
fn neutral_phrases_suppress_the_word_inside_them() {
    assert!(loaded(
        "The sanctions regime and the IAEA inspection regime stay; the verification regimes too."
    )
    .is_empty());
    assert!(loaded("Palestinian Islamic Jihad fighters gathered at Martyrs' Square.").is_empty());
    assert!(
        loaded("He met with resistance to reform; the resistance to change was strong.").is_empty()
    );
    // ... but the word alone is still loaded.
    assert_eq!(
        surfaces("The regime and the resistance"),
        vec!["regime", "the resistance"]
    );
}

#[test]
fn every_brief_category_is_detected() {
    let cases = [
        ("They call it the Zionist entity.", "delegitimizing_label"),
        ("Those thugs and puppets of Tehran.", "delegitimizing_label"),
        ("Israeli occupation forces entered.", "delegitimizing_label"),
        ("A pogrom, a genocide, ethnic cleansing.", "atrocity_term"),
        (
            "He called them human animals and vermin.",
            "dehumanizing_term",
        ),
        ("Israel is a cancerous tumor, he said.", "dehumanizing_term"),
        (
            "A brutal, barbaric and heinous attack.",
            "emotive_intensifier",
        ),
        (
            "The shocking, catastrophic and horrific toll.",
            "emotive_intensifier",
        ),
        ("There was collateral damage.", "euphemism"),
        ("The gunman was neutralized.", "euphemism"),
        ("A martyrdom operation in Haifa.", "euphemism"),
        ("Trump slams Iran.", "sensational_verb"),
        ("Khamenei blasts US, rips into Europe.", "sensational_verb"),
        ("They carry the martyrs home.", "glorifying_term"),
        ("It was collective punishment.", "accusatory_term"),
        ("Settlers in Judea and Samaria.", "contested_name"),
        ("Raids in the occupied West Bank.", "contested_name"),
    ];
    for (text, category) in cases {
        let hits = loaded(text);
        assert!(!hits.is_empty(), "nothing found in {text:?}");
        assert!(hits.iter().all(|h| h.1 == category), "{text:?}: {hits:?}");
    }
}

#[test]
fn plain_words_in_other_senses_are_not_loaded() {
    // Medicine, animals, noun "blast": the dehumanizing and sensational
    // entries are phrases and verb uses only.
    let t = "Cancer rates rose. Farm animals died. Two blasts rocked the city, and the bomb blasts were heard. \
        A tumor was removed. The grand slam final.";
    assert!(loaded(t).is_empty(), "{:?}", loaded(t));
}

#[test]
fn longest_match_wins() {
    assert_eq!(
        surfaces("the terror organization and the puppet regime"),
        vec!["terror organization", "puppet regime"]
    );
    assert_eq!(loaded("the puppet regime")[0].2, "puppet regime");
}

#[test]
fn spans_match_the_text() {
    let layer = TextLayer::from_raw(
        "Café owners said the “regime” and the regime’s thugs — brutal — came.",
    );
    let f = measure_framing(&layer, &[], &lex());
    assert_eq!(f.loaded.len(), 4);
    for t in &f.loaded {
        assert_eq!(&layer.text[t.span.start..t.span.end], t.span.text);
    }
}

#[test]
fn voice_of_loaded_terms() {
    let layer = TextLayer::from_raw(
        "The regime fell. \"The Zionist entity will pay,\" he said. Officials said the thugs fled.",
    );
    let c = claim(&layer, "said the thugs", "the thugs fled");
    let r = analyze_framing(&layer, &[c], &lex());
    let got: Vec<(&str, Voice)> = r
        .framing
        .loaded
        .iter()
        .map(|t| t.span.text.as_str())
        .zip(r.loaded_voice.iter().copied())
        .collect();
    assert_eq!(
        got,
        vec![
            ("regime", Voice::Own),
            ("Zionist entity", Voice::Quoted),
            ("thugs", Voice::Reported)
        ]
    );
}

#[test]
fn terms_inside_quotes_and_claims_are_still_reported() {
    let layer = TextLayer::from_raw("\"It was a massacre,\" the ministry said.");
    let c = claim(&layer, "said", "\"It was a massacre,\"");
    let f = measure_framing(&layer, &[c], &lex());
    assert_eq!(f.loaded.len(), 1);
    assert_eq!(f.loaded[0].term, "massacre");
}

// --- opinion share ---------------------------------------------------------

#[test]
fn editorial_sentences_are_opinion_and_reporting_is_not() {
    let editorial =
        "The deal was a mistake. Washington must act now. We believe Europe should follow. \
        It is hard to imagine a worse outcome. Is anyone surprised?";
    let layer = TextLayer::from_raw(editorial);
    assert_eq!(measure_framing(&layer, &[], &lex()).opinion_share, 1.0);

    let report = "Iran launched 300 drones at Israel on Saturday. Most were intercepted. \
        The attack followed a strike in Damascus on April 1.";
    let layer = TextLayer::from_raw(report);
    assert_eq!(measure_framing(&layer, &[], &lex()).opinion_share, 0.0);
}

#[test]
fn verdicts_on_remedies_and_outcomes_are_opinion_and_facts_are_not() {
    let column = "Swapping one patron for another is no cure. The minister was arrogant. \
        Another coup would be a tragedy for the region. There is some truth in that.";
    let r = analyze_framing(&TextLayer::from_raw(column), &[], &lex());
    assert_eq!(r.opinion_sentences, vec![0, 1, 2, 3]);

    let report = "There is no cure for the disease. There is no answer from the ministry yet. \
        The flood was a tragedy for the town, the mayor said.";
    let r = analyze_framing(&TextLayer::from_raw(report), &[], &lex());
    assert!(r.opinion_sentences.is_empty(), "{:?}", r.opinion_sentences);
}

#[test]
fn opinion_from_both_sides_is_counted_alike() {
    let a = "Israel must defend itself. Tehran's rulers should be isolated.";
    let b = "Iran must defend itself. Israel's backers should be isolated.";
    let fa = measure_framing(&TextLayer::from_raw(a), &[], &lex());
    let fb = measure_framing(&TextLayer::from_raw(b), &[], &lex());
    assert_eq!(fa.opinion_share, 1.0);
    assert_eq!(fb.opinion_share, 1.0);
}

#[test]
fn prescriptions_inside_reported_speech_are_not_the_outlets_opinion() {
    let layer = TextLayer::from_raw(
        "Lawmakers said the text must be reviewed by parliament. \"We should wait,\" one said. The vote is on Sunday.",
    );
    let c = claim(&layer, "said", "the text must be reviewed by parliament");
    let r = analyze_framing(&layer, &[c], &lex());
    assert_eq!(r.framing.opinion_share, 0.0, "{:?}", r.opinion_sentences);
    // Without the claim, the first sentence reads as the outlet's own.
    let r = analyze_framing(&layer, &[], &lex());
    assert_eq!(r.opinion_sentences, vec![0]);
}

#[test]
fn own_voice_marker_in_a_sentence_with_a_quote_counts() {
    let layer = TextLayer::from_raw("Clearly, the minister's \"peace plan\" is a gift to Tehran.");
    assert_eq!(measure_framing(&layer, &[], &lex()).opinion_share, 1.0);
}

#[test]
fn rhetorical_questions_and_exclamations() {
    let layer = TextLayer::from_raw("Who will pay for this? Nobody knows. What a disgrace!");
    let r = analyze_framing(&layer, &[], &lex());
    assert_eq!(r.opinion_sentences, vec![0, 2]);
    // A question inside a quote is someone else's.
    let layer = TextLayer::from_raw("\"Why now?\" asked the minister. He left. He said: \"Why?\"");
    let r = analyze_framing(&layer, &[], &lex());
    assert!(r.opinion_sentences.is_empty(), "{:?}", r.opinion_sentences);
}

#[test]
fn neutral_marker_phrases_do_not_count() {
    let layer = TextLayer::from_raw("It is a must-see show. He would need to win 60% of the rest.");
    assert_eq!(measure_framing(&layer, &[], &lex()).opinion_share, 0.0);
}

#[test]
fn opinion_share_is_a_share_of_all_sentences() {
    let layer = TextLayer::from_raw(
        "Iran rejects talks\n\nTEHRAN — Iran rejected talks. The West should listen. It did not.",
    );
    let f = measure_framing(&layer, &[], &lex());
    assert_eq!(f.opinion_share, 0.25);
}

// --- attributed share ------------------------------------------------------

#[test]
fn attributed_sentences_overlap_a_cue_or_content() {
    let layer = TextLayer::from_raw(
        "Iran fired missiles. The IRGC said the strikes were a warning. \
         According to state media, the targets were military. Markets fell.",
    );
    let c1 = claim(&layer, "said", "the strikes were a warning");
    let c2 = claim(&layer, "According to", "the targets were military");
    let r = analyze_framing(&layer, &[c1, c2], &lex());
    assert_eq!(r.attributed_sentences, vec![1, 2]);
    assert_eq!(r.framing.attributed_share, 0.5);
}

#[test]
fn multi_sentence_content_marks_every_sentence_it_touches() {
    let layer =
        TextLayer::from_raw("\"We are ready. The enemy will regret it,\" he said. Then he left.");
    let c = claim(
        &layer,
        "said",
        "\"We are ready. The enemy will regret it,\"",
    );
    let r = analyze_framing(&layer, &[c], &lex());
    assert_eq!(r.attributed_sentences, vec![0, 1]);
    assert_eq!(r.framing.attributed_share, 0.6667);
}

#[test]
fn no_claims_no_attribution_and_empty_text_is_all_zero() {
    let layer = TextLayer::from_raw("Iran fired missiles.");
    assert_eq!(measure_framing(&layer, &[], &lex()).attributed_share, 0.0);
    let empty = TextLayer::from_raw("");
    let f = measure_framing(&empty, &[], &lex());
    assert!(f.loaded.is_empty());
    assert_eq!((f.opinion_share, f.attributed_share), (0.0, 0.0));
}

// --- robustness --------------------------------------------------------------

#[test]
fn odd_input_does_not_panic() {
    let lex = lex();
    for raw in [
        "\"",
        "'",
        "'''",
        "\"\"\"\n\n\"",
        "regime",
        "é'regime'é",
        "?",
        "!\"",
        "must",
        "a\u{0301}'b'",
        "The 'regime",
        "blasts",
        " blasts regime's 'mullahs' \"thugs",
    ] {
        let layer = TextLayer::from_raw(raw);
        let f = measure_framing(&layer, &[], &lex);
        assert!((0.0..=1.0).contains(&f.opinion_share));
        for t in &f.loaded {
            assert_eq!(&layer.text[t.span.start..t.span.end], t.span.text);
        }
    }
}

#[test]
fn claims_with_spans_at_the_text_edges_are_fine() {
    let layer = TextLayer::from_raw("Iran said no.");
    let t = &layer.text;
    let mut c = claim(&layer, "said", "no");
    c.content = Span::of(t, t.len(), t.len()); // empty content at the very end
    let f = measure_framing(&layer, &[c], &lex());
    assert_eq!(f.attributed_share, 1.0);
}

/// Random texts built from loaded words, quotes and markers, with random
/// claims: shares stay in 0..=1, spans match, nothing panics.
#[test]
fn random_documents_and_claims() {
    let lex = lex();
    let pieces = [
        "regime",
        "Zionist",
        " entity",
        "terror",
        " group",
        "'",
        "\"",
        "must",
        "?",
        "!",
        ". ",
        " The ",
        "blasts",
        "two",
        "massacre",
        "\n\n",
        "\n",
        "é",
        "\u{0301}",
        "sanctions",
        " ",
        "we believe",
        "said",
        "'s",
        "martyrs",
        "-",
        "—",
    ];
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move |n: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % n as u64) as usize
    };
    for _ in 0..3_000 {
        let raw: String = (0..next(30)).map(|_| pieces[next(pieces.len())]).collect();
        let layer = TextLayer::from_raw(&raw);
        let t = &layer.text;
        let bounds: Vec<usize> = (0..=t.len()).filter(|&k| t.is_char_boundary(k)).collect();
        let mut claims = Vec::new();
        for _ in 0..next(3) {
            let mut a = bounds[next(bounds.len())];
            let mut b = bounds[next(bounds.len())];
            if a > b {
                std::mem::swap(&mut a, &mut b);
            }
            let mut c = claim(&layer, "", "");
            c.cue = Span::of(t, a, a);
            c.content = Span::of(t, a, b);
            claims.push(c);
        }
        let r = analyze_framing(&layer, &claims, &lex);
        let f = &r.framing;
        assert!(
            (0.0..=1.0).contains(&f.opinion_share) && (0.0..=1.0).contains(&f.attributed_share)
        );
        assert_eq!(r.loaded_voice.len(), f.loaded.len());
        for w in f.loaded.windows(2) {
            assert!(w[0].span.end <= w[1].span.start);
        }
        for l in &f.loaded {
            assert_eq!(&t[l.span.start..l.span.end], l.span.text);
        }
    }
}

#[test]
fn political_vocabulary_beyond_the_middle_east_is_found() {
    // A court case, an election dispute, a coup and a maritime dispute: each
    // side's loaded words, the way wire copy quotes them.
    let text = "Bolsonaro called the trial a witch hunt and said the judges slandered him. \
        The opposition said the rigged election was a sham. The junta denounced the \
        putschists in the capital as traitors. Manila patrols the West Philippine Sea, \
        while Beijing calls Scarborough Shoal Huangyan Island and condemned the provocations.";
    let found = loaded(text);
    let pairs: Vec<(&str, &str)> = found
        .iter()
        .map(|(s, c, _)| (s.as_str(), c.as_str()))
        .collect();
    for expected in [
        ("witch hunt", "accusatory_term"),
        ("slandered", "accusatory_term"),
        ("rigged election", "accusatory_term"),
        ("sham", "accusatory_term"),
        ("junta", "delegitimizing_label"),
        ("putschists", "delegitimizing_label"),
        ("traitors", "delegitimizing_label"),
        ("West Philippine Sea", "contested_name"),
        ("Huangyan Island", "contested_name"),
        ("provocations", "accusatory_term"),
    ] {
        assert!(pairs.contains(&expected), "{expected:?} not in {pairs:?}");
    }
    // Literal senses stay out: a vehicle rigged with explosives is no
    // rigged election.
    assert!(surfaces("The car was rigged with explosives.").is_empty());
    // The name of a law is no label: "foreign agents law" is neutral, a
    // critic called a "foreign agent" is labelled.
    assert!(surfaces("Protesters rallied against the foreign agents law.").is_empty());
    assert_eq!(
        surfaces("The ministry called the journalist a foreign agent."),
        vec!["foreign agent"]
    );
}
