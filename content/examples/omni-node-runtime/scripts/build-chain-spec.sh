#!/bin/sh
# Builds the runtime and writes chain-spec.json for polkadot-omni-node from the development preset.
set -eu

cargo build --release -p omni-parachain-runtime

chain-spec-builder create \
	--relay-chain rococo-local \
	--para-id 1000 \
	--runtime target/release/wbuild/omni-parachain-runtime/omni_parachain_runtime.compact.compressed.wasm \
	named-preset development

mv chain_spec.json chain-spec.json
echo "start a collator with: polkadot-omni-node --chain chain-spec.json --collator"
