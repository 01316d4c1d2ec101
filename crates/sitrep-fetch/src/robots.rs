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

/// The rules of one robots.txt that apply to one user agent.
#[derive(Debug, Clone, Default)]
pub struct Robots {
    rules: Vec<Rule>,
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
                // Sitemap and unknown keys neither start nor end a group.
                _ => {}
            }
        }
        let pick = |name: &str| -> Vec<Rule> {
            groups
                .iter()
                .filter(|g| g.agents.iter().any(|a| a == name))
                .flat_map(|g| g.rules.iter().cloned())
                .collect()
        };
        let named = groups.iter().any(|g| g.agents.contains(&ours));
        let rules = if named && !ours.is_empty() {
            pick(&ours)
        } else {
            pick("*")
        };
        Robots { rules }
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
    fn normalizes_escapes_and_non_ascii() {
        assert_eq!(normalize("/a%2fb"), "/a%2Fb");
        assert_eq!(normalize("/é"), "/%C3%A9");
        assert_eq!(normalize("/50%"), "/50%");
    }
}
