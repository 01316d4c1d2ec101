//! `sitrep fetch` end to end, against a server on 127.0.0.1 only.

use sitrep_testkit::Scratch;
use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::process::Command;
use std::thread;

fn sitrep() -> Command {
    Command::new(env!("CARGO_BIN_EXE_sitrep"))
}

fn scratch(name: &str) -> Scratch {
    Scratch::new("sitrep-fetch-cli", name)
}

/// Answers `/robots.txt` with 404, `/a` with a page and anything else with a
/// JSON body, for as long as the test runs.
fn serve() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    thread::spawn(move || {
        for mut stream in listener.incoming().flatten() {
            let mut first = String::new();
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let _ = reader.read_line(&mut first);
            let mut line = String::new();
            while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
                line.clear();
            }
            let (status, ctype, body) = match first.split_whitespace().nth(1) {
                Some("/robots.txt") => ("404 Not Found", "text/plain", "none"),
                Some("/a") => ("200 OK", "text/html", "<html><p>A.</p></html>"),
                _ => ("200 OK", "application/json", "{}"),
            };
            let _ = write!(
                stream,
                "HTTP/1.1 {status}\r\nConnection: close\r\nContent-Type: {ctype}\r\n\
                 Content-Length: {}\r\n\r\n{body}",
                body.len()
            );
        }
    });
    port
}

#[test]
fn loopback_is_refused_without_allow_private() {
    let dir = scratch("refused");
    // Refused before any connection is tried, so nothing listens on it.
    let out = sitrep()
        .args(["fetch", "http://127.0.0.1:9/story", "--pages"])
        .arg(&dir)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("sitrep: http://127.0.0.1:9/story: refusing 127.0.0.1: it resolves to 127.0.0.1, a loopback address"),
        "{err}"
    );
    assert!(err.contains("fetched 0, skipped 0, failed 1"), "{err}");
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 0);
}

#[test]
fn fetches_urls_from_arguments_and_a_list() {
    let port = serve();
    let dir = scratch("ok");
    let list = dir.join("urls.txt");
    std::fs::write(
        &list,
        format!("# list\nhttp://127.0.0.1:{port}/b.json\nhttp://127.0.0.1:{port}/a#top\n"),
    )
    .unwrap();
    let pages = dir.join("pages");
    let run = || {
        sitrep()
            .args([
                "fetch",
                "--allow-private",
                "--delay-ms",
                "0",
                "--timeout-ms",
                "5000",
            ])
            .arg(format!("http://127.0.0.1:{port}/a"))
            .arg("--from")
            .arg(&list)
            .arg("--pages")
            .arg(&pages)
            .output()
            .unwrap()
    };
    let out = run();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("/b.json: not HTML or a feed"), "{err}");
    // The list's `/a#top` is the same page as `/a`: skipped once saved.
    assert!(err.contains("fetched 1, skipped 1, failed 1"), "{err}");
    let key = sitrep_fetch::page_key(&format!("http://127.0.0.1:{port}/a"));
    let html = std::fs::read_to_string(pages.join(format!("{key}.html"))).unwrap();
    assert_eq!(html, "<html><p>A.</p></html>");
    assert!(pages.join(format!("{key}.json")).is_file());

    let out = sitrep()
        .args(["fetch", "--pages"])
        .arg(&pages)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    std::fs::remove_dir_all(&dir).unwrap();
}
