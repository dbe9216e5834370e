#!/usr/bin/env bash
# Builds the RustSyntax libFuzzer target with swiftc and runs it for FUZZ_SECONDS (default 60).
#   scripts/fuzz.sh                 fuzz with the committed seed corpus (new inputs go to .fuzz/corpus)
#   FUZZ_SECONDS=600 scripts/fuzz.sh
# Crashing or slow inputs are written to .fuzz/artifacts/ and make the script fail.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${FUZZ_SECONDS:-60}"
out=.fuzz
build="$out/build"
mkdir -p "$build" "$out/corpus" "$out/artifacts"

# ld.gold warns about ASan's local helper symbols on every link; the warnings are harmless.
quiet() { "$@" 2>&1 | { grep -v "Cannot export local symbol" || true; }; }

swiftc_flags=(
  -O -swift-version 6 -parse-as-library -sanitize=fuzzer,address
  -enable-upcoming-feature ExistentialAny -enable-upcoming-feature MemberImportVisibility
)

echo "fuzz: building ParaReadyCore"
quiet swiftc "${swiftc_flags[@]}" -module-name ParaReadyCore -emit-module -emit-module-path "$build/ParaReadyCore.swiftmodule" \
  -emit-library -static -o "$build/libParaReadyCore.a" Sources/ParaReadyCore/*.swift
echo "fuzz: building RustSyntax"
quiet swiftc "${swiftc_flags[@]}" -I "$build" -module-name RustSyntax -emit-module -emit-module-path "$build/RustSyntax.swiftmodule" \
  -emit-library -static -o "$build/libRustSyntax.a" Sources/RustSyntax/*.swift
echo "fuzz: building the fuzz target"
quiet swiftc "${swiftc_flags[@]}" -I "$build" -L "$build" -lRustSyntax -lParaReadyCore \
  Fuzz/RustSyntaxFuzz/main.swift -o "$build/rustsyntax-fuzz"

echo "fuzz: running for ${seconds}s"
log="$out/last-run.log"
set +e
"$build/rustsyntax-fuzz" "$out/corpus" Fuzz/corpus \
  -dict=Fuzz/rust.dict -max_total_time="$seconds" -max_len=4096 -timeout=10 -rss_limit_mb=4096 \
  -artifact_prefix="$out/artifacts/" -print_final_stats=1 2>&1 | tee "$log" | grep -E "^#[0-9]+.*(pulse|DONE)|ERROR|SUMMARY|stat::"
status=${PIPESTATUS[0]}
set -e
runs=$(grep -Eo "stat::number_of_executed_units: [0-9]+" "$log" | grep -Eo "[0-9]+$" || echo 0)
rate=$(grep -Eo "exec/s: [0-9]+" "$log" | tail -1 | grep -Eo "[0-9]+$" || echo 0)
echo "fuzz: ${runs} inputs in ${seconds}s (last reported ${rate} exec/s), exit status ${status}"
exit "$status"
