//! Transcript turn labels: the one definition the claims, events, framing
//! and actors stages read (`turns.rs`, `data/lexicons/turn-labels.tsv`).
//! Invented transcript lines.

use sitrep_text::{
    normalize, turn_label, Agencies, LayerBuffers, TextLayer, TurnRole, TurnWords, MAX_LABEL_BYTES,
};

/// The label, role and capitals flag of the turn opening `line`, and the
/// text after the label.
fn turn(line: &str) -> Option<(String, TurnRole, bool, String)> {
    let t = turn_label(line, 0, line.len(), &TurnWords::builtin())?;
    Some((
        line[t.label..t.colon].to_string(),
        t.role,
        t.caps,
        line[t.body..t.end].to_string(),
    ))
}

#[test]
fn questioner_answerer_and_named_labels() {
    use TurnRole::*;
    for (line, label, role, caps) in [
        ("Q: Will Iran attack Israel again?", "Q", Questioner, false),
        (
            "QUESTION: Has the cabinet approved it?",
            "QUESTION",
            Questioner,
            true,
        ),
        (
            "Question: Has the cabinet approved it?",
            "Question",
            Questioner,
            false,
        ),
        (
            "REPORTER: Did the president ask?",
            "REPORTER",
            Questioner,
            true,
        ),
        (
            "Reporter Jane Smith: Will Israel strike?",
            "Reporter Jane Smith",
            Questioner,
            false,
        ),
        (
            "Interviewer: What happens next?",
            "Interviewer",
            Questioner,
            false,
        ),
        ("A: We will defend our country.", "A", Answerer, false),
        ("ANSWER: We are ready to talk.", "ANSWER", Answerer, true),
        (
            "ARAGHCHI: We will defend our country.",
            "ARAGHCHI",
            Named,
            true,
        ),
        (
            "SHEIKH MOHAMMED: We will not accept it.",
            "SHEIKH MOHAMMED",
            Named,
            true,
        ),
        ("ERDOĞAN: We will not accept it.", "ERDOĞAN", Named, true),
        (
            "Mr. Araghchi: We will defend our country.",
            "Mr. Araghchi",
            Named,
            false,
        ),
        ("Update: The story was corrected.", "Update", Named, false),
    ] {
        let (l, r, c, _) = turn(line).unwrap_or_else(|| panic!("{line}: no turn"));
        assert_eq!((l.as_str(), r, c), (label, role, caps), "{line}");
    }
}

#[test]
fn an_answerer_word_names_the_answerer_only_alone() {
    // "A" opening a longer label is the article, not the answer's label.
    let (_, role, _, _) = turn("A favor: would you share this?").unwrap();
    assert_eq!(role, TurnRole::Named);
    let (_, role, _, _) = turn("Answer Sheet: page two").unwrap();
    assert_eq!(role, TurnRole::Named);
}

#[test]
fn the_turn_text_starts_after_the_colon_and_its_spaces() {
    let (_, _, _, body) = turn("Q:  Will it hold?").unwrap();
    assert_eq!(body, "Will it hold?");
    // A colon without a space after it still closes the label.
    let (label, role, _, body) = turn("Q:Will it hold?").unwrap();
    assert_eq!(
        (label.as_str(), role, body.as_str()),
        ("Q", TurnRole::Questioner, "Will it hold?")
    );
}

#[test]
fn a_stray_quote_may_open_a_label_in_capitals() {
    let line = "\"WALLACE: Let's start with the talks.";
    let t = turn_label(line, 0, line.len(), &TurnWords::builtin()).unwrap();
    assert_eq!((t.start, t.label), (0, 1));
    assert_eq!(&line[t.label..t.colon], "WALLACE");
    // Near miss: a quote before a name in lower case is a quoted headline.
    assert_eq!(turn("\"Trump: We will win,\" he wrote."), None);
}

