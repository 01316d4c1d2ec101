//! Reported speech: who said what, to whom, and on whose report.
//!
//! (Being built: see the claims helper's task.) API contract used by the pipeline.

use sitrep_actors::DocActors;
use sitrep_kb::Kb;
use sitrep_record::ClaimRecord;
use sitrep_text::TextLayer;

/// Speech cues, hedges and reporting-chain phrases, loaded from data files.
#[derive(Debug, Default)]
pub struct CueLexicon {}

impl CueLexicon {
    pub fn builtin() -> Result<CueLexicon, String> {
        Ok(CueLexicon {})
    }
}

/// All claims of one document, ids `c1`, `c2`, … in text order.
pub fn extract_claims(_layer: &TextLayer, _actors: &DocActors, _kb: &Kb, _lex: &CueLexicon) -> Vec<ClaimRecord> {
    Vec::new()
}
