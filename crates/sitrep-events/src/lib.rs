//! PLOVER event coding. (Being built: see the events helper's task.)

use sitrep_actors::DocActors;
use sitrep_record::{ClaimRecord, EventRecord};
use sitrep_text::TextLayer;

/// Trigger lexicon: verbs and event nouns → PLOVER type, mode, CAMEO root.
#[derive(Debug, Default)]
pub struct EventLexicon {}

impl EventLexicon {
    pub fn builtin() -> Result<EventLexicon, String> {
        Ok(EventLexicon {})
    }
}

/// All events of one document, ids `e1`, `e2`, … in text order. Events
/// inside a claim's content are `attributed` and carry the claim id.
pub fn extract_events(_layer: &TextLayer, _actors: &DocActors, _claims: &[ClaimRecord], _lex: &EventLexicon) -> Vec<EventRecord> {
    Vec::new()
}
