#!/usr/bin/env python3
"""Writes a sitrep knowledge-base file (TSV, for `--kb`) from the PETRARCH-2
validation actor dictionary (PETR.Validate.actors.txt), so that
`sitrep eval petrarch` can score the PETRARCH unit tests, whose actors are
fictional states ("Arnor" ARN, "Gondor" GON) and a few real ones.

Only entries whose code is a bare three-letter state code (`[ARN]`) or a state
plus one sector (`[MORORC]` is skipped: not a CAMEO sector) become actors;
`+` lines after an entry are its synonyms. Real ISO states already in the
built-in KB are skipped so they keep their curated rows. Not for real coding:
this KB exists only to score the unit tests.

Usage: python3 tools/petr_validate_kb.py [--actors PATH] [--out PATH]
Python 3 standard library only; the output is deterministic.
"""
import argparse
import os
import re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(os.path.dirname(ROOT)), "shared", "data")
if not os.path.isdir(SHARED):
    SHARED = os.path.join(os.path.dirname(ROOT), "shared", "data")
DEFAULT_ACTORS = os.path.join(SHARED, "petrarch2", "PETR.Validate.actors.txt")
LEGACY = {"JAP", "UAR", "UNK", "ROM", "PAL", "UAE", "ITL", "ROC", "MOM", "KUW", "LEB", "LTH", "ZAM", "NZE", "INS", "IVO", "BUL", "GMW", "EEC"}
SECTORS = {"GOV", "MIL", "REB", "OPP", "MED", "BUS", "CVL", "JUD", "LEG", "COP", "SPY"}


def known_states():
    """ISO ids and every name the built-in KB already knows (lower case)."""
    ids, names = set(), set()
    for file in ("countries.tsv", "organizations.tsv"):
        with open(os.path.join(ROOT, "data", "kb", file), encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or not line.strip():
                    continue
                cols = line.rstrip("\n").split("\t")
                if file == "countries.tsv":
                    ids.add(cols[0])
                names.add(cols[2].lower())
                for a in cols[8].split("|") if len(cols) > 8 else []:
                    names.add(a.split(":", 1)[-1].lower())
    return ids, names


def words(token):
    return token.strip().strip("_").replace("_", " ").title()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--actors", default=DEFAULT_ACTORS)
    ap.add_argument("--out", default="/tmp/petr-validate-kb.tsv")
    args = ap.parse_args()
    real, known = known_states()
    entries = []  # [name, code, [synonyms]]
    with open(args.actors, encoding="utf-8", errors="replace") as f:
        text = re.sub(r"<!--.*?-->", "", f.read(), flags=re.S)
    pending = None
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if line.lstrip().startswith("+"):
            if entries:
                entries[-1][2].append(words(line.strip()[1:]))
            continue
        m = re.match(r"^\s*([^\[]*?)\s*\[([A-Za-z-]*)\]", line)
        if m and m.group(1):
            entries.append([words(m.group(1)), m.group(2).upper(), []])
            pending = None
        elif m and pending:  # name on one line, code on the next
            entries.append([pending, m.group(2).upper(), []])
            pending = None
        elif not m:
            pending = words(line)
    rows = {}
    for name, code, syns in entries:
        state, sector = code[:3], code[3:]
        if not re.fullmatch(r"[A-Z]{3}", state) or state in real or "[" in name:
            continue
        if name.lower() in known or state in LEGACY or state.startswith(("IGO", "NG", "UN", "IMF", "IBR")):
            continue  # a real actor under a legacy code: the built-in KB has it
        if sector and sector not in SECTORS:
            continue
        kind = "country" if not sector else "organization"
        rid = state if not sector else f"petr-{state.lower()}-{sector.lower()}-{len(rows)}"
        aliases = [s for s in syns if s and s != name and s.lower() not in known]
        if rid in rows:
            rows[rid][8] += [name] + aliases
            continue
        rows[rid] = [rid, kind, name, state, sector, "", "", "", aliases]
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("# Fictional actors of the PETRARCH-2 unit tests (tools/petr_validate_kb.py); scoring only.\n")
        f.write("id\tkind\tname\tcountry\tsector\trole\tfrom\tuntil\taliases\n")
        for rid in sorted(rows):
            r = rows[rid]
            f.write("\t".join(r[:8] + ["|".join(dict.fromkeys(r[8]))]) + "\n")
    print(f"wrote {len(rows)} actors to {args.out}")


if __name__ == "__main__":
    main()
