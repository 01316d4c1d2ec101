#!/usr/bin/env bash
# Runs each ingest fuzz target for a while (not part of CI).
#
# Usage: fuzz/run.sh [SECONDS_PER_TARGET] [TARGET...]
#   default: 300 seconds for each of ingest_warc, ingest_feed, ingest_table
#
# Needs cargo-fuzz and a nightly toolchain:
#   rustup toolchain install nightly && cargo install cargo-fuzz
# Corpora grow under fuzz/corpus/<target>/ and crashes land in
# fuzz/artifacts/<target>/ (both git-ignored).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
SECONDS_PER_TARGET="${1:-300}"
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(ingest_warc ingest_feed ingest_table)
command -v cargo-fuzz >/dev/null || { echo "fuzz/run.sh: cargo-fuzz is not installed" >&2; exit 1; }
for t in "${TARGETS[@]}"; do
  mkdir -p "corpus/$t"
  echo "== $t for ${SECONDS_PER_TARGET}s"
  cargo +nightly fuzz run "$t" "corpus/$t" -- \
    -max_total_time="$SECONDS_PER_TARGET" -max_len=262144 -timeout=10 -rss_limit_mb=2048
done
