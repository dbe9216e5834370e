#!/usr/bin/env bash
# The main job on the bundled content. Today: render every guide with anchors and a table of contents.
# (Grows into: audit every bundled example, then build the whole site into _site/.)
set -euo pipefail
bin=${1:-.build/debug/paraready}
count=0
for guide in content/guides/*.md; do
  [ -e "$guide" ] || continue
  "$bin" render --toc --unsafe "$guide" > /dev/null
  count=$((count + 1))
done
echo "demo: rendered $count guide(s) from content/guides/"
