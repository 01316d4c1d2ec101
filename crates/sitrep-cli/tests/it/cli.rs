//! End-to-end tests of the `sitrep` binary: inputs, outputs, errors, exit codes.

use serde_json::Value;
use sitrep_testkit::Scratch;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn sitrep() -> Command {
    Command::new(env!("CARGO_BIN_EXE_sitrep"))
}

fn scratch(name: &str) -> Scratch {
    Scratch::new("sitrep-cli", name)
}

fn records(out: &Output) -> Vec<Value> {
    String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("every stdout line is JSON"))
        .collect()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .unwrap()
}

#[test]
fn bad_inputs_each_get_one_error_line_and_the_rest_is_processed() {
    let dir = scratch("bad");
    std::fs::write(
        dir.join("a-good.txt"),
        "Iran and the United States held talks in Muscat on Saturday.",
    )
    .unwrap();
    std::fs::write(dir.join("b-binary.txt"), [0u8, 159, 146, 150, 0, 1, 2, 3]).unwrap();
    std::fs::write(dir.join("c-latin1.txt"), b"Caf\xe9 talks in Doha").unwrap();
    std::fs::write(dir.join("d-empty.txt"), b"").unwrap();
    // A 50 MB single line.
    let mut big = std::fs::File::create(dir.join("e-huge.txt")).unwrap();
    let chunk = "word ".repeat(1 << 16);
    for _ in 0..(50 * 1024 * 1024 / chunk.len() + 1) {
        big.write_all(chunk.as_bytes()).unwrap();
    }
    drop(big);
    std::fs::write(dir.join("f-good.jsonl"), "{\"text\":\"Israel struck Hezbollah targets in Lebanon.\",\"title\":\"Strikes\"}\n{broken\n").unwrap();
    let missing = dir.join("no-such-file.txt");

    let out = sitrep()
        .arg("extract")
        .arg(&dir)
        .arg(&missing)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "some inputs failed: exit 1; stderr:\n{}",
        stderr(&out)
    );
    let recs = records(&out);
    assert_eq!(recs.len(), 2, "both good documents are still processed");
    assert!(recs[0]["doc"]["uri"]
        .as_str()
        .unwrap()
        .ends_with("a-good.txt"));
    assert_eq!(recs[1]["doc"]["title"], "Strikes");
    let err = stderr(&out);
    let error_lines: Vec<&str> = err.lines().filter(|l| !l.contains("documents,")).collect();
    assert_eq!(error_lines.len(), 6, "one line per bad input:\n{err}");
    for (needle, reason) in [
        ("b-binary.txt", "binary"),
        ("c-latin1.txt", "invalid UTF-8"),
        ("d-empty.txt", "empty"),
        ("e-huge.txt", "limit"),
        ("f-good.jsonl:2", "not valid JSON"),
        ("no-such-file.txt", "no such file"),
    ] {
        assert!(
            error_lines
                .iter()
                .any(|l| l.contains(needle) && l.contains(reason)),
            "expected an error naming {needle} ({reason}):\n{err}"
        );
    }
    assert!(!err.contains("panicked"));
}

