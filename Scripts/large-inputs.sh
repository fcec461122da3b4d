#!/usr/bin/env bash
# Times the pipeline (read, validate, name, emit; CPU seconds) on large and odd inputs at three sizes each;
# a linear stage roughly doubles its time from one size to the next. Optional argument: a
# word of the inputs to run, such as `pipes`.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p .build-large
swiftc -O -parse-as-library $(find Sources/GenKit -name '*.swift' | sort) Scripts/LargeInputs.swift -o .build-large/large-inputs
.build-large/large-inputs "$@"
