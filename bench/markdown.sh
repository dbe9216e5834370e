#!/usr/bin/env bash
# Benchmark: the crafted quadratic-time Markdown inputs (docs/markdown-limits.md), each at least 1 MiB, rendered by
# Debian's cmark-gfm CLI (no guard: the raw library cost) and by `paraready render` (untrusted: guard on).
#   bench/markdown.sh PATH/TO/paraready          (scripts/bench.sh passes the release binary)
# Appends a Markdown section to $BENCH_RESULTS (default bench/results/latest.md).
# Environment: MARKDOWN_BENCH_TIMEOUT (default 20) caps each cmark-gfm run, in seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
binary=${1:?usage: bench/markdown.sh PATH/TO/paraready}
results=${3:-${BENCH_RESULTS:-bench/results/latest.md}}
timeout_s=${MARKDOWN_BENCH_TIMEOUT:-20}
mkdir -p "$(dirname "$results")"
command -v cmark-gfm > /dev/null || { echo "markdown bench: cmark-gfm CLI missing (make setup)" >&2; exit 1; }
python3 bench/markdown_shapes.py "$binary" "$timeout_s" >> "$results"
echo "markdown bench: appended to $results"
