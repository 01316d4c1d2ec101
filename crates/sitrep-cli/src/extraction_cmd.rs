//! `sitrep eval extraction --extractor own|trafilatura`: score one main-content extractor.

use std::path::Path;

use sitrep_eval::extraction::{extraction_with, ExtractionReport};
use sitrep_html::Extractor;

/// Runs the chosen extractor (the library's default when `None`) on both gold sets.
pub fn run(dir: &Path, extractor: Option<&str>) -> Result<ExtractionReport, String> {
    let extractor: Extractor = match extractor {
        Some(name) => name.parse()?,
        None => Extractor::default(),
    };
    let name = match extractor {
        Extractor::Own => "sitrep (own extractor)",
        Extractor::Trafilatura => "sitrep (rs-trafilatura + dom_smoothie)",
    };
    let rules = sitrep_html::builtin_rules();
    extraction_with(dir, name, &|bytes, url| {
        sitrep_html::extract_article_using(bytes, url, None, extractor, rules)
            .ok()
            .map(|a| a.text)
    })
}
