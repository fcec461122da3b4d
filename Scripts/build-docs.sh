#!/usr/bin/env bash
# Builds the reference documentation, the DocC catalogue Sources/ErrGenRuntime/ErrGenRuntime.docc
# with ErrGenRuntime's symbols, using the toolchain's own docc. A broken link, to an article or
# to a symbol, is an error. CI runs it (.ci/run).
#
#   Scripts/build-docs.sh [output folder]                  a DocC archive (default: .build-docs/ErrGenRuntime.doccarchive)
#   Scripts/build-docs.sh --static <output folder> [base]  pages for static hosting (GitHub Pages
#                                                           and the like), served under /<base>
#                                                           (default base: errgen)
set -euo pipefail
cd "$(dirname "$0")/.."

static=()
if [[ "${1:-}" == "--static" ]]; then
    output="${2:?Scripts/build-docs.sh --static <output folder> [base path]}"
    static=(--transform-for-static-hosting --hosting-base-path "${3:-errgen}")
else
    output="${1:-.build-docs/ErrGenRuntime.doccarchive}"
fi

symbols=.build-docs/symbol-graphs
graph() {
    mkdir -p "$symbols"
    swift build --target ErrGenRuntime --scratch-path .build-docs \
        -Xswiftc -emit-symbol-graph -Xswiftc -emit-symbol-graph-dir -Xswiftc "$PWD/$symbols"
}
graph
# The compiler writes the graph when it compiles the module; an up-to-date build leaves the one
# it wrote then. Without one, build from nothing.
if [[ ! -f "$symbols/ErrGenRuntime.symbols.json" ]]; then rm -rf .build-docs && graph; fi

rm -rf "$output"
docc convert Sources/ErrGenRuntime/ErrGenRuntime.docc \
    --additional-symbol-graph-dir "$symbols" \
    --fallback-display-name ErrGenRuntime --fallback-bundle-identifier errgen.ErrGenRuntime \
    --output-path "$output" --warnings-as-errors "${static[@]}"
echo "Documentation built into $output"
