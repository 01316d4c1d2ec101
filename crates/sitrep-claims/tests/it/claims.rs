//! Behaviour tests on inline KB rows, independent of the shipped data files.

use sitrep_actors::{find_actors, DocActor, DocActors, Mention, MentionHow};
use sitrep_claims::{claim_at, extract_claims, ClaimWords, CueLexicon};
use sitrep_kb::{parse_actor_file, Kb, KbBuilder};
use sitrep_record::{ActorKind, ClaimRecord, Stance, ViaRole};
use sitrep_text::{normalize, TextLayer};

const KB_ROWS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
IRN\tcountry\tIran\tIRN\t\t\t\t\tadj:Iranian|meto:Tehran
ISR\tcountry\tIsrael\tISR\t\t\t\t\tadj:Israeli
new-york-times\tmedia\tThe New York Times\tUSA\tMED\t\t\t\tabbr:NYT
new-york-post\tmedia\tNew York Post\tUSA\tMED\t\t\t\t
abbas-araghchi\tperson\tAbbas Araghchi\tIRN\tGOV\tdeputy foreign minister\t\t\tAraghchi
";

fn kb() -> Kb {
    let mut b = KbBuilder::default();
    b.add_actor_rows(parse_actor_file("inline.tsv", KB_ROWS).expect("inline KB parses"));
    b.build()
}

fn run(raw: &str) -> (TextLayer, Vec<ClaimRecord>) {
    let layer = TextLayer::new(normalize(raw));
    let kb = kb();
    let actors = find_actors(&layer, &kb, None);
    let lex = CueLexicon::builtin().expect("cue lexicon loads");
    let claims = extract_claims(&layer, &actors, &kb, &lex);
    (layer, claims)
}

/// Like `run`, but with "Iranian officials" resolved as the Iranian government, as actor
/// resolution does for role phrases; this keeps the test independent of that stage.
fn run_with_role(raw: &str, phrase: &str, id: &str) -> (TextLayer, Vec<ClaimRecord>) {
    let layer = TextLayer::new(normalize(raw));
    let kb = kb();
    let found = find_actors(&layer, &kb, None);
    let start = layer.text.find(phrase).expect("phrase present");
    let end = start + phrase.len();
    let mut actors = DocActors::default();
    actors.actors = found.actors.clone();
    actors.actors.push(DocActor {
        id: id.into(),
        name: id.into(),
        kind: ActorKind::Country,
        country: Some(id[..3].into()),
        sector: Some(id[3..].into()),
        role: None,
    });
    let role_index = actors.actors.len() - 1;
    actors.mentions = found
        .mentions
        .iter()
        .copied()
        .filter(|m| m.end <= start || m.start >= end)
        .collect();
    actors.mentions.push(Mention {
        start,
        end,
        actor: role_index,
        how: MentionHow::Role,
    });
    actors.mentions.sort_by_key(|m| m.start);
    let lex = CueLexicon::builtin().expect("cue lexicon loads");
    let claims = extract_claims(&layer, &actors, &kb, &lex);
    (layer, claims)
}

#[test]
fn pinned_told_media_according_to_chain() {
    let (_, claims) = run_with_role(
        "Senior Iranian officials told U.S. media that direct talks may follow, according to a report first published by The New York Times and relayed by the New York Post.",
        "Iranian officials",
        "IRNGOV",
    );
    assert_eq!(claims.len(), 1, "{claims:#?}");
    let c = &claims[0];
    assert_eq!(c.id, "c1");
    assert_eq!(c.speaker.actor.as_deref(), Some("IRNGOV"));
    assert_eq!(c.speaker.text.as_deref(), Some("Senior Iranian officials"));
    assert_eq!(c.cue.text, "told");
    assert_eq!(c.audience.as_deref(), Some("U.S. media"));
    assert_eq!(c.content.text, "direct talks may follow");
    assert!(c.hedged);
    assert_eq!(c.stance, Stance::Assert);
    assert_eq!(c.via.len(), 2, "{:?}", c.via);
    assert_eq!(c.via[0].actor.as_deref(), Some("new-york-times"));
    assert_eq!(c.via[0].text, "The New York Times");
    assert_eq!(c.via[0].role, ViaRole::First);
    assert_eq!(c.via[1].actor.as_deref(), Some("new-york-post"));
    assert_eq!(c.via[1].text, "the New York Post");
    assert_eq!(c.via[1].role, ViaRole::Relay);
}

#[test]
fn direct_quote_speaker_after() {
    let (_, claims) =
        run("\u{201c}We will not negotiate under threats,\u{201d} Araghchi said on Monday.");
    assert_eq!(claims.len(), 1, "{claims:#?}");
    assert_eq!(
        claims[0].content.text,
        "We will not negotiate under threats"
    );
    assert_eq!(claims[0].speaker.actor.as_deref(), Some("abbas-araghchi"));
    assert_eq!(claims[0].cue.text, "said");
    assert!(!claims[0].hedged);
}

