#!/usr/bin/env python3
"""Story-size distribution of `sitrep stories --all --json` output.

Reads the JSON Lines (one story per line, `members` a list) from a file or
standard input and prints one line: stories, documents, the largest story,
the share of documents in the largest story, and how many stories (and
documents) fall in each size band, so a catch-all cluster stands out.

Usage: story_sizes.py [FILE]
Python 3 standard library only.
"""

import json
import sys

BANDS = [(1, 1), (2, 4), (5, 19), (20, 99), (100, 999), (1000, None)]


def main():
    src = open(sys.argv[1], encoding="utf-8") if len(sys.argv) > 1 else sys.stdin
    sizes, spans = [], []
    for n, line in enumerate(src, 1):
        line = line.strip()
        if not line:
            continue
        try:
            story = json.loads(line)
            sizes.append(len(story["members"]))
            first, last = story.get("first_published"), story.get("last_published")
            spans.append((first, last))
        except (ValueError, KeyError, TypeError) as e:
            sys.exit(f"story_sizes.py: line {n}: not a story ({e})")
    if not sizes:
        sys.exit("story_sizes.py: no stories")
    docs = sum(sizes)
    big = max(sizes)
    ordered = sorted(sizes)
    p99 = ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))]
    bands = []
    for lo, hi in BANDS:
        inside = [s for s in sizes if s >= lo and (hi is None or s <= hi)]
        label = f"{lo}+" if hi is None else (f"{lo}" if lo == hi else f"{lo}-{hi}")
        bands.append(f"{label}: {len(inside)} ({sum(inside)} docs)")
    print(
        f"{len(sizes)} stories, {docs} documents; largest {big} "
        f"({100.0 * big / docs:.1f}% of documents), p99 size {p99}; " + "; ".join(bands)
    )


if __name__ == "__main__":
    main()