#[test]
fn output_order_follows_input_order_and_spans_match_text() {
    let dir = scratch("order");
    let mut jsonl = String::new();
    for i in 0..300 {
        jsonl.push_str(&format!(
            "{{\"text\":\"Story {i}. Iran's foreign minister met Oman's envoy in Muscat, officials said.\",\"url\":\"u{i}\"}}\n"
        ));
    }
    std::fs::write(dir.join("many.jsonl"), jsonl).unwrap();
    let out = sitrep()
        .args(["extract", "--with-text", "-j", "2"])
        .arg(dir.join("many.jsonl"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let recs = records(&out);
    assert_eq!(recs.len(), 300);
    for (i, r) in recs.iter().enumerate() {
        assert_eq!(r["doc"]["uri"], format!("u{i}"));
        assert_eq!(r["schema"], "sitrep/1");
        let record: sitrep_record::Record =
            serde_json::from_value(r.clone()).expect("record matches the contract types");
        let text = r["doc"]["text"].as_str().unwrap();
        record.check_spans(text).unwrap();
        assert_eq!(record.doc.chars, text.chars().count());
    }
}

#[test]
fn reads_stdin_and_writes_to_a_file() {
    let dir = scratch("stdin");
    let out_path = dir.join("out.jsonl");
    let mut child = sitrep()
        .args(["extract", "-", "-o"])
        .arg(&out_path)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"Qatar and Egypt urged a ceasefire in Gaza on Monday.")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
    let written = std::fs::read_to_string(&out_path).unwrap();
    assert_eq!(written.lines().count(), 1);
    assert!(stderr(&out).contains("1 document, 0 failed"));
}

#[test]
fn usage_errors_exit_2() {
    let out = sitrep().args(["extract"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = sitrep()
        .args(["extract", "--kb", "/no/such/kb.tsv", "x.txt"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("/no/such/kb.tsv"), "{}", stderr(&out));
}

#[test]
fn user_kb_file_adds_actors() {
    let dir = scratch("kb");
    let kb = dir.join("mine.tsv");
    std::fs::write(
        &kb,
        "id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases\nzorg-front\tarmed_group\tZorgon Liberation Front\tIRQ\tREB\t\t\t\tZLF|the Zorgons\n",
    )
    .unwrap();
    let doc = dir.join("d.txt");
    std::fs::write(
        &doc,
        "The Zorgon Liberation Front attacked a convoy. The ZLF later withdrew.",
    )
    .unwrap();
    let out = sitrep()
        .arg("extract")
        .arg("--kb")
        .arg(&kb)
        .arg(&doc)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let recs = records(&out);
    let actor = recs[0]["actors"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["id"] == "zorg-front")
        .expect("user actor found");
    assert_eq!(actor["mentions"].as_array().unwrap().len(), 2);
    assert_eq!(actor["kind"], "armed_group");
}

#[test]
fn a_data_folder_extends_the_builtin_lexicons() {
    let dir = scratch("data");
    let doc = dir.join("d.txt");
    std::fs::write(
        &doc,
        // No "that" after the invented speech verb: with one, the built-in
        // clause rule reads any verb before it as a cue.
        "Iran zorbled Israel on Monday. Iran's minister fulminated the talks were over, calling the envoys a wolfpack.",
    )
    .unwrap();
    let run = |data: Option<&Path>| {
        let mut cmd = sitrep();
        cmd.arg("extract");
        if let Some(d) = data {
            cmd.arg("--data").arg(d);
        }
        let out = cmd.arg(&doc).output().unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        records(&out).remove(0)
    };
    let has_event = |r: &Value| {
        r["events"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["trigger"]["text"] == "zorbled" && e["type"] == "ASSAULT")
    };
    let has_cue = |r: &Value| {
        r["claims"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["cue"]["text"] == "fulminated")
    };
    let loaded = |r: &Value| r["framing"]["loaded"].to_string().contains("wolfpack");
    let plain = run(None);
    assert!(!has_event(&plain) && !has_cue(&plain) && !loaded(&plain));

    let data = dir.join("mydata");
    std::fs::create_dir_all(data.join("lexicons")).unwrap();
    // Each file starts with its built-in counterpart's header.
    std::fs::write(
        data.join("lexicons/events.tsv"),
        "# my triggers\nphrase\tforms\tpos\ttype\tmode\tcameo\tclass\tnote\nzorble\t\tverb\tASSAULT\t\t190\t\tinvented verb\n",
    )
    .unwrap();
    std::fs::write(
        data.join("lexicons/cues.tsv"),
        "phrase\tkind\tstance\thedged\nfulminated\tverb\tassert\t0\n",
    )
    .unwrap();
    std::fs::write(
        data.join("lexicons/framing.tsv"),
        "term\tcategory\tforms\tnote\nwolfpack\tdehumanizing_term\t+s\tinvented term\n",
    )
    .unwrap();
    let extended = run(Some(&data));
    assert!(has_event(&extended), "{extended:#}");
    assert!(has_cue(&extended), "{extended:#}");
    assert!(loaded(&extended), "{extended:#}");

    // A file for another table is refused, naming the file; so is a bad row.
    let refused_with = |cues: &str| {
        std::fs::write(data.join("lexicons/cues.tsv"), cues).unwrap();
        let out = sitrep()
            .arg("extract")
            .arg("--data")
            .arg(&data)
            .arg(&doc)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        stderr(&out)
    };
    let err = refused_with("word\tclasses\nx\ty\n");
    assert!(err.contains("lexicons/cues.tsv:1: header"), "{err}");
    let err = refused_with("phrase\tkind\tstance\thedged\nfulminated\tverb\tshout\t0\n");
    assert!(err.contains("lexicons/cues.tsv:2"), "{err}");
}

#[test]
fn a_data_folder_extends_the_html_extractors_rules() {
    let dir = scratch("data-html");
    let page = dir.join("page.html");
    let para = "The foreign ministers met in Muscat on Sunday for a second round of talks on the \
                nuclear programme, officials from both delegations said after the meeting ended.";
    std::fs::write(
        &page,
        format!(
            "<html><head><title>Talks resume</title></head><body><article>\
             <h1>Talks resume</h1><p>{para}</p><p>{para}</p>\
             <div class=\"zorbit-panel\"><p>Zorbit readers get a weekly briefing on the \
             region's diplomacy delivered every Friday morning to their inbox.</p></div>\
             <p>{para}</p></article></body></html>"
        ),
    )
    .unwrap();
    let run = |data: Option<&Path>| {
        let mut cmd = sitrep();
        cmd.args(["extract", "--with-text"]);
        if let Some(d) = data {
            cmd.arg("--data").arg(d);
        }
        let out = cmd.arg(&page).output().unwrap();
        (out.status.code(), records(&out), stderr(&out))
    };
    let text = |recs: &[Value]| recs[0]["doc"]["text"].as_str().unwrap().to_string();
    let (code, plain, err) = run(None);
    assert_eq!(code, Some(0), "{err}");
    assert!(text(&plain).contains("Zorbit readers"), "{}", text(&plain));

    let data = dir.join("mydata");
    std::fs::create_dir_all(data.join("html")).unwrap();
    std::fs::write(
        data.join("html/boilerplate.tsv"),
        "kind\tvalue\tnote\nattr-substr\tzorbit\ta newsletter box\n",
    )
    .unwrap();
    let (code, extended, err) = run(Some(&data));
    assert_eq!(code, Some(0), "{err}");
    assert!(
        !text(&extended).contains("Zorbit readers"),
        "{}",
        text(&extended)
    );
    assert!(text(&extended).contains("second round of talks"));

    std::fs::write(
        data.join("html/boilerplate.tsv"),
        "kind\tvalue\tnote\nbanner\tzorbit\tno such kind\n",
    )
    .unwrap();
    let (code, _, err) = run(Some(&data));
    assert_eq!(code, Some(2));
    assert!(
        err.contains("html/boilerplate.tsv:2: unknown kind"),
        "{err}"
    );
}

#[test]
fn sample_corpus_records_are_valid() {
    let corpus = repo_root().join("examples/corpus.jsonl");
    let out = sitrep()
        .arg("extract")
        .arg("--with-text")
        .arg(&corpus)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let recs = records(&out);
    assert!(
        recs.len() >= 25,
        "the sample corpus has at least 25 articles, got {}",
        recs.len()
    );
    for r in &recs {
        let record: sitrep_record::Record = serde_json::from_value(r.clone()).unwrap();
        record
            .check_spans(r["doc"]["text"].as_str().unwrap())
            .unwrap();
        assert!(
            record.doc.title.is_some()
                && record.doc.outlet.is_some()
                && record.doc.published.is_some()
        );
        assert_eq!(record.doc.language.as_deref(), Some("en"));
        assert!((0.0..=1.0).contains(&record.framing.opinion_share));
        assert!((0.0..=1.0).contains(&record.framing.attributed_share));
    }
    let total_events: usize = recs
        .iter()
        .map(|r| r["events"].as_array().unwrap().len())
        .sum();
    let total_claims: usize = recs
        .iter()
        .map(|r| r["claims"].as_array().unwrap().len())
        .sum();
    assert!(
        total_events >= recs.len(),
        "events found across the corpus: {total_events}"
    );
    assert!(
        total_claims >= recs.len(),
        "claims found across the corpus: {total_claims}"
    );
}

/// The sample corpus's records pass the contract checker that reads them
/// from outside sitrep's types (tools/check_records.py), and the checker
/// fails a record that breaks the contract, so this test can fail.
#[test]
fn sample_records_pass_the_independent_contract_checker() {
    let python = ["python3", "python"]
        .into_iter()
        .find(|p| Command::new(p).arg("--version").output().is_ok());
    let Some(python) = python else {
        eprintln!("skipped: no python3 on PATH to run tools/check_records.py");
        return;
    };
    let root = repo_root();
    let checker = root.join("tools/check_records.py");
    let out = sitrep()
        .args(["extract", "--with-text"])
        .arg(root.join("examples/corpus.jsonl"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let check = |input: &[u8]| -> Output {
        let mut child = Command::new(python)
            .arg(&checker)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(input).unwrap();
        child.wait_with_output().unwrap()
    };
    let good = check(&out.stdout);
    let report = String::from_utf8_lossy(&good.stdout);
    assert!(good.status.success(), "{report}");
    assert!(report.contains(" 0 invalid"), "{report}");

    // One record with an event type outside PLOVER and a span that is not
    // its slice: the checker must say so and exit 1.
    let first = String::from_utf8(out.stdout).unwrap();
    let mut record: Value = serde_json::from_str(first.lines().next().unwrap()).unwrap();
    record["events"] = serde_json::json!([{
        "id": "e1", "type": "SHOUT", "source": [], "target": [],
        "trigger": {"start": 0, "end": 3, "text": "zzz"},
        "sentence": {"start": 0, "end": 3, "text": "zzz"},
        "modality": "asserted"
    }]);
    let bad = check(format!("{record}\n").as_bytes());
    let report = String::from_utf8_lossy(&bad.stdout);
    assert_eq!(bad.status.code(), Some(1), "{report}");
    assert!(report.contains("unknown PLOVER type 'SHOUT'"), "{report}");
    assert!(report.contains("is not the slice"), "{report}");
}

/// An evaluation report piped into a reader that has gone (`sitrep eval … | head`) ends quietly
/// and successfully: a closed pipe is the reader's choice, never a panic.
#[test]
fn eval_report_into_a_closed_pipe_ends_quietly() {
    let set = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/neardup/neardup.jsonl");
    let mut child = sitrep()
        .args(["eval", "neardup"])
        .arg(&set)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Close the reading end before the report is written.
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "exit {:?}, stderr: {stderr}",
        out.status
    );
    assert!(!stderr.contains("panicked"), "stderr: {stderr}");
    assert!(!stderr.contains("error"), "stderr: {stderr}");
}
