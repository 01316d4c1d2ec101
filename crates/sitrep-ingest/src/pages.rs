//! A folder of saved web pages, keyed by URL.
//!
//! Layout (shared with `sitrep fetch`, which writes it): the page for a URL
//! is `DIR/<key>.html`, where `<key>` is [`page_key`] of the URL; an optional
//! sidecar `DIR/<key>.json` holds
//! `{"url", "final_url", "fetched", "status", "content_type"}`.
//! Feed entries whose link has a saved page get the page's full text.

use sha2::{Digest, Sha256};
use std::io;
use std::path::{Path, PathBuf};

/// The file key of a URL: the first 32 lowercase hex characters of the
/// SHA-256 of the URL with surrounding whitespace trimmed and any
/// `#fragment` dropped.
pub fn page_key(url: &str) -> String {
    let url = url.trim();
    let url = url.split_once('#').map_or(url, |(before, _)| before);
    let digest = Sha256::digest(url.as_bytes());
    let mut key = String::with_capacity(32);
    for b in &digest[..16] {
        key.push_str(&format!("{b:02x}"));
    }
    key
}

/// What the sidecar says about a saved page; every field may be missing.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageMeta {
    pub url: Option<String>,
    pub final_url: Option<String>,
    pub fetched: Option<String>,
    pub status: Option<u16>,
    pub content_type: Option<String>,
}

impl PageMeta {
    /// The `charset=` parameter of the content type, if any.
    pub fn charset(&self) -> Option<&str> {
        charset_of(self.content_type.as_deref()?)
    }
}

/// The `charset=` parameter of a `Content-Type` value.
pub fn charset_of(content_type: &str) -> Option<&str> {
    content_type.split(';').skip(1).find_map(|p| {
        let (k, v) = p.split_once('=')?;
        k.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| v.trim().trim_matches(['"', '\'']))
            .filter(|v| !v.is_empty())
    })
}

/// A folder of saved pages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PagesDir {
    dir: PathBuf,
}

/// Saved pages larger than this are ignored (the feed's own text is used).
const MAX_PAGE_BYTES: u64 = 16 * 1024 * 1024;

impl PagesDir {
    /// Opens a pages folder; fails when it is not a readable directory.
    pub fn open(dir: impl AsRef<Path>) -> io::Result<PagesDir> {
        let dir = dir.as_ref();
        let meta = std::fs::metadata(dir)?;
        if !meta.is_dir() {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                format!("{} is not a directory", dir.display()),
            ));
        }
        Ok(PagesDir {
            dir: dir.to_path_buf(),
        })
    }

    /// The folder.
    pub fn path(&self) -> &Path {
        &self.dir
    }

    /// Where the page for `url` is (or would be) saved.
    pub fn page_path(&self, url: &str) -> PathBuf {
        self.dir.join(format!("{}.html", page_key(url)))
    }

    /// The saved page for `url`, when there is one and its sidecar (if any)
    /// does not record a failed fetch.
    pub fn get(&self, url: &str) -> Option<Vec<u8>> {
        if let Some(meta) = self.meta(url) {
            if meta.status.is_some_and(|s| !(200..300).contains(&s)) {
                return None;
            }
        }
        let path = self.page_path(url);
        let len = std::fs::metadata(&path).ok()?.len();
        if len == 0 || len > MAX_PAGE_BYTES {
            return None;
        }
        std::fs::read(path).ok()
    }

    /// The sidecar for `url`, when there is one and it parses.
    pub fn meta(&self, url: &str) -> Option<PageMeta> {
        let path = self.dir.join(format!("{}.json", page_key(url)));
        let bytes = std::fs::read(path).ok()?;
        let v: serde_json::Value = serde_json::from_slice(&bytes).ok()?;
        let s = |k: &str| v.get(k).and_then(|x| x.as_str()).map(str::to_string);
        Some(PageMeta {
            url: s("url"),
            final_url: s("final_url"),
            fetched: s("fetched"),
            status: v
                .get("status")
                .and_then(|x| x.as_u64())
                .and_then(|n| u16::try_from(n).ok()),
            content_type: s("content_type"),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_ignores_whitespace_and_fragment() {
        let k = page_key("https://example.com/a");
        assert_eq!(k.len(), 32);
        assert!(k
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)));
        assert_eq!(k, page_key("  https://example.com/a#section-2\n"));
        assert_ne!(k, page_key("https://example.com/b"));
        // SHA-256("abc") starts ba7816bf8f01cfea414140de5dae2223.
        assert_eq!(page_key("abc"), "ba7816bf8f01cfea414140de5dae2223");
    }

    #[test]
    fn charset_parameter() {
        assert_eq!(
            charset_of("text/html; charset=\"ISO-8859-1\""),
            Some("ISO-8859-1")
        );
        assert_eq!(charset_of("text/html"), None);
    }

    #[test]
    fn get_and_meta() {
        let dir = std::env::temp_dir().join(format!("sitrep-pages-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let pages = PagesDir::open(&dir).unwrap();
        let url = "https://news.example/story";
        assert_eq!(pages.get(url), None);
        std::fs::write(pages.page_path(url), "<html>x</html>").unwrap();
        assert_eq!(pages.get(url).as_deref(), Some(&b"<html>x</html>"[..]));
        std::fs::write(
            dir.join(format!("{}.json", page_key(url))),
            r#"{"url":"https://news.example/story","status":404,"content_type":"text/html; charset=utf-8"}"#,
        )
        .unwrap();
        let meta = pages.meta(url).unwrap();
        assert_eq!(meta.status, Some(404));
        assert_eq!(meta.charset(), Some("utf-8"));
        assert_eq!(pages.get(url), None, "a failed fetch is not a page");
        assert!(PagesDir::open(dir.join("nope")).is_err());
        std::fs::remove_dir_all(&dir).ok();
    }
}
