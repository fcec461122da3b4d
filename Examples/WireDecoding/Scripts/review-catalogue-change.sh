#!/usr/bin/env bash
# What a pull request check runs on a changed catalogue (see the DocC article "Reviewing catalogue
# changes"): errgen diff of the Nevermined catalogue against an edited copy. A message edit is
# safe and passes; removing a code clients match on fails until the catalogue accepts it.
#
#   Scripts/review-catalogue-change.sh [scratch folder]   (run from Examples/WireDecoding; CI passes
#                                                         the scratch folder it built this package in)
set -euo pipefail
cd "$(dirname "$0")/.."
scratch=(${1:+--scratch-path "$1"})
errgen() { swift run -q "${scratch[@]}" errgen "$@"; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mkdir "$work/old" "$work/new"
cp ../../catalogues/nevermined.errors.md ../../catalogues/nevermined.errgen.lock "$work/old/"
cp "$work/old/"* "$work/new/"
diff_new() { errgen diff "$work/old/nevermined.errors.md" "$work/new/nevermined.errors.md" "$@"; }

# A copy edit: the case keeps its name (the lock), so the change is safe.
sed -i 's/| Invalid Agent Execution Status |/| The agent execution status is invalid |/' "$work/new/nevermined.errors.md"
diff_new > "$work/edit.txt"
grep -q "0 breaking, 0 dangerous, 1 safe" "$work/edit.txt"
grep -q "safe: 'BCK.AGENT.0001' message edited" "$work/edit.txt"

# A code removed: breaking, exit 1, annotated for GitHub, and passing once accepted.
sed -i '/BCK.AGENT.0002/d' "$work/new/nevermined.errors.md"
if diff_new --format github > "$work/removed.txt"; then echo "a removed code should fail the diff"; exit 1; fi
grep -q "^::error file=$work/new/nevermined.errors.md,title=breaking change::'BCK.AGENT.0002' removed$" "$work/removed.txt"
sed -i 's/^errgen:$/errgen:\n  accept-breaking: [BCK.AGENT.0002]/' "$work/new/nevermined.errors.md"
diff_new --format markdown > "$work/accepted.md"
grep -q "| \`BCK.AGENT.0002\` | removed (accepted) | errorUpdatingStepAgent |  |" "$work/accepted.md"
echo "errgen diff reviews the catalogue change as a pull request check would"
