//! Runs each candidate extractor on both gold sets and prints sitrep's scores for it.
//! Usage: extraction-candidates DATA_DIR [NAME...]   (names: sitrep, rs-trafilatura, dom_smoothie)

use sitrep_eval::extraction::{extraction_with, ExtractionReport, Extractor};
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Runs one candidate; with `DUMP_DIR` set, also writes its outputs as `{url: text}` JSON there.
fn run(dir: &Path, name: &str, extract: &Extractor<'_>) -> Result<ExtractionReport, String> {
    let outputs = RefCell::new(BTreeMap::new());
    let report = extraction_with(dir, name, &|b, u| {
        let out = extract(b, u);
        if let (Some(u), Some(o)) = (u, &out) {
            outputs.borrow_mut().insert(u.to_owned(), o.clone());
        }
        out
    })?;
    if let Some(d) = std::env::var_os("DUMP_DIR") {
        let path = Path::new(&d).join(format!("{name}.json"));
        let json = serde_json::to_string(&outputs.into_inner()).map_err(|e| e.to_string())?;
        std::fs::write(&path, json).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(report)
}

fn utf8(bytes: &[u8]) -> String {
    sitrep_html::decode(bytes, None)
}

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(args.next().expect("usage: extraction-candidates DATA_DIR [NAME...]"));
    let mut names: Vec<String> = args.collect();
    if names.is_empty() {
        names = vec!["sitrep".into(), "rs-trafilatura".into(), "dom_smoothie".into()];
    }
    for name in names {
        let report = match name.as_str() {
            "sitrep" => run(&dir, &name, &|b, u| {
                sitrep_html::extract_article(b, u).ok().map(|a| a.text)
            }),
            // The crate as it comes: its own charset handling, default options, no URL.
            "rs-trafilatura" => run(&dir, &name, &|b, _| {
                rs_trafilatura::extract_bytes(b).ok().map(|r| r.content_text)
            }),
            "dom_smoothie" => run(&dir, &name, &|b, u| {
                let html = utf8(b);
                let mut r = dom_smoothie::Readability::new(html, u, None).ok()?;
                r.parse().ok().map(|a| a.text_content.to_string())
            }),
            other => {
                eprintln!("unknown candidate {other}");
                continue;
            }
        };
        match report {
            Ok(r) => print!("{r}"),
            Err(e) => eprintln!("{name}: {e}"),
        }
    }
}
