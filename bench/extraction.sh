#!/usr/bin/env bash
# Article extraction: sitrep (sitrep-html) against Python trafilatura on the same pages, in the
# same run, scored by the same scorers (sitrep's implementation of the Zyte benchmark scorer and
# of trafilatura's snippet scorer). Prints both F1s and pages/s side by side and the speed ratio.
#
#   bench/extraction.sh [DATA_DIR]      (default: ../shared/data/extraction-eval)
#
# Installs trafilatura from PyPI into bench/.venv (git-ignored) on first run. Both extractors
# run on one thread, and only the time inside the extract calls is counted (reading the
# archives and scoring are not). Outputs go to bench/out/ (git-ignored).
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

(cd "$ROOT" && cargo build --release -q -p sitrep-cli) || die "cargo build failed"
SITREP="$ROOT/target/release/sitrep"

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
def scores(path):
    res = {}
    for line in open(path, encoding="utf-8"):
        m = re.match(r"\s+(scrapinghub-aeb|trafilatura-eval)\s.*?F1 ([0-9.]+)(?:.*?([0-9.]+) pages/s)?", line)
        if m:
            res[m.group(1)] = [float(m.group(2)), float(m.group(3)) if m.group(3) else None]
    return res
s = scores(f"{out}/extraction-sitrep.txt")
t = scores(f"{out}/extraction-trafilatura.txt")
for line in open(f"{out}/extraction-trafilatura-timing.txt", encoding="utf-8"):
    m = re.match(r"(scrapinghub-aeb|trafilatura-eval): .*?([0-9.]+) pages/s", line)
    if m:
        t[m.group(1)][1] = float(m.group(2))
print()
print(f"{'set':<18} {'sitrep F1':>9} {'trafilatura F1':>14} {'sitrep p/s':>10} {'trafilatura p/s':>15} {'speed ratio':>11}")
for name in ("scrapinghub-aeb", "trafilatura-eval"):
    (sf, sp), (tf, tp) = s[name], t[name]
    print(f"{name:<18} {sf:>9.3f} {tf:>14.3f} {sp:>10.1f} {tp:>15.1f} {sp / tp:>10.1f}x")
PY