#[test]
fn direct_quote_inverted_said_x() {
    let (_, claims) = run("\"The door is open,\" said Abbas Araghchi.");
    assert_eq!(claims.len(), 1, "{claims:#?}");
    assert_eq!(claims[0].speaker.actor.as_deref(), Some("abbas-araghchi"));
    assert_eq!(claims[0].content.text, "The door is open");
}

#[test]
fn pronoun_speaker_resolves_to_person() {
    let (_, claims) =
        run("Abbas Araghchi met European envoys in Geneva. He said the talks were useful.");
    assert_eq!(claims.len(), 1, "{claims:#?}");
    assert_eq!(claims[0].speaker.text.as_deref(), Some("He"));
    assert_eq!(claims[0].speaker.actor.as_deref(), Some("abbas-araghchi"));
    assert_eq!(claims[0].content.text, "the talks were useful");
}

#[test]
fn verbal_denial() {
    let (_, claims) = run("Iran denied that it had enriched uranium to weapons grade.");
    assert_eq!(claims.len(), 1, "{claims:#?}");
    assert_eq!(claims[0].stance, Stance::Deny);
    assert_eq!(claims[0].speaker.actor.as_deref(), Some("IRN"));
    assert_eq!(
        claims[0].content.text,
        "it had enriched uranium to weapons grade"
    );
}

#[test]
fn nominal_denial() {
    let (_, claims) = run("Tehran repeated official denials of direct contact by deputy foreign minister Abbas Araghchi.");
    assert_eq!(claims.len(), 1, "{claims:#?}");
    let c = &claims[0];
    assert_eq!(c.stance, Stance::Deny);
    assert_eq!(c.cue.text, "denials of");
    assert_eq!(c.content.text, "direct contact");
    assert_eq!(c.speaker.actor.as_deref(), Some("abbas-araghchi"));
}

#[test]
fn nominal_warning_possessive() {
    let (_, claims) = run("Israel's warning that it would strike again rattled markets.");
    assert_eq!(claims.len(), 1, "{claims:#?}");
    assert_eq!(claims[0].speaker.actor.as_deref(), Some("ISR"));
    // The cue is the noun; "that" only tells it from a verb.
    assert_eq!(claims[0].cue.text, "warning");
}

#[test]
fn according_to_makes_a_claim() {
    let (_, claims) = run("Iran has moved missiles to the coast, according to the New York Post.");
    assert_eq!(claims.len(), 1, "{claims:#?}");
    assert_eq!(claims[0].cue.text, "according to");
    assert_eq!(
        claims[0].content.text,
        "Iran has moved missiles to the coast"
    );
    assert_eq!(claims[0].speaker.actor.as_deref(), Some("new-york-post"));
}

#[test]
fn nested_claims_inner_inside_outer() {
    let (layer, claims) = run("Israel told reporters that Araghchi said the talks had collapsed.");
    assert_eq!(claims.len(), 2, "{claims:#?}");
    let (outer, inner) = (&claims[0], &claims[1]);
    assert_eq!(outer.speaker.actor.as_deref(), Some("ISR"));
    assert_eq!(outer.audience.as_deref(), Some("reporters"));
    assert_eq!(inner.speaker.actor.as_deref(), Some("abbas-araghchi"));
    assert_eq!(inner.content.text, "the talks had collapsed");
    assert!(inner.content.within(&outer.content));
    let off = layer.text.find("collapsed").unwrap();
    assert_eq!(claim_at(&claims, off).map(|c| c.id.as_str()), Some("c2"));
    assert_eq!(claim_at(&claims, 0), None);
}

#[test]
fn plain_event_sentence_has_no_claim() {
    let (_, claims) = run("Israeli jets struck a weapons depot near Damascus on Tuesday.");
    assert!(claims.is_empty(), "{claims:#?}");
}

#[test]
fn hedged_by_anonymity_and_month_may_is_not_a_hedge() {
    let (_, claims) = run("Iran said in May that it would resume talks.");
    assert_eq!(claims.len(), 1, "{claims:#?}");
    assert!(!claims[0].hedged);
    let (_, claims) = run("Iranian officials, who spoke on condition of anonymity, said the strike killed ten people.");
    assert_eq!(claims.len(), 1, "{claims:#?}");
    assert!(claims[0].hedged);
    // The speaker span is the whole source phrase with its "who" clause
    // (session 41's convention); the actor is still the head's, and the
    // anonymity still hedges the claim.
    assert_eq!(
        claims[0].speaker.text.as_deref(),
        Some("Iranian officials, who spoke on condition of anonymity")
    );
    assert_eq!(claims[0].speaker.actor.as_deref(), Some("IRN"));
    assert_eq!(claims[0].content.text, "the strike killed ten people");
}

