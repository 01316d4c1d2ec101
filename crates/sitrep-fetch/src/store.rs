//! The pages folder: `DIR/<key>.html` holds the body as downloaded and
//! `DIR/<key>.json` the sidecar describing it. Both are written through a
//! temporary file and a rename, so a reader never sees half a page.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

/// The file name stem of a URL in the pages folder: the first 32 lowercase
/// hex characters of the SHA-256 of the URL after trimming surrounding
/// whitespace and dropping any `#fragment`.
pub fn page_key(url: &str) -> String {
    let digest = Sha256::digest(without_fragment(url).as_bytes());
    digest[..16].iter().map(|b| format!("{b:02x}")).collect()
}

/// `url` trimmed, without its `#fragment`: the form the key is taken from.
pub fn without_fragment(url: &str) -> &str {
    let url = url.trim();
    url.split_once('#').map_or(url, |(u, _)| u)
}

/// The sidecar `DIR/<key>.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sidecar {
    /// The URL asked for (trimmed, fragment dropped): `page_key(url)` is the key.
    pub url: String,
    /// The URL the body came from after redirects.
    pub final_url: String,
    /// When the body was fetched, RFC 3339 UTC (`2026-01-31T08:00:00Z`).
    pub fetched: String,
    /// The HTTP status of the final response.
    pub status: u16,
    /// The `Content-Type` header as sent.
    pub content_type: String,
}

/// The two files of a page.
pub fn page_paths(dir: &Path, key: &str) -> (PathBuf, PathBuf) {
    (
        dir.join(format!("{key}.html")),
        dir.join(format!("{key}.json")),
    )
}

/// Whether both files of a page are present.
pub fn is_stored(dir: &Path, key: &str) -> bool {
    let (html, json) = page_paths(dir, key);
    html.is_file() && json.is_file()
}

/// Writes the body, then the sidecar (its presence marks a complete page).
pub fn store(dir: &Path, key: &str, body: &[u8], sidecar: &Sidecar) -> io::Result<()> {
    let (html, json) = page_paths(dir, key);
    write_atomic(&html, body)?;
    let mut meta = serde_json::to_vec_pretty(sidecar).map_err(io::Error::other)?;
    meta.push(b'\n');
    write_atomic(&json, &meta)
}

fn write_atomic(path: &Path, data: &[u8]) -> io::Result<()> {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("page");
    // A leading dot and a `.tmp` tail keep readers of `*.html` away from it.
    let tmp = path.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut f = fs::File::create(&tmp)?;
        f.write_all(data)?;
        f.sync_all()?;
        fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

/// `t` as RFC 3339 UTC with whole seconds.
pub fn rfc3339(t: SystemTime) -> String {
    let secs = t.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let days = (secs / 86_400) as i64;
    let rem = secs % 86_400;
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

/// Days since 1970-01-01 → (year, month, day) in the proleptic Gregorian
/// calendar (the usual era-based conversion).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn rfc3339_known_instants() {
        let at = |s| rfc3339(UNIX_EPOCH + Duration::from_secs(s));
        assert_eq!(at(0), "1970-01-01T00:00:00Z");
        assert_eq!(at(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(at(1_709_251_199), "2024-02-29T23:59:59Z");
        assert_eq!(at(1_798_761_600), "2027-01-01T00:00:00Z");
    }
}
