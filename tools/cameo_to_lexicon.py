#!/usr/bin/env python3
"""Converts the PETRARCH-2 CAMEO verb dictionary into sitrep's generated
event-trigger lexicon, data/lexicons/events-cameo.tsv.

Inputs (read-only):
  CAMEO.2.0.txt          PETRARCH-2 verb dictionary (Open Event Data Alliance, MIT)
  CAMEO2PLOVER-2021.txt  CAMEO code -> PLOVER type/mode table (PLOVER project)

What is kept, and why:
  * every verb of a verb block (and its irregular forms from `{...}`) with the
    block's default code, or the verb's own code when the line gives one;
  * verb + preposition patterns `- * (FOR)` as contiguous phrases ("call for");
  * verb + object patterns `- * SANCTIONS` as gapped phrases
    ("impose ... sanction"): the object must follow within a few words;
    an object with prepositional phrases `- * BAN (ON IMPORT)` keeps them
    ("... ban on import");
  * a pattern belongs to the verb its comment names, by lemma or by any
    inflected form (`# THREW`, `# STEPPED_UP`, `# RULED_OUT`), multiword
    verbs included; a pattern without a comment belongs to the block's head
    verb (the verb the block is named after).
  Codes that the CAMEO->PLOVER table does not map (01 statements, 02 appeals)
  are dropped: they are not PLOVER events.  Patterns before the verb, patterns
  with actor markers ($ +) and long or nested patterns are skipped; sitrep
  assigns actors from clause structure, not from dictionary patterns.

The hand-curated data/lexicons/events.tsv overrides any row of this file
(same phrase and part of speech), so curation never edits generated output.

Usage:  python3 tools/cameo_to_lexicon.py [--cameo PATH] [--plover PATH] [--out PATH]
Python 3 standard library only; the output is deterministic.
"""
import argparse
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared", "data")
DEFAULT_CAMEO = os.path.join(SHARED, "phoenix", "CAMEO.2.0.txt")
DEFAULT_PLOVER = os.path.join(SHARED, "plover", "CAMEO2PLOVER-2021.txt")
DEFAULT_OUT = os.path.join(ROOT, "data", "lexicons", "events-cameo.tsv")
IRREGULAR = os.path.join(ROOT, "data", "lexicons", "events-irregular.tsv")


def read_irregulars(path):
    """lemma -> its past and participle forms, from sitrep's irregular-verb table."""
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 3 or cols[0] == "lemma":
                continue
            forms = []
            for c in cols[1:3]:
                forms += [x.strip() for x in c.split("|") if x.strip()]
            out[cols[0].strip().lower()] = forms
    return out


def complete_forms(lemma, forms, irregular):
    """The dictionary's `{...}` forms often lack an irregular participle
    ("WITHDRAW {WITHDRAWS WITHDREW WITHDRAWING}" has no "withdrawn", so
    "has withdrawn its ambassador" matched no row): the irregular table's
    past and participle of the first word are added where missing."""
    first, _, rest = lemma.partition(" ")
    tail = f" {rest}" if rest else ""
    out = list(forms)
    for f in irregular.get(first, []):
        surface = f + tail
        if surface != lemma and surface not in out:
            out.append(surface)
    return out

# Synonym sets larger than this are not expanded inside patterns: they are
# long open lists (currencies, towns) that would flood the lexicon.
MAX_SYNSET = 40
# Objects (with their prepositional phrases) longer than this, in words, are skipped.
MAX_OBJECT_WORDS = 4


def read_plover_table(path):
    """code -> (TYPE, mode) from lines like `0841: RETREAT, release, legal # ...`."""
    table = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            m = re.match(r"^(\d+):\s*(.*)$", line)
            if not m:
                continue
            code, rest = m.group(1), m.group(2)
            parts = [p.strip() for p in rest.split(",")]
            if not parts or not parts[0]:
                continue
            table[code] = (parts[0].upper(), parts[1] if len(parts) > 1 else "")
    return table