#[test]
fn garbage_input_does_not_panic() {
    for raw in [
        "\"",
        "said",
        "\"\"said",
        "according to",
        "denials of by",
        "é\"said\" é according to é",
        "日本語の文章日本語の文章日本語の文章日本語 Iran said 日本語 that 日本語, according to 日本語 first published by 日本語.",
        "\"日本語日本語日本語日本語日本語日本語,\" said 日本語日本語日本語日本語日本語日本語.",
        "日本語日本語日本語日本語日本語日本語日本語, 日本語日本語日本語日本語, said \"日本語\" he said 日本",
        "Old Hands Help Russia Navigate U.S. Media — Larry King: on air\n\nÉé, Ééé Éé, said \"x\" — and said: y",
    ] {
        let _ = run(raw);
    }
}

#[test]
fn quote_with_speaker_before_and_multi_sentence_quote() {
    let (_, claims) =
        run("Araghchi said: \"We are ready. The ball is in their court.\" Talks resume Monday.");
    assert_eq!(claims.len(), 1, "{claims:#?}");
    assert_eq!(claims[0].speaker.actor.as_deref(), Some("abbas-araghchi"));
    assert_eq!(
        claims[0].content.text,
        "We are ready. The ball is in their court"
    );
}

#[test]
fn split_quote_gives_both_parts_the_speaker() {
    let (_, claims) = run("\"We are ready,\" Araghchi said, \"but not under pressure.\"");
    assert_eq!(claims.len(), 2, "{claims:#?}");
    assert!(claims
        .iter()
        .all(|c| c.speaker.actor.as_deref() == Some("abbas-araghchi")));
    assert_eq!(claims[1].content.text, "but not under pressure");
}

/// Throughput check (run with `--ignored --nocapture`); also guards against quadratic blow-up.
#[test]
#[ignore]
fn throughput() {
    let para = "Senior Iranian officials told U.S. media that direct talks may follow, according to a report first published by The New York Times and relayed by the New York Post. \"We are ready,\" Araghchi said, \"but not under pressure.\" Israeli jets struck a depot near Damascus on Tuesday. He said the talks were useful. Tehran repeated official denials of direct contact by deputy foreign minister Abbas Araghchi. ";
    let raw = para.repeat(2500);
    let layer = TextLayer::new(normalize(&raw));
    let kb = kb();
    let actors = find_actors(&layer, &kb, None);
    let lex = CueLexicon::builtin().expect("cue lexicon loads");
    let t = std::time::Instant::now();
    let claims = extract_claims(&layer, &actors, &kb, &lex);
    let secs = t.elapsed().as_secs_f64();
    println!(
        "{} bytes, {} claims, {:.1} MB/s",
        layer.text.len(),
        claims.len(),
        layer.text.len() as f64 / secs / 1e6
    );
    assert!(claims.len() >= 5 * 2500);
}

#[test]
fn said_it_was_not_true_is_a_denial() {
    let (_, claims) = run("Iran said the report was not true and that there were no such talks.");
    assert_eq!(claims.len(), 1, "{claims:#?}");
    assert_eq!(claims[0].stance, Stance::Deny);
    let (_, claims) = run("Iran said the talks were useful.");
    assert_eq!(claims[0].stance, Stance::Assert);
}

// Sentences from examples/corpus.jsonl: chains and denials as news prints them.

#[test]
fn corpus_chain_told_reporters_that_officials_had_said() {
    let (layer, claims) = run("Kanaani told reporters that officials in Sanaa had said the strikes would not change Yemen's stance on Gaza.");
    assert_eq!(claims.len(), 2, "{claims:#?}");
    let (outer, inner) = (&claims[0], &claims[1]);
    assert_eq!(outer.speaker.text.as_deref(), Some("Kanaani"));
    assert_eq!(outer.cue.text, "told");
    assert_eq!(outer.audience.as_deref(), Some("reporters"));
    assert_eq!(inner.speaker.text.as_deref(), Some("officials in Sanaa"));
    assert_eq!(inner.cue.text, "had said");
    assert_eq!(
        inner.content.text,
        "the strikes would not change Yemen's stance on Gaza"
    );
    // The chain: the inner claim lies inside the outer one's content.
    assert!(inner.content.within(&outer.content));
    let off = layer.text.find("stance").unwrap();
    assert_eq!(claim_at(&claims, off).map(|c| c.id.as_str()), Some("c2"));
}

#[test]
fn corpus_chain_with_according_to_source() {
    let (_, claims) = run("President Joe Biden said he had told Prime Minister Benjamin Netanyahu that the United States would not take part in any counterattack, according to a senior administration official.");
    assert!(claims.len() >= 2, "{claims:#?}");
    let outer = &claims[0];
    assert_eq!(outer.speaker.text.as_deref(), Some("President Joe Biden"));
    assert!(outer
        .via
        .iter()
        .any(|v| v.role == ViaRole::AccordingTo && v.text == "a senior administration official"));
    let inner = claims
        .iter()
        .find(|c| c.cue.text == "had told")
        .expect("the inner 'had told' claim");
    assert_eq!(inner.speaker.text.as_deref(), Some("he"));
    assert!(inner.content.within(&outer.content));
}

