//! `sitrep-fetch` owns polite, safe downloading of article pages into a
//! pages folder (the folder `sitrep extract --pages DIR` reads).
//!
//! Safety and politeness, for every request including each redirect hop:
//!
//! - only `http` and `https` URLs;
//! - the host is resolved once per run and refused when it resolves only to
//!   non-public addresses (loopback, private, link-local, CGNAT, unique-local,
//!   multicast, …; see [`refusal_reason`]) unless private targets are allowed;
//!   the client connects to exactly the checked addresses;
//! - robots.txt is fetched once per origin and honoured ([`Robots`]);
//! - connect, read and overall timeouts, a body size cap and a redirect cap;
//! - an optional delay between requests to the same host.
//!
//! The pages folder layout: `DIR/<key>.html` (the body) and `DIR/<key>.json`
//! (a [`Sidecar`]), with `key = page_key(url)`.

mod address;
mod robots;
mod store;

pub use address::refusal_reason;
pub use robots::Robots;
pub use store::{page_key, page_paths, rfc3339, without_fragment, Sidecar};

use address::{AddressPolicy, PinnedResolver};
use std::collections::HashMap;
use std::io::Read;
use std::path::Path;
use std::sync::Arc;
use std::thread;
use std::time::{Duration, Instant, SystemTime};
use url::Url;

/// The default `User-Agent`.
pub const DEFAULT_USER_AGENT: &str = concat!(
    "sitrep/",
    env!("CARGO_PKG_VERSION"),
    " (+https://example.invalid/sitrep)"
);

/// The most of a robots.txt that is read (RFC 9309 asks for at least 500 KiB).
const ROBOTS_MAX_BYTES: u64 = 512 * 1024;

/// The `Accept` header of page requests: the content types that are kept.
const ACCEPT_PAGE: &str = "text/html, application/xhtml+xml, application/rss+xml, \
     application/atom+xml, application/xml;q=0.9, text/xml;q=0.9";

/// How a run fetches.
#[derive(Debug, Clone)]
pub struct FetchOptions {
    /// Time to open a connection.
    pub connect_timeout: Duration,
    /// Longest wait for any one read or write on a connection.
    pub read_timeout: Duration,
    /// Longest time for one URL: its robots.txt, every redirect hop and the body.
    pub timeout: Duration,
    /// A body larger than this is an error; reading stops just past it.
    pub max_bytes: u64,
    /// Redirects followed before giving up.
    pub max_redirects: u32,
    /// The `User-Agent` header; its product token (`sitrep`) is the name
    /// looked for in robots.txt.
    pub user_agent: String,
    /// Allow loopback, private and other non-public targets (tests, intranets).
    pub allow_private: bool,
    /// Minimum time between two requests to the same host. A longer
    /// `crawl-delay` in the host's robots.txt wins.
    pub delay: Duration,
    /// The longest `crawl-delay` honoured; a host asking for more is not
    /// fetched at all (waiting less than it asks would be impolite).
    pub max_crawl_delay: Duration,
    /// Fetch again pages already in the folder.
    pub refresh: bool,
}

impl Default for FetchOptions {
    fn default() -> FetchOptions {
        FetchOptions {
            connect_timeout: Duration::from_secs(10),
            read_timeout: Duration::from_secs(30),
            timeout: Duration::from_secs(60),
            max_bytes: 10 * 1024 * 1024,
            max_redirects: 5,
            user_agent: DEFAULT_USER_AGENT.to_string(),
            allow_private: false,
            delay: Duration::from_millis(1000),
            max_crawl_delay: Duration::from_secs(60),
            refresh: false,
        }
    }
}

/// Why one URL was not saved.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    #[error("not a valid URL: {0}")]
    BadUrl(String),
    #[error("unsupported scheme {0:?} (only http and https)")]
    Scheme(String),
    /// Refused or unresolvable host (the message says which).
    #[error("{0}")]
    Address(String),
    #[error("disallowed by robots.txt")]
    RobotsDisallowed,
    #[error("robots.txt asks for {asked:?} between requests, more than the {cap:?} allowed (raise it with --max-crawl-delay)")]
    CrawlDelayTooLong { asked: Duration, cap: Duration },
    #[error("robots.txt of {origin} {why}, so the host is treated as disallowed")]
    RobotsUnavailable { origin: String, why: String },
    #[error("too many redirects (more than {0})")]
    TooManyRedirects(u32),
    #[error("redirect without a usable Location header")]
    BadRedirect,
    #[error("HTTP status {0}")]
    Status(u16),
    #[error("not HTML or a feed (Content-Type: {0})")]
    ContentType(String),
    #[error("body larger than {0} bytes")]
    TooLarge(u64),
    #[error("timed out")]
    Timeout,
    #[error("{0}")]
    Network(String),
    #[error("cannot write the page: {0}")]
    Write(std::io::Error),
}

