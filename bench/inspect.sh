#!/usr/bin/env bash
# Benchmark: `paraready inspect --format json` on a generated runtime monorepo, next to ripgrep searching the
# same tree for the consensus constant names.
#   bench/inspect.sh PATH/TO/paraready [ROOT] [RESULTS]     (scripts/bench.sh passes the release binary)
# Writes bench/results/inspect.md and appends the same section to RESULTS (default $BENCH_RESULTS, else
# bench/results/latest.md). The tree comes from bench/gen_monorepo.py (deterministic) in /dev/shm when it
# exists, else /tmp, and is deleted afterwards.
# Environment: INSPECT_BENCH_RUNS (default 9) sets the repeats; INSPECT_BENCH_RUNTIMES (default 24) the runtimes.
set -euo pipefail
cd "$(dirname "$0")/.."
binary=$(realpath "${1:?usage: bench/inspect.sh PATH/TO/paraready}")
results=${3:-${BENCH_RESULTS:-bench/results/latest.md}}
own=bench/results/inspect.md
runs=${INSPECT_BENCH_RUNS:-15}
runtimes=${INSPECT_BENCH_RUNTIMES:-24}
mkdir -p "$(dirname "$results")" bench/results

dir=/tmp
[ -d /dev/shm ] && [ -w /dev/shm ] && dir=/dev/shm
work=$(mktemp -d "$dir/paraready-inspect-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
tree=$work/monorepo

read -r lines files generated < <(python3 bench/gen_monorepo.py "$tree" --runtimes "$runtimes")
bytes=$(find "$tree" -name '*.rs' -print0 | xargs -0 cat | wc -c)
pattern='MILLISECS_PER_BLOCK|MILLI_SECS_PER_BLOCK|RELAY_CHAIN_SLOT_DURATION_MILLIS|BLOCK_PROCESSING_VELOCITY|UNINCLUDED_SEGMENT_CAPACITY|MAXIMUM_BLOCK_WEIGHT'
echo "inspect bench: $generated runtimes, $lines lines of Rust in $files files ($tree)"

# Runs the commands (separated by `--`) alternately, $runs rounds, each with its output in a scratch file, so
# that every command sees the same machine state (this machine's speed drifts over minutes). Prints one line per
# command: median wall-clock seconds, fastest, median user + system CPU seconds (getrusage), max RSS (kB).
measure_alternating() {
  python3 - "$runs" "$work/out" "$@" <<'PY2'
import os, statistics, subprocess, sys, time
runs, out = int(sys.argv[1]), sys.argv[2]
commands, current = [], []
for word in sys.argv[3:]:
    if word == "--":
        commands.append(current)
        current = []
    else:
        current.append(word)
commands.append(current)
walls = [[] for _ in commands]
cpus = [[] for _ in commands]
peaks = [0 for _ in commands]
for _ in range(runs):
    for index, command in enumerate(commands):
        start = time.perf_counter()
        with open(out, "wb") as sink:
            process = subprocess.Popen(command, stdout=sink, stderr=subprocess.DEVNULL)
            # The child's own resource usage (a running total over all children would mix the commands' peaks).
            _, status, usage = os.wait4(process.pid, 0)
            process.returncode = os.waitstatus_to_exitcode(status)
        walls[index].append(time.perf_counter() - start)
        cpus[index].append(usage.ru_utime + usage.ru_stime)
        peaks[index] = max(peaks[index], usage.ru_maxrss)
for index in range(len(commands)):
    print(f"{statistics.median(walls[index]):.4f} {min(walls[index]):.4f} {statistics.median(cpus[index]):.3f} {peaks[index]}")
PY2
}

find "$tree" -type f -print0 | xargs -0 cat >/dev/null  # warm the page cache for both tools
"$binary" inspect "$tree" --format json >"$work/facts.json" 2>"$work/facts.err" || true
{
  read -r inspect_s inspect_min inspect_cpu inspect_rss
  read -r rg_s rg_min rg_cpu rg_rss
  read -r rg1_s rg1_min rg1_cpu _
  read -r start_s _ _ _
} < <(measure_alternating "$binary" inspect "$tree" --format json -- rg -n "$pattern" "$tree" \
  -- rg -n -j1 "$pattern" "$tree" -- "$binary" --version)
rg_hits=$(rg -n "$pattern" "$tree" | wc -l)

# Is the result sensible: every runtime found, with its five constants evaluated?
summary=$(python3 - "$work/facts.json" <<'PY'
import json, sys
try:
    facts = json.load(open(sys.argv[1]))
except Exception as error:
    print(f"0 0 0 invalid-json:{type(error).__name__}")
    sys.exit()
names = ["RELAY_CHAIN_SLOT_DURATION_MILLIS", "BLOCK_PROCESSING_VELOCITY", "UNINCLUDED_SEGMENT_CAPACITY",
         "MILLISECS_PER_BLOCK", "SLOT_DURATION"]
runtimes = [r for r in facts.get("runtimes", []) if r.get("variant") is None]
complete = sum(1 for r in runtimes if all((r.get("constants") or {}).get(n, {}).get("value") is not None for n in names))
weights = sum(1 for r in runtimes if (r.get("maxBlockWeightRefTimeMs") or {}).get("value") is not None)
stages = {}
for r in facts.get("runtimes", []):
    stages[r.get("stage")] = stages.get(r.get("stage"), 0) + 1
print(len(runtimes), complete, weights, ",".join(f"{k}:{v}" for k, v in sorted(stages.items(), key=str)))
PY
)
read -r found complete weighted stages <<<"$summary"
variants=$(python3 -c "import json,sys; print(sum(1 for r in json.load(open(sys.argv[1])).get('runtimes', []) if r.get('variant')))" "$work/facts.json" 2>/dev/null || echo 0)
nodes=$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1])).get('nodes', [])))" "$work/facts.json" 2>/dev/null || echo 0)