#[test]
fn corpus_verbal_denial() {
    let (_, claims) = run("Israel denied that its forces had fired at the aid convoy itself.");
    assert_eq!(claims.len(), 1, "{claims:#?}");
    assert_eq!(claims[0].stance, Stance::Deny);
    assert_eq!(claims[0].speaker.actor.as_deref(), Some("ISR"));
    assert_eq!(
        claims[0].content.text,
        "its forces had fired at the aid convoy itself"
    );
}

#[test]
fn corpus_denial_by_refuting_content_and_reporting_chain() {
    let (_, claims) =
        run("Esmaeil Baghaei told reporters in Tehran that no such meeting had taken place.");
    assert_eq!(claims.len(), 1, "{claims:#?}");
    assert_eq!(claims[0].speaker.text.as_deref(), Some("Esmaeil Baghaei"));
    assert_eq!(claims[0].stance, Stance::Deny);
    let (_, claims) = run("Zarif said the deal was not perfect for anyone, according to a transcript released by the negotiators.");
    assert_eq!(claims.len(), 1, "{claims:#?}");
    assert_eq!(claims[0].speaker.text.as_deref(), Some("Zarif"));
    assert_eq!(claims[0].via.len(), 1, "{:?}", claims[0].via);
    assert_eq!(claims[0].via[0].role, ViaRole::AccordingTo);
}

#[test]
fn speaker_is_the_whole_noun_phrase_and_cue_takes_auxiliaries() {
    let (_, claims) =
        run("Longtime Democratic pollster Pat Caddell has also said the race is tightening.");
    assert_eq!(claims.len(), 1, "{claims:#?}");
    assert_eq!(
        claims[0].speaker.text.as_deref(),
        Some("Longtime Democratic pollster Pat Caddell")
    );
    assert_eq!(claims[0].cue.text, "has also said");
    let (_, claims) = run("Israeli tanks fired at targets in Jericho, witnesses said.");
    assert_eq!(claims.len(), 1, "{claims:#?}");
    assert_eq!(claims[0].speaker.text.as_deref(), Some("witnesses"));
    assert_eq!(
        claims[0].content.text,
        "Israeli tanks fired at targets in Jericho"
    );
    let (_, claims) = run("The United States said nothing; his alleged part was small.");
    assert_eq!(claims.len(), 1, "{claims:#?}");
    assert_eq!(claims[0].speaker.text.as_deref(), Some("The United States"));
}

#[test]
fn speaker_keeps_appositives_before_and_after_the_cue() {
    let (_, claims) = run("Brian Fallon, a spokesman for the campaign, said the race was over.");
    assert_eq!(claims.len(), 1, "{claims:#?}");
    assert_eq!(
        claims[0].speaker.text.as_deref(),
        Some("Brian Fallon, a spokesman for the campaign")
    );
    assert_eq!(claims[0].content.text, "the race was over");
    let (_, claims) = run("\"It is over,\" said Abbas Araghchi, the deputy foreign minister.");
    assert_eq!(claims.len(), 1, "{claims:#?}");
    assert_eq!(
        claims[0].speaker.text.as_deref(),
        Some("Abbas Araghchi, the deputy foreign minister")
    );
    assert_eq!(claims[0].speaker.actor.as_deref(), Some("abbas-araghchi"));
}

// The cross-document ledger on claims extracted from text.

#[test]
fn ledger_groups_a_proposition_and_flags_assert_versus_deny() {
    use sitrep_claims::ledger::group_claims;
    let (_, a) = run("Israel said its forces fired at the aid convoy.");
    let (_, b) = run("Araghchi said Israeli forces had fired at the aid convoy itself.");
    let (_, c) = run("Israel denied that its forces had fired at the aid convoy.");
    let (_, d) = run("Iran said the talks in Geneva were useful.");
    assert!([&a, &b, &c, &d].iter().all(|x| x.len() == 1));
    let groups = group_claims(&[&a, &b, &c, &d]);
    assert_eq!(groups.len(), 1, "{groups:#?}");
    let g = &groups[0];
    let docs: Vec<usize> = g.members.iter().map(|m| m.doc).collect();
    assert_eq!(docs, [0, 1, 2]);
    assert!(g.contradicted);
    assert!(g.members[0].affirms && g.members[1].affirms && !g.members[2].affirms);
    assert!(g.shared_words.iter().any(|w| w == "convoy"));
}

#[test]
fn ledger_reads_negated_content_as_a_denial_and_agreement_is_not_contradiction() {
    use sitrep_claims::ledger::group_claims;
    let (_, a) = run("Iran said it had enriched uranium to weapons grade.");
    let (_, b) = run("Araghchi said Iran had not enriched uranium to weapons grade.");
    let (_, c) = run("Israel said Iran had enriched uranium to weapons grade.");
    let groups = group_claims(&[&a, &b]);
    assert_eq!(groups.len(), 1, "{groups:#?}");
    assert!(groups[0].contradicted);
    assert!(!groups[0].members[1].affirms);
    let groups = group_claims(&[&a, &c]);
    assert_eq!(groups.len(), 1, "{groups:#?}");
    assert!(!groups[0].contradicted);
    assert!(group_claims(&[&a]).is_empty());
}

