#!/usr/bin/env python3
"""Compare every store query's output between two stores (or two binaries).

Runs the same queries through SITREP_A on DB_A and SITREP_B on DB_B and
compares standard output and exit status byte for byte. Use it after a change
to the store's layout: ingest the same corpus with the old and the new binary,
then run this; every query must answer the same.

Actor ids come from store A's `actors --top` (frequent, middle and rare
actors); queries run with limits 7, 50 and 500, so limits cut inside
documents.

Usage: store_compare.py SITREP_A DB_A SITREP_B DB_B [--out DIR]
Exit status 0 when every output is identical, 1 otherwise.
"""

import argparse
import json
import os
import subprocess
import sys


def run(sitrep, db, args):
    proc = subprocess.run([sitrep, *args, "--db", db], capture_output=True)
    return proc.returncode, proc.stdout


def queries(actors, speakers):
    a, b, c = actors[0], actors[1], actors[2]
    mid, rare = actors[len(actors) // 2], actors[-1]
    out = []
    for limit in ["7", "50", "500"]:
        lim = ["--limit", limit]
        out += [
            ["events", *lim],
            ["events", "--actor", a, *lim],
            ["events", "--actor", rare, *lim],
            ["events", "--type", "ASSAULT", *lim],
            ["events", "--between", f"{a},{b}", *lim],
            ["events", "--actor", a, "--since", "2024-01-01", "--until", "2024-12-31", *lim],
            ["events", "--actor", b, "--type", "SANCTION", *lim],
            ["claims", *lim],
            ["claims", "--speaker", a, *lim],
            ["claims", "--speaker", mid, *lim],
            ["claims", "--speaker", c, *lim],
            ["claims", "--disputed", *lim],
            ["claims", "--speaker", a, "--disputed", *lim],
            ["search", "nuclear", *lim],
            ["search", "\"foreign minister\"", *lim],
            ["search", "sanctions", "--actor", b, *lim],
            ["search", "missiles", "--since", "2025-01-01", *lim],
            ["search", "nuclear", "--rank", *lim],
        ]
        out += [["claims", "--speaker", s, *lim] for s in speakers]
    out += [
        ["timeline", "--actor", a],
        ["timeline", "--actor", rare, "--since", "2024-01-01"],
        ["actors", "--top", "50"],
        ["events", "--since", "not-a-date"],
    ]
    graphs = [
        ["graph", "--actor", a, "--depth", "1"],
        ["graph", "--actor", b, "--depth", "2"],
        ["graph", "--actor", rare, "--depth", "2"],
        ["graph", "--actor", a, "--since", "2024-06-01", "--until", "2024-06-30"],
        ["graph", "--since", "2024-06-01", "--until", "2024-06-30"],
        ["graph", "--max-edges", "500"],
        ["graph", "--max-edges", "500", "--format", "gexf"],
        ["graph", "--kinds", "event", "--max-edges", "300", "--min-weight", "2"],
    ]
    return [q + ["--json"] for q in out] + graphs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("sitrep_a")
    ap.add_argument("db_a")
    ap.add_argument("sitrep_b")
    ap.add_argument("db_b")
    ap.add_argument("--out", help="write each differing output pair here")
    args = ap.parse_args()

    _, top = run(args.sitrep_a, args.db_a, ["actors", "--top", "30", "--json"])
    actors = [json.loads(line)["actor"] for line in top.decode().splitlines()]
    if len(actors) < 3:
        sys.exit("store_compare.py: store A needs at least three actors")
    # Speakers without an actor are matched by their words.
    _, claims = run(args.sitrep_a, args.db_a, ["claims", "--limit", "300", "--json"])
    speakers = []
    for line in claims.decode().splitlines():
        row = json.loads(line)
        if not row["speaker"] and row["speaker_text"] and row["speaker_text"] not in speakers:
            speakers.append(row["speaker_text"])
    speakers = speakers[:2]

    differ = 0
    all_queries = queries(actors, speakers)
    for n, q in enumerate(all_queries):
        ra = run(args.sitrep_a, args.db_a, q)
        rb = run(args.sitrep_b, args.db_b, q)
        if ra != rb:
            differ += 1
            print(f"DIFFERS: {' '.join(q)} (exit {ra[0]} / {rb[0]})")
            if args.out:
                os.makedirs(args.out, exist_ok=True)
                for tag, r in (("a", ra), ("b", rb)):
                    with open(os.path.join(args.out, f"{n}.{tag}"), "wb") as f:
                        f.write(r[1])
    print(f"{len(all_queries) - differ} of {len(all_queries)} queries identical")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
