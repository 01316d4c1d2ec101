//! Development aid: runs one extractor over unpacked extraction-eval pages and writes a
//! predictions file that `sitrep eval extraction DIR --predictions FILE` scores.
//!
//! `cargo run --release -p sitrep-html --example dump -- DATA_DIR UNPACKED_DIR own|trafilatura OUT.json`
//! where UNPACKED_DIR holds `aeb/aeb-html/<id>.html` and `te/trafilatura-eval/{cache,eval}/<file>`
//! (the two `html.tar.xz` archives unpacked). Pages whose id or URL DATA_DIR's gold files do not
//! list are skipped, so a folder with half the gold entries scores half the pages.
use std::path::Path;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() != 4 {
        eprintln!("usage: dump DATA_DIR UNPACKED_DIR own|trafilatura OUT.json");
        std::process::exit(2);
    }
    let (data, unpacked, out) = (Path::new(&args[0]), Path::new(&args[1]), &args[3]);
    let extractor: sitrep_html::Extractor = args[2].parse().unwrap_or_else(|e| {
        eprintln!("{e}");
        std::process::exit(2)
    });
    let read = |p: &Path| -> serde_json::Value {
        serde_json::from_slice(&std::fs::read(p).unwrap_or_else(|e| {
            eprintln!("{}: {e}", p.display());
            std::process::exit(1)
        }))
        .unwrap_or_default()
    };
    let run = |bytes: &[u8], url: Option<&str>| {
        sitrep_html::extract_article_using(
            bytes,
            url,
            None,
            extractor,
            sitrep_html::builtin_rules(),
        )
        .map(|a| a.text)
        .unwrap_or_default()
    };
    let mut elapsed = std::time::Duration::ZERO;
    let mut aeb = serde_json::Map::new();
    let truth = read(&data.join("scrapinghub-aeb/ground-truth.json"));
    for (id, g) in truth.as_object().into_iter().flatten() {
        let Ok(bytes) = std::fs::read(unpacked.join(format!("aeb/aeb-html/{id}.html"))) else {
            continue;
        };
        let t = std::time::Instant::now();
        let text = run(&bytes, g.get("url").and_then(|u| u.as_str()));
        elapsed += t.elapsed();
        aeb.insert(id.clone(), text.into());
    }
    let aeb_time = elapsed;
    let mut te = serde_json::Map::new();
    let eval = read(&data.join("trafilatura-eval/evaldata.json"));
    for (url, d) in eval.as_object().into_iter().flatten() {
        let file = d.get("file").and_then(|f| f.as_str()).unwrap_or("");
        let dir = unpacked.join("te/trafilatura-eval");
        let Ok(bytes) = std::fs::read(dir.join("cache").join(file))
            .or_else(|_| std::fs::read(dir.join("eval").join(file)))
        else {
            continue;
        };
        let t = std::time::Instant::now();
        let text = run(&bytes, Some(url));
        elapsed += t.elapsed();
        te.insert(url.clone(), text.into());
    }
    eprintln!(
        "{} aeb pages {:.2}s, {} trafilatura-eval pages {:.2}s",
        aeb.len(),
        aeb_time.as_secs_f64(),
        te.len(),
        (elapsed - aeb_time).as_secs_f64()
    );
    let mut all = serde_json::Map::new();
    all.insert("name".into(), args[2].clone().into());
    all.insert("scrapinghub-aeb".into(), aeb.into());
    all.insert("trafilatura-eval".into(), te.into());
    std::fs::write(out, serde_json::Value::Object(all).to_string()).expect("write predictions");
}