#[test]
fn partial_quote_and_coordinated_speech_acts() {
    let (_, claims) =
        run("Araghchi said he \"cannot walk down the street\" without reporters asking him.");
    assert_eq!(claims.len(), 1, "{claims:#?}");
    assert_eq!(
        claims[0].content.text,
        "he \"cannot walk down the street\" without reporters asking him"
    );
    let (_, claims) =
        run("Araghchi said the talks were useful and noted that the sanctions remained.");
    assert_eq!(claims.len(), 2, "{claims:#?}");
    assert_eq!(claims[0].content.text, "the talks were useful");
    assert_eq!(claims[1].cue.text, "noted");
    assert_eq!(claims[1].speaker.text.as_deref(), Some("Araghchi"));
    assert_eq!(claims[1].content.text, "the sanctions remained");
}

#[test]
fn according_to_at_the_start_of_the_sentence() {
    let (_, claims) = run("According to the New York Post, Iran has moved missiles to the coast.");
    assert_eq!(claims.len(), 1, "{claims:#?}");
    assert_eq!(claims[0].cue.text, "According to");
    assert_eq!(claims[0].speaker.actor.as_deref(), Some("new-york-post"));
    assert_eq!(
        claims[0].content.text,
        "Iran has moved missiles to the coast"
    );
}

/// The rules read their word classes from data: a words file without "has"
/// as a cue lead leaves it out of the cue, and a new role head keeps its
/// prepositional phrase ("with", which no plain noun keeps).
#[test]
fn word_classes_come_from_the_data_file() {
    const CUES: &str = include_str!("../../../../data/lexicons/cues.tsv");
    const WORDS: &str = include_str!("../../../../data/lexicons/claims-words.tsv");
    let text =
        "The pundit has said the race is tightening. The pundit with Fox said the race is close.";
    let layer = TextLayer::new(normalize(text));
    let kb = kb();
    let actors = find_actors(&layer, &kb, None);
    let builtin = CueLexicon::builtin().unwrap();
    let claims = extract_claims(&layer, &actors, &kb, &builtin);
    assert_eq!(claims[0].cue.text, "has said", "{claims:#?}");
    assert_eq!(
        claims[1].speaker.text.as_deref(),
        Some("Fox"),
        "{claims:#?}"
    );

    let edited: String = WORDS
        .lines()
        .filter(|l| !l.starts_with("has\t"))
        .map(|l| format!("{l}\n"))
        .chain(std::iter::once("pundit\trole_head\n".to_string()))
        .collect();
    let words = ClaimWords::parse("edited.tsv", &edited).unwrap();
    let lex = CueLexicon::parse("cues.tsv", CUES, words).unwrap();
    let claims = extract_claims(&layer, &actors, &kb, &lex);
    assert_eq!(claims[0].cue.text, "said", "{claims:#?}");
    assert_eq!(
        claims[1].speaker.text.as_deref(),
        Some("The pundit with Fox"),
        "{claims:#?}"
    );
}

// More sentences from examples/corpus.jsonl: chains through relays, denials
// next to a second speech act, and speakers behind adverbials.

#[test]
fn corpus_denial_then_participle_claim_with_according_to_chain() {
    let (_, claims) = run("Iranian President Hassan Rouhani rejected the demands, saying the United States could not decide for Iran and the world, according to Iranian state media.");
    // Rejecting the demands is an act (only-that in cues.tsv); what he said
    // about them is the claim.
    assert_eq!(claims.len(), 1, "{claims:#?}");
    let said = &claims[0];
    assert_eq!(said.cue.text, "saying");
    assert_eq!(said.stance, Stance::Assert);
    assert_eq!(
        said.content.text,
        "the United States could not decide for Iran and the world"
    );
    for c in &claims {
        assert_eq!(
            c.speaker.text.as_deref(),
            Some("Iranian President Hassan Rouhani")
        );
        assert_eq!(c.speaker.actor.as_deref(), Some("IRN"));
        assert_eq!(c.via.len(), 1, "{:?}", c.via);
        assert_eq!(c.via[0].role, ViaRole::AccordingTo);
        assert_eq!(c.via[0].text, "Iranian state media");
    }
}

#[test]
fn corpus_denial_next_to_a_participle_claim() {
    let (_, claims) = run("Before the meeting, Iran's foreign ministry spokesman Esmaeil Baghaei denied that the talks would be direct, saying Oman would carry messages between the delegations.");
    let denial = claims
        .iter()
        .find(|c| c.cue.text == "denied")
        .expect("the denial");
    assert_eq!(denial.stance, Stance::Deny);
    assert_eq!(denial.content.text, "the talks would be direct");
    assert_eq!(
        denial.speaker.text.as_deref(),
        Some("Iran's foreign ministry spokesman Esmaeil Baghaei")
    );
}

