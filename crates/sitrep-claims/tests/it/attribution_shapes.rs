//! Attribution shapes news uses beyond "X said Y": a quote signed with a
//! dash, transcript lines inside a stray quote mark, participles after a
//! quote's attribution, coordinated names, descriptions after an inverted
//! speaker, negated and aspect leads of a cue, and finding verbs that
//! report a discovery. Invented sentences, an empty KB.

use crate::common;

use common::claim_triples as triples;

use common::claims_of;

/// (speaker text, cue, content) of every claim.
fn has(raw: &str, speaker: &str, cue: &str) -> bool {
    triples(raw)
        .iter()
        .any(|(s, c, _)| s == speaker && c == cue)
}

#[test]
fn a_quote_signed_with_a_dash_names_its_speaker() {
    let raw = "Readers told us what they think.\n\n\u{201c}The new bridge has made my commute \
               twice as long and nobody asked us first.\u{201d} \u{2015} Marta Lindqvist\n\n\
               \"I would vote for the plan again tomorrow without a second thought.\" -- Joel K. Amari.\n";
    let t = triples(raw);
    assert!(
        t.iter().any(|(s, c, x)| s == "Marta Lindqvist"
            && c == "—"
            && x.starts_with("The new bridge has made")),
        "{t:?}"
    );
    assert!(
        t.iter().any(|(s, c, _)| s == "Joel K. Amari" && c == "—"),
        "{t:?}"
    );
}

#[test]
fn a_dash_after_a_quote_inside_a_sentence_is_no_signature() {
    // The paragraph does not open with the quote: a byline follows it.
    let raw = "The mayor said she will \"try to build a stable coalition\" this week.--Ana Ruiz.\n";
    assert!(
        triples(raw).iter().all(|(_, c, _)| c != "—"),
        "{:?}",
        triples(raw)
    );
    // A short phrase after the dash is no name.
    let raw2 =
        "\"We will not give up on this town or its people.\" — and then the lights went out\n";
    assert!(
        triples(raw2).iter().all(|(_, c, _)| c != "—"),
        "{:?}",
        triples(raw2)
    );
}

#[test]
fn transcript_names_inside_a_stray_quote_mark_speak() {
    let raw = "\"HOST: Welcome back to the program, we have a lot to cover tonight.\n\n\
               \"GUEST: Thank you, it is good to be here with you again.\n\n\
               \"HOST: Let us start with the budget vote in the city council.\n\n\
               \"GUEST: The vote was closer than anyone had expected it to be.\n";
    let t = triples(raw);
    let speakers: Vec<&str> = t
        .iter()
        .filter(|(_, c, _)| c == ":")
        .map(|(s, _, _)| s.as_str())
        .collect();
    assert_eq!(speakers, ["HOST", "GUEST", "HOST", "GUEST"], "{t:?}");
}

#[test]
fn a_participle_after_a_quote_speaks_for_its_speaker() {
    let raw = "\"We do not see a link to terrorism,\" the mayor said, adding that it would \
               take more hours before details emerge.";
    assert!(has(raw, "the mayor", "adding"), "{:?}", triples(raw));
    // The sentence's first speaker, not a noun phrase in between.
    let raw2 = "Omar asked for compassion in a letter posted on Twitter on Tuesday, saying \
                she did not think a harsh sentence would help.";
    assert!(has(raw2, "Omar", "saying"), "{:?}", triples(raw2));
}

#[test]
fn coordinated_names_speak_together() {
    let raw = "But Mr. Grassley and Mr. Leahy say other changes are needed.";
    assert!(
        has(raw, "Mr. Grassley and Mr. Leahy", "say"),
        "{:?}",
        triples(raw)
    );
}

#[test]
fn an_inverted_speaker_keeps_its_tag_and_description() {
    let raw = "\"This is a sad day for the county,\" said Rep. Dana Ortiz (D-N.M.), head of \
               the rural caucus.";
    assert!(
        has(
            raw,
            "Rep. Dana Ortiz (D-N.M.), head of the rural caucus",
            "said"
        ),
        "{:?}",
        triples(raw)
    );
    let raw2 =
        "\"We need the money for the school to go forward,\" said Joseph, who has four children.";
    assert!(
        has(raw2, "Joseph, who has four children", "said"),
        "{:?}",
        triples(raw2)
    );
    let raw3 = "\"This is a waste of time,\" said Del. Stacey Moreau of the Virgin Islands.";
    assert!(
        has(raw3, "Del. Stacey Moreau of the Virgin Islands", "said"),
        "{:?}",
        triples(raw3)
    );
}

