//! Framing measures. (Being built: see the framing helper's task.)

use sitrep_record::{ClaimRecord, Framing};
use sitrep_text::TextLayer;

/// Loaded-term lexicon and opinion markers, loaded from data files.
#[derive(Debug, Default)]
pub struct FramingLexicon {}

impl FramingLexicon {
    pub fn builtin() -> Result<FramingLexicon, String> {
        Ok(FramingLexicon {})
    }
}

/// Loaded terms, opinion share and attributed share of one document.
pub fn measure_framing(_layer: &TextLayer, _claims: &[ClaimRecord], _lex: &FramingLexicon) -> Framing {
    Framing { loaded: Vec::new(), opinion_share: 0.0, attributed_share: 0.0 }
}