#[test]
fn corpus_relay_between_cue_and_clause() {
    let (_, claims) = run("Western media reported, citing unnamed American officials, that Israel had carried out a limited strike.");
    assert_eq!(claims.len(), 1, "{claims:#?}");
    let c = &claims[0];
    assert_eq!(c.speaker.text.as_deref(), Some("Western media"));
    assert_eq!(c.cue.text, "reported");
    assert_eq!(c.content.text, "Israel had carried out a limited strike");
    assert_eq!(c.via.len(), 1, "{:?}", c.via);
    assert_eq!(c.via[0].role, ViaRole::Relay);
    assert_eq!(c.via[0].text, "unnamed American officials");
}

#[test]
fn corpus_inverted_report_citing_sources() {
    let (_, claims) = run("The tech mogul and the regime's top envoy, Amir Saeid Iravani, discussed ways to ease tensions between Washington and Tehran during a meeting that lasted more than an hour, The New York Times reported, citing two unnamed Iranian officials.");
    assert_eq!(claims.len(), 1, "{claims:#?}");
    let c = &claims[0];
    assert_eq!(c.speaker.actor.as_deref(), Some("new-york-times"));
    assert!(c.content.text.starts_with("The tech mogul"));
    assert!(c.content.text.ends_with("more than an hour"));
    assert_eq!(c.via.len(), 1, "{:?}", c.via);
    assert_eq!(c.via[0].role, ViaRole::Relay);
    assert_eq!(c.via[0].text, "two unnamed Iranian officials");
}

#[test]
fn corpus_denial_of_reports_behind_time_adverbial_and_adverb() {
    let (_, claims) = run("TEHRAN — The Foreign Ministry spokesman on Saturday categorically denied reports in American media that Iran's ambassador to the United Nations had met Elon Musk.");
    assert_eq!(claims.len(), 1, "{claims:#?}");
    let c = &claims[0];
    assert_eq!(
        c.speaker.text.as_deref(),
        Some("The Foreign Ministry spokesman")
    );
    // A manner adverb right before the verb joins the cue, as "flatly" does
    // (PolNeAR's convention, session 13).
    assert_eq!(c.cue.text, "categorically denied");
    assert_eq!(c.stance, Stance::Deny);
    assert_eq!(
        c.content.text,
        "Iran's ambassador to the United Nations had met Elon Musk"
    );
}

#[test]
fn corpus_accusation_and_its_rejection_nest() {
    let (_, claims) =
        run("Israel said Iran had directed the operation, an accusation Tehran rejected.");
    assert_eq!(claims.len(), 2, "{claims:#?}");
    let said = claims.iter().find(|c| c.cue.text == "said").unwrap();
    let rejected = claims.iter().find(|c| c.cue.text == "rejected").unwrap();
    assert_eq!(said.speaker.actor.as_deref(), Some("ISR"));
    assert_eq!(said.stance, Stance::Assert);
    assert_eq!(rejected.speaker.actor.as_deref(), Some("IRN"));
    assert_eq!(rejected.stance, Stance::Deny);
    // What Tehran rejects is the proposition Israel asserts: both claims
    // carry the same content, and the assertion's content ends at the comma
    // (the noun phrase after it is the rejection, not part of what Israel said).
    assert_eq!(said.content.text, "Iran had directed the operation");
    assert_eq!(rejected.content.text, said.content.text);
}

#[test]
fn parenthetical_between_speaker_and_cue_and_hyphenated_words() {
    let (_, claims) = run("Critics, however, say the plan is too costly.");
    assert_eq!(claims.len(), 1, "{claims:#?}");
    assert_eq!(claims[0].speaker.text.as_deref(), Some("Critics"));
    assert_eq!(claims[0].content.text, "the plan is too costly");
    // A cue word inside a hyphenated compound is no cue.
    let (_, claims) = run("The long-threatened strike on the port began at dawn.");
    assert!(claims.is_empty(), "{claims:#?}");
}

#[test]
fn to_infinitive_contents_only_for_cues_that_take_them() {
    let (_, claims) = run("The senator declined to comment on the report.");
    assert_eq!(claims.len(), 1, "{claims:#?}");
    assert_eq!(claims[0].cue.text, "declined");
    assert_eq!(claims[0].content.text, "to comment on the report");
    // "said to" is no claim: "said" takes no to-infinitive.
    let (_, claims) = run("The senator said to reporters nothing at all.");
    assert!(claims.is_empty(), "{claims:#?}");
}

#[test]
fn participles_after_numbers_and_possessives_are_adjectives() {
    let (_, claims) =
        run("The incumbent leads by 40 pledged delegates, according to a party tally.");
    assert_eq!(claims.len(), 1, "{claims:#?}");
    assert_eq!(claims[0].cue.text, "according to");
    assert_eq!(claims[0].speaker.text.as_deref(), Some("a party tally"));
    assert_eq!(
        claims[0].content.text,
        "The incumbent leads by 40 pledged delegates"
    );
    let (_, claims) = run("The governor's reported remarks drew criticism.");
    assert!(claims.is_empty(), "{claims:#?}");
    // "she's said" is "she has said".
    let (_, claims) = run("She's said the plan is dead.");
    assert_eq!(claims.len(), 1, "{claims:#?}");
    assert_eq!(claims[0].content.text, "the plan is dead");
}

