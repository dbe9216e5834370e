# ParaReady — one command per job. See README.md.
SWIFT ?= swift
BUILD_FLAGS ?=
BIN_DEBUG := .build/debug/paraready
BIN_RELEASE := .build/release/paraready
# Release builds link the Swift runtime and Foundation statically: the process starts in about half the time
# (no ~25 shared libraries to map and relocate) and calls into the runtime directly. They also optimise across
# modules (generic code of RustSyntax and CargoModel specialised where Readiness calls it) and leave out the
# run-time exclusivity checks, which debug and test builds keep: together about 8% off an `inspect`.
RELEASE_FLAGS := -c release --static-swift-stdlib -Xswiftc -cross-module-optimization \
	-Xswiftc -enforce-exclusivity=unchecked

.PHONY: setup build release test lint format embed demo bench fuzz browser-test clean

setup:
	@scripts/setup.sh

build:
	$(SWIFT) build $(BUILD_FLAGS)

release:
	$(SWIFT) build $(RELEASE_FLAGS) $(BUILD_FLAGS)

lint:
	$(SWIFT) format lint --strict --recursive --parallel Sources Tests Package.swift

format:
	$(SWIFT) format format --in-place --recursive --parallel Sources Tests Package.swift

## Regenerate the Swift files that embed content documents (the checklist) into the binary.
embed:
	python3 scripts/embed-content.py

## The test command (README, CI): formatting, then every unit and end-to-end test.
test: lint
	python3 scripts/embed-content.py --check
	$(SWIFT) build --build-tests $(BUILD_FLAGS)
	$(SWIFT) test --skip-build $(BUILD_FLAGS)

## The main job on the bundled examples.
demo: build
	@scripts/demo.sh $(BIN_DEBUG)

bench:
	@scripts/setup.sh bench
	$(SWIFT) build $(RELEASE_FLAGS)
	@scripts/bench.sh $(BIN_RELEASE)

fuzz:
	@scripts/fuzz.sh

browser-test: build
	@scripts/setup.sh browser
	@scripts/browser-test.sh $(BIN_DEBUG)

clean:
	rm -rf .build _site
