//! Runs the extractor on files and prints the time, the outcome and the article's fields:
//! `cargo run --release -p sitrep-html --example probe -- FILE...`
fn main() {
    for path in std::env::args().skip(1) {
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("{path}: {e}");
                continue;
            }
        };
        if std::env::var_os("RAW").is_some() {
            let start = std::time::Instant::now();
            let r = rs_trafilatura::extract(&String::from_utf8_lossy(&bytes));
            println!(
                "{path}: raw rs-trafilatura {:?} {}",
                start.elapsed(),
                r.is_ok()
            );
        }
        let start = std::time::Instant::now();
        let out = sitrep_html::extract_article(&bytes, None);
        let took = start.elapsed();
        match out {
            Ok(a) => println!(
                "{path}: {took:?} ok, {} chars, title {:?}, byline {:?}, published {:?}, site {:?}, lang {:?}, canonical {:?}\n{}",
                a.text.len(),
                a.title,
                a.byline,
                a.published,
                a.site_name,
                a.language,
                a.canonical_url,
                a.text.chars().take(300).collect::<String>()
            ),
            Err(e) => println!("{path}: {took:?} error: {e}"),
        }
    }
}