#[test]
fn running_text_is_no_turn_label() {
    for line in [
        // A comma, a bracket or a question mark before the colon.
        "Robertson, the U.S. commander, said: \"We do not support it.\"",
        "England (Group A): 10th appearance",
        "Why now? Because: the talks failed.",
        // More than five words, or the colon too far into the line.
        "The meeting began at 3:15 p.m. and ended at 4:40 p.m.",
        "The minister told the assembled reporters in the capital on Friday evening: we will act.",
        // A lower-case start, a digit, a leading space.
        "the minister: we will act.",
        "10:27 p.m. President Yoon declared martial law.",
        " Q: Will it hold?",
        // Two spaces inside the label.
        "VIP  PASS: 60,000",
        "No colon on this line at all.",
        "",
    ] {
        assert_eq!(turn(line), None, "{line:?}");
    }
}

#[test]
fn the_colon_limit_is_counted_in_bytes_on_character_boundaries() {
    // Multi-byte letters around the limit neither panic nor pass it.
    let name = "É".repeat(MAX_LABEL_BYTES / 2);
    let line = format!("{name}: text");
    assert_eq!(turn(&line), None);
    let short = "É".repeat(MAX_LABEL_BYTES / 2 - 1);
    let line = format!("{short}: text");
    assert!(turn(&line).is_some());
    for cut in 0..line.len() {
        let _ = turn_label(&line, cut, line.len(), &TurnWords::builtin());
        let _ = turn_label(&line, 0, cut, &TurnWords::builtin());
    }
}

#[test]
fn the_layer_lists_each_lines_turn_and_finds_it_from_a_sentence() {
    let text = "Iran's foreign minister spoke to CBS News. He said: nothing.\n\n\
                Q: Will Iran attack Israel again?\n\n\
                ARAGHCHI: We will defend our country. We want peace.\n\n\
                He was asked. Q: Will talks resume?";
    let layer = TextLayer::new(normalize(text));
    let t = &layer.text;
    let labels: Vec<(&str, TurnRole)> = layer
        .turns
        .iter()
        .map(|x| (&t[x.label..x.colon], x.role))
        .collect();
    // A label in mid-line ("He was asked. Q: …") opens no line.
    assert_eq!(
        labels,
        [("Q", TurnRole::Questioner), ("ARAGHCHI", TurnRole::Named)]
    );
    let q = t.find("Q: Will Iran").unwrap();
    let turn = layer.turn_opening(q).unwrap();
    assert_eq!(&t[turn.body..turn.end], "Will Iran attack Israel again?");
    // The second sentence of a turn's line does not open it.
    let want = t.find("We want").unwrap();
    assert!(layer.turn_opening(want).is_none());
    assert!(layer
        .turn_opening(t.find("Q: Will talks").unwrap())
        .is_none());
    assert!(layer.turn_opening(0).is_none());
}

#[test]
fn the_layer_finds_a_label_after_a_stray_quote_from_either_start() {
    let text = "Intro line.\n\n\"WALLACE: Will the talks resume?";
    let layer = TextLayer::new(normalize(text));
    let quote = layer.text.find('"').unwrap();
    let a = layer.turn_opening(quote).unwrap();
    let b = layer.turn_opening(quote + 1).unwrap();
    assert_eq!(a, b);
    assert_eq!(&layer.text[a.label..a.colon], "WALLACE");
}

#[test]
fn reused_buffers_hold_no_turns_of_the_last_document() {
    let words = TurnWords::builtin();
    let agencies = Agencies::builtin();
    let first = TextLayer::new(normalize("Q: One?\n\nA: Two.\n\nQ: Three?"));
    assert_eq!(first.turns.len(), 3);
    let (_, buffers) = first.into_parts();
    let second = TextLayer::new_reusing(normalize("No turns here."), &agencies, &words, buffers);
    assert!(second.turns.is_empty());
    let fresh = TextLayer::new_reusing(
        normalize("Q: One?"),
        &agencies,
        &words,
        LayerBuffers::default(),
    );
    assert_eq!(fresh.turns.len(), 1);
}

#[test]
fn the_word_list_is_data_a_user_extends() {
    let builtin = sitrep_text::BUILTIN_TURN_WORDS.1;
    let extended = format!("{builtin}moderator\tquestioner\n");
    let words = TurnWords::parse(&extended).unwrap();
    let line = "MODERATOR: Will the ceasefire hold?";
    let t = turn_label(line, 0, line.len(), &words).unwrap();
    assert_eq!(t.role, TurnRole::Questioner);
    // Without the row, the moderator is a named speaker.
    let t = turn_label(line, 0, line.len(), &TurnWords::builtin()).unwrap();
    assert_eq!(t.role, TurnRole::Named);
}

