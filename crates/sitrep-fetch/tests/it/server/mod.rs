//! A tiny HTTP/1.1 server on 127.0.0.1 for the fetch tests. One thread
//! accepts; each connection is answered on its own thread and closed.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

/// What `/robots.txt` answers.
#[derive(Clone, Copy)]
pub enum RobotsMode {
    /// 200 with `Disallow: /private` for every agent.
    DisallowPrivate,
    NotFound,
    ServerError,
    /// 200 with `Crawl-delay: <seconds>` for every agent.
    CrawlDelay(&'static str),
}

pub struct Server {
    pub port: u16,
    /// `(path, user-agent)` of every request, in arrival order.
    pub requests: Arc<Mutex<Vec<(String, String)>>>,
}

pub const PAGE: &str =
    "<!doctype html><html><head><title>T</title></head><body><p>Hello.</p></body></html>";

impl Server {
    pub fn start(robots: RobotsMode) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
        let port = listener.local_addr().unwrap().port();
        let requests = Arc::new(Mutex::new(Vec::new()));
        let log = Arc::clone(&requests);
        thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let log = Arc::clone(&log);
                thread::spawn(move || handle(stream, robots, &log));
            }
        });
        Server { port, requests }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    pub fn paths(&self) -> Vec<String> {
        let log = self.requests.lock().unwrap();
        log.iter().map(|(p, _)| p.clone()).collect()
    }
}

fn handle(stream: TcpStream, robots: RobotsMode, log: &Mutex<Vec<(String, String)>>) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let mut reader = BufReader::new(match stream.try_clone() {
        Ok(s) => s,
        Err(_) => return,
    });
    let mut first = String::new();
    if reader.read_line(&mut first).is_err() {
        return;
    }
    let path = first.split_whitespace().nth(1).unwrap_or("/").to_string();
    let mut agent = String::new();
    loop {
        let mut line = String::new();
        match reader.read_line(&mut line) {
            Ok(0) | Err(_) => break,
            Ok(_) if line.trim().is_empty() => break,
            Ok(_) => {
                if let Some((k, v)) = line.split_once(':') {
                    if k.eq_ignore_ascii_case("user-agent") {
                        agent = v.trim().to_string();
                    }
                }
            }
        }
    }
    log.lock().unwrap().push((path.clone(), agent));
    let mut out = stream;
    let _ = respond(&mut out, &path, robots);
}

fn send(
    out: &mut TcpStream,
    status: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> std::io::Result<()> {
    let mut head = format!("HTTP/1.1 {status}\r\nConnection: close\r\n");
    for (k, v) in headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str(&format!("Content-Length: {}\r\n\r\n", body.len()));
    out.write_all(head.as_bytes())?;
    out.write_all(body)?;
    out.flush()
}

fn respond(out: &mut TcpStream, path: &str, robots: RobotsMode) -> std::io::Result<()> {
    const HTML: (&str, &str) = ("Content-Type", "text/html; charset=utf-8");
    if path == "/robots.txt" {
        return match robots {
            RobotsMode::DisallowPrivate => send(
                out,
                "200 OK",
                &[("Content-Type", "text/plain")],
                b"# test\nUser-agent: *\nDisallow: /private\n",
            ),
            RobotsMode::NotFound => send(out, "404 Not Found", &[], b"no"),
            RobotsMode::ServerError => send(out, "500 Internal Server Error", &[], b"oops"),
            RobotsMode::CrawlDelay(secs) => send(
                out,
                "200 OK",
                &[("Content-Type", "text/plain")],
                format!("User-agent: *\nCrawl-delay: {secs}\n").as_bytes(),
            ),
        };
    }
    if let Some(n) = path.strip_prefix("/redirect/") {
        // /redirect/N answers a redirect to /redirect/N-1; /redirect/0 to /page.
        let n: u32 = n.parse().unwrap_or(0);
        let next = if n == 0 {
            "/page".to_string()
        } else {
            format!("/redirect/{}", n - 1)
        };
        return send(out, "302 Found", &[("Location", &next)], b"");
    }
    if let Some(rest) = path.strip_prefix("/to/") {
        // /to/PORT/PATH redirects to the same PATH on another local server.
        let (port, target) = rest.split_once('/').unwrap_or((rest, ""));
        let next = format!("http://127.0.0.1:{port}/{target}");
        return send(out, "301 Moved Permanently", &[("Location", &next)], b"");
    }
    match path {
        "/page" | "/private/page" | "/page2" => send(out, "200 OK", &[HTML], PAGE.as_bytes()),
        "/feed.xml" => send(
            out,
            "200 OK",
            &[("Content-Type", "application/rss+xml")],
            b"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel></channel></rss>",
        ),
        "/data.json" => send(
            out,
            "200 OK",
            &[("Content-Type", "application/json")],
            b"{}",
        ),
        "/big" => send(out, "200 OK", &[HTML], &vec![b'a'; 256 * 1024]),
        "/big-unsized" => {
            // No Content-Length: the body ends when the connection closes.
            out.write_all(
                b"HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Type: text/html\r\n\r\n",
            )?;
            let chunk = vec![b'a'; 16 * 1024];
            for _ in 0..16 {
                out.write_all(&chunk)?;
            }
            Ok(())
        }
        "/slow" => {
            out.write_all(b"HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Type: text/html\r\nContent-Length: 100\r\n\r\n")?;
            out.flush()?;
            thread::sleep(Duration::from_secs(3));
            out.write_all(&[b'a'; 100])
        }
        "/to-ftp" => send(out, "302 Found", &[("Location", "ftp://127.0.0.1/x")], b""),
        _ => send(out, "404 Not Found", &[HTML], b"not here"),
    }
}