ratio=$(awk -v a="$inspect_s" -v b="$rg_s" 'BEGIN { if (b <= 0) b = 0.0001; printf "%.1f", a / b }')
cpu_ratio=$(awk -v a="$inspect_cpu" -v b="$rg_cpu" 'BEGIN { if (b <= 0) b = 0.001; printf "%.1f", a / b }')
ratio1=$(awk -v a="$inspect_s" -v b="$rg1_s" 'BEGIN { if (b <= 0) b = 0.0001; printf "%.1f", a / b }')
verdict="within the 5× target"
awk -v r="$ratio" 'BEGIN { exit !(r > 5) }' && verdict="OUTSIDE the 5× target"
sane="sensible"
[ "$found" -ge "$runtimes" ] && [ "$complete" -ge "$runtimes" ] || sane="NOT SENSIBLE"
load=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "?")
mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1000000 }')

section=$(
  echo "## inspect: runtime monorepo"
  echo
  echo "Generated by \`bench/gen_monorepo.py\` (deterministic): $generated runtime crates, $lines lines of Rust"
  echo "($mb MB) in $files files, with a shared constants crate, workspace pallets, weight files, $nodes node"
  echo "crates, \`[workspace.dependencies]\` and a \`Cargo.lock\`. Median of $runs runs by wall clock (fastest in"
  echo "brackets). The four commands run in turn, round after round, so that each sees the same machine state"
  echo "(its speed drifts over minutes); warm page cache, $(nproc) cores, load average $load while measuring."
  echo
  echo "| tool | median s | (min s) | CPU s | peak RSS |"
  echo "|---|---|---|---|---|"
  echo "| \`paraready inspect --format json\` | $inspect_s | ($inspect_min) | $inspect_cpu | $((inspect_rss / 1024)) MB |"
  echo "| \`rg -n '<6 constant names>'\` (all cores; $rg_hits matching lines) | $rg_s | ($rg_min) | $rg_cpu | $((rg_rss / 1024)) MB |"
  echo "| \`rg -n -j1 '<6 constant names>'\` (one thread) | $rg1_s | ($rg1_min) | $rg1_cpu | |"
  echo "| \`paraready --version\` (process start-up alone) | $start_s | | | |"
  echo
  echo "inspect takes **${ratio}×** the wall time of ripgrep (${ratio1}× single-threaded ripgrep; ${cpu_ratio}× its CPU"
  echo "time): $verdict."
  echo "Result $sane: $found runtimes found (of $runtimes generated, plus $variants feature variants), $complete with"
  echo "all five consensus constants evaluated, $weighted with the block weight; stages (runtimes and variants)"
  echo "$stages."
)
echo "$section" >"$own"
{
  echo
  echo "$section"
} >>"$results"
echo "inspect bench: inspect ${inspect_s}s, rg ${rg_s}s, ratio ${ratio}× ($verdict); result $sane; see $own"
[ "$sane" = "sensible" ]
