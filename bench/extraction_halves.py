#!/usr/bin/env python3
"""Splits the extraction gold sets into two fixed halves for development and held-out scoring.

    python3 bench/extraction_halves.py [DATA_DIR] [OUT_DIR]
    (defaults: ../shared/data/extraction-eval, bench/out/extraction-halves)

Zyte page ids sorted, and trafilatura-eval page URLs (the keys of evaldata.json) sorted: even
positions (0, 2, …) are the development half `dev/`, odd positions the held-out half `test/`.
Each half is a folder shaped like DATA_DIR — the subset gold file next to a symbolic link to
the original `html.tar.xz` — so `sitrep eval extraction OUT_DIR/dev` scores only that half.
"""
import json
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
data = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "shared", "data", "extraction-eval"))
out = os.path.abspath(sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "out", "extraction-halves"))

sets = [("scrapinghub-aeb", "ground-truth.json"), ("trafilatura-eval", "evaldata.json")]
for name, gold in sets:
    with open(os.path.join(data, name, gold), encoding="utf-8") as f:
        entries = json.load(f)
    keys = sorted(entries)
    for half, start in (("dev", 0), ("test", 1)):
        d = os.path.join(out, half, name)
        os.makedirs(d, exist_ok=True)
        subset = {k: entries[k] for k in keys[start::2]}
        with open(os.path.join(d, gold), "w", encoding="utf-8") as f:
            json.dump(subset, f, ensure_ascii=False)
        link = os.path.join(d, "html.tar.xz")
        if os.path.lexists(link):
            os.remove(link)
        os.symlink(os.path.join(data, name, "html.tar.xz"), link)
        print(f"{half}/{name}: {len(subset)} of {len(keys)} pages")
