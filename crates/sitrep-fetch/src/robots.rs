//! A small robots.txt parser and matcher following RFC 9309.
//!
//! - Groups start with one or more `user-agent` lines; the rules that follow
//!   belong to every agent named. The groups naming our product token
//!   (case-insensitive) are combined; when none does, the `*` groups are used;
//!   when there is neither, everything is allowed.
//! - `allow` / `disallow` patterns match the path (with its query) from its
//!   start; `*` matches any run of characters and a final `$` anchors the end.
//! - The longest matching pattern wins; on a tie `allow` wins. An empty
//!   `disallow` matches nothing. `/robots.txt` itself is always allowed.
//! - `crawl-delay` (not in RFC 9309, but widely used) is kept from the
//!   chosen groups: the largest valid value of seconds, fractions allowed.

/// The rules of one robots.txt that apply to one user agent.
use std::time::Duration;

#[derive(Debug, Clone, Default)]
pub struct Robots {
    rules: Vec<Rule>,
    crawl_delay: Option<Duration>,
}

#[derive(Debug, Clone)]
struct Rule {
    allow: bool,
    pattern: String,
}

#[derive(Default)]
struct Group {
    agents: Vec<String>,
    rules: Vec<Rule>,
    crawl_delay: Option<Duration>,
}

impl Robots {
    /// Parses `text` and keeps the rules for `agent`, a product token such
    /// as `sitrep` (anything from the first `/` or space on is ignored).
    pub fn parse(text: &str, agent: &str) -> Robots {
        let ours = product_token(agent).to_ascii_lowercase();
        let mut groups: Vec<Group> = Vec::new();
        let mut in_agents = false;
        for line in text.lines() {
            let line = line.split('#').next().unwrap_or("").trim();
            let Some((key, value)) = line.split_once(':') else {
                continue;
            };
            let key = key.trim().to_ascii_lowercase();
            let value = value.trim();
            match key.as_str() {
                "user-agent" => {
                    if !in_agents {
                        groups.push(Group::default());
                        in_agents = true;
                    }
                    if let Some(g) = groups.last_mut() {
                        g.agents.push(product_token(value).to_ascii_lowercase());
                    }
                }
                "allow" | "disallow" => {
                    in_agents = false;
                    // Rules before any user-agent line belong to no group.
                    if let (Some(g), false) = (groups.last_mut(), value.is_empty()) {
                        g.rules.push(Rule {
                            allow: key == "allow",
                            pattern: normalize(value),
                        });
                    }
                }
                "crawl-delay" => {
                    in_agents = false;
                    if let (Some(g), Some(d)) = (groups.last_mut(), parse_delay(value)) {
                        g.crawl_delay = Some(g.crawl_delay.map_or(d, |old| old.max(d)));
                    }
                }
                // Sitemap and unknown keys neither start nor end a group.
                _ => {}
            }
        }
        let named = groups.iter().any(|g| g.agents.contains(&ours));
        let name = if named && !ours.is_empty() {
            ours.as_str()
        } else {
            "*"
        };
        let chosen = || groups.iter().filter(|g| g.agents.iter().any(|a| a == name));
        Robots {
            rules: chosen().flat_map(|g| g.rules.iter().cloned()).collect(),
            crawl_delay: chosen().filter_map(|g| g.crawl_delay).max(),
        }
    }

    /// The `crawl-delay` the site asks of us, if any.
    pub fn crawl_delay(&self) -> Option<Duration> {
        self.crawl_delay
    }

    /// Whether `path` (path and query, starting with `/`) may be fetched.
    pub fn allowed(&self, path: &str) -> bool {
        if path == "/robots.txt" {
            return true;
        }
        let path = normalize(path);
        let mut best: Option<(usize, bool)> = None;
        for rule in &self.rules {
            if matches(&rule.pattern, &path) {
                let len = rule.pattern.len();
                best = match best {
                    Some((l, a)) if l > len || (l == len && a) => Some((l, a)),
                    _ => Some((len, rule.allow)),
                };
            }
        }
        best.is_none_or(|(_, allow)| allow)
    }
}

