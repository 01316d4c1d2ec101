#!/usr/bin/env bash
# Crash-safety loop for `sitrep ingest`: KILLS times, start an ingest and
# `kill -9` it after a random delay, checking after each kill that the store
# is consistent; then one uninterrupted run, after which the store must equal
# a clean ingest of the same inputs (bench/store_check.py --same-as).
# Rounds alternate between the corpus and a changed version of it (same uris,
# every text edited), so every round has work to do, adding and replacing
# documents, whatever the earlier rounds finished.
#
# Usage: bench/killloop.sh [--no-build] [--docs N] [--kills N]
#   --no-build  use the existing target/release/sitrep as it is
#   --docs N    documents in the generated corpus (default 20000)
#   --kills N   kill -9 rounds (default 50)
set -euo pipefail

die() { echo "bench/killloop.sh: error: $*" >&2; exit 1; }

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH_DIR/.." && pwd)"
OUT="$BENCH_DIR/out"
SITREP="$ROOT/target/release/sitrep"

BUILD=1 DOCS=20000 KILLS=50
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) BUILD=0 ;;
    --docs) DOCS="${2:?--docs needs a number}"; shift ;;
    --kills) KILLS="${2:?--kills needs a number}"; shift ;;
    -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown option '$1' (try --help)" ;;
  esac
  shift
done
for n in "$DOCS" "$KILLS"; do
  [[ "$n" =~ ^[1-9][0-9]*$ ]] || die "'$n' is not a positive whole number"
done
mkdir -p "$OUT"
if [ "$BUILD" -eq 1 ]; then
  (cd "$ROOT" && cargo build --release -p sitrep-cli) || die "cargo build failed (see above)"
fi
[ -x "$SITREP" ] || die "$SITREP is missing (build it, or drop --no-build)"

CORPUS="$OUT/corpus-$DOCS.jsonl"
[ -s "$CORPUS" ] || python3 "$BENCH_DIR/make_corpus.py" -n "$DOCS" -o "$CORPUS" || die "make_corpus.py failed"

CHANGED="$OUT/corpus-$DOCS-changed.jsonl"
python3 - "$CORPUS" "$CHANGED" <<'PY' || die "could not write the changed corpus"
import json, sys
with open(sys.argv[1], encoding="utf-8") as src, open(sys.argv[2], "w", encoding="utf-8") as dst:
    for n, line in enumerate(src, 1):
        if line.strip():
            doc = json.loads(line)
            doc["text"] += " (Updated.)"
            doc.setdefault("url", f"{sys.argv[1]}:{n}")
            dst.write(json.dumps(doc) + "\n")
PY

CLEAN="$OUT/kill-clean.db" DB="$OUT/kill-loop.db"
rm -f "$CLEAN" "$CLEAN"-* "$DB" "$DB"-*
echo "== clean ingest"
start=$(date +%s%N)
"$SITREP" ingest -q --db "$CLEAN" "$CORPUS"
CLEAN_MS=$(( ($(date +%s%N) - start) / 1000000 ))
echo "   $CLEAN_MS ms"

# Delays spread over a whole run (as long as the clean one), so kills land in
# start-up, in extraction, inside transactions and between them. Small
# commits (--commit-docs) make a kill inside a transaction likelier.
echo "== $KILLS kills"
for ((i = 1; i <= KILLS; i++)); do
  delay=$(( RANDOM % (CLEAN_MS + 1) ))
  # the last round is on the changed version, so the final run has work to do
  input="$CORPUS"; [ $(( (KILLS - i) % 2 )) -eq 0 ] && input="$CHANGED"
  "$SITREP" ingest -q --commit-docs $(( 50 + RANDOM % 500 )) --db "$DB" "$input" &
  pid=$!
  sleep "$(awk -v ms="$delay" 'BEGIN { printf "%.3f", ms / 1000 }')"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if [ -f "$DB" ]; then
    python3 "$BENCH_DIR/store_check.py" "$DB" || die "store inconsistent after kill $i"
    n=$(python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT count(*) FROM documents").fetchone()[0])' "$DB")
  else
    n=0
  fi
  printf '   kill %2d after %5d ms: %6d documents stored, consistent\n' "$i" "$delay" "$n"
done
echo "== final run"
"$SITREP" ingest --db "$DB" "$CORPUS"
python3 "$BENCH_DIR/store_check.py" "$DB" --same-as "$CLEAN" || die "the store differs from a clean ingest"
echo "PASS: after $KILLS kills and a final run the store equals a clean ingest"
