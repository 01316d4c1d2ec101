//! Where a claim's content stops and the writer's words begin (a
//! concession or a semicolon before a second cue, a summing "remarks that"
//! appositive, a trailing time adjunct, a long setting before "that"),
//! quotations of several paragraphs, stances nested in "said …", and a
//! correction note's own sentence. Invented sentences, an empty KB.

use crate::common;

use common::claim_triples as triples;
use common::content_of_cue as content_of;
use sitrep_kb::{parse_actor_file, Kb, KbBuilder};

#[test]
fn a_concession_or_semicolon_before_a_second_cue_ends_the_content() {
    for (raw, cue, content) in [
        (
            "A senior envoy suggested that neither side wanted more fighting, though he cautioned that old grievances could return.",
            "suggested",
            "neither side wanted more fighting",
        ),
        (
            "Local officials alleged that the bridge had been sabotaged; the army denied any role in the blast.",
            "alleged",
            "the bridge had been sabotaged",
        ),
    ] {
        assert_eq!(content_of(raw, cue).as_deref(), Some(content), "{raw:?}: {:?}", triples(raw));
    }
    // The second cue keeps its own claim.
    let raw = "Local officials alleged that the bridge had been sabotaged; the army denied any role in the blast.";
    assert!(
        triples(raw).iter().any(|(_, c, _)| c == "denied"),
        "{:?}",
        triples(raw)
    );
}

#[test]
fn a_concession_without_a_cue_stays_in_the_content() {
    // "though" opens no second speech act here: the clause is what was said.
    let raw = "The mayor said the plan would work, though it would cost more than expected.";
    assert_eq!(
        content_of(raw, "said").as_deref(),
        Some("the plan would work, though it would cost more than expected"),
        "{:?}",
        triples(raw)
    );
}

#[test]
fn a_summing_remarks_appositive_is_the_writers() {
    let raw = "The defence minister said in an interview that the army would be ready, remarks that were widely read as a warning.";
    assert_eq!(
        content_of(raw, "said in an interview")
            .or_else(|| content_of(raw, "said"))
            .as_deref(),
        Some("the army would be ready"),
        "{:?}",
        triples(raw)
    );
    assert!(
        !triples(raw)
            .iter()
            .any(|(_, c, _)| c.starts_with("remarks")),
        "{:?}",
        triples(raw)
    );
    // "remarks that" with its own clause still reports words.
    let raw = "The minister's remarks that the border would close alarmed traders.";
    assert!(
        triples(raw)
            .iter()
            .any(|(_, c, _)| c.starts_with("remarks")),
        "{:?}",
        triples(raw)
    );
}

#[test]
fn a_trailing_time_adjunct_dates_the_telling() {
    for (raw, content) in [
        (
            "A senior official told reporters the accord was not aimed at any country, eight days after the strike on the capital.",
            "the accord was not aimed at any country",
        ),
        (
            "The spokesman said the port had reopened, just hours after the storm passed.",
            "the port had reopened",
        ),
    ] {
        let c = content_of(raw, "told").or_else(|| content_of(raw, "said"));
        assert_eq!(c.as_deref(), Some(content), "{raw:?}: {:?}", triples(raw));
    }
    // A time phrase without "after"/"before" is no adjunct of this shape.
    let raw = "The spokesman said the port had reopened, two days early.";
    assert_eq!(
        content_of(raw, "said").as_deref(),
        Some("the port had reopened, two days early"),
        "{:?}",
        triples(raw)
    );
}

#[test]
fn a_long_setting_before_that_is_no_content() {
    let raw = "The premier said in his resignation letter to President Anna Lindqvist that he was stepping down to allow talks.";
    let t = triples(raw);
    assert!(
        t.iter()
            .any(|(_, _, c)| c == "he was stepping down to allow talks"),
        "{t:?}"
    );
}

