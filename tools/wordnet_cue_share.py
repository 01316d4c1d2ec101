#!/usr/bin/env python3
"""How often verbs of a WordNet lexicographer class are PolNeAR cues.

A measurement, not a data file: before turning WordNet's verb classes
(verb.communication, verb.cognition, ...) into cue rows, count on a PolNeAR
split how many uses of such verbs, where the lexicon has no row for them and
a speaker-like subject stands right before them, lie inside a gold cue.
docs/log/evaluation-sessions-1-51.md (2026-12-01, session 6) has the figures.

    python3 tools/wordnet_cue_share.py WORDNET_DICT POLNEAR_ARCHIVE SPLIT CLASSES

WORDNET_DICT is a WordNet 3.0 `dict` folder (index.verb, data.verb,
verb.exc; e.g. Debian's wordnet-base, unpacked by hand: nothing of it is
kept in this repository). POLNEAR_ARCHIVE is
polnear-v1.0.0-text-attributions.tar.xz, read in memory. SPLIT is train or
dev (the test split is refused). CLASSES is a comma-separated list such as
communication or cognition,perception,emotion. A verb's class is the class
of its most frequent sense (the first in index.verb).
"""

import collections
import re
import sys
import tarfile
from pathlib import Path

LEXNAMES = {
    29: "body", 30: "change", 31: "cognition", 32: "communication",
    33: "competition", 34: "consumption", 35: "contact", 36: "creation",
    37: "emotion", 38: "motion", 39: "perception", 40: "possession",
    41: "social", 42: "stative", 43: "weather",
}
PRONOUNS = {"he", "she", "they", "we", "i", "who"}
# Words after the verb that make it no verb with an object or clause here
# (the clause rule and the particle rows already read "that", "about", ...).
SKIP_NEXT = {"to", "that", "by", "as", "for", "on", "in", "at", "with", "about",
             "of", "up", "out", "from", "into", "over"}
NOT_SUBJECT = {"the", "a", "in", "on", "but", "and", "it", "this", "that", "there"}


def first_classes(dict_dir: Path) -> tuple[dict, dict]:
    lexfile = {}
    for line in (dict_dir / "data.verb").read_text(encoding="latin-1").splitlines():
        if line and not line.startswith(" "):
            cols = line.split()
            lexfile[cols[0]] = int(cols[1])
    first = {}
    for line in (dict_dir / "index.verb").read_text(encoding="latin-1").splitlines():
        if line and not line.startswith(" "):
            cols = line.split()
            pointers = int(cols[3])
            offsets = cols[4 + pointers + 2:]
            first[cols[0]] = LEXNAMES[lexfile[offsets[0]]]
    exceptions = {}
    for line in (dict_dir / "verb.exc").read_text().splitlines():
        form, lemma = line.split()[:2]
        exceptions.setdefault(form, lemma)
    return first, exceptions


def lemma_of(word: str, first: dict, exceptions: dict):
    if word in exceptions:
        return exceptions[word]
    for suffix, repl in [("ies", "y"), ("ied", "y"), ("ing", "e"), ("ing", ""),
                         ("ed", "e"), ("ed", ""), ("es", ""), ("s", "")]:
        if word.endswith(suffix) and word[: -len(suffix)] + repl in first:
            return word[: -len(suffix)] + repl
    for suffix in ("ing", "ed"):  # doubled consonant: "planned", "stopping"
        stem = word[: -len(suffix) - 1]
        if word.endswith(suffix) and len(stem) > 1 and stem in first:
            return stem
    return word if word in first else None


def lexicon_words(repo: Path) -> set:
    words = set()
    for line in (repo / "data/lexicons/cues.tsv").read_text().splitlines():
        if line and not line.startswith("#") and "\t" in line:
            words.add(line.split("\t")[0].split(" ")[0].lower())
    return words


def main() -> None:
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    dict_dir, archive, split, classes = sys.argv[1:]
    if split == "test":
        sys.exit("the test split is only scored, never inspected")
    wanted = set(classes.split(","))
    first, exceptions = first_classes(Path(dict_dir))
    in_lexicon = lexicon_words(Path(__file__).resolve().parent.parent)
    texts, anns = {}, collections.defaultdict(list)
    with tarfile.open(archive, "r:xz") as tf:
        for member in tf:
            name = member.name
            if f"/{split}/text/" in name and name.endswith(".txt"):
                texts[name.rsplit("/", 1)[1][:-4]] = tf.extractfile(member).read().decode()
            elif f"/{split}/attributions/" in name and name.endswith(".ann"):
                article = name.rsplit("/", 1)[1][:-4].rsplit("_", 1)[0]
                anns[article].append(tf.extractfile(member).read().decode())
    uses, in_cue = collections.Counter(), collections.Counter()
    for article, text in texts.items():
        cues = []
        for ann in anns.get(article, []):
            for line in ann.splitlines():
                cols = line.split("\t")
                if line.startswith("T") and len(cols) > 1 and cols[1].startswith("Cue "):
                    for part in cols[1].split(" ", 1)[1].split(";"):
                        start, end = part.split()
                        cues.append((int(start), int(end)))
        for m in re.finditer(r"(\S+) ([a-z]+) (\S+)", text):
            before, word, after = m.groups()
            subject = before.lower() in PRONOUNS or (
                before[:1].isupper() and before.isalpha() and before.lower() not in NOT_SUBJECT)
            verb_form = word.endswith(("ed", "s")) or word in exceptions
            if not subject or not verb_form or after.lower() in SKIP_NEXT or word in in_lexicon:
                continue
            lemma = lemma_of(word, first, exceptions)
            if lemma is None or first.get(lemma) not in wanted:
                continue
            s, e = m.start(2), m.end(2)
            uses[lemma] += 1
            in_cue[lemma] += any(a <= s < b or a < e <= b for a, b in cues)
    total, hits = sum(uses.values()), sum(in_cue.values())
    print(f"{split} {classes}: {total} uses, {hits} inside a gold cue "
          f"({hits / max(total, 1):.2f})")
    print("; ".join(f"{w} {n}/{in_cue[w]}" for w, n in uses.most_common(25)))


if __name__ == "__main__":
    main()