/// `10`, `2.5` → a duration; anything else (negative, not a number, not
/// finite) → none, as if the line were absent.
fn parse_delay(value: &str) -> Option<Duration> {
    let secs: f64 = value.parse().ok()?;
    (secs.is_finite() && secs >= 0.0)
        .then(|| Duration::from_secs_f64(secs.min(MAX_CRAWL_DELAY_SECS)))
}

/// Values above a day are read as a day; the fetcher caps further.
const MAX_CRAWL_DELAY_SECS: f64 = 86_400.0;

/// `sitrep/0.1 (+https://…)` → `sitrep`.
fn product_token(agent: &str) -> &str {
    let end = agent
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '*'))
        .unwrap_or(agent.len());
    &agent[..end]
}

/// Percent-encodes bytes outside printable ASCII and upper-cases existing
/// `%xx` escapes, so a pattern and a path compare as octets the same way.
fn normalize(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'%'
            && i + 2 < bytes.len()
            && bytes[i + 1].is_ascii_hexdigit()
            && bytes[i + 2].is_ascii_hexdigit()
        {
            out.push('%');
            out.push(bytes[i + 1].to_ascii_uppercase() as char);
            out.push(bytes[i + 2].to_ascii_uppercase() as char);
            i += 3;
            continue;
        }
        if b.is_ascii_graphic() {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
        i += 1;
    }
    out
}

/// Whether `pattern` matches `path` from its start: `*` is any run of
/// characters, a final `$` means the path must end there.
fn matches(pattern: &str, path: &str) -> bool {
    let (pattern, anchored) = match pattern.strip_suffix('$') {
        Some(p) => (p.as_bytes(), true),
        None => (pattern.as_bytes(), false),
    };
    let path = path.as_bytes();
    // Classic glob matching with one backtrack point (the last `*`).
    let (mut p, mut s) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    loop {
        if p == pattern.len() {
            if !anchored || s == path.len() {
                return true;
            }
        } else if pattern[p] == b'*' {
            star = Some((p, s));
            p += 1;
            continue;
        } else if s < path.len() && pattern[p] == path[s] {
            p += 1;
            s += 1;
            continue;
        }
        // Mismatch (or anchored end not reached): let the last `*` eat one more.
        match star {
            Some((sp, ss)) if ss < path.len() => {
                star = Some((sp, ss + 1));
                p = sp + 1;
                s = ss + 1;
            }
            _ => return false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glob_matching() {
        assert!(matches("/a", "/abc"));
        assert!(!matches("/b", "/abc"));
        assert!(matches("/*.php", "/x/index.php?q=1"));
        assert!(matches("/*.php$", "/x/index.php"));
        assert!(!matches("/*.php$", "/x/index.php?q=1"));
        assert!(matches("/a*c$", "/abcbc"));
        assert!(matches("*", "/"));
        assert!(matches("/$", "/"));
        assert!(!matches("/$", "/a"));
    }

    #[test]
    fn crawl_delay_of_the_chosen_group() {
        let text = "User-agent: *\nCrawl-delay: 3\nDisallow: /x\n\n\
                    User-agent: sitrep\nCrawl-delay: 0.5\nDisallow: /y\n";
        let ours = Robots::parse(text, "sitrep/0.1");
        assert_eq!(ours.crawl_delay(), Some(Duration::from_millis(500)));
        assert!(ours.allowed("/x") && !ours.allowed("/y"));
        let other = Robots::parse(text, "otherbot");
        assert_eq!(other.crawl_delay(), Some(Duration::from_secs(3)));
        for bad in ["-1", "soon", "NaN", "inf", ""] {
            let r = Robots::parse(&format!("User-agent: *\nCrawl-delay: {bad}\n"), "sitrep");
            assert_eq!(r.crawl_delay(), None, "{bad:?}");
        }
        assert_eq!(Robots::parse("Disallow: /\n", "sitrep").crawl_delay(), None);
    }

    #[test]
    fn normalizes_escapes_and_non_ascii() {
        assert_eq!(normalize("/a%2fb"), "/a%2Fb");
        assert_eq!(normalize("/é"), "/%C3%A9");
        assert_eq!(normalize("/50%"), "/50%");
    }
}
