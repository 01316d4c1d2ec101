//! The Zyte scorer must reproduce the upstream benchmark's figures on the upstream outputs
//! shipped with the data set. Skips (with a message) when `../shared/data` is absent.

use std::path::PathBuf;

fn aeb_dir() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/data/extraction-eval/scrapinghub-aeb");
    if dir.join("outputs").is_dir() {
        Some(dir)
    } else {
        eprintln!(
            "skipped: {} not found (the shared gold data is not checked out next to the repo)",
            dir.display()
        );
        None
    }
}

#[test]
fn zyte_scorer_reproduces_upstream_figures() {
    let Some(dir) = aeb_dir() else { return };
    let scores = sitrep_eval::extraction::aeb_upstream_outputs(&dir).unwrap();
    let f1 = |name: &str| {
        scores
            .iter()
            .find(|(n, _)| n == name)
            .unwrap_or_else(|| panic!("{name} output missing"))
            .1
            .f1
    };
    for (name, s) in &scores {
        eprintln!(
            "{name}: P {:.6} R {:.6} F1 {:.6} acc {:.3}",
            s.precision, s.recall, s.f1, s.accuracy
        );
    }
    assert_eq!(format!("{:.3}", f1("trafilatura")), "0.958");
    assert_eq!(format!("{:.3}", f1("rs_trafilatura")), "0.970");
    assert_eq!(format!("{:.3}", f1("dom_smoothie")), "0.865");
    assert_eq!(format!("{:.3}", f1("readability_js")), "0.947");
}