/// A downloaded page.
#[derive(Debug, Clone)]
pub struct Page {
    /// The URL after redirects.
    pub final_url: String,
    pub status: u16,
    pub content_type: String,
    pub body: Vec<u8>,
    pub fetched: SystemTime,
}

/// What happened to one URL that did not fail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Fetched,
    /// Already in the pages folder (and no refresh asked for).
    Skipped,
}

/// Counts for a whole run.
#[derive(Debug, Clone, Default)]
pub struct Summary {
    pub fetched: usize,
    pub skipped: usize,
    pub failed: usize,
    pub elapsed: Duration,
}

impl Summary {
    /// `fetched 3, skipped 1, failed 0 in 2.4 s`
    pub fn line(&self) -> String {
        format!(
            "fetched {}, skipped {}, failed {} in {:.1} s",
            self.fetched,
            self.skipped,
            self.failed,
            self.elapsed.as_secs_f64()
        )
    }
}

/// What robots.txt says for one origin.
#[derive(Debug, Clone)]
enum RobotsState {
    Rules(Robots),
    /// Unreachable or a server error: nothing may be fetched.
    Unavailable(String),
}

/// A response whose body has not been read yet.
struct Reply {
    url: Url,
    response: ureq::Response,
}

/// Fetches URLs one after the other, remembering robots.txt, resolved
/// addresses and the time of the last request per host for the whole run.
pub struct Fetcher {
    opts: FetchOptions,
    agent: ureq::Agent,
    policy: Arc<AddressPolicy>,
    robots: HashMap<String, RobotsState>,
    last_request: HashMap<String, Instant>,
}

impl Fetcher {
    pub fn new(opts: FetchOptions) -> Fetcher {
        let policy = AddressPolicy::new(opts.allow_private);
        let agent = ureq::AgentBuilder::new()
            .timeout_connect(opts.connect_timeout)
            .timeout_read(opts.read_timeout)
            .timeout_write(opts.read_timeout)
            // Redirects are followed here, one checked hop at a time.
            .redirects(0)
            // A proxy would connect on our behalf, past the address checks.
            .try_proxy_from_env(false)
            .user_agent(&opts.user_agent)
            .resolver(PinnedResolver(Arc::clone(&policy)))
            .build();
        Fetcher {
            opts,
            agent,
            policy,
            robots: HashMap::new(),
            last_request: HashMap::new(),
        }
    }

    /// Downloads `url` if every check passes.
    pub fn fetch(&mut self, url: &str) -> Result<Page, FetchError> {
        let url = parse(without_fragment(url))?;
        let deadline = Instant::now() + self.opts.timeout;
        let reply = self.get(url, deadline, true)?;
        let status = reply.response.status();
        if !(200..300).contains(&status) {
            return Err(FetchError::Status(status));
        }
        let content_type = reply
            .response
            .header("content-type")
            .unwrap_or("")
            .to_string();
        if !accepted_type(&content_type) {
            let shown = if content_type.is_empty() {
                "missing".to_string()
            } else {
                content_type
            };
            return Err(FetchError::ContentType(shown));
        }
        let body = read_capped(reply.response, self.opts.max_bytes, true)?;
        Ok(Page {
            final_url: reply.url.to_string(),
            status,
            content_type,
            body,
            fetched: SystemTime::now(),
        })
    }

    /// Fetches `url` into the pages folder `dir` unless it is already there.
    pub fn save(&mut self, url: &str, dir: &Path) -> Result<Outcome, FetchError> {
        let key = page_key(url);
        if !self.opts.refresh && store::is_stored(dir, &key) {
            return Ok(Outcome::Skipped);
        }
        let page = self.fetch(url)?;
        let sidecar = Sidecar {
            url: without_fragment(url).to_string(),
            final_url: page.final_url,
            fetched: rfc3339(page.fetched),
            status: page.status,
            content_type: page.content_type,
        };
        store::store(dir, &key, &page.body, &sidecar).map_err(FetchError::Write)?;
        Ok(Outcome::Fetched)
    }