#[test]
fn denying_reports_that_denies_their_that_clause() {
    let (_, claims) = run(
        "The Egyptian foreign minister on Tuesday flatly denied rumors circulating in Gulf newspapers that Cairo had agreed to host the talks.",
    );
    let c = claims
        .iter()
        .find(|c| c.cue.text.ends_with("denied"))
        .unwrap_or_else(|| panic!("{claims:#?}"));
    assert_eq!(c.stance, Stance::Deny);
    assert_eq!(c.content.text, "Cairo had agreed to host the talks");
    assert!(
        c.speaker.text.as_deref().unwrap().contains("minister"),
        "{c:#?}"
    );
}

#[test]
fn an_intent_verb_with_a_noun_object_is_no_claim() {
    let (_, claims) = run("He said Egypt had never sought long-range missiles and never would.");
    assert_eq!(claims.len(), 1, "{claims:#?}");
    assert_eq!(claims[0].cue.text, "said");
    let (_, claims) = run("Egypt has sought to reassure its neighbours.");
    assert_eq!(claims.len(), 1, "{claims:#?}");
    assert_eq!(claims[0].content.text, "to reassure its neighbours");
    // A "that" later in the sentence opens no content for an intent verb.
    let (_, claims) = run("Voters wanted a candidate that could unite the party.");
    assert!(claims.is_empty(), "{claims:#?}");
    let (_, claims) = run("The council wants the mayor to resign.");
    assert_eq!(claims.len(), 1, "{claims:#?}");
}

#[test]
fn a_bare_determiner_or_a_time_phrase_is_no_speaker() {
    let (_, claims) = run("Turkey closed the crossing, according to a report Friday.");
    assert_eq!(claims.len(), 1, "{claims:#?}");
    assert_eq!(claims[0].speaker.text.as_deref(), Some("a report"));
    // A coordinated verb speaks for the subject of the verb before it,
    // never for the sentence's first word.
    let (_, claims) = run(
        "The planned summit comes after a campaign in which Erdogan promised stability and vowed to rebuild the army.",
    );
    assert!(
        claims
            .iter()
            .all(|c| c.speaker.text.as_deref() != Some("The")),
        "{claims:#?}"
    );
}

#[test]
fn a_noun_standing_for_the_claim_before_it_names_the_denier() {
    let (_, claims) = run("Israel said Egypt had armed the group, an accusation Cairo rejected.");
    let said = claims.iter().find(|c| c.cue.text == "said").unwrap();
    assert_eq!(said.content.text, "Egypt had armed the group");
    let rej = claims
        .iter()
        .find(|c| c.cue.text == "rejected")
        .unwrap_or_else(|| panic!("{claims:#?}"));
    assert_eq!(rej.stance, Stance::Deny);
    assert_eq!(rej.content.text, "Egypt had armed the group");
    assert_eq!(rej.speaker.text.as_deref(), Some("Cairo"));
}

#[test]
fn a_report_noun_after_a_comma_names_the_denier_of_the_claim_before_it() {
    let (_, claims) =
        run("Ankara has accused Syria of shelling the border post, claims Syria denies.");
    assert!(claims.iter().all(|c| c.cue.text != "claims"), "{claims:#?}");
    let acc = claims
        .iter()
        .find(|c| c.cue.text.ends_with("accused"))
        .unwrap();
    assert_eq!(acc.content.text, "Syria of shelling the border post");
    let deny = claims
        .iter()
        .find(|c| c.cue.text == "denies")
        .unwrap_or_else(|| panic!("{claims:#?}"));
    assert_eq!(deny.stance, Stance::Deny);
    assert_eq!(deny.speaker.text.as_deref(), Some("Syria"), "{deny:#?}");
    assert_eq!(deny.content.text, acc.content.text);
    let (_, claims) = run(
        "Erdogan had said that the two armies were holding joint drills, an account Greek officials rejected, insisting the drills were separate.",
    );
    let rej = claims
        .iter()
        .find(|c| c.cue.text == "rejected")
        .unwrap_or_else(|| panic!("{claims:#?}"));
    assert_eq!(rej.content.text, "the two armies were holding joint drills");
    assert_eq!(rej.speaker.text.as_deref(), Some("Greek officials"));
}

#[test]
fn a_name_opening_the_clause_with_descriptions_is_the_speaker() {
    let (_, claims) = run("Sen. Jane Roe, R-Fla., said the bill would fail.");
    assert_eq!(claims.len(), 1, "{claims:#?}");
    assert_eq!(
        claims[0].speaker.text.as_deref(),
        Some("Sen. Jane Roe, R-Fla.")
    );
    assert_eq!(claims[0].content.text, "the bill would fail");
    let (_, claims) = run(
        "Wilcox, an Orlando Republican who founded two defense companies, said the mandates are a burden.",
    );
    assert_eq!(claims.len(), 1, "{claims:#?}");
    assert!(claims[0]
        .speaker
        .text
        .as_deref()
        .unwrap()
        .starts_with("Wilcox, an Orlando"));
    // Content before the comma is no name.
    let (_, claims) = run("The talks failed, a diplomat close to them, said nothing more.");
    assert!(
        claims
            .iter()
            .all(|c| c.speaker.text.as_deref() != Some("The talks failed")),
        "{claims:#?}"
    );
}

