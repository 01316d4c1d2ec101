#!/usr/bin/env bash
# Storylines benchmark: `sitrep stories` (near-duplicates + story clustering +
# outlet lookup, reading the documents from the store) on a bench corpus.
#
# Usage: bench/story.sh [--no-build] [--docs N] [--runs N]
#   --no-build  use the existing target/release/sitrep as it is
#   --docs N    documents in the generated corpus (default 20000)
#   --runs N    runs per store, interleaved (default 3)
#
# Two stores of the same documents: as generated (dates spread over 2015-2025,
# about 5 a day) and "dense" (the same documents squeezed into 60 days, about
# 330 a day, so every story window holds ~1,000 candidates). The stores are
# kept in bench/out and reused when present (ingest takes minutes). After the
# timings, the story-size distribution of each store (bench/story_sizes.py),
# so a catch-all story (one swallowing much of the corpus) is visible.
set -euo pipefail

die() { echo "bench/story.sh: error: $*" >&2; exit 1; }

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH_DIR/.." && pwd)"
OUT="$BENCH_DIR/out"
SITREP="$ROOT/target/release/sitrep"

BUILD=1 DOCS=20000 RUNS=3
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) BUILD=0 ;;
    --docs) DOCS="${2:?--docs needs a number}"; shift ;;
    --runs) RUNS="${2:?--runs needs a number}"; shift ;;
    -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown option '$1' (try --help)" ;;
  esac
  shift
done
for n in "$DOCS" "$RUNS"; do
  [[ "$n" =~ ^[1-9][0-9]*$ ]] || die "'$n' is not a positive whole number"
done
command -v python3 >/dev/null || die "python3 is required"
mkdir -p "$OUT"
rm -f "$OUT/story-sizes.txt"

if [ "$BUILD" -eq 1 ]; then
  (cd "$ROOT" && CARGO_BUILD_JOBS="${CARGO_BUILD_JOBS:-1}" cargo build --release -p sitrep-cli)
fi
[ -x "$SITREP" ] || die "no $SITREP (build it, or drop --no-build)"

CORPUS="$OUT/story-$DOCS.jsonl"
DB="$OUT/story-$DOCS.db"
DENSE="$OUT/story-$DOCS-dense.db"
if [ ! -s "$DB" ]; then
  python3 "$BENCH_DIR/make_corpus.py" -n "$DOCS" -o "$CORPUS"
  echo "ingesting $DOCS documents into $DB (once) ..." >&2
  "$SITREP" ingest --db "$DB" -q "$CORPUS"
  rm -f "$CORPUS"
fi
if [ ! -s "$DENSE" ]; then
  # A file copy (the store's generated `text` column needs sitrep's own SQL
  # function, which VACUUM INTO would call); the UPDATE gets a stand-in.
  cp "$DB" "$DENSE"
  python3 - "$DENSE" <<'PY'
import sqlite3, sys, zlib
def inflate(blob):
    try:
        return zlib.decompress(blob, -15).decode("utf-8", "replace")
    except Exception:
        return None
con = sqlite3.connect(sys.argv[1])
con.create_function("sitrep_inflate", 1, inflate, deterministic=True)
# same documents, dates squeezed into 60 days
con.execute("UPDATE documents SET published = date('2025-01-01', '+' || (doc % 60) || ' days')")
con.commit()
con.close()
PY
fi

echo "| store | run | wall s | docs/s | peak RSS MB | stderr summary |"
echo "| --- | --- | --- | --- | --- | --- |"
for run in $(seq 1 "$RUNS"); do
  for which in "$DB" "$DENSE"; do
    name=$(basename "$which" .db)
    log="$OUT/story-run.log"
    /usr/bin/time -f "%e %M" -o "$OUT/story-time.txt" \
      "$SITREP" stories --db "$which" --all --json > "$OUT/story-out.jsonl" 2> "$log"
    read -r wall rss < "$OUT/story-time.txt"
    rate=$(python3 -c "print(round($DOCS / max($wall, 0.001)))")
    echo "| $name | $run | $wall | $rate | $((rss / 1024)) | $(tr -d '\n' < "$log" | sed 's/^sitrep: //') |"
    if [ "$run" -eq 1 ]; then
      echo "$name story sizes: $(python3 "$BENCH_DIR/story_sizes.py" "$OUT/story-out.jsonl")" >> "$OUT/story-sizes.txt"
    fi
  done
done
echo
echo "Story sizes (run 1; a catch-all story shows as a large 'largest' share):"
cat "$OUT/story-sizes.txt"
rm -f "$OUT/story-out.jsonl" "$OUT/story-time.txt" "$OUT/story-run.log" "$OUT/story-sizes.txt"
