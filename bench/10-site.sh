#!/usr/bin/env bash
# Site generator: ParaReady against Hugo on the same synthetic corpora (gen_site.py), same machine, same run.
set -euo pipefail
bin=$1
root=$2
results=$3
exec python3 "$root/bench/site_bench.py" --bin "$bin" --root "$root" --results "$results" \
  --site-results "$root/bench/results/site.md" ${PARAREADY_BENCH_SITE_ARGS:-}