    /// GET with redirects followed by hand so each hop's scheme, address and
    /// (for pages) robots.txt are checked before it is requested.
    fn get(&mut self, mut url: Url, deadline: Instant, page: bool) -> Result<Reply, FetchError> {
        let mut hops = 0;
        loop {
            if !matches!(url.scheme(), "http" | "https") {
                return Err(FetchError::Scheme(url.scheme().to_string()));
            }
            let host = url.host_str().unwrap_or("").to_string();
            if host.is_empty() {
                return Err(FetchError::BadUrl(url.to_string()));
            }
            // The same check the client's resolver makes, done first so a
            // refused host is reported as such (and before robots.txt).
            let port = url.port_or_known_default().unwrap_or(80);
            self.policy
                .addresses(&format!("{host}:{port}"))
                .map_err(FetchError::Address)?;
            if page {
                let crawl_delay = self.check_robots(&url, deadline)?;
                self.wait_turn(&host, crawl_delay);
            }
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return Err(FetchError::Timeout);
            }
            let accept = if page {
                ACCEPT_PAGE
            } else {
                "text/plain, */*;q=0.5"
            };
            let result = self
                .agent
                .request_url("GET", &url)
                .set("Accept", accept)
                .timeout(left)
                .call();
            if page {
                self.last_request.insert(host, Instant::now());
            }
            let response = match result {
                Ok(r) | Err(ureq::Error::Status(_, r)) => r,
                Err(ureq::Error::Transport(t)) => return Err(transport_error(&t)),
            };
            if !(300..400).contains(&response.status()) || response.status() == 304 {
                return Ok(Reply { url, response });
            }
            if hops == self.opts.max_redirects {
                return Err(FetchError::TooManyRedirects(self.opts.max_redirects));
            }
            hops += 1;
            let next = response
                .header("location")
                .and_then(|loc| url.join(loc).ok())
                .ok_or(FetchError::BadRedirect)?;
            url = next;
        }
    }

    /// Sleeps until the politeness delay for `host` has passed: our own
    /// delay or the site's crawl-delay, whichever is longer.
    fn wait_turn(&self, host: &str, crawl_delay: Option<Duration>) {
        let delay = crawl_delay.map_or(self.opts.delay, |d| d.max(self.opts.delay));
        if let Some(last) = self.last_request.get(host) {
            let since = last.elapsed();
            if since < delay {
                thread::sleep(delay - since);
            }
        }
    }

    /// Whether robots.txt lets us fetch `url`, and the crawl-delay it asks.
    fn check_robots(
        &mut self,
        url: &Url,
        deadline: Instant,
    ) -> Result<Option<Duration>, FetchError> {
        let origin = url.origin().ascii_serialization();
        if !self.robots.contains_key(&origin) {
            let state = self.load_robots(url, deadline);
            self.robots.insert(origin.clone(), state);
        }
        let mut path = url.path().to_string();
        if let Some(q) = url.query() {
            path.push('?');
            path.push_str(q);
        }
        match &self.robots[&origin] {
            RobotsState::Rules(r) if !r.allowed(&path) => Err(FetchError::RobotsDisallowed),
            RobotsState::Rules(r) => match r.crawl_delay() {
                Some(asked) if asked > self.opts.max_crawl_delay => {
                    Err(FetchError::CrawlDelayTooLong {
                        asked,
                        cap: self.opts.max_crawl_delay,
                    })
                }
                asked => Ok(asked),
            },
            RobotsState::Unavailable(why) => Err(FetchError::RobotsUnavailable {
                origin,
                why: why.clone(),
            }),
        }
    }

    /// RFC 9309 §2.3.1: a 2xx body is parsed; 4xx (and a redirect loop)
    /// means no rules; 5xx or no answer at all means nothing is allowed.
    /// The robots.txt request shares the page's deadline, so the overall
    /// timeout bounds everything done for one URL.
    fn load_robots(&mut self, url: &Url, deadline: Instant) -> RobotsState {
        let mut robots_url = url.clone();
        robots_url.set_path("/robots.txt");
        robots_url.set_query(None);
        robots_url.set_fragment(None);
        let reply = match self.get(robots_url, deadline, false) {
            Ok(r) => r,
            Err(FetchError::TooManyRedirects(_)) => return RobotsState::Rules(Robots::default()),
            Err(e) => return RobotsState::Unavailable(format!("could not be fetched ({e})")),
        };
        match reply.response.status() {
            200..=299 => match read_capped(reply.response, ROBOTS_MAX_BYTES, false) {
                Ok(body) => RobotsState::Rules(Robots::parse(
                    &String::from_utf8_lossy(&body),
                    &self.opts.user_agent,
                )),
                Err(e) => RobotsState::Unavailable(format!("could not be read ({e})")),
            },
            400..=499 => RobotsState::Rules(Robots::default()),
            status => RobotsState::Unavailable(format!("answered HTTP {status}")),
        }
    }
}