#[test]
fn bad_word_list_rows_are_errors_with_their_line() {
    let err = TurnWords::parse("word\tclass\nq\tquestioner\nhost\tanchor\n").unwrap_err();
    assert_eq!(err.line, 3);
    assert!(err.reason.contains("unknown class"), "{err:?}");
    let err = TurnWords::parse("word\tclass\ntwo words\tquestioner\n").unwrap_err();
    assert_eq!(err.line, 2);
    let err = TurnWords::parse("word\nq\n").unwrap_err();
    assert_eq!(err.line, 1);
    let err = TurnWords::parse("word\tclass\nq\n").unwrap_err();
    assert_eq!(err.line, 2);
}

#[test]
fn a_role_comma_and_honorific_name_is_a_named_turn() {
    let words = TurnWords::builtin();
    for (line, name) in [
        (
            "Foreign Secretary, Shri Vikram Misri: Thank you.",
            "Shri Vikram Misri",
        ),
        (
            "Official Spokesperson, Shri Randhir Jaiswal: Good evening.",
            "Shri Randhir Jaiswal",
        ),
        (
            "Minister of State, Dr. Jane Okafor: The dams will hold.",
            "Dr. Jane Okafor",
        ),
    ] {
        let t = turn_label(line, 0, line.len(), &words).unwrap_or_else(|| panic!("{line}"));
        assert_eq!(&line[t.name..t.colon], name, "{line}");
        assert_eq!(t.label, 0);
        assert_eq!(t.role, TurnRole::Named);
        assert!(!t.caps);
    }
    // A plain label's holder starts with the label.
    let line = "ARAGHCHI: We will defend our country.";
    let t = turn_label(line, 0, line.len(), &words).unwrap();
    assert_eq!(t.name, t.label);
}

#[test]
fn a_comma_without_an_honorific_after_it_is_no_turn_label() {
    let words = TurnWords::builtin();
    for line in [
        "Yes, Minister: the reform will not pass.",
        "In Delhi, Finance Officials: the budget will be cut.",
        "Foreign Secretary, Shri: Thank you.",
        "Mr. Smith said, Dr. Jones and the nurses agreed on this: no.",
    ] {
        assert!(turn_label(line, 0, line.len(), &words).is_none(), "{line}");
    }
}

#[test]
fn honorific_rows_extend_the_role_comma_shape() {
    let line = "Chief Minister, Thiru M. K. Rajan: The state is ready.";
    assert!(turn_label(line, 0, line.len(), &TurnWords::builtin()).is_none());
    let extended = format!("{}thiru\thonorific\n", sitrep_text::BUILTIN_TURN_WORDS.1);
    let words = TurnWords::parse(&extended).unwrap();
    let t = turn_label(line, 0, line.len(), &words).unwrap();
    assert_eq!(&line[t.name..t.colon], "Thiru M. K. Rajan");
}

#[test]
fn list_mark_before_a_caps_label() {
    // A bulleted headline quote: the label follows the list mark.
    for line in [
        "* MORALES: THE BORDER WILL STAY OPEN TO TRADE",
        "- MORALES: THE BORDER WILL STAY OPEN TO TRADE",
        "\u{2022} MORALES: THE BORDER WILL STAY OPEN TO TRADE",
    ] {
        let (label, role, caps, body) = turn(line).expect(line);
        assert_eq!(label, "MORALES", "{line}");
        assert_eq!(role, TurnRole::Named);
        assert!(caps);
        assert_eq!(body, "THE BORDER WILL STAY OPEN TO TRADE");
    }
    // A bullet before mixed-case words is a list item, not a turn; a mark
    // with no space after it is no list mark.
    for line in [
        "* Pro tip: book the ferry early",
        "* Borders: open for trade",
        "*MORALES: THE BORDER WILL STAY OPEN",
        "* 3:15 p.m. vote",
    ] {
        assert!(turn(line).is_none(), "{line}");
    }
}
