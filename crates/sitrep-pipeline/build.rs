//! Computes `SITREP_ANALYSIS_DIGEST`: a digest of everything built into the
//! binary that shapes a record — the data files under `data/` (but the
//! evaluation labels) and the sources of the analysis crates — so that a
//! store can tell records made by another build from its own
//! (`Resources::analysis`).

use std::fs;
use std::path::{Path, PathBuf};

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

fn fnv(mut h: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(FNV_PRIME);
    }
    h
}

fn files_under(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n == "eval") {
                continue;
            }
            files_under(&path, out);
        } else {
            out.push(path);
        }
    }
}

/// The crates whose sources and data shape a record.
const ANALYSIS_CRATES: [&str; 10] = [
    "sitrep-record",
    "sitrep-text",
    "sitrep-kb",
    "sitrep-actors",
    "sitrep-claims",
    "sitrep-events",
    "sitrep-framing",
    "sitrep-html",
    "sitrep-ingest",
    "sitrep-pipeline",
];

fn main() {
    let crate_dir = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let crates = crate_dir.parent().expect("crates/").to_path_buf();
    let mut roots = vec![crates.join("../data")];
    for name in ANALYSIS_CRATES {
        roots.push(crates.join(name).join("src"));
        roots.push(crates.join(name).join("data"));
    }
    let mut files = Vec::new();
    for root in &roots {
        println!("cargo:rerun-if-changed={}", root.display());
        files_under(root, &mut files);
    }
    // A crate's build script can shape what it builds in (sitrep-kb's
    // builds the built-in KB at compile time).
    for name in ANALYSIS_CRATES {
        let script = crates.join(name).join("build.rs");
        if script.is_file() {
            println!("cargo:rerun-if-changed={}", script.display());
            files.push(script);
        }
    }
    files.sort();
    let mut h = fnv(FNV_OFFSET, env!("CARGO_PKG_VERSION").as_bytes());
    for f in &files {
        let rel = f.strip_prefix(&crates).unwrap_or(f);
        h = fnv(h, rel.to_string_lossy().as_bytes());
        h = fnv(h, &fs::read(f).unwrap_or_default());
    }
    println!("cargo:rustc-env=SITREP_ANALYSIS_DIGEST={h:016x}");
}
