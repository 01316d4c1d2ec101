#!/usr/bin/env bash
# Ingest benchmark: stream a large generated WARC.gz through `sitrep extract`.
#
# Usage: bench/warc.sh [--size-mb N] [--no-build] [-j N]
#   --size-mb N  compressed size of the generated WARC.gz (default 1024)
#   --no-build   use the existing target/release/sitrep as it is
#   -j N         worker threads (default: nproc)
#   SITREP_BIN=path  run that binary instead of target/release/sitrep (implies --no-build)
#
# Generates bench/out/news-<N>MB.warc.gz once (deterministic; reused when it is
# already there), runs sitrep over it under /usr/bin/time -v and prints pages/s,
# compressed and HTML MB/s and peak RSS, with a PASS/FAIL against the memory
# target (peak RSS < 300 MB whatever the file size). See bench/README.md.
set -euo pipefail

die() { echo "bench/warc.sh: error: $*" >&2; exit 1; }

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH_DIR/.." && pwd)"
OUT="$BENCH_DIR/out"
SITREP="${SITREP_BIN:-$ROOT/target/release/sitrep}"
SIZE=1024 BUILD=1 THREADS="$(nproc)" RSS_LIMIT_MB=300

while [ $# -gt 0 ]; do
  case "$1" in
    --size-mb) SIZE="${2:?--size-mb needs a number}"; shift ;;
    --no-build) BUILD=0 ;;
    -j) THREADS="${2:?-j needs a number}"; shift ;;
    -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown option '$1' (try --help)" ;;
  esac
  shift
done
for n in "$SIZE" "$THREADS"; do
  [[ "$n" =~ ^[1-9][0-9]*$ ]] || die "'$n' is not a positive whole number"
done
[ -x /usr/bin/time ] || die "/usr/bin/time (GNU time) is required: apt-get install time"
command -v python3 >/dev/null || die "python3 is required"
mkdir -p "$OUT"

[ -z "${SITREP_BIN:-}" ] || BUILD=0
if [ "$BUILD" -eq 1 ]; then
  echo "== building release binary"
  (cd "$ROOT" && cargo build --release -p sitrep-cli) || die "cargo build --release failed"
fi
[ -x "$SITREP" ] || die "$SITREP is missing (build it, or drop --no-build)"

WARC="$OUT/news-${SIZE}MB.warc.gz"
if [ ! -s "$WARC" ]; then
  echo "== generating $WARC"
  python3 "$BENCH_DIR/make_warc.py" --size-mb "$SIZE" -o "$WARC" 2>"$OUT/make_warc-${SIZE}MB.log" \
    || die "make_warc.py failed (see $OUT/make_warc-${SIZE}MB.log)"
fi
cat "$OUT/make_warc-${SIZE}MB.log" 2>/dev/null || true
GZ_BYTES="$(stat -c %s "$WARC")"

NAME="warc-${SIZE}MB"
echo "== sitrep extract $WARC -j $THREADS"
# The records are counted, not kept: on a 1 GB WARC they come to over 2 GB of JSON Lines.
set +e
/usr/bin/time -v -o "$OUT/$NAME.time" "$SITREP" extract "$WARC" -j "$THREADS" \
  2>"$OUT/$NAME.stderr" | wc -l >"$OUT/$NAME.count"
status="${PIPESTATUS[0]}"
set -e
# Exit 1 means some records had no article (reported one per line); anything
# else (2, a signal, a panic) is a failed run.
[ "$status" -le 1 ] || { tail -n 20 "$OUT/$NAME.stderr" >&2; die "sitrep exited with $status"; }

to_seconds() { awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.2f", s }' <<<"$1"; }
WALL="$(to_seconds "$(sed -n 's/.*Elapsed (wall clock) time.*): //p' "$OUT/$NAME.time")")"
CPU="$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.2f", s }' "$OUT/$NAME.time")"
RSS_KB="$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$OUT/$NAME.time")"
SUMMARY="$(grep '^sitrep: .* documents' "$OUT/$NAME.stderr" | tail -n 1)"
DOCS="$(cat "$OUT/$NAME.count")"
ERRORS="$(grep -vc '^sitrep: .* documents' "$OUT/$NAME.stderr" || true)"
HTML_MB="$(sed -n 's/.*(\([0-9.]*\) MB of HTML).*/\1/p' "$OUT/make_warc-${SIZE}MB.log" 2>/dev/null || true)"

echo
echo "== results ($(date -u +%Y-%m-%d), $(nproc) x $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'))"
echo "   $SUMMARY"
awk -v gz="$GZ_BYTES" -v wall="$WALL" -v cpu="$CPU" -v rss="$RSS_KB" -v docs="$DOCS" \
    -v errors="$ERRORS" -v html="${HTML_MB:-0}" -v limit="$RSS_LIMIT_MB" -v j="$THREADS" '
  BEGIN {
    printf "| %-18s | %8s | %7s | %7s | %8s | %8s | %9s | %9s |\n", "run", "records", "errors", "wall s", "CPU s", "docs/s", "gz MB/s", "peak RSS"
    printf "| %-18s | %8d | %7d | %7.1f | %8.1f | %8.1f | %9.2f | %6.1f MB |\n", \
      sprintf("%.0f MB gz, -j%d", gz / 1e6, j), docs, errors, wall, cpu, docs / wall, gz / 1e6 / wall, rss / 1024
    if (html > 0) printf "HTML read: %.1f MB, %.2f MB/s\n", html, html / wall
    printf "per CPU second: %.1f docs, %.2f MB gz%s\n", docs / cpu, gz / 1e6 / cpu, (html > 0 ? sprintf(", %.2f MB HTML", html / cpu) : "")
    printf "peak RSS %.1f MB (target < %d MB): %s\n", rss / 1024, limit, (rss / 1024 < limit ? "PASS" : "FAIL")
  }'
