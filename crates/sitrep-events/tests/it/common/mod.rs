//! What the event tests share: an inline knowledge base, so the tests do not depend on the
//! evolving built-in KB files; the built-in event lexicon; and claims made of substrings of a
//! text, standing in for what sitrep-claims would find.

// Each test file uses some of these.
#![allow(dead_code)]

use sitrep_actors::find_actors;
use sitrep_events::{extract_events, EventLexicon};
use sitrep_kb::{parse_actor_file, parse_role_file, Kb, KbBuilder};
use sitrep_record::{ClaimRecord, EventRecord, EventType, Span, Speaker, Stance};
use sitrep_text::{normalize, TextLayer};
use std::sync::OnceLock;

/// The role rows most event tests need: the group noun "officials" (a government's).
pub const OFFICIALS: &str = "phrase\tsector\tnumber\nofficials\tGOV\tgroup\n";

/// A shared actor table for argument tests on world news (states, their capitals as
/// metonyms, armed groups and a few office holders), so a new test file need not keep a table
/// of its own: `common::events_kb!(common::WORLD_ACTORS, common::OFFICIALS, date)`.
pub const WORLD_ACTORS: &str = "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases
USA\tcountry\tUnited States\tUSA\t\t\t\t\tabbr:US|abbr:U.S.|adj:American|meto:Washington
RUS\tcountry\tRussia\tRUS\t\t\t\t\tadj:Russian|meto:Moscow|meto:Kremlin
UKR\tcountry\tUkraine\tUKR\t\t\t\t\tadj:Ukrainian|meto:Kyiv
ISR\tcountry\tIsrael\tISR\t\t\t\t\tadj:Israeli
LBN\tcountry\tLebanon\tLBN\t\t\t\t\tadj:Lebanese|meto:Beirut
SYR\tcountry\tSyria\tSYR\t\t\t\t\tadj:Syrian|meto:Damascus
TUR\tcountry\tTurkey\tTUR\t\t\t\t\tadj:Turkish|meto:Ankara
IRN\tcountry\tIran\tIRN\t\t\t\t\tadj:Iranian|meto:Tehran
YEM\tcountry\tYemen\tYEM\t\t\t\t\tadj:Yemeni|meto:Sanaa
hamas\tarmed_group\tHamas\tPSE\tREB\t\t\t\t
hezbollah\tarmed_group\tHezbollah\tLBN\tREB\t\t\t\t
houthis\tarmed_group\tHouthis\tYEM\tREB\t\t\t\tHouthi
vladimir-putin\tperson\tVladimir Putin\tRUS\tGOV\tpresident\t2012-05-07\t\tPutin
volodymyr-zelensky\tperson\tVolodymyr Zelensky\tUKR\tGOV\tpresident\t2019-05-20\t\tZelensky
recep-tayyip-erdogan\tperson\tRecep Tayyip Erdogan\tTUR\tGOV\tpresident\t2014-08-28\t\tErdogan
";

/// Declares a test file's knowledge base `KB` of its actor and role rows and `fn events(text)`,
/// the events of a text with those actors as of `date` and no claims: the lines every test
/// file of this shape would repeat.
#[allow(unused_macros)]
macro_rules! events_kb {
    ($actors:expr, $roles:expr, $date:expr) => {
        static KB: common::InlineKb = common::InlineKb::new($actors, $roles);

        fn events(text: &str) -> Vec<sitrep_record::EventRecord> {
            KB.events($date, text)
        }
    };
}
#[allow(unused_imports)]
pub(crate) use events_kb;

/// A test file's inline knowledge base, built once on first use: each file keeps its own rows
/// and declares `static KB: common::InlineKb = common::InlineKb::new(ACTORS, ROLES);` (or
/// [`events_kb`] with its `fn events`).
pub struct InlineKb {
    actors: &'static str,
    roles: &'static str,
    kb: OnceLock<Kb>,
}

impl InlineKb {
    pub const fn new(actors: &'static str, roles: &'static str) -> Self {
        InlineKb {
            actors,
            roles,
            kb: OnceLock::new(),
        }
    }

    /// The knowledge base of the rows.
    pub fn get(&self) -> &Kb {
        self.kb.get_or_init(|| inline_kb(self.actors, self.roles))
    }

    /// The events of `text` with these actors as of `date` and no claims.
    pub fn events(&self, date: &str, text: &str) -> Vec<EventRecord> {
        events_in(self.get(), date, text)
    }

