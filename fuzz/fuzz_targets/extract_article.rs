//! Any bytes, with or without a URL and an HTTP charset: `extract_article` must return (never
//! panic, never overflow the stack), and a returned article must be well-formed.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The first byte picks the variant, so one corpus covers both entry points.
    let (mode, page) = data.split_first().map_or((0, data), |(m, p)| (*m, p));
    let out = match mode % 3 {
        0 => sitrep_html::extract_article(page, None),
        1 => sitrep_html::extract_article(page, Some("https://news.example/2024/05/06/story")),
        _ => sitrep_html::extract_article_with_charset(page, None, Some("shift_jis")),
    };
    let _ = sitrep_html::looks_like_html(page);
    match out {
        Ok(a) => {
            assert!(!a.text.trim().is_empty());
            assert!(!a.text.contains("\n\n\n"));
            if let Some(d) = &a.published {
                assert_eq!(d.len(), 10);
            }
            if let Some(l) = &a.language {
                assert_eq!(l.len(), 2);
            }
        }
        Err(e) => assert!(!e.reason.is_empty()),
    }
});
