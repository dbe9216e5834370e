#!/usr/bin/env bash
# Runs every benchmark module (bench/*.sh, in name order) against one paraready binary and collects their
# Markdown sections into bench/results/latest.md. A module gets the binary, the repository root and the
# results file as $1 $2 $3, and appends its own section; add a module by adding bench/NN-name.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
bin=$(realpath "${1:-.build/release/paraready}")
results=$root/bench/results/latest.md
mkdir -p "$root/bench/results"
{
  echo "# ParaReady benchmarks"
  echo
  echo "Commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown); $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/ {print $2}') GiB."
  echo "Each module below says what it measured and how. Wall times are medians; peak memory is the maximum RSS from /usr/bin/time -v."
  echo
} > "$results.tmp"
for module in bench/*.sh; do
  [ -e "$module" ] || continue
  echo "bench: $module"
  bash "$module" "$bin" "$root" "$results.tmp"
done
mv "$results.tmp" "$results"
echo "bench: results in bench/results/latest.md"
