fn main() {
    for path in std::env::args().skip(1) {
        let bytes = std::fs::read(&path).unwrap();
        let r = sitrep_html::extract_article_using(&bytes, None, None, sitrep_html::Extractor::Own, sitrep_html::builtin_rules());
        println!("{path}: {:?}", r.map(|a| a.text.len()));
    }
}