#[test]
fn datelines_passives_modifiers_and_month_names_are_no_speakers() {
    let (_, claims) = run(
        "ANKARA — Turkey summoned the Greek envoy on Sunday, calling the flights a violation of its airspace.",
    );
    let c = claims
        .iter()
        .find(|c| c.cue.text == "calling")
        .unwrap_or_else(|| panic!("{claims:#?}"));
    assert_ne!(c.speaker.text.as_deref(), Some("ANKARA"), "{c:#?}");
    let (_, claims) = run("A truce announced by the mediators on Monday held overnight.");
    assert!(claims.is_empty(), "{claims:#?}");
    let (_, claims) =
        run("France and Germany issued a joint statement that they regretted the decision.");
    assert!(
        claims
            .iter()
            .all(|c| c.speaker.text.as_deref() != Some("a joint")),
        "{claims:#?}"
    );
    let (_, claims) = run("In December the ministry announced that the border would reopen.");
    assert_eq!(claims.len(), 1, "{claims:#?}");
    assert_eq!(claims[0].speaker.text.as_deref(), Some("the ministry"));
    let (_, claims) = run("The spread of such claims was part of a campaign.");
    assert!(claims.is_empty(), "{claims:#?}");
}

fn only(raw: &str) -> ClaimRecord {
    let (_, claims) = run(raw);
    assert_eq!(claims.len(), 1, "{raw}: {claims:#?}");
    claims.into_iter().next().expect("one claim")
}

#[test]
fn speaker_phrases_keep_of_ratios_and_participle_modifiers() {
    let c = only("The leader of the opposition said the vote was rigged.");
    assert_eq!(
        c.speaker.text.as_deref(),
        Some("The leader of the opposition")
    );
    let c = only("Nine in 10 Democratic voters said the economy was weak.");
    assert_eq!(
        c.speaker.text.as_deref(),
        Some("Nine in 10 Democratic voters")
    );
    let c = only("Exit polls taken in South Carolina found that voters backed the ban.");
    assert_eq!(
        c.speaker.text.as_deref(),
        Some("Exit polls taken in South Carolina")
    );
    assert_eq!(c.content.text, "voters backed the ban");
    let c = only("A court document filed in Virginia says the minister used a private account.");
    assert_eq!(
        c.speaker.text.as_deref(),
        Some("A court document filed in Virginia")
    );
    // A verb before a preposition is no participle modifier.
    let c = only("When he arrived in Tehran he said the talks would go on.");
    assert!(
        !c.speaker.text.as_deref().unwrap_or("").contains("arrived"),
        "{c:#?}"
    );
}

#[test]
fn progressive_and_passive_auxiliaries_lead_the_cue() {
    let c = only("Donald Trump is questioning the integrity of the vote.");
    assert_eq!(c.cue.text, "is questioning");
    assert_eq!(c.speaker.text.as_deref(), Some("Donald Trump"));
    assert_eq!(c.content.text, "the integrity of the vote");
}

#[test]
fn criticism_and_proposal_verbs_are_cues() {
    let c = only("The senator blasted the plan as reckless.");
    assert_eq!(c.cue.text, "blasted");
    assert_eq!(c.content.text, "the plan as reckless");
    let c = only("The governor outlined a proposal to cut taxes.");
    assert_eq!(c.cue.text, "outlined");
    assert_eq!(c.speaker.text.as_deref(), Some("The governor"));
}

#[test]
fn two_apostrophes_mark_a_quote() {
    let c = only("''We will not back down,'' the senator said.");
    assert_eq!(c.content.text, "We will not back down");
    assert_eq!(c.speaker.text.as_deref(), Some("the senator"));
}

#[test]
fn a_bare_attribution_after_a_quote_ending_its_sentence() {
    let (_, claims) = run("\"The talks have failed.\" Araghchi said.");
    assert_eq!(claims.len(), 1, "{claims:#?}");
    assert_eq!(claims[0].content.text, "The talks have failed");
    assert_eq!(claims[0].speaker.actor.as_deref(), Some("abbas-araghchi"));
    // A sentence with its own content keeps it.
    let (_, claims) = run("\"The talks have failed.\" Araghchi said the sanctions would stay.");
    assert!(
        claims
            .iter()
            .any(|c| c.content.text == "the sanctions would stay"),
        "{claims:#?}"
    );
}

#[test]
fn a_participle_by_a_quote_takes_the_sentence_subject() {
    let c = only("Araghchi waved at the crowd, saying, \"We are ready to talk.\"");
    assert_eq!(c.cue.text, "saying");
    assert_eq!(c.speaker.actor.as_deref(), Some("abbas-araghchi"));
    assert_eq!(c.content.text, "We are ready to talk");
}
