//! The store's writer alone, without extraction: `write_bench RECORDS.jsonl
//! DB N [COMMIT_DOCS]` reads records written by `sitrep extract --with-text`
//! and puts N documents into a new store at DB, cycling over the records.
//! Each copy after the first gets its own content id, uri and publication
//! date (so the indexes see as many distinct keys as a real corpus of N
//! documents), then prints the writer's docs/s and the store's size.
//! A development aid for the writer's speed; `bench/store.sh` measures the
//! whole `sitrep ingest`.

use sitrep_record::Record;
use std::io::BufRead;
use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (records, db, n, commit_docs) = match args.as_slice() {
        [r, db, n] => (r, db, n.parse::<usize>()?, 2000),
        [r, db, n, c] => (r, db, n.parse::<usize>()?, c.parse::<usize>()?),
        _ => return Err("usage: write_bench RECORDS.jsonl DB N [COMMIT_DOCS]".into()),
    };
    let file = std::io::BufReader::new(std::fs::File::open(records)?);
    let mut base: Vec<Record> = Vec::new();
    for line in file.lines() {
        let line = line?;
        if !line.trim().is_empty() {
            base.push(serde_json::from_str(&line)?);
        }
    }
    if base.is_empty() {
        return Err(format!("{records}: no records").into());
    }
    for ext in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{db}{ext}"));
    }
    let mut store = sitrep_store::Store::open(std::path::Path::new(db))?;
    let env = |k: &str, d: u32| {
        std::env::var(k)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(d)
    };
    store.tune_for_ingest(
        env("SITREP_CACHE_MIB", 64),
        env("SITREP_CHECKPOINT_PAGES", 1000),
    )?;
    let prepare = std::env::var_os("SITREP_PREPARE").is_some();
    let started = Instant::now();
    let mut text_bytes = 0usize;
    {
        let mut w = store.writer();
        let mut rng = 0x9e37_79b9_7f4a_7c15u64;
        for i in 0..n {
            let mut r = base[i % base.len()].clone();
            let round = i / base.len();
            if round > 0 {
                r.doc.id = format!("{:032x}", (i as u128) * 0x9e37_79b9_7f4a_7c15_u128 + 1);
                r.doc.uri = format!("{}#copy-{round}", r.doc.uri);
                // xorshift: a day in 2015..2025
                rng ^= rng << 13;
                rng ^= rng >> 7;
                rng ^= rng << 17;
                let day = rng % 3650;
                r.doc.published = Some(format!(
                    "{:04}-{:02}-{:02}",
                    2015 + day / 365,
                    1 + day % 365 / 31 % 12,
                    1 + day % 28
                ));
            }
            text_bytes += r.doc.text.as_deref().map_or(0, str::len);
            if prepare {
                w.put_prepared(&sitrep_store::Prepared::new(r)?)?;
            } else {
                w.put(&r)?;
            }
            if (i + 1) % commit_docs == 0 {
                w.commit()?;
            }
        }
        w.commit()?;
    }
    store.finish_ingest(n as u64)?;
    let secs = started.elapsed().as_secs_f64();
    drop(store);
    let mut bytes = 0u64;
    for ext in ["", "-wal"] {
        bytes += std::fs::metadata(format!("{db}{ext}")).map_or(0, |m| m.len());
    }
    println!(
        "{n} docs in {secs:.2} s = {:.0} docs/s; store {:.1} MB = {:.2}x the text ({:.1} MB)",
        n as f64 / secs,
        bytes as f64 / 1e6,
        bytes as f64 / text_bytes as f64,
        text_bytes as f64 / 1e6
    );
    Ok(())
}
