#!/usr/bin/env bash
# Builds the bundled site under a sub-path (/paraready/) and checks it in headless Chromium: the home page, a
# guide, the checklist, a report, the dashboard, the updates and the search must work, in phone and laptop
# sizes, light and dark (screenshots in _site-screenshots/); then the Nu HTML checker validates every page.
#   scripts/browser-test.sh [path/to/paraready]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(realpath "${1:-.build/debug/paraready}")
work=$(mktemp -d /tmp/paraready-browser-XXXXXX)
trap 'rm -rf "$work"' EXIT
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port/paraready/"
mkdir -p "$work/root"
"$bin" site build --base-url "$base" --output "$work/root/paraready"
python3 Tests/browser/site_browser_test.py --root "$work/root" --port "$port" --base-path /paraready/ \
  --screenshots _site-screenshots
