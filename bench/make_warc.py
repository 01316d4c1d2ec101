#!/usr/bin/env python3
"""Build a CC-NEWS-like WARC.gz of generated news pages for the ingest benchmark.

Articles come from make_corpus.py (same generator, same determinism); each is
wrapped in an HTML page with the usual boilerplate of a news site (scripts,
styles, navigation, a "most read" sidebar, a footer) and stored as a WARC
`response` record with its `request` record, one gzip member per record, as
Common Crawl does. Every 25th URL is a redirect and every 40th an image,
which sitrep must skip. Writing stops once the compressed file reaches
--size-mb megabytes (10^6 bytes).

Deterministic: the same --seed and --size-mb give the same bytes.
Python 3 standard library only.

Usage: make_warc.py --size-mb N [--seed N] -o FILE
"""

import argparse
import gzip
import html
import importlib.util
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
spec = importlib.util.spec_from_file_location("make_corpus", HERE / "make_corpus.py")
make_corpus = importlib.util.module_from_spec(spec)
spec.loader.exec_module(make_corpus)

SECTIONS = ["World", "Politics", "Business", "Middle East", "Europe", "Asia", "Africa",
            "Americas", "Opinion", "Sport", "Culture", "Science", "Climate", "Video"]

STYLE = "body{font-family:Georgia,serif;margin:0}" + "".join(
    ".c{0}{{margin:{0}px;padding:{1}px;color:#{2:06x}}}".format(i, i % 7, i * 7919 % 0xFFFFFF)
    for i in range(60))

SCRIPT = ("window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}"
          "gtag('js',new Date());gtag('config','G-BENCH');" * 6)


def page(doc, rng, most_read):
    esc = html.escape
    nav = "".join('<li><a href="/{0}">{1}</a></li>'.format(s.lower().replace(" ", "-"), s)
                  for s in SECTIONS)
    paras = "\n".join("<p>{}</p>".format(esc(p)) for p in doc["text"].split("\n\n"))
    side = "".join('<li><a href="{}">{}</a></li>'.format(esc(u), esc(t)) for t, u in most_read)
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        "<title>{title} | {outlet}</title>"
        '<meta property="og:site_name" content="{outlet}">'
        '<meta property="article:published_time" content="{published}T{hh:02d}:00:00Z">'
        '<link rel="canonical" href="{url}">'
        "<style>{style}</style><script>{script}</script></head>\n"
        '<body><header><a class="logo" href="/">{outlet}</a><ul class="nav">{nav}</ul>'
        '<form action="/search"><input name="q" placeholder="Search"></form></header>\n'
        '<main><article><h1>{title}</h1><p class="byline">By Staff Reporter</p>\n{paras}\n'
        "</article>\n<aside><h2>Most read</h2><ol>{side}</ol></aside></main>\n"
        "<footer><p>&copy; {outlet}. All rights reserved.</p><ul>"
        '<li><a href="/about">About</a></li><li><a href="/privacy">Privacy</a></li>'
        '<li><a href="/terms">Terms</a></li></ul></footer></body></html>\n'
    ).format(title=esc(doc["title"]), outlet=esc(doc["outlet"]), published=doc["published"],
             hh=rng.randint(0, 23), url=esc(doc["url"]), style=STYLE, script=SCRIPT, nav=nav,
             paras=paras, side=side)


def record(kind, uri, date, block, n):
    head = ("WARC/1.0\r\nWARC-Type: {}\r\nWARC-Target-URI: {}\r\nWARC-Date: {}\r\n"
            "WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-{:012d}>\r\n"
            "Content-Type: application/http; msgtype={}\r\nContent-Length: {}\r\n\r\n").format(
        kind, uri, date, n, "response" if kind == "response" else "request", len(block))
    return gzip.compress(head.encode() + block + b"\r\n\r\n", compresslevel=6, mtime=0)


def http_response(status, ctype, body):
    return ("HTTP/1.1 {}\r\nContent-Type: {}\r\nContent-Length: {}\r\n"
            "Server: bench\r\n\r\n").format(status, ctype, len(body)).encode() + body


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size-mb", type=int, default=1024, help="compressed size to reach (1024)")
    ap.add_argument("--seed", type=int, default=20240601, help="random seed")
    ap.add_argument("-o", "--output", type=Path, required=True, help="output .warc.gz")
    args = ap.parse_args(argv)
    target = args.size_mb * 1_000_000

    source = ([], [], [])
    sample = HERE.parent / "examples" / "corpus.jsonl"
    if sample.is_file():
        source = make_corpus.load_source(sample)
    rng = random.Random(args.seed)
    swap = make_corpus.build_swapper()
    most_read = []
    written = pages = raw = n = 0
    tmp = args.output.with_suffix(".part")
    with open(tmp, "wb") as out:
        info = b"software: sitrep bench/make_warc.py\r\nformat: WARC File Format 1.0\r\n"
        out.write(record("warcinfo", "", "2025-01-01T00:00:00Z", info, n))
        i = 0
        while written < target:
            doc = make_corpus.make_article(i, rng, source, swap)
            date = "{}T{:02d}:{:02d}:00Z".format(doc["published"], rng.randint(0, 23),
                                                 rng.randint(0, 59))
            url = doc["url"]
            n += 1
            req = "GET {} HTTP/1.1\r\nHost: example.org\r\nUser-Agent: bench\r\n\r\n".format(
                url.split("example.org", 1)[1]).encode()
            chunk = record("request", url, date, req, n)
            if i % 25 == 24:
                block = http_response("301 Moved Permanently", "text/html",
                                      b'<html><body>Moved <a href="/x">here</a></body></html>')
            elif i % 40 == 39:
                block = http_response("200 OK", "image/jpeg",
                                      bytes(rng.getrandbits(8) for _ in range(2000)))
            else:
                body = page(doc, rng, most_read[-8:]).encode("utf-8")
                block = http_response("200 OK", "text/html; charset=utf-8", body)
                raw += len(body)
                pages += 1
                most_read.append((doc["title"], url))
                most_read = most_read[-8:]
            n += 1
            chunk += record("response", url, date, block, n)
            out.write(chunk)
            written += len(chunk)
            i += 1
    tmp.replace(args.output)
    print("make_warc: {} HTML pages ({:.1f} MB of HTML), {} records, {:.1f} MB gzipped, seed {}"
          .format(pages, raw / 1e6, n + 1, written / 1e6, args.seed), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
