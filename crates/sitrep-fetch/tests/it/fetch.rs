//! End-to-end fetches against a local server on 127.0.0.1 (so every test
//! but one allows private targets).

use crate::server;

use server::{RobotsMode, Server, PAGE};
use sitrep_fetch::{
    fetch_all, page_key, page_paths, FetchError, FetchOptions, Fetcher, Outcome, Sidecar,
};
use sitrep_testkit::Scratch;
use std::time::{Duration, Instant};

fn opts() -> FetchOptions {
    FetchOptions {
        allow_private: true,
        delay: Duration::ZERO,
        connect_timeout: Duration::from_secs(2),
        read_timeout: Duration::from_secs(2),
        timeout: Duration::from_secs(5),
        ..FetchOptions::default()
    }
}

/// A fresh empty folder under the temp dir, removed when dropped.
fn temp_dir(name: &str) -> Scratch {
    Scratch::new("sitrep-fetch", name)
}

#[test]
fn a_page_is_saved_with_its_sidecar_then_skipped() {
    let srv = Server::start(RobotsMode::NotFound);
    let dir = temp_dir("save");
    let url = srv.url("/page#section-2");
    let mut f = Fetcher::new(opts());
    assert_eq!(f.save(&url, &dir).unwrap(), Outcome::Fetched);

    let key = page_key(&url);
    assert_eq!(key, page_key(&srv.url("/page")));
    let (html, json) = page_paths(&dir, &key);
    assert_eq!(std::fs::read_to_string(&html).unwrap(), PAGE);
    let meta: Sidecar = serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    assert_eq!(meta.url, srv.url("/page"));
    assert_eq!(meta.final_url, srv.url("/page"));
    assert_eq!(meta.status, 200);
    assert_eq!(meta.content_type, "text/html; charset=utf-8");
    assert_eq!(meta.fetched.len(), 20, "{}", meta.fetched);
    assert!(meta.fetched.ends_with('Z') && meta.fetched.as_bytes()[10] == b'T');
    // No temporary files left behind.
    let names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");

    // The user agent is ours, and robots.txt was asked for before the page.
    {
        let log = srv.requests.lock().unwrap();
        assert_eq!(log[0].0, "/robots.txt");
        assert_eq!(log[1].0, "/page");
        assert!(log[1].1.starts_with("sitrep/"), "{}", log[1].1);
    }

    // Present: skipped without a request. With refresh: fetched again.
    let before = srv.paths().len();
    assert_eq!(f.save(&url, &dir).unwrap(), Outcome::Skipped);
    assert_eq!(srv.paths().len(), before);
    let mut again = Fetcher::new(FetchOptions {
        refresh: true,
        ..opts()
    });
    assert_eq!(again.save(&url, &dir).unwrap(), Outcome::Fetched);
    assert!(srv.paths().len() > before);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn user_agent_can_be_overridden() {
    let srv = Server::start(RobotsMode::NotFound);
    let mut f = Fetcher::new(FetchOptions {
        user_agent: "testbot/1.0".into(),
        ..opts()
    });
    f.fetch(&srv.url("/page")).unwrap();
    let log = srv.requests.lock().unwrap();
    assert!(log.iter().all(|(_, ua)| ua == "testbot/1.0"), "{log:?}");
}

#[test]
fn redirects_within_the_cap_are_followed() {
    let srv = Server::start(RobotsMode::NotFound);
    let page = Fetcher::new(opts()).fetch(&srv.url("/redirect/3")).unwrap();
    assert_eq!(page.final_url, srv.url("/page"));
    assert_eq!(page.body, PAGE.as_bytes());
}

#[test]
fn a_redirect_chain_over_the_cap_fails() {
    let srv = Server::start(RobotsMode::NotFound);
    let err = Fetcher::new(opts())
        .fetch(&srv.url("/redirect/10"))
        .unwrap_err();
    assert!(matches!(err, FetchError::TooManyRedirects(5)), "{err}");
    assert_eq!(err.to_string(), "too many redirects (more than 5)");
    // Exactly the cap's worth of hops were requested after the first.
    let hops = srv
        .paths()
        .iter()
        .filter(|p| p.starts_with("/redirect/"))
        .count();
    assert_eq!(hops, 6);
}

#[test]
fn a_redirect_to_another_scheme_is_refused() {
    let srv = Server::start(RobotsMode::NotFound);
    let err = Fetcher::new(opts()).fetch(&srv.url("/to-ftp")).unwrap_err();
    assert!(
        matches!(err, FetchError::Scheme(ref s) if s == "ftp"),
        "{err}"
    );
    let err = Fetcher::new(opts())
        .fetch("file:///etc/passwd")
        .unwrap_err();
    assert!(matches!(err, FetchError::Scheme(_)), "{err}");
}

#[test]
fn an_oversized_body_fails() {
    let srv = Server::start(RobotsMode::NotFound);
    let small = FetchOptions {
        max_bytes: 64 * 1024,
        ..opts()
    };
    for path in ["/big", "/big-unsized"] {
        let err = Fetcher::new(small.clone())
            .fetch(&srv.url(path))
            .unwrap_err();
        assert!(matches!(err, FetchError::TooLarge(65536)), "{path}: {err}");
    }
    // The same body fits under the default cap.
    assert!(Fetcher::new(opts()).fetch(&srv.url("/big-unsized")).is_ok());
}

#[test]
fn a_slow_endpoint_times_out() {
    let srv = Server::start(RobotsMode::NotFound);
    let quick = FetchOptions {
        read_timeout: Duration::from_millis(500),
        timeout: Duration::from_secs(1),
        ..opts()
    };
    let started = Instant::now();
    let err = Fetcher::new(quick).fetch(&srv.url("/slow")).unwrap_err();
    assert!(matches!(err, FetchError::Timeout), "{err}");
    assert!(started.elapsed() < Duration::from_millis(2500));
}

#[test]
fn robots_disallow_is_honoured_and_fetched_once() {
    let srv = Server::start(RobotsMode::DisallowPrivate);
    let mut f = Fetcher::new(opts());
    let err = f.fetch(&srv.url("/private/page")).unwrap_err();
    assert!(matches!(err, FetchError::RobotsDisallowed), "{err}");
    assert_eq!(err.to_string(), "disallowed by robots.txt");
    f.fetch(&srv.url("/page")).unwrap();
    f.fetch(&srv.url("/page2")).unwrap();
    let paths = srv.paths();
    assert_eq!(paths.iter().filter(|p| *p == "/robots.txt").count(), 1);
    assert!(!paths.iter().any(|p| p.starts_with("/private")));
}

#[test]
fn each_redirect_hop_is_checked_against_its_own_robots_txt() {
    let open = Server::start(RobotsMode::NotFound);
    let guarded = Server::start(RobotsMode::DisallowPrivate);
    let mut f = Fetcher::new(opts());
    let err = f
        .fetch(&open.url(&format!("/to/{}/private/page", guarded.port)))
        .unwrap_err();
    assert!(matches!(err, FetchError::RobotsDisallowed), "{err}");
    assert_eq!(guarded.paths(), ["/robots.txt"]);
    let page = f
        .fetch(&open.url(&format!("/to/{}/page", guarded.port)))
        .unwrap();
    assert_eq!(page.final_url, guarded.url("/page"));
}

#[test]
fn robots_404_means_allowed() {
    let srv = Server::start(RobotsMode::NotFound);
    assert!(Fetcher::new(opts())
        .fetch(&srv.url("/private/page"))
        .is_ok());
}

#[test]
fn robots_500_means_disallowed() {
    let srv = Server::start(RobotsMode::ServerError);
    let err = Fetcher::new(opts()).fetch(&srv.url("/page")).unwrap_err();
    assert!(matches!(err, FetchError::RobotsUnavailable { .. }), "{err}");
    assert!(err.to_string().contains("HTTP 500"), "{err}");
    assert_eq!(srv.paths(), ["/robots.txt"]);
}

#[test]
fn non_html_is_refused_but_feeds_are_kept() {
    let srv = Server::start(RobotsMode::NotFound);
    let mut f = Fetcher::new(opts());
    let err = f.fetch(&srv.url("/data.json")).unwrap_err();
    assert_eq!(
        err.to_string(),
        "not HTML or a feed (Content-Type: application/json)"
    );
    let feed = f.fetch(&srv.url("/feed.xml")).unwrap();
    assert_eq!(feed.content_type, "application/rss+xml");
}

#[test]
fn http_errors_fail() {
    let srv = Server::start(RobotsMode::NotFound);
    let err = Fetcher::new(opts())
        .fetch(&srv.url("/nowhere"))
        .unwrap_err();
    assert!(matches!(err, FetchError::Status(404)), "{err}");
}

#[test]
fn loopback_is_refused_without_allow_private() {
    let srv = Server::start(RobotsMode::NotFound);
    let strict = FetchOptions {
        allow_private: false,
        ..opts()
    };
    let err = Fetcher::new(strict.clone())
        .fetch(&srv.url("/page"))
        .unwrap_err();
    let msg = err.to_string();
    assert!(matches!(err, FetchError::Address(_)), "{msg}");
    assert!(
        msg.contains("refusing 127.0.0.1")
            && msg.contains("loopback")
            && msg.contains("--allow-private"),
        "{msg}"
    );
    let err = Fetcher::new(strict)
        .fetch("http://localhost:9/page")
        .unwrap_err();
    assert!(err.to_string().contains("loopback"), "{err}");
    // Other spellings of loopback and private hosts are refused before any
    // connection is tried (nothing listens on these ports).
    let strict = FetchOptions {
        allow_private: false,
        ..opts()
    };
    for (url, why) in [
        ("http://[::1]:9/", "loopback"),
        ("http://[::ffff:127.0.0.1]:9/", "loopback"),
        ("http://2130706433:9/", "loopback"),
        ("http://0x7f.1:9/", "loopback"),
        ("http://0.0.0.0:9/", "unspecified"),
    ] {
        let err = Fetcher::new(strict.clone()).fetch(url).unwrap_err();
        assert!(
            matches!(err, FetchError::Address(_)) && err.to_string().contains(why),
            "{url}: {err}"
        );
    }
    // Nothing reached the server, not even robots.txt.
    assert!(srv.paths().is_empty());
}

#[test]
fn fetch_all_reports_each_failure_and_goes_on() {
    let srv = Server::start(RobotsMode::DisallowPrivate);
    let dir = temp_dir("all");
    let urls: Vec<String> = vec![
        srv.url("/page"),
        srv.url("/private/page"),
        "not a url".into(),
        srv.url("/data.json"),
        format!("  {}  ", srv.url("/page")),
        srv.url("/feed.xml"),
    ];
    let mut errors = Vec::new();
    let summary = fetch_all(&urls, &dir, &opts(), &mut |url, e| {
        errors.push(format!("{url}: {e}"))
    })
    .unwrap();
    assert_eq!(
        (summary.fetched, summary.skipped, summary.failed),
        (2, 1, 3),
        "{errors:?}"
    );
    assert_eq!(errors.len(), 3);
    assert!(errors[0].contains("/private/page: disallowed by robots.txt"));
    assert!(errors[1].starts_with("not a url: not a valid URL"));
    assert!(summary
        .line()
        .starts_with("fetched 2, skipped 1, failed 3 in "));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn the_delay_spaces_requests_to_one_host() {
    let srv = Server::start(RobotsMode::NotFound);
    let mut f = Fetcher::new(FetchOptions {
        delay: Duration::from_millis(300),
        ..opts()
    });
    f.fetch(&srv.url("/page")).unwrap();
    let started = Instant::now();
    f.fetch(&srv.url("/page2")).unwrap();
    assert!(started.elapsed() >= Duration::from_millis(250));
}

#[test]
fn a_crawl_delay_longer_than_ours_is_honoured() {
    let srv = Server::start(RobotsMode::CrawlDelay("0.4"));
    let mut f = Fetcher::new(FetchOptions {
        delay: Duration::from_millis(50),
        ..opts()
    });
    f.fetch(&srv.url("/page")).unwrap();
    let started = Instant::now();
    f.fetch(&srv.url("/page2")).unwrap();
    assert!(started.elapsed() >= Duration::from_millis(350));
}

#[test]
fn a_crawl_delay_over_the_cap_refuses_the_host() {
    let srv = Server::start(RobotsMode::CrawlDelay("120"));
    let err = Fetcher::new(opts()).fetch(&srv.url("/page")).unwrap_err();
    assert!(matches!(err, FetchError::CrawlDelayTooLong { .. }), "{err}");
    assert!(err.to_string().contains("--max-crawl-delay"), "{err}");
    assert_eq!(srv.paths(), ["/robots.txt"]);
}
