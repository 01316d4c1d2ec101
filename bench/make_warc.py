#!/usr/bin/env python3
"""Build a CC-NEWS-like WARC.gz of generated news pages for the ingest benchmark.

Pages are assembled from a pool of pre-rendered parts so that a 1 GB file takes minutes, not
hours: a pool of articles from make_corpus.py (same generator), rendered once to escaped
paragraphs, and a pool of page templates (site chrome: style sheets, scripts, navigation, a
"most read" sidebar, a footer, in a few variants per outlet). Each page takes a base article
from the pool and varies it cheaply but distinctly: paragraphs spliced in from two other pool
articles at random places, a page-specific opening paragraph naming its number, its own date,
URL and headline, and a per-page client-state script (a JSON blob with ids and the whole article
text, as script-heavy news sites ship) and an inline lead image (a `data:` URI of random bytes,
as pages that inline their first image or its placeholder do; random, so it compresses as
images do). No two pages have the same article text.

Each page is stored as a WARC `response` record with its `request` record, one gzip member per
record (zlib level 1), as Common Crawl does. Every 25th URL is a redirect and every 40th an
image, which sitrep must skip. Writing stops once the compressed file reaches --size-mb
megabytes (10^6 bytes).

Deterministic: the same --seed and --size-mb give the same bytes.
Python 3 standard library only.

Usage: make_warc.py --size-mb N [--seed N] -o FILE
"""

import argparse
import base64
import html
import importlib.util
import json
import random
import sys
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
spec = importlib.util.spec_from_file_location("make_corpus", HERE / "make_corpus.py")
make_corpus = importlib.util.module_from_spec(spec)
spec.loader.exec_module(make_corpus)

SECTIONS = ["World", "Politics", "Business", "Middle East", "Europe", "Asia", "Africa",
            "Americas", "Opinion", "Sport", "Culture", "Science", "Climate", "Video"]
POOL_ARTICLES = 3000
TEMPLATE_VARIANTS = 16
IMAGE_BYTES = 6000


def gzip_member(data):
    """One gzip member (RFC 1952) at zlib level 1, mtime 0: deterministic and fast."""
    c = zlib.compressobj(1, zlib.DEFLATED, 31)
    return c.compress(data) + c.flush()


def templates(rng):
    """Site chrome in a few variants: (head_tail, body_open, body_close) format strings."""
    out = []
    for v in range(TEMPLATE_VARIANTS):
        style = "body{font-family:Georgia,serif;margin:0}" + "".join(
            ".c{0}-{3}{{margin:{0}px;padding:{1}px;color:#{2:06x}}}".format(
                i, i % 7, rng.getrandbits(24), v) for i in range(60 + 5 * v))
        script = "".join(
            "window.dataLayer=window.dataLayer||[];function gtag{0}(){{dataLayer.push(arguments)}}"
            "gtag{0}('js',new Date());gtag{0}('config','G-B{1:08X}');".format(i, rng.getrandbits(32))
            for i in range(6 + v % 5))
        sections = SECTIONS[: 8 + v % 7]
        nav = "".join('<li><a href="/{0}">{1}</a></li>'.format(s.lower().replace(" ", "-"), s)
                      for s in sections)
        head = "<style>{}</style><script>{}</script></head>\n".format(style, script)
        body_open = ('<body><header><a class="logo" href="/">{outlet}</a><ul class="nav">'
                     + nav + '</ul><form action="/search"><input name="q" placeholder="Search">'
                     "</form></header>\n<main><article><h1>{title}</h1>"
                     '<p class="byline">By {author}</p>\n')
        body_close = ("</article>\n<aside><h2>Most read</h2><ol>{side}</ol></aside></main>\n"
                      "<footer><p>&copy; {outlet}. All rights reserved.</p><ul>"
                      '<li><a href="/about">About</a></li><li><a href="/privacy">Privacy</a></li>'
                      '<li><a href="/terms">Terms</a></li></ul></footer></body></html>\n')
        out.append((head, body_open, body_close))
    return out


AUTHORS = ["Staff Reporter", "Maria Okafor", "James Lindqvist", "Aiko Tanaka", "Omar Haddad",
           "Lucia Ferreira", "Pieter de Vries", "Grace Mwangi"]