#[test]
fn a_quotation_of_several_paragraphs_keeps_every_paragraph() {
    let raw = "In a recorded address, the president said:\n\n\"This is a hard winter for our country. We will get through it.\n\n\"We may face a choice between two bad roads. Neither is easy.\n\n\"I will not give up. We will keep working with our partners.\"\n\nThe address was broadcast on Friday.";
    let t = triples(raw);
    for paragraph in [
        "This is a hard winter for our country. We will get through it",
        "We may face a choice between two bad roads. Neither is easy",
        "I will not give up. We will keep working with our partners",
    ] {
        assert!(
            t.iter().any(|(_, _, c)| c == paragraph),
            "{paragraph:?}: {t:?}"
        );
    }
    // A closed quote ends the speaker's turn: a later quoted paragraph with
    // no cue is nobody's claim here.
    let raw = "The mayor said:\n\n\"We are ready.\"\n\n\"Stay home,\" read a sign on the door.";
    let t = triples(raw);
    assert!(
        !t.iter()
            .any(|(s, _, c)| c == "Stay home" && s == "The mayor"),
        "{t:?}"
    );
}

#[test]
fn a_stance_inside_said_is_part_of_what_was_said() {
    for raw in [
        "The premier said he hoped the truce would restore normal trade.",
        "The envoy said Thailand wanted to see sincerity from its neighbour.",
    ] {
        let t = triples(raw);
        assert_eq!(t.len(), 1, "{raw:?}: {t:?}");
        assert_eq!(t[0].1, "said", "{raw:?}: {t:?}");
    }
    // Outside a reported clause the stance is a claim of its own.
    let raw = "The premier hoped the truce would restore normal trade.";
    assert!(
        triples(raw).iter().any(|(_, c, _)| c == "hoped"),
        "{:?}",
        triples(raw)
    );
}

#[test]
fn a_correction_notes_own_sentence_is_no_claim() {
    let raw = "Correction: This story has been corrected to say that the opposition party, not the government, welcomed the decision first.\n\nThe ministry said the talks would resume.";
    let t = triples(raw);
    assert!(!t.iter().any(|(_, c, _)| c == "welcomed"), "{t:?}");
    assert!(t.iter().any(|(_, c, _)| c == "said"), "{t:?}");
}

#[test]
fn a_ticker_line_says_what_comes_before_its_cue() {
    let raw = "TICKER\n* NORLAND TO JOIN TRADE PACT, PRESIDENT SAYS AHEAD OF BORDER SUMMIT\n* OTHER NEWS FOLLOWS";
    let t = triples(raw);
    assert!(
        t.iter()
            .any(|(_, c, content)| c == "SAYS" && content == "NORLAND TO JOIN TRADE PACT"),
        "{t:?}"
    );
    // In running text "ahead of" is a setting too.
    let raw = "Norland will join the pact, the president said ahead of the summit.";
    assert_eq!(
        content_of(raw, "said").as_deref(),
        Some("Norland will join the pact"),
        "{:?}",
        triples(raw)
    );
}

const ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
NOR\tcountry\tNorland\tNOR\t\t\t\t\tadj:Norlandic
ana-sol\tperson\tAna Sol\tNOR\tGOV\tpresident\t2020\t\tSol
wire\tmedia\tGlobe Wire\tNOR\tMED\t\t\t\t
";

fn kb() -> Kb {
    let mut b = KbBuilder::default();
    b.add_actor_rows(parse_actor_file("test.tsv", ACTORS).expect("test KB parses"));
    b.build()
}

#[test]
fn a_speaker_inside_an_outlets_report_has_the_outlet_as_via() {
    let vias = |raw: &str| -> Vec<Vec<String>> {
        let (_, claims) = common::claims_in(&kb(), raw);
        claims
            .iter()
            .filter(|c| &raw[c.cue.start..c.cue.end] == "told")
            .map(|c| c.via.iter().map(|v| v.text.clone()).collect())
            .collect()
    };
    let raw = "Sol told the visiting envoy that the two countries should trade more, Globe Wire reported.";
    assert_eq!(vias(raw), vec![vec!["Globe Wire".to_string()]], "{raw:?}");
    // A person's report is no outlet's.
    let raw = "Sol told the visiting envoy that the two countries should trade more, Norlandic officials said.";
    assert_eq!(vias(raw), vec![Vec::<String>::new()], "{raw:?}");
}
