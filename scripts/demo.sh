#!/usr/bin/env bash
# The main job on the bundled content: audit every example repository in content/examples/, then build the whole
# site (guides, checklist, a report page per project, the readiness dashboard, updates and feeds) into _site/.
#   scripts/demo.sh [PATH/TO/paraready]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-.build/debug/paraready}
reports=.build/demo-reports
mkdir -p "$reports"

echo "== paraready audit, every bundled example (full reports: $reports/<example>.txt and .json)"
count=0
for dir in content/examples/*/; do
  [ -f "$dir/Cargo.toml" ] || continue
  name=$(basename "$dir")
  # --fail-on never: the examples are meant to be at every stage, so findings are not a demo failure.
  "$bin" audit "$dir" --fail-on never --output "$reports/$name.txt"
  "$bin" audit "$dir" --fail-on never --format json --output "$reports/$name.json"
  stage=$(sed -n 's/^stage: \([a-z-]*\).*/\1/p' "$reports/$name.txt" | head -1)
  findings=$(sed -n 's/^findings: //p' "$reports/$name.txt" | head -1)
  printf '  %-22s %-17s %s\n' "$name" "$stage" "$findings"
  count=$((count + 1))
done
echo "  $count example(s) audited"

echo "== paraready site build"
"$bin" site build
echo
echo "Open _site/index.html in a browser, or preview with live reload: $bin site serve (http://127.0.0.1:1111/ by default)."
echo "The dashboard is _site/reports/index.html; one report per example under _site/reports/<example>/."
