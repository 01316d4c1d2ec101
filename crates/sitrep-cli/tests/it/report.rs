//! `sitrep report`: one command ingests the sample corpus and writes the
//! HTML report; a second run over the same store says nothing is new;
//! bad filters are usage errors naming the input.

use sitrep_testkit::Scratch;
use std::path::{Path, PathBuf};
use std::process::Command;

fn scratch(name: &str) -> Scratch {
    Scratch::new("sitrep-cli-report", name)
}

fn sitrep() -> Command {
    Command::new(env!("CARGO_BIN_EXE_sitrep"))
}

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/corpus.jsonl")
}

#[test]
fn one_command_ingests_and_reports_then_only_news_is_new() {
    let dir = scratch("main");
    let db = dir.join("sample.db");
    let page = dir.join("sample-report.html");
    let out = sitrep()
        .arg("report")
        .arg(corpus())
        .arg("--db")
        .arg(&db)
        .arg("-o")
        .arg(&page)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains("30 added"), "{stderr}");
    assert!(stderr.contains("report of 30 documents"), "{stderr}");
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<h2 id=\"disputes\">Disputed claims and contradictions</h2>"));
    assert!(html.contains("Esmaeil Baghaei</b> (denial): <q>no such meeting had taken place</q>"));
    assert!(!html.contains("<script"));

    // The same inputs again: nothing added, and the report says nothing is new.
    let md = dir.join("again.md");
    let out = sitrep()
        .arg("report")
        .arg(corpus())
        .arg("--db")
        .arg(&db)
        .arg("-o")
        .arg(&md)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains("30 unchanged"), "{stderr}");
    let text = std::fs::read_to_string(&md).unwrap();
    assert!(text.starts_with("# Situation report"));
    assert!(text.contains("## What is new since the last report"));
    assert!(text.contains("Nothing new"), "{text}");

    // Markdown to stdout, filtered, not recorded.
    let out = sitrep()
        .args([
            "report",
            "--actor",
            "Esmaeil Baghaei",
            "--no-record",
            "--format",
            "md",
            "--db",
        ])
        .arg(&db)
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.starts_with("# Situation report: Esmaeil Baghaei"),
        "{text}"
    );
    assert!(text.contains("- 2 documents from 2 outlets"), "{text}");
}

#[test]
fn bad_filters_and_missing_stores_are_clear_errors() {
    let dir = scratch("errors");
    let db = dir.join("none.db");
    let out = sitrep()
        .arg("report")
        .arg("--db")
        .arg(&db)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("no store at") && stderr.contains("none.db"),
        "{stderr}"
    );

    let db = dir.join("s.db");
    let out = sitrep()
        .arg("report")
        .arg(corpus())
        .arg("--db")
        .arg(&db)
        .args(["--since", "yesterday", "-q"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("--since") && stderr.contains("yesterday"),
        "{stderr}"
    );
    assert!(
        !db.exists(),
        "a bad filter is refused before anything is ingested"
    );

    let out = sitrep()
        .args(["report", "--actor", "Nobody At All", "-q", "--db"])
        .arg(&db)
        .arg(corpus())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("no actor \"Nobody At All\""), "{stderr}");
}
