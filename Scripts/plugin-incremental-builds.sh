#!/usr/bin/env bash
# The build plugin's promise: whatever is done to a target's markdown files, the next incremental
# `swift build` ends exactly as a clean build of the same files does, and a build with nothing new
# runs nothing. A consumer package is edited step by step; after each step it is built
# incrementally in one scratch folder and from nothing in another, and the two must agree on the
# exit status, the generated sources and what the program prints. CI runs this (.ci/run).
#
#   Scripts/plugin-incremental-builds.sh [work folder]   (default: .build-plugin-consumer)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mkdir -p "${1:-$root/.build-plugin-consumer}" && cd "${1:-$root/.build-plugin-consumer}" && pwd)"
package="$work/Consumer"
incremental="$work/incremental"
sources="$package/Sources/Consumer"
rm -rf "$work"/* && mkdir -p "$sources"

cat > "$package/Package.swift" <<EOF
// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Consumer",
    dependencies: [.package(name: "errgen", path: "$root")],
    targets: [
        .executableTarget(
            name: "Consumer",
            dependencies: [.product(name: "ErrGenRuntime", package: "errgen")],
            plugins: [.plugin(name: "ErrGenPlugin", package: "errgen")]
        ),
    ]
)
EOF
cat > "$sources/main.swift" <<'EOF'
// Prints every code of ShopError with what a client reads from it.
for error in ShopError.allCases {
    print(error.code, error.status.map(String.init) ?? "-", error.category?.rawValue ?? "-", error.message, error.docsURL?.absoluteString ?? "-")
}
EOF
# A catalogue with `count` codes in namespaces of 100, after front matter `$2` (may be empty).
shop() {
    local count=$1 frontMatter=$2
    printf '%s' "$frontMatter"
    echo "# Shop errors"
    for ((n = 0; n < count; n++)); do
        if ((n % 100 == 0)); then
            printf '\n## Area %d\n\n| Code | HTTP | Category | Retryable | Message | Hint |\n|---|---|---|---|---|---|\n' $((n / 100))
        fi
        printf '| `SHOP.A%d.%04d` | 409 | business | ❌ | Order %d cannot be changed in its current state | Reload the order and try the change again. |\n' $((n / 100)) "$n" "$n"
    done
}
settings=$'---\nerrgen:\n  docs-url: https://docs.example.com/errors#{anchor}\n---\n'

# What a build of the package in `scratch` ends with: its exit status; when it built, the
# generated sources (names and bytes) and what the program prints; when it failed, its errors.
outcome() {
    local scratch=$1 status=0
    swift build --package-path "$package" --scratch-path "$scratch" >"$scratch.log" 2>&1 || status=$?
    echo "exit status $status"
    if ((status == 0)); then
        (cd "$(find "$scratch/plugins/outputs" -type d -name GeneratedSources | head -1)" && find . -type f | sort | xargs sha256sum)
        "$scratch/debug/Consumer" | sha256sum
    else
        grep -E "error:" "$scratch.log" | sed "s|$scratch|SCRATCH|g" | sort -u
    fi
}

step=0
check() {
    step=$((step + 1))
    local name=$1 expected=$2
    local incrementalOutcome cleanOutcome
    incrementalOutcome=$(outcome "$incremental")
    # SwiftPM 6.3 relinks a package's tools in the second build of a new scratch folder (once,
    # whatever the plugin does); that build is not the no-op build checked below.
    if ((step == 1)); then swift build --package-path "$package" --scratch-path "$incremental" >/dev/null 2>&1; fi
    rm -rf "$work/clean"
    cleanOutcome=$(outcome "$work/clean")
    if [[ "$incrementalOutcome" != "$cleanOutcome" ]]; then
        echo "step $step ($name): the incremental build differs from a clean one"
        diff <(echo "$incrementalOutcome") <(echo "$cleanOutcome") || true
        tail -20 "$incremental.log"
        exit 1
    fi
    if [[ "$(head -1 <<<"$incrementalOutcome")" != "exit status $expected" ]]; then
        echo "step $step ($name): expected exit status $expected, got: $(head -1 <<<"$incrementalOutcome")"
        tail -20 "$incremental.log"
        exit 1
    fi
    # Built again with nothing new, a build that succeeded runs nothing: no command, no compile,
    # no link. (SwiftPM lists its plugins as compiled in every build; a failed build is retried.)
    ((expected == 0)) || { echo "step $step ($name): incremental and clean builds agree (exit status $expected)"; return; }
    swift build --package-path "$package" --scratch-path "$incremental" >"$work/noop.log" 2>&1 || true
    if grep -E "Generating|Compiling|Linking|Emitting|Wrapping" "$work/noop.log" | grep -v "Compiling plugin"; then
        echo "step $step ($name): a build with nothing new ran the commands above"
        exit 1
    fi
    echo "step $step ($name): incremental and clean builds agree ($(head -1 <<<"$incrementalOutcome"))"
}

shop 20 "$settings" > "$sources/shop.errors.md"
echo "# Notes on the client" > "$sources/notes.md"
check "first build" 0

printf -- '---\nerrgen:\n  type: Notes\n---\n| Code | Message |\n|---|---|\n| N1 | A note |\n' > "$sources/notes.md"
check "front matter added to a markdown file that is not named as a catalogue" 0

shop 20 "" > "$sources/shop.errors.md"
check "front matter removed from the catalogue" 0

shop 20 "${settings/docs.example.com/help.example.com}" > "$sources/shop.errors.md"
check "front matter added back, with another docs URL" 0

shop 1400 "$settings" > "$sources/shop.errors.md"
check "catalogue grown past 128 KiB (1,400 codes, several files)" 0

shop 20 "$settings" > "$sources/shop.errors.md"
check "catalogue shrunk back to one file" 0

printf -- '---\nerrgen:\n  type: Store\n---\n' > "$sources/shop.errors.md.tmp" && shop 20 "" >> "$sources/shop.errors.md.tmp"
mv "$sources/shop.errors.md.tmp" "$sources/shop.errors.md"
check "settings changed: the type renamed, so main.swift no longer compiles" 1

shop 20 "$settings" > "$sources/shop.errors.md"
printf 'access: internal\n' > "$sources/errgen.yml"
check "run settings file added" 0

printf 'access: package\n' > "$sources/errgen.yml"
check "run settings changed" 0

shop 20 "${settings/docs-url/doc-url}" > "$sources/shop.errors.md"
check "catalogue broken (a misspelt setting)" 1

shop 20 "$settings" > "$sources/shop.errors.md"
check "catalogue fixed" 0

# The lock file that keeps names (recorded by the errgen the build made), then a copy edit that
# the lock keeps from renaming the cases.
"$incremental/debug/errgen-tool" lock "$sources/shop.errors.md" --config "$sources/errgen.yml" --quiet
check "lock file added" 0

sed -i 's/cannot be changed in its current state/can no longer be changed/' "$sources/shop.errors.md"
check "messages edited under the lock" 0
grep -q "case order0CannotBeChangedInItsCurrent$" "$(find "$incremental/plugins/outputs" -type d -name GeneratedSources | head -1)/shop.errgen.swift" || { echo "the lock did not keep the case names"; exit 1; }

echo "The build plugin's incremental builds agree with clean builds after each of $step steps"