#[test]
fn negated_and_aspect_leads_join_the_cue() {
    assert!(
        has(
            "The attorney general isn't saying whether the charity broke any law.",
            "The attorney general",
            "isn't saying"
        ),
        "{:?}",
        triples("The attorney general isn't saying whether the charity broke any law.")
    );
    let raw =
        "Small groups of protesters continued to call for more information about the shooting.";
    assert!(
        has(raw, "Small groups of protesters", "continued to call for"),
        "{:?}",
        triples(raw)
    );
    let raw2 = "The senator has always denied the allegations.";
    assert!(
        has(raw2, "The senator", "has always denied"),
        "{:?}",
        triples(raw2)
    );
}

#[test]
fn a_pronoun_right_before_the_cue_is_the_speaker() {
    let raw = "In a radio interview he declared that the plan was dead.";
    assert!(has(raw, "he", "declared"), "{:?}", triples(raw));
    // A name that starts with a word spelled like a pronoun stays whole.
    let raw2 = "\"Growth will slow,\" He Lianfeng, an economist at the bank, said.";
    assert!(
        triples(raw2)
            .iter()
            .any(|(s, _, _)| s.starts_with("He Lianfeng")),
        "{:?}",
        triples(raw2)
    );
}

#[test]
fn a_finding_verb_before_an_indefinite_object_is_a_discovery() {
    assert!(triples("They found a way through the old law.").is_empty());
    assert!(triples("The striker found himself alone in front of goal.").is_empty());
    assert!(
        has(
            "The study found that most voters had made up their minds.",
            "The study",
            "found"
        ),
        "{:?}",
        triples("The study found that most voters had made up their minds.")
    );
}

#[test]
fn a_quote_is_not_attributed_across_a_paragraph_or_to_a_cue_that_opens_another_quote() {
    let raw = "She adds, \"What kind of leader loses a billion dollars in one year?\"\n\n\
               The mayor adds, \"We will rebuild the bridge before winter.\"\n";
    let t = triples(raw);
    assert!(
        t.iter()
            .any(|(s, c, x)| s == "She" && c == "adds" && x.starts_with("What kind")),
        "{t:?}"
    );
    assert!(
        t.iter()
            .all(|(s, _, x)| !(s == "The mayor" && x.starts_with("What kind"))),
        "{t:?}"
    );
    // Within a paragraph the same holds: the next cue introduces its own quote.
    let raw2 = "She asked, \"Who pays for the repairs?\" The mayor answered, \"The state will.\"";
    let t2 = triples(raw2);
    assert!(
        t2.iter()
            .all(|(s, _, x)| !(s == "The mayor" && x.starts_with("Who pays"))),
        "{t2:?}"
    );
}

#[test]
fn a_participle_before_a_quote_speaks_for_the_claim_before_it() {
    let raw =
        "\"We certainly cannot afford to do this anymore,\" the governor said, adding later, \
               \"The program is costing us a fortune.\"";
    assert!(has(raw, "the governor", "adding"), "{:?}", triples(raw));
}

#[test]
fn a_noun_cue_is_the_noun_without_its_that() {
    let raw = "The senator repeated his claim that the mill would close by spring.";
    let (text, claims) = claims_of(raw);
    let cues: Vec<&str> = claims
        .iter()
        .map(|c| &text[c.cue.start..c.cue.end])
        .collect();
    assert!(cues.contains(&"claim"), "{cues:?}");
    let c = claims
        .iter()
        .find(|c| &text[c.cue.start..c.cue.end] == "claim")
        .unwrap();
    assert_eq!(
        &text[c.content.start..c.content.end],
        "the mill would close by spring"
    );
}

#[test]
fn a_speaker_keeps_a_party_tag_and_a_described_name_keeps_its_appositive() {
    // "Democrat of Ohio": a capitalized description with its "of" phrase.
    assert!(has(
        "Senator Jane Roe, Democrat of Ohio, said the levee bill would pass.",
        "Senator Jane Roe, Democrat of Ohio",
        "said"
    ));
    // A description holding a name, then an appositive.
    assert!(has(
        "the economist Jane Roe, a former adviser to the mayor, wrote that rents would rise.",
        "the economist Jane Roe, a former adviser to the mayor",
        "wrote"
    ));
    // An opening phrase before the described speaker is no part of it.
    let t = triples(
        "In the port of Aden, the harbour master, a former navy captain, said the ferry was late.",
    );
    assert!(t.iter().all(|(s, _, _)| !s.contains("Aden")), "{t:?}");
}

#[test]
fn an_aspect_verb_before_a_gerund_cue_joins_it() {
    assert!(has(
        "Later the mayor began saying the budget was too small.",
        "the mayor",
        "began saying"
    ));
    assert!(has(
        "The coach kept insisting the team was ready.",
        "The coach",
        "kept insisting"
    ));
}