# Where sitrep departs from CAMEO2PLOVER-2021: code 163 (impose embargo,
# boycott or sanctions) is listed there as COERCE, but PLOVER's own SANCTION
# category is the one for economic and diplomatic sanctions, and the records
# contract (shared/spec/records.md) codes sanctions as SANCTION.
OVERRIDES = {"163": ("SANCTION", "restrict")}


def plover_of(code, table):
    """The PLOVER (type, mode) of a CAMEO code, falling back to shorter codes."""
    if code in OVERRIDES:
        return OVERRIDES[code]
    c = code
    while c:
        if c in table:
            return table[c]
        c = c[:-1]
        if len(c) < 2:
            break
    return None


def first_code(bracket):
    """`[041:041]` -> `041`; `[---]`, `[:110]` -> None."""
    inner = bracket.strip()[1:-1].strip()
    first = inner.split(":", 1)[0].strip()
    if not first or not first.isdigit():
        return None
    return first


def word_of(token):
    """Dictionary spelling -> text spelling: `RE_ESTABLISH` -> `re-establish`,
    `+MEET_WITH` -> `meet with`, `KRONE_` -> `krone`."""
    t = token.lstrip("+").strip()
    if t.startswith("RE_"):
        t = "re-" + t[3:]
    t = t.strip("_").replace("_", " ")
    return t.lower()


def parse(path, irregular):
    """Returns (synsets, blocks); a block is (name, code, verbs, patterns)."""
    synsets = {}
    blocks = []
    section = None
    current_set = None
    block = None
    with open(path, encoding="utf-8", errors="replace") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if line.startswith("####### SYNONYM SETS"):
                section = "syn"
                continue
            if line.startswith("####### VERB PATTERNS"):
                section = "verbs"
                continue
            if line.startswith("######## TRANSFORMATIONS"):
                section = None
                continue
            if section == "syn":
                s = line.split("#", 1)[0].strip()
                if s.startswith("&"):
                    current_set = s
                    synsets[current_set] = []
                elif s.startswith("+") and current_set:
                    synsets[current_set].append(word_of(s))
                continue
            if section != "verbs":
                continue
            m = re.match(r"^---\s+(\S+)\s+(\[[^\]]*\])", line)
            if m:
                block = {"name": m.group(1), "code": first_code(m.group(2)), "verbs": [], "patterns": []}
                blocks.append(block)
                continue
            if block is None:
                continue
            body = line.split("#", 1)[0].rstrip()
            comment = line.split("#", 1)[1].strip() if "#" in line else ""
            if not body.strip():
                continue
            if body.startswith("-"):
                pm = re.match(r"^-\s*(.*?)\s*(\[[^\]]*\])\s*$", body)
                if pm:
                    block["patterns"].append((pm.group(1), first_code(pm.group(2)), comment))
                continue
            # A verb line: VERB {FORMS} [code]
            vm = re.match(r"^\s*(\+?[A-Z][A-Z_'\-]*)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?", body)
            if not vm:
                continue
            lemma = word_of(vm.group(1))
            forms = []
            if vm.group(2) is not None:
                forms = [word_of(t) for t in re.split(r"[\s,]+", vm.group(2)[1:-1]) if t.strip()]
                forms = [f for f in forms if re.fullmatch(r"[a-z][a-z' \-]*", f)]
                forms = complete_forms(lemma, forms, irregular)
                explicit = True
            else:
                explicit = False
            code = first_code(vm.group(3)) if vm.group(3) else None
            block["verbs"].append({"lemma": lemma, "forms": forms, "explicit": explicit, "code": code})
    return synsets, blocks


