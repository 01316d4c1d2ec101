#!/usr/bin/env bash
# Article extraction: sitrep (sitrep-html) against Python trafilatura on the same pages, in the
# same run, scored by the same scorers (sitrep's implementation of the Zyte benchmark scorer and
# of trafilatura's snippet scorer). Prints both F1s and pages/s side by side and the speed ratio.
#
#   bench/extraction.sh [DATA_DIR]      (default: ../shared/data/extraction-eval)
#   SITREP_BIN=path bench/extraction.sh  (run that sitrep binary, no build)
#
# Installs trafilatura from PyPI into bench/.venv (git-ignored) on first run. Both extractors
# run on one thread, and only the time inside the extract calls is counted (reading the
# archives and scoring are not), as wall clock and as the thread's CPU time; the CPU-time
# ratio is the fair one on a machine shared with other work. Outputs go to bench/out/ (git-ignored).
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$BENCH_DIR")"
DATA="${1:-$ROOT/../shared/data/extraction-eval}"
VENV="$BENCH_DIR/.venv"
OUT="$BENCH_DIR/out"
export CARGO_BUILD_JOBS="${CARGO_BUILD_JOBS:-1}"

die() { echo "extraction.sh: $*" >&2; exit 1; }
[ -d "$DATA" ] || die "no data at $DATA"
mkdir -p "$OUT"

# SITREP_BIN=path runs that binary instead of building target/release/sitrep.
if [ -n "${SITREP_BIN:-}" ]; then
  SITREP="$SITREP_BIN"
else
  (cd "$ROOT" && cargo build --release -q -p sitrep-cli) || die "cargo build failed"
  SITREP="$ROOT/target/release/sitrep"
fi
[ -x "$SITREP" ] || die "$SITREP is not an executable"

if ! "$VENV/bin/python" -c 'import trafilatura' 2>/dev/null; then
  [ -x "$VENV/bin/python" ] || python3 -m venv "$VENV" || die "python3 -m venv $VENV failed"
  "$VENV/bin/pip" install --quiet "trafilatura>=2.0,<3" lxml_html_clean \
    || die "pip install of trafilatura into $VENV failed"
fi

echo "== sitrep"
"$SITREP" eval extraction "$DATA" | tee "$OUT/extraction-sitrep.txt" || die "sitrep eval failed"
echo "== Python trafilatura"
"$VENV/bin/python" "$BENCH_DIR/trafilatura_extract.py" "$DATA" "$OUT/trafilatura-predictions.json" \
  | tee "$OUT/extraction-trafilatura-timing.txt" || die "trafilatura run failed"
"$SITREP" eval extraction "$DATA" --predictions "$OUT/trafilatura-predictions.json" \
  | tee "$OUT/extraction-trafilatura.txt" || die "scoring trafilatura's output failed"

python3 - "$OUT" <<'PY'
import re, sys
out = sys.argv[1]
pat = r"(scrapinghub-aeb|trafilatura-eval)[ :].*?([0-9.]+) pages/s wall, ([0-9.]+) pages/CPU-s"
def speeds(path):
    return {m.group(1): (float(m.group(2)), float(m.group(3)))
            for m in (re.search(pat, l) for l in open(path, encoding="utf-8")) if m}
def f1s(path):
    return {m.group(1): float(m.group(2))
            for m in (re.search(r"(scrapinghub-aeb|trafilatura-eval)\s.*?F1 ([0-9.]+)", l)
                      for l in open(path, encoding="utf-8")) if m}
sf, tf = f1s(f"{out}/extraction-sitrep.txt"), f1s(f"{out}/extraction-trafilatura.txt")
ss, ts = speeds(f"{out}/extraction-sitrep.txt"), speeds(f"{out}/extraction-trafilatura-timing.txt")
print()
print(f"{'set':<17} {'F1 sitrep':>9} {'F1 trafilatura':>14}   {'pages/CPU-s sitrep':>18} {'trafilatura':>11} {'ratio':>6}   {'pages/s wall sitrep':>19} {'trafilatura':>11} {'ratio':>6}")
for name in ("scrapinghub-aeb", "trafilatura-eval"):
    (sw, sc), (tw, tc) = ss[name], ts[name]
    print(f"{name:<17} {sf[name]:>9.3f} {tf[name]:>14.3f}   {sc:>18.1f} {tc:>11.1f} {sc / tc:>5.1f}x   {sw:>19.1f} {tw:>11.1f} {sw / tw:>5.1f}x")
PY
