//! `sitrep eval realnews` end to end on two tiny pages of our own: matching
//! by page + trigger offset, the three precisions, lost labelled events and
//! unlabelled predictions.

use sitrep_eval::realnews::{parse_labels, realnews};
use sitrep_pipeline::Resources;

#[test]
fn predictions_are_matched_by_page_and_offset_and_scored() {
    let dir = std::env::temp_dir().join(format!("sitrep-realnews-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let gt = dir.join("ground-truth.json");
    // Page "a" sorts first (dev); "b" is dev too (positions 0 and 1).
    let text_a = "Iran attacked Israel on Monday. Russia condemned Ukraine on Tuesday.";
    let text_b = "Israel bombed Gaza.";
    std::fs::write(
        &gt,
        serde_json::json!({
            "b": {"articleBody": text_b, "url": "https://example.org/b"},
            "a": {"articleBody": text_a, "url": "https://example.org/a"},
        })
        .to_string(),
    )
    .unwrap();
    let attacked = text_a.find("attacked").unwrap();
    let condemned = text_a.find("condemned").unwrap();
    let labels = format!(
        "page\toffset\ttrigger\tevent\ttype\tsource\ttarget\tmodality\treason\n\
         a\t{attacked}\tattacked\tyes\tASSAULT\tIRN\tISR\tasserted\tright\n\
         a\t{condemned}\tcondemned\tyes\tACCUSE\tRUS\t-\tasserted\ttarget wrong on purpose\n\
         a\t3\tgone\tyes\tAID\tIRN\t-\tasserted\tno prediction here\n"
    );
    let labels = parse_labels("test.tsv", &labels).unwrap();
    let res = Resources::load(&[]).expect("built-in resources");
    let report = realnews(&gt, &labels, &res).unwrap();
    std::fs::remove_dir_all(&dir).ok();

    assert_eq!(report.dev.pages, 2);
    assert_eq!(report.test.pages, 0);
    // Both labelled events are predicted; one has the wrong target set.
    assert_eq!(report.dev.labelled, 2, "{report}");
    assert_eq!(report.dev.event, 2);
    assert_eq!(report.dev.type_right, 2);
    assert_eq!(report.dev.full, 1);
    assert_eq!(report.dev.lost_events, 1);
    // "bombed" on page b has no label: listed for judging.
    assert!(report.dev.predicted >= 3);
    assert!(report
        .unlabelled
        .iter()
        .any(|u| u.page == "b" && u.event.trigger.text == "bombed"));
    let rows = report.unlabelled_tsv();
    assert!(rows
        .lines()
        .any(|l| l.starts_with("b\t") && l.contains("\t?\t")));
    assert!((report.dev.full_precision() - 0.5).abs() < 1e-9);
}

#[test]
fn a_missing_ground_truth_is_a_clear_error() {
    let res = Resources::load(&[]).expect("built-in resources");
    let err = realnews(
        std::path::Path::new("/nonexistent/ground-truth.json"),
        &[],
        &res,
    )
    .unwrap_err();
    assert!(err.contains("/nonexistent/ground-truth.json"), "{err}");
}
