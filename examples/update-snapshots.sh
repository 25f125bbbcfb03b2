#!/usr/bin/env bash
# Regenerates the snapshot of every example that has one (examples/*/expected.txt), which
# tests/TopologyLint.Core.Tests/ExamplesTests.cs compares the engine's output with. Snapshots are
# never edited by hand: change the example or the engine, run this, and review the diff.
#
#   examples/update-snapshots.sh
#
# A snapshot line is the CLI's text output without the message: file:line:col: severity ID, the
# file relative to the example's directory.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
dotnet build "$repo/src/TopologyLint.Cli" -v quiet -nologo >/dev/null

for snapshot in "$repo"/examples/*/expected.txt; do
  example="$(dirname "$snapshot")"
  # The lint exits 1 when it reports errors, which a broken example does by design.
  (cd "$example" && { dotnet run --no-build --project "$repo/src/TopologyLint.Cli" -- lint . --no-color || true; }) \
    | sed -nE 's/^([^ ]+:[0-9]+:[0-9]+: (error|warning|info) TL[0-9]{4}): .*/\1/p' > "$snapshot"
  echo "wrote ${snapshot#"$repo"/} ($(wc -l < "$snapshot") diagnostics)"
done
