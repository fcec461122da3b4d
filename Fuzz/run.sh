#!/usr/bin/env bash
# Fuzzes the markdown reader and the catalogue pipeline with libFuzzer (see Fuzz/FuzzCatalogue.swift).
#
#   Fuzz/run.sh             fuzz until stopped (Ctrl-C)
#   Fuzz/run.sh 600         fuzz for 600 seconds
#   Fuzz/run.sh replay      run every corpus input once and stop: the regression check
#
# Inputs come from Fuzz/seeds (hand-made tricky inputs and every crash found so far, kept as
# regressions) and from catalogues/, cut into one small catalogue per section so that each
# run is fast. New interesting inputs go to .build-fuzz/corpus; a crashing input is written
# to .build-fuzz/crash-*: add it to Fuzz/seeds once it is fixed.
set -euo pipefail
cd "$(dirname "$0")/.."
build=.build-fuzz
mkdir -p "$build/corpus" "$build/sections"

# Rebuilt only when a source is newer than the harness (-L: GenKit's symbolic links count by
# the files they point to).
if [ ! -x "$build/fuzz-catalogue" ] || [ -n "$(find -L Sources/GenKit Fuzz -name '*.swift' -newer "$build/fuzz-catalogue")" ]; then
    mapfile -t genkit < <(find Sources/GenKit -name '*.swift' | sort)
    swiftc -sanitize=fuzzer,address -parse-as-library -O -g \
        "${genkit[@]}" Fuzz/FuzzCatalogue.swift Fuzz/SwiftSourceCheck.swift \
        -o "$build/fuzz-catalogue"
fi

# One seed per catalogue section: the front matter plus the text under one `## ` heading.
rm -f "$build"/sections/*
for catalogue in catalogues/*.md; do
    awk -v out="$build/sections/$(basename "$catalogue" .md)" '
        NR == 1 && $0 == "---" { front = 1 }
        front { header = header $0 "\n"; if (NR > 1 && $0 == "---") front = 0; next }
        /^## / { part++ }
        { file = out "-" part ".md"; if (!(file in started)) { printf "%s", header > file; started[file] = 1 } print > file }
    ' "$catalogue"
done

options=(-dict=Fuzz/catalogue.dict -max_len=8192 -timeout=10 -rss_limit_mb=2048 -artifact_prefix="$build/" -print_final_stats=1)
case "${1:-}" in
    replay) exec "$build/fuzz-catalogue" "${options[@]}" -runs=0 "$build/corpus" Fuzz/seeds "$build/sections" ;;
    "") exec "$build/fuzz-catalogue" "${options[@]}" "$build/corpus" Fuzz/seeds "$build/sections" ;;
    *) exec "$build/fuzz-catalogue" "${options[@]}" -max_total_time="$1" "$build/corpus" Fuzz/seeds "$build/sections" ;;
esac