fn parse(url: &str) -> Result<Url, FetchError> {
    Url::parse(url).map_err(|e| FetchError::BadUrl(format!("{url:?} ({e})")))
}

/// HTML, XHTML, and RSS/Atom (or plain XML) feeds.
fn accepted_type(content_type: &str) -> bool {
    let media = content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    matches!(
        media.as_str(),
        "text/html"
            | "application/xhtml+xml"
            | "application/rss+xml"
            | "application/atom+xml"
            | "application/xml"
            | "text/xml"
    )
}

/// Reads at most `cap` bytes. Past the cap: an error when `strict`,
/// otherwise the first `cap` bytes.
fn read_capped(response: ureq::Response, cap: u64, strict: bool) -> Result<Vec<u8>, FetchError> {
    let declared = response
        .header("content-length")
        .and_then(|v| v.trim().parse::<u64>().ok());
    if strict && declared.is_some_and(|n| n > cap) {
        return Err(FetchError::TooLarge(cap));
    }
    let mut body = Vec::new();
    response
        .into_reader()
        .take(cap + 1)
        .read_to_end(&mut body)
        .map_err(|e| io_error(&e))?;
    if body.len() as u64 > cap {
        if strict {
            return Err(FetchError::TooLarge(cap));
        }
        body.truncate(cap as usize);
    }
    Ok(body)
}

fn io_error(e: &std::io::Error) -> FetchError {
    match e.kind() {
        std::io::ErrorKind::TimedOut | std::io::ErrorKind::WouldBlock => FetchError::Timeout,
        _ => FetchError::Network(e.to_string()),
    }
}

/// A transport error as one short reason (the URL is named by the caller).
fn transport_error(t: &ureq::Transport) -> FetchError {
    use std::error::Error as _;
    let mut source = t.source();
    while let Some(err) = source {
        if let Some(io) = err.downcast_ref::<std::io::Error>() {
            if io.kind() == std::io::ErrorKind::PermissionDenied {
                // Our resolver's refusal: its message is the whole story.
                return FetchError::Address(io.to_string());
            }
            if matches!(
                io.kind(),
                std::io::ErrorKind::TimedOut | std::io::ErrorKind::WouldBlock
            ) {
                return FetchError::Timeout;
            }
        }
        source = err.source();
    }
    let detail = match (t.message(), t.source()) {
        (Some(m), Some(s)) => format!("{m}: {s}"),
        (Some(m), None) => m.to_string(),
        (None, Some(s)) => s.to_string(),
        (None, None) => String::new(),
    };
    if detail.is_empty() {
        FetchError::Network(t.kind().to_string())
    } else {
        FetchError::Network(format!("{}: {detail}", t.kind()))
    }
}

/// Fetches every URL into `dir` (created if missing), reporting each failure
/// through `on_error` and going on with the rest.
pub fn fetch_all(
    urls: &[String],
    dir: &Path,
    opts: &FetchOptions,
    on_error: &mut dyn FnMut(&str, &FetchError),
) -> std::io::Result<Summary> {
    let started = Instant::now();
    std::fs::create_dir_all(dir)?;
    let mut fetcher = Fetcher::new(opts.clone());
    let mut summary = Summary::default();
    for url in urls {
        match fetcher.save(url, dir) {
            Ok(Outcome::Fetched) => summary.fetched += 1,
            Ok(Outcome::Skipped) => summary.skipped += 1,
            Err(e) => {
                summary.failed += 1;
                on_error(url.trim(), &e);
            }
        }
    }
    summary.elapsed = started.elapsed();
    Ok(summary)
}

/// URLs from a list: one per line; blank lines and `#` comments skipped.
pub fn read_url_list(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_string)
        .collect()
}