    /// The events of `text` with these actors as of `date`, reading `claims` as the claims
    /// sitrep-claims found in it.
    pub fn events_with(&self, date: &str, text: &str, claims: &[ClaimRecord]) -> Vec<EventRecord> {
        events_with_claims(self.get(), date, text, claims)
    }

    /// The events of `text` with these actors as of `date` and one asserted claim, `c1`:
    /// `speaker` says `content` with `cue`.
    pub fn reported(
        &self,
        date: &str,
        text: &str,
        speaker: &str,
        cue: &str,
        content: &str,
    ) -> Vec<EventRecord> {
        let claims = [claim_at(
            text,
            "c1",
            Some(speaker),
            cue,
            content,
            Stance::Assert,
        )];
        self.events_with(date, text, &claims)
    }
}

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

/// The built-in lexicon extended by the user's lexicon files `files` (each a file name under
/// `lexicons/` and its whole contents, header included), written to a temporary data directory
/// of its own (`tag` tells the test files' directories apart) and removed once read.
pub fn lexicon_with_user_files(tag: &str, files: &[(&str, String)]) -> EventLexicon {
    let dir = std::env::temp_dir().join(format!("sitrep-{tag}-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("lexicons")).unwrap();
    for (name, contents) in files {
        std::fs::write(dir.join("lexicons").join(name), contents).unwrap();
    }
    let data = sitrep_record::data_dir::DataDir::new(&dir).unwrap();
    let lex = EventLexicon::builtin_with(&data).unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    lex
}

/// The built-in lexicon with `rows` added to the user's `events-words.tsv`.
pub fn lexicon_with_word_rows(tag: &str, rows: &str) -> EventLexicon {
    lexicon_with_user_files(
        tag,
        &[("events-words.tsv", format!("word\tclasses\n{rows}"))],
    )
}

/// The events of `text` read with `lex`, the actors of `kb` as of `date` and no claims.
pub fn events_by_lexicon(kb: &Kb, lex: &EventLexicon, date: &str, text: &str) -> Vec<EventRecord> {
    let layer = TextLayer::new(normalize(text));
    let actors = find_actors(&layer, kb, Some(date));
    extract_events(&layer, &actors, &[], lex)
}

/// The events of `text` with the actors of `kb` as of `date` and no claims.
pub fn events_in(kb: &Kb, date: &str, text: &str) -> Vec<EventRecord> {
    events_with_claims(kb, date, text, &[])
}

/// The events of `text` with the actors of `kb` as of `date`, reading `claims` as the claims
/// sitrep-claims found in it.
pub fn events_with_claims(
    kb: &Kb,
    date: &str,
    text: &str,
    claims: &[ClaimRecord],
) -> Vec<EventRecord> {
    let layer = TextLayer::new(normalize(text));
    let actors = find_actors(&layer, kb, Some(date));
    extract_events(&layer, &actors, claims, lexicon())
}

/// The first event whose trigger reads `trigger`.
pub fn by_trigger<'a>(evs: &'a [EventRecord], trigger: &str) -> Option<&'a EventRecord> {
    evs.iter().find(|e| e.trigger.text == trigger)
}

/// The first event of `evs` (the events of `text`) whose trigger text is
/// `trigger` (fails the test, listing the events, when there is none).
pub fn event_by_trigger<'a>(evs: &'a [EventRecord], trigger: &str, text: &str) -> &'a EventRecord {
    by_trigger(evs, trigger).unwrap_or_else(|| panic!("{trigger} in {text}: {evs:#?}"))
}

/// The one event of type `ty` among the events `evs` of `text` (fails the test otherwise).
pub fn the_only(text: &str, evs: &[EventRecord], ty: EventType) -> EventRecord {
    let of = of_type(evs, ty);
    assert_eq!(of.len(), 1, "{text}: {evs:#?}");
    of[0].clone()
}

/// The events of type `ty`, in order.
pub fn of_type(evs: &[EventRecord], ty: EventType) -> Vec<&EventRecord> {
    evs.iter().filter(|e| e.event_type == ty).collect()
}

/// Fails, naming the text and listing its events, unless every text of
/// `texts` has some event of type `ty` (`has`) or none (`!has`); `events`
/// gives a text's events (a test file's `fn events`).
pub fn assert_type_in_each(
    events: impl Fn(&str) -> Vec<EventRecord>,
    texts: &[&str],
    ty: EventType,
    has: bool,
) {
    for text in texts {
        let evs = events(text);
        assert!(of_type(&evs, ty).is_empty() != has, "{text}: {evs:#?}");
    }
}

/// Owned actor ids, to compare with an event's source or target.
pub fn ids(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
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
