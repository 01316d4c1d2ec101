//! What the event tests share: an inline knowledge base, so the tests do not depend on the
//! evolving built-in KB files; the built-in event lexicon; and claims made of substrings of a
//! text, standing in for what sitrep-claims would find.

// Each test file uses some of these.
#![allow(dead_code)]

use sitrep_events::EventLexicon;
use sitrep_kb::{parse_actor_file, parse_role_file, Kb, KbBuilder};
use sitrep_record::{ClaimRecord, Span, Speaker, Stance};
use std::sync::OnceLock;

/// A knowledge base of the given actor and role rows (the formats of `data/kb`).
pub fn inline_kb(actors: &str, roles: &str) -> Kb {
    let mut b = KbBuilder::default();
    b.add_actor_rows(parse_actor_file("test-actors.tsv", actors).unwrap());
    b.add_roles(parse_role_file("test-roles.tsv", roles).unwrap());
    b.build()
}

/// The built-in event lexicon, loaded once.
pub fn lexicon() -> &'static EventLexicon {
    static LEX: OnceLock<EventLexicon> = OnceLock::new();
    LEX.get_or_init(|| EventLexicon::builtin().unwrap())
}

/// A claim whose cue and content are the first occurrences of `cue` and `content` in `text`.
pub fn claim_at(
    text: &str,
    id: &str,
    speaker: Option<&str>,
    cue: &str,
    content: &str,
    stance: Stance,
) -> ClaimRecord {
    let c = text.find(cue).expect("cue in text");
    let k = text.find(content).expect("content in text");
    ClaimRecord {
        id: id.into(),
        speaker: Speaker {
            actor: speaker.map(str::to_string),
            text: None,
            span: None,
        },
        cue: Span::of(text, c, c + cue.len()),
        content: Span::of(text, k, k + content.len()),
        stance,
        hedged: false,
        audience: None,
        via: vec![],
    }
}
