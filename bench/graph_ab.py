#!/usr/bin/env python3
"""A/B of `sitrep graph` queries: two binaries, each on its own store (or
the same one), runs interleaved A, B, A, B so machine load hits both alike.

For every query and binary it prints p50 and p95 of the wall time and of
the CPU time (user + system of the child process, from getrusage), and the
edges and bytes of the answer. CPU time is what to compare on a shared,
loaded machine: wall time there is mostly waiting for a core.

Usage: graph_ab.py --a SITREP DB --b SITREP DB [--runs N] [--actor ID]
A store is only read, but a newer binary migrates an older store when it
opens it (and an older binary refuses a newer store): give each binary
its own copy when their schemas differ.
Exit status 0; 1 when a query fails.
"""

import argparse
import json
import resource
import subprocess
import sys
import time

# The same edge count and percentile as the store query bench beside it.
from store_queries import graph_edges as edges_of, percentile


def run(sitrep, db, args):
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sitrep, "graph", *args, "--db", db],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    out, err = proc.communicate()
    wall = time.perf_counter() - started
    # communicate() has reaped the child: its rusage is in RUSAGE_CHILDREN.
    if proc.returncode != 0:
        sys.exit(f"graph_ab.py: {sitrep} graph {' '.join(args)} failed: {err.decode()}")
    return wall, out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--a", nargs=2, metavar=("SITREP", "DB"), required=True)
    ap.add_argument("--b", nargs=2, metavar=("SITREP", "DB"), required=True)
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--actor", default="IRN")
    args = ap.parse_args()
    if args.runs < 1:
        sys.exit("graph_ab.py: --runs must be at least 1")
    a = args.actor
    queries = [
        ["--actor", a, "--depth", "1"],
        ["--actor", a, "--depth", "2"],
        ["--actor", a, "--depth", "1", "--kinds", "event"],
        ["--actor", a, "--depth", "2", "--format", "gexf"],
        ["--actor", a, "--depth", "2", "--format", "graphml"],
        ["--actor", a, "--depth", "2", "--min-weight", "20"],
        ["--actor", a, "--since", "2024-06-01", "--until", "2024-06-30"],
    ]
    print("| query | binary | edges | bytes | wall p50 ms | wall p95 ms | CPU p50 ms | CPU p95 ms |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    for q in queries:
        stats = {"A": ([], []), "B": ([], [])}
        shape = {}
        for _ in range(args.runs):
            for name, (sitrep, db) in (("A", args.a), ("B", args.b)):
                before = resource.getrusage(resource.RUSAGE_CHILDREN)
                wall, out = run(sitrep, db, q)
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
                stats[name][0].append(wall * 1000)
                stats[name][1].append(cpu * 1000)
                shape[name] = (edges_of(q, out), len(out))
        for name in ("A", "B"):
            walls, cpus = stats[name]
            edges, size = shape[name]
            print(
                f"| `graph {' '.join(q)}` | {name} | {edges:,} | {size:,} "
                f"| {percentile(walls, 50):.0f} | {percentile(walls, 95):.0f} "
                f"| {percentile(cpus, 50):.0f} | {percentile(cpus, 95):.0f} |"
            )
        sys.stdout.flush()


if __name__ == "__main__":
    main()