def page(i, rng, pool, tmpl, most_read):
    esc = html.escape
    base = pool[rng.randrange(len(pool))]
    paras = list(base["paras"])
    for _ in range(2):
        donor = pool[rng.randrange(len(pool))]["paras"]
        paras.insert(rng.randrange(len(paras) + 1), donor[rng.randrange(len(donor))])
    lead = "{}: page {} of the benchmark feed, filed at {:02d}:{:02d} local time.".format(
        base["city"], i, rng.randint(0, 23), rng.randint(0, 59))
    paras.insert(0, esc(lead))
    title = pool[rng.randrange(len(pool))]["title"]
    outlet = base["outlet"]
    year, month, day = rng.randint(2015, 2025), rng.randint(1, 12), rng.randint(1, 28)
    published = "{:04d}-{:02d}-{:02d}".format(year, month, day)
    url = "https://example.org/{}/{}/{:02d}/{:02d}/bench-{}".format(
        base["slug"], year, month, day, i)
    head, body_open, body_close = tmpl[rng.randrange(len(tmpl))]
    state = json.dumps({"page": {"id": "{:016x}".format(rng.getrandbits(64)), "n": i,
                                 "section": rng.choice(SECTIONS), "ads": [
                                     "{:012x}".format(rng.getrandbits(48)) for _ in range(8)],
                                 "body": [html.unescape(p) for p in paras]}},
                       separators=(",", ":")).replace("</", "<\\/")
    image = base64.b64encode(rng.randbytes(IMAGE_BYTES)).decode("ascii")
    side = "".join('<li><a href="{}">{}</a></li>'.format(u, t) for t, u in most_read)
    text = "\n".join("<p>{}</p>".format(p) for p in paras)
    doc = "".join((
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">',
        "<title>{} | {}</title>".format(title, outlet),
        '<meta property="og:site_name" content="{}">'.format(outlet),
        '<meta property="article:published_time" content="{}T{:02d}:00:00Z">'.format(
            published, rng.randint(0, 23)),
        '<link rel="canonical" href="{}">'.format(url),
        "<script>window.__STATE__={}</script>".format(state),
        head,
        body_open.format(outlet=outlet, title=title, author=rng.choice(AUTHORS)),
        '<figure><img alt="" src="data:image/jpeg;base64,{}"></figure>\n'.format(image),
        text,
        "\n",
        body_close.format(outlet=outlet, side=side),
    ))
    return doc.encode("utf-8"), title, url, published


def record(kind, uri, date, block, n):
    head = ("WARC/1.0\r\nWARC-Type: {}\r\nWARC-Target-URI: {}\r\nWARC-Date: {}\r\n"
            "WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-{:012d}>\r\n"
            "Content-Type: application/http; msgtype={}\r\nContent-Length: {}\r\n\r\n").format(
        kind, uri, date, n, "response" if kind == "response" else "request", len(block))
    return gzip_member(head.encode() + block + b"\r\n\r\n")


def http_response(status, ctype, body):
    return ("HTTP/1.1 {}\r\nContent-Type: {}\r\nContent-Length: {}\r\n"
            "Server: bench\r\n\r\n").format(status, ctype, len(body)).encode() + body


def build_pool(rng):
    source = ([], [], [])
    sample = HERE.parent / "examples" / "corpus.jsonl"
    if sample.is_file():
        source = make_corpus.load_source(sample)
    swap = make_corpus.build_swapper()
    pool = []
    for i in range(POOL_ARTICLES):
        doc = make_corpus.make_article(i, rng, source, swap)
        paras = [html.escape(p) for p in doc["text"].split("\n\n")]
        city = doc["text"].split(" — ", 1)[0] if " — " in doc["text"][:40] else "LONDON"
        slug = doc["url"].split("example.org/", 1)[1].split("/", 1)[0]
        pool.append({"paras": paras, "title": html.escape(doc["title"]),
                     "outlet": html.escape(doc["outlet"]), "slug": slug, "city": city})
    return pool


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size-mb", type=int, default=1024, help="compressed size to reach (1024)")
    ap.add_argument("--seed", type=int, default=20240601, help="random seed")
    ap.add_argument("-o", "--output", type=Path, required=True, help="output .warc.gz")
    args = ap.parse_args(argv)
    target = args.size_mb * 1_000_000

    rng = random.Random(args.seed)
    pool = build_pool(rng)
    tmpl = templates(rng)
    moved = http_response("301 Moved Permanently", "text/html",
                          b'<html><body>Moved <a href="/x">here</a></body></html>')
    most_read = []
    written = pages = raw = n = 0
    tmp = args.output.with_suffix(".part")
    with open(tmp, "wb") as out:
        info = b"software: sitrep bench/make_warc.py\r\nformat: WARC File Format 1.0\r\n"
        chunk = record("warcinfo", "", "2025-01-01T00:00:00Z", info, n)
        out.write(chunk)
        written += len(chunk)
        i = 0
        while written < target:
            if i % 25 == 24 or i % 40 == 39:
                url = "https://example.org/misc/{}/bench-{}".format(rng.randint(2015, 2025), i)
                date = "2025-01-01T00:00:00Z"
                if i % 25 == 24:
                    block = moved
                else:
                    block = http_response("200 OK", "image/jpeg", rng.randbytes(2000))
            else:
                body, title, url, published = page(i, rng, pool, tmpl, most_read[-8:])
                date = "{}T{:02d}:{:02d}:00Z".format(published, rng.randint(0, 23),
                                                     rng.randint(0, 59))
                block = http_response("200 OK", "text/html; charset=utf-8", body)
                raw += len(body)
                pages += 1
                most_read.append((title, url))
                most_read = most_read[-8:]
            n += 1
            req = "GET {} HTTP/1.1\r\nHost: example.org\r\nUser-Agent: bench\r\n\r\n".format(
                url.split("example.org", 1)[1]).encode()
            chunk = record("request", url, date, req, n)
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
