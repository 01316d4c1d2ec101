"""Runs Python trafilatura on the extraction gold sets and saves its predictions.

Usage: trafilatura_extract.py DATA_DIR OUT.json

Reads the pages straight from the .tar.xz archives (streamed, nothing unpacked), times only
the trafilatura.extract() calls, wall clock and thread CPU time (one process, one thread), and writes
{"name": ..., "scrapinghub-aeb": {id: text}, "trafilatura-eval": {url: text},
 "timing": {set: {"pages": n, "seconds": s}}}
for `sitrep eval extraction DATA_DIR --predictions OUT.json` to score with sitrep's scorers.
A page where trafilatura returns nothing (or raises) is left out, which scores as empty output.
"""

import json
import os
import sys
import tarfile
import time

import trafilatura


def extract(data, url):
    try:
        return trafilatura.extract(data, url=url, include_comments=False)
    except Exception:  # a crash counts as empty output
        return None


def run_aeb(base, out, timing):
    truth = json.load(open(os.path.join(base, "ground-truth.json"), encoding="utf-8"))
    preds, pages, seconds, cpu = {}, 0, 0.0, 0.0
    with tarfile.open(os.path.join(base, "html.tar.xz"), "r|xz") as tar:
        for member in tar:
            if not member.isfile() or not member.name.endswith(".html"):
                continue
            doc_id = os.path.basename(member.name)[: -len(".html")]
            if doc_id not in truth:
                continue
            data = tar.extractfile(member).read()
            start, cpu0 = time.perf_counter(), time.thread_time()
            text = extract(data, truth[doc_id].get("url"))
            seconds += time.perf_counter() - start
            cpu += time.thread_time() - cpu0
            pages += 1
            if text:
                preds[doc_id] = text
    out["scrapinghub-aeb"] = preds
    timing["scrapinghub-aeb"] = {"pages": pages, "seconds": seconds, "cpu_seconds": cpu}


def run_trafilatura_eval(base, out, timing):
    evaldata = json.load(open(os.path.join(base, "evaldata.json"), encoding="utf-8"))
    by_file = {}
    for url, doc in evaldata.items():
        by_file.setdefault(doc["file"], []).append(url)
    results, pages, seconds, cpu = {}, 0, 0.0, 0.0  # url -> (from cache/, text)
    with tarfile.open(os.path.join(base, "html.tar.xz"), "r|xz") as tar:
        for member in tar:
            if not member.isfile():
                continue
            parts = member.name.split("/")
            if len(parts) < 2 or parts[-1] not in by_file:
                continue
            cache = parts[-2] == "cache"
            data = tar.extractfile(member).read()
            for url in by_file[parts[-1]]:
                if url in results and results[url][0]:
                    continue  # a page under cache/ wins, as upstream
                start, cpu0 = time.perf_counter(), time.thread_time()
                text = extract(data, url)
                seconds += time.perf_counter() - start
                cpu += time.thread_time() - cpu0
                pages += 1
                results[url] = (cache, text)
    out["trafilatura-eval"] = {url: text for url, (_, text) in results.items() if text}
    timing["trafilatura-eval"] = {"pages": pages, "seconds": seconds, "cpu_seconds": cpu}


def main():
    data_dir, out_path = sys.argv[1], sys.argv[2]
    out = {"name": "Python trafilatura " + trafilatura.__version__}
    timing = {}
    run_aeb(os.path.join(data_dir, "scrapinghub-aeb"), out, timing)
    run_trafilatura_eval(os.path.join(data_dir, "trafilatura-eval"), out, timing)
    out["timing"] = timing
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False)
    for name, t in timing.items():
        print(f"{name}: {t['pages']} pages, {t['seconds']:.1f} s, "
              f"{t['pages'] / max(t['seconds'], 1e-9):.1f} pages/s wall, "
              f"{t['pages'] / max(t['cpu_seconds'], 1e-9):.1f} pages/CPU-s (one thread)")


if __name__ == "__main__":
    main()