def expand_object(obj, synsets):
    """A pattern's post-verb part -> list of (kind, words) alternatives, kind
    `prep` (contiguous: the pattern starts with a prepositional phrase) or
    `obj` (gapped: an object, optionally followed by prepositional phrases,
    "* BAN (ON IMPORT)" -> "... ban on import"); [] when unsupported."""
    if any(ch in obj for ch in "$+%^"):
        return []
    s = obj.strip()
    prep = s.startswith("(")
    if s.count("(") != s.count(")"):
        return []
    s = s.replace("(", " ").replace(")", " ").replace("{", " ").replace("}", " ").strip()
    if not s:
        return []
    words = s.split()
    if len(words) > MAX_OBJECT_WORDS:
        return []
    alternatives = [[]]
    for w in words:
        if w.startswith("&"):
            members = synsets.get(w)
            if not members or len(members) > MAX_SYNSET:
                return []
            alternatives = [a + [m] for a in alternatives for m in members]
        else:
            alternatives = [a + [word_of(w)] for a in alternatives]
    out = []
    for a in alternatives:
        phrase = " ".join(a)
        if not re.fullmatch(r"[a-z][a-z' \-]*", phrase):
            continue
        out.append(("prep" if prep else "obj", phrase))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cameo", default=DEFAULT_CAMEO)
    ap.add_argument("--plover", default=DEFAULT_PLOVER)
    ap.add_argument("--out", default=DEFAULT_OUT)
    args = ap.parse_args()

    table = read_plover_table(args.plover)
    synsets, blocks = parse(args.cameo, read_irregulars(IRREGULAR))

    rows = {}  # (phrase, pos) -> row; first definition wins (dictionary order)

    def add(phrase, forms, code, origin):
        if not code:
            return
        mapped = plover_of(code, table)
        if not mapped:
            return
        key = (phrase, "verb")
        if key in rows:
            return
        rows[key] = [phrase, "|".join(forms) if forms is not None else "", "verb",
                     mapped[0], mapped[1], code, "event", origin]

    for b in blocks:
        # A pattern's comment names the verb it belongs to, by lemma or by an
        # inflected form ("THREW", "STEPPED_UP", "RULED_OUT"); a pattern with
        # no comment belongs to the block's head verb (the block's name).
        by_name, by_first = {}, {}
        for v in b["verbs"]:
            code = v["code"] or b["code"]
            forms = v["forms"] if v["explicit"] else None
            add(v["lemma"], forms, code, b["name"].lower())
            for name in [v["lemma"]] + list(v["forms"]):
                by_name.setdefault(name.upper().replace(" ", "_"), v)
            by_first[v["lemma"].split(" ")[0].upper()] = v
        for k, v in by_first.items():
            by_name.setdefault(k, v)
        head = by_name.get(b["name"].upper()) or (b["verbs"][0] if b["verbs"] else None)
        for (pat, code, comment) in b["patterns"]:
            if not code or not pat.startswith("*"):
                continue
            obj = pat[1:].strip()
            if not obj:
                continue
            named = [c.strip() for c in comment.split(",") if c.strip()]
            targets = [by_name[n] for n in named if n in by_name]
            if not named and head is not None:
                targets = [head]
            if not targets:
                continue
            for kind, words in expand_object(obj, synsets):
                for v in targets:
                    forms = v["forms"] if v["explicit"] else None
                    if kind == "prep":
                        phrase = f"{v['lemma']} {words}"
                        pforms = [f"{f} {words}" for f in forms] if forms else None
                    else:
                        phrase = f"{v['lemma']} ... {words}"
                        pforms = forms
                    add(phrase, pforms, code, b["name"].lower())

    out_rows = sorted(rows.values(), key=lambda r: (r[0], r[2]))
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("# Event triggers GENERATED by tools/cameo_to_lexicon.py from the PETRARCH-2 CAMEO\n")
        f.write("# verb dictionary (CAMEO.2.0.txt, Copyright 2015 Open Event Data Alliance, MIT license)\n")
        f.write("# mapped to PLOVER with CAMEO2PLOVER-2021.txt. Do not edit: curate in events.tsv,\n")
        f.write("# whose rows override these. Columns as in events.tsv:\n")
        f.write("#   phrase (lemma; `...` = object gap), forms (explicit inflections, `|`-separated;\n")
        f.write("#   empty = regular), pos, type, mode, cameo, class, note (the CAMEO verb block)\n")
        f.write("phrase\tforms\tpos\ttype\tmode\tcameo\tclass\tnote\n")
        for r in out_rows:
            f.write("\t".join(r) + "\n")
    print(f"wrote {len(out_rows)} rows to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
