#!/usr/bin/env bash
# Store benchmark: `sitrep ingest` throughput, store size against the raw text,
# re-ingest (idempotent) time, and the p95 latency of every query.
#
# Usage: bench/store.sh [--no-build] [--docs N] [--runs N] [--strict]
#   --no-build  use the existing target/release/sitrep as it is
#   --docs N    documents in the generated corpus (default 100000)
#   --runs N    runs of each query for its p50/p95 (default 20)
#   --strict    exit 2 when a target is missed (default: report only)
#   --reuse     keep bench/out/store-N.db when it exists (no ingest): measure
#               its size and queries again
#
# Targets (issue #4): ingest >= 1,000 docs/s; store <= 3x the raw text (the
# corpus's "text" fields, UTF-8 bytes); every query's p95 < 100 ms.
set -euo pipefail

die() { echo "bench/store.sh: error: $*" >&2; exit 1; }

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH_DIR/.." && pwd)"
OUT="$BENCH_DIR/out"
SITREP="$ROOT/target/release/sitrep"

BUILD=1 DOCS=100000 RUNS=20 STRICT=0 REUSE=0
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) BUILD=0 ;;
    --docs) DOCS="${2:?--docs needs a number}"; shift ;;
    --runs) RUNS="${2:?--runs needs a number}"; shift ;;
    --strict) STRICT=1 ;;
    --reuse) REUSE=1 ;;
    -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown option '$1' (try --help)" ;;
  esac
  shift
done
for n in "$DOCS" "$RUNS"; do
  [[ "$n" =~ ^[1-9][0-9]*$ ]] || die "'$n' is not a positive whole number"
done
command -v python3 >/dev/null || die "python3 is required"
mkdir -p "$OUT"

if [ "$BUILD" -eq 1 ]; then
  echo "== building release binary"
  (cd "$ROOT" && cargo build --release -p sitrep-cli) || die "cargo build failed (see above)"
fi
[ -x "$SITREP" ] || die "$SITREP is missing (build it, or drop --no-build)"

CORPUS="$OUT/corpus-$DOCS.jsonl"
if [ ! -s "$CORPUS" ]; then
  echo "== making a corpus of $DOCS documents"
  python3 "$BENCH_DIR/make_corpus.py" -n "$DOCS" -o "$CORPUS" || die "make_corpus.py failed"
fi
TEXT_BYTES="$(python3 -c 'import json,sys; print(sum(len(json.loads(l)["text"].encode()) for l in open(sys.argv[1], encoding="utf-8") if l.strip()))' "$CORPUS")"

DB="$OUT/store-$DOCS.db"
THREADS="$(nproc)"
INGEST_S=0 REINGEST_S=0 INGEST_CPU=0
if [ "$REUSE" -eq 1 ] && [ -s "$DB" ]; then
  echo "== reusing $DB (no ingest)"
else
  rm -f "$DB" "$DB-wal" "$DB-shm"
  echo "== sitrep ingest ($DOCS documents, -j $THREADS)"
  start=$(date +%s.%N)
  # CPU seconds (user + system) of the whole ingest, from GNU time when present
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "%U %S" -o "$OUT/ingest.time" "$SITREP" ingest --db "$DB" "$CORPUS" 2>"$OUT/ingest.stderr" ||
      { cat "$OUT/ingest.stderr" >&2; die "ingest failed"; }
    INGEST_CPU="$(awk '{ printf "%.2f", $1 + $2 }' "$OUT/ingest.time")"
  else
    "$SITREP" ingest --db "$DB" "$CORPUS" 2>"$OUT/ingest.stderr" || { cat "$OUT/ingest.stderr" >&2; die "ingest failed"; }
  fi
  end=$(date +%s.%N)
  tail -n 1 "$OUT/ingest.stderr"
  INGEST_S="$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }')"

  start=$(date +%s.%N)
  "$SITREP" ingest --db "$DB" "$CORPUS" 2>"$OUT/reingest.stderr" || die "re-ingest failed"
  end=$(date +%s.%N)
  tail -n 1 "$OUT/reingest.stderr"
  REINGEST_S="$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }')"
fi

DB_BYTES=0
for f in "$DB" "$DB-wal"; do
  [ -f "$f" ] && DB_BYTES=$((DB_BYTES + $(stat -c %s "$f")))
done
CORPUS_BYTES="$(stat -c %s "$CORPUS")"

# Where the bytes are: every table and index (the sqlite3 shell's dbstat), and
# inside `documents` the deflated text and records.
if command -v sqlite3 >/dev/null; then
  echo "== store bytes per table and index (MB; x = per byte of text)"
  sqlite3 -separator ' ' "$DB" "SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC" |
    awk -v text="$TEXT_BYTES" '{ printf "  %-28s %9.1f MB  %.2fx\n", $1, $2 / 1e6, $2 / text }' | tee "$OUT/store-bytes.txt"
  sqlite3 -separator ' ' "$DB" "SELECT sum(length(text_z)), sum(length(record)) FROM documents" |
    awk -v text="$TEXT_BYTES" '{ printf "  in documents: text_z %.1f MB (%.2fx), record %.1f MB (%.2fx)\n", $1 / 1e6, $1 / text, $2 / 1e6, $2 / text }' | tee -a "$OUT/store-bytes.txt"
fi

echo "== queries ($RUNS runs each, whole process)"
set +e
python3 "$BENCH_DIR/store_queries.py" "$SITREP" "$DB" --runs "$RUNS" | tee "$OUT/queries.md"
QUERIES_OK=$((PIPESTATUS[0] == 0))
set -e

echo
echo "== results ($(date -u +%Y-%m-%d), $THREADS x $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'))"
awk -v docs="$DOCS" -v s="$INGEST_S" -v rs="$REINGEST_S" -v cpu="$INGEST_CPU" -v db="$DB_BYTES" -v text="$TEXT_BYTES" \
    -v corpus="$CORPUS_BYTES" -v qok="$QUERIES_OK" -v strict="$STRICT" 'BEGIN {
  misses = 0
  if (s > 0) {
    rate = docs / s
    v = rate >= 1000 ? "PASS" : "FAIL"; if (v == "FAIL") misses++
    printf "ingest: %d docs in %.2f s = %.0f docs/s (target >= 1000): %s\n", docs, s, rate, v
    if (cpu > 0) printf "ingest CPU (user + sys): %.1f s = %.2f ms per document\n", cpu, cpu * 1000 / docs
    printf "re-ingest (nothing new): %.2f s = %.0f docs/s\n", rs, docs / rs
  } else {
    printf "ingest: not run (--reuse)\n"
  }
  ratio = db / text
  v = ratio <= 3 ? "PASS" : "FAIL"; if (v == "FAIL") misses++
  printf "store: %.1f MB for %.1f MB of text = %.2fx (target <= 3x): %s (JSONL corpus %.1f MB)\n", db / 1e6, text / 1e6, ratio, v, corpus / 1e6
  v = qok ? "PASS" : "FAIL"; if (v == "FAIL") misses++
  printf "every query p95 < 100 ms: %s\n", v
  if (strict && misses) exit 2
}'