#[test]
fn the_subjects_own_verb_before_a_participle_cue_is_no_part_of_the_speaker() {
    assert!(has(
        "The senator spoke out arguing that the port needed dredging.",
        "The senator",
        "arguing"
    ));
    assert!(has(
        "Hundreds of residents came out chanting that the plant must close.",
        "Hundreds of residents",
        "chanting"
    ));
    // A hyphenated -ed word is no verb: "an op-ed urging" is its object.
    let t = triples("The senator wrote an op-ed urging the council to act.");
    assert!(t.iter().all(|(s, _, _)| !s.ends_with(" an")), "{t:?}");
}

#[test]
fn a_participle_after_an_attribution_is_never_an_inverted_cue() {
    // The phrase after "referring to" is its object, not a speaker, and the
    // participle speaks for the attribution before it.
    let t = triples(
        "The resorts did well because the market turned, Mr. Hedge said, referring to the two golf resorts.",
    );
    assert!(
        t.iter().any(|(s, cue, c)| s == "Mr. Hedge"
            && cue == "referring to"
            && c == "the two golf resorts"),
        "{t:?}"
    );
    assert!(
        t.iter().all(|(s, _, _)| s != "the two golf resorts"),
        "{t:?}"
    );
}

#[test]
fn a_dateline_with_an_agency_tag_is_no_subject() {
    let t = triples(
        "Lisbon (AFP) — Senator Ana Costa has taken a swipe at the port plan, saying it would hurt fishermen.",
    );
    assert!(
        t.iter()
            .any(|(s, cue, _)| s == "Senator Ana Costa" && cue == "saying"),
        "{t:?}"
    );
}

#[test]
fn a_floating_word_after_the_subject_is_no_part_of_the_speaker() {
    let raw =
        "Lee and Roe both said the plan would fail. The auditors only said the books were late.\n";
    assert!(has(raw, "Lee and Roe", "said"), "{:?}", triples(raw));
    assert!(has(raw, "The auditors", "said"), "{:?}", triples(raw));
}

#[test]
fn a_comma_set_adverbial_between_speaker_and_cue_is_left_out() {
    let raw = "Jane Roe, by contrast, said the plan would work. \
               The union, in particular, warned that wages would fall.\n";
    assert!(has(raw, "Jane Roe", "said"), "{:?}", triples(raw));
    assert!(has(raw, "The union", "warned"), "{:?}", triples(raw));
}

#[test]
fn an_approximation_stays_with_the_count_that_opens_the_speaker() {
    let raw = "About four in 10 voters said the economy was weak. \
               Nearly half of the residents said they would leave. \
               At least a dozen lawmakers said they would vote no. \
               More than a third of nurses say they are tired.\n";
    assert!(
        has(raw, "About four in 10 voters", "said"),
        "{:?}",
        triples(raw)
    );
    assert!(
        has(raw, "Nearly half of the residents", "said"),
        "{:?}",
        triples(raw)
    );
    assert!(
        has(raw, "At least a dozen lawmakers", "said"),
        "{:?}",
        triples(raw)
    );
    assert!(
        has(raw, "More than a third of nurses", "say"),
        "{:?}",
        triples(raw)
    );
    // After the cue an approximation opens the content, no inverted speaker.
    let after = "Officials said nearly 40 people died in the fire.\n";
    assert!(has(after, "Officials", "said"), "{:?}", triples(after));
    assert!(
        triples(after)
            .iter()
            .all(|(s, _, _)| !s.starts_with("nearly")),
        "{:?}",
        triples(after)
    );
}

#[test]
fn a_statement_put_out_by_its_subject_is_one_cue() {
    let raw = "The ministry issued a statement saying the border would stay closed. \
               The campaign put out a statement saying it had raised $5 million.\n";
    assert!(
        has(raw, "The ministry", "issued a statement saying"),
        "{:?}",
        triples(raw)
    );
    assert!(
        has(raw, "The campaign", "put out a statement saying"),
        "{:?}",
        triples(raw)
    );
    // Without a verb that puts the text out the noun alone is the cue.
    let plain = "Her statement saying the border would stay closed angered traders.\n";
    assert!(
        triples(plain)
            .iter()
            .any(|(_, c, _)| c == "statement saying"),
        "{:?}",
        triples(plain)
    );
}

#[test]
fn a_role_with_its_phrase_before_a_name_in_commas_is_the_speaker() {
    for (raw, speaker) in [
        (
            "A spokesperson for the Harbor Affairs Office, Lena Brandt, said the port would close.",
            "A spokesperson for the Harbor Affairs Office, Lena Brandt",
        ),
        (
            "The spokesman for the city council, Ali Rezai, said the talks failed.",
            "The spokesman for the city council, Ali Rezai",
        ),
    ] {
        assert!(has(raw, speaker, "said"), "{raw}: {:?}", triples(raw));
    }
}
