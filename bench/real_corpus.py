#!/usr/bin/env python3
"""Build a JSON Lines corpus of real news texts for throughput benchmarks.

The synthetic corpus (make_corpus.py) is denser in reported speech and named actors than real
news (about 3.5x the claims per KB; docs/log/benchmarks-sessions-1-51.md, session 26), so its MB/s understates what
sitrep does on a day of real articles. This script gathers the real article texts that the
shared evaluation data holds -- PolNeAR's 1,008 US political news articles and the 181
article bodies of the Scrapinghub extraction benchmark -- and repeats them until the corpus
has at least --docs documents. Copies after the first end with a short distinct line so that
sitrep's duplicate check does not skip them; articles the sources hold twice are kept once.

The texts are read from ../shared at run time and never copied into the repository
(PolNeAR is for evaluation only). Python 3 standard library only.

Usage: real_corpus.py --shared DIR [-n DOCS] -o FILE
"""

import argparse
import json
import sys
import tarfile
from pathlib import Path


def polnear_texts(path):
    with tarfile.open(path) as archive:
        for member in sorted(archive.getmembers(), key=lambda m: m.name):
            if member.isfile() and "/text/" in member.name and member.name.endswith(".txt"):
                handle = archive.extractfile(member)
                if handle is not None:
                    yield handle.read().decode("utf-8", errors="replace")


def scrapinghub_texts(path):
    with open(path, encoding="utf-8") as handle:
        pages = json.load(handle)
    for key in sorted(pages):
        body = pages[key].get("articleBody") or ""
        if body.strip():
            yield body


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", required=True, help="the shared data folder (../shared/data)")
    parser.add_argument("-n", "--docs", type=int, default=5000)
    parser.add_argument("-o", "--output", required=True)
    args = parser.parse_args()

    shared = Path(args.shared)
    sources = [
        (shared / "quote-attribution/polnear/polnear-v1.0.0-text-attributions.tar.xz", polnear_texts),
        (shared / "extraction-eval/scrapinghub-aeb/ground-truth.json", scrapinghub_texts),
    ]
    texts = []
    for path, read in sources:
        if not path.exists():
            print(f"real_corpus: {path}: missing, skipped", file=sys.stderr)
            continue
        texts.extend(read(path))
    # PolNeAR holds a few articles twice; one copy each keeps the duplicate check out of it.
    seen = set()
    texts = [t for t in texts if not (t in seen or seen.add(t))]
    if not texts:
        print("real_corpus: no real news texts found under " + str(shared), file=sys.stderr)
        return 1

    written = 0
    total_bytes = 0
    with open(args.output, "w", encoding="utf-8") as out:
        copy = 0
        while written < args.docs:
            for text in texts:
                if written >= args.docs:
                    break
                if copy:
                    text = text.rstrip() + f"\n\nBenchmark copy {copy}.\n"
                out.write(json.dumps({"text": text}, ensure_ascii=False) + "\n")
                written += 1
                total_bytes += len(text.encode("utf-8"))
            copy += 1
    print(
        f"real_corpus: {written} docs, {total_bytes} text bytes, from {len(texts)} real articles",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
