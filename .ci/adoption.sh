#!/usr/bin/env bash
# Checks TopologyLint's outputs with their real consumers and its adoption files with the tools that run them:
# SARIF with Microsoft's SARIF multitool (Sarif, Gh and, inside a simulated Azure Pipelines run, Ado rules), the
# GitHub Action's script with GitHub's variables set, the pre-commit hook with Debian's pre-commit, the schema with
# yaml-language-server, and the commands of docs/ci.md (.ci/docs-commands.py). Needs the solution built (Debug), as .ci/run leaves it.
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
passed=0
failed=0
pass() { echo "ok: $1"; passed=$((passed + 1)); }
fail() { echo "FAILED: $1" >&2; failed=$((failed + 1)); }
topolint() { dotnet "$repo/src/TopologyLint.Cli/bin/Debug/net10.0/topolint.dll" "$@"; }

# --- the tools -------------------------------------------------------------------------------------------------
if ! command -v pre-commit >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq pre-commit >/dev/null
fi
npm install --prefix .ci --no-audit --no-fund --no-package-lock --loglevel=error >/dev/null
multitool="$repo/.ci/node_modules/.bin/sarif-multitool"

# --- SARIF: no error or warning from the multitool --------------------------------------------------------------
# validate writes its findings as SARIF; errors and warnings are counted there (notes are fine).
validate() { # kind sarif-file
  local out="$work/validation-$1-$(basename "$2").sarif"
  "$multitool" validate "$2" --rule-kind "$1" --level '"Error;Warning;Note"' -o "$out" --log ForceOverwrite >"$out.log" 2>&1 || true
  node -e '
    const log = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const bad = log.runs.flatMap(r => r.results || []).filter(r => (r.level || "warning") !== "note" && r.level !== "none");
    for (const r of bad) console.error(`  ${r.level || "warning"} ${r.ruleId}: ${JSON.stringify(r.message.arguments || r.message.text)}`);
    const notes = log.runs.flatMap(r => r.results || []).length - bad.length;
    console.log(`  ${process.argv[2]}: ${bad.length} errors or warnings, ${notes} notes`);
    process.exit(bad.length ? 1 : 0);' "$out" "$1 $(basename "$2")"
}
topolint lint examples/broken --format sarif="$work/broken.sarif" >/dev/null || true
topolint lint examples/contoso --format sarif="$work/clean.sarif" >/dev/null
for kind in Sarif Gh; do
  for log in "$work/broken.sarif" "$work/clean.sarif"; do
    if validate "$kind" "$log"; then pass "multitool $kind rules on $(basename "$log")"; else fail "multitool $kind rules on $(basename "$log")"; fi
  done
done
# The predefined variables an Azure Pipelines agent sets; the CLI fills automationDetails from them.
TF_BUILD=True SYSTEM_COLLECTIONURI=https://dev.azure.com/contoso/ SYSTEM_TEAMPROJECT="Voice Infrastructure" \
SYSTEM_DEFINITIONID=42 BUILD_DEFINITIONNAME=topology-ci SYSTEM_PHASEID=6b1c6d2f-3c1d-4a59-9d3e-2f0a9c7e1b11 \
SYSTEM_PHASENAME=Lint BUILD_SOURCEBRANCH=refs/heads/main BUILD_BUILDID=1234 \
  topolint lint examples/broken --format sarif="$work/ado.sarif" >/dev/null || true
if validate Ado "$work/ado.sarif" && validate Sarif "$work/ado.sarif"; then pass "multitool Ado rules inside Azure Pipelines"; else fail "multitool Ado rules inside Azure Pipelines"; fi

# --- the GitHub Action's script, as the runner calls it ---------------------------------------------------------
feed="$work/feed"
dotnet pack src/TopologyLint.Cli --no-build -c Debug -o "$feed" --nologo -v q >/dev/null
run_action() { # workspace -> exit code; stdout in $workspace.out, outputs in $workspace.outputs
  local workspace="$1"
  rm -f "$workspace.outputs"
  local status=0
  env -i PATH="$PATH" HOME="$HOME" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 \
    GITHUB_ACTIONS=true GITHUB_ACTION_PATH="$repo" GITHUB_WORKSPACE="$workspace" GITHUB_OUTPUT="$workspace.outputs" \
    RUNNER_TEMP="$work/runner-temp" INPUT_PATHS="topologies" INPUT_SARIF_CATEGORY="topolint-ci" INPUT_SARIF_FILE="topolint.sarif" \
    INPUT_WARNINGS_AS_ERRORS=false INPUT_BASELINE="" INPUT_VERSION="" INPUT_NUGET_SOURCE="$feed" \
    bash "$repo/action/run.sh" >"$workspace.out" 2>&1 || status=$?
  return "$status"
}
mkdir -p "$work/ws-broken/topologies" "$work/ws-clean/topologies"
cp -r examples/broken/. "$work/ws-broken/topologies/"
cp -r examples/contoso/. "$work/ws-clean/topologies/"
status=0; run_action "$work/ws-broken" || status=$?
if [[ $status == 1 ]] && grep -q '^::error file=topologies/' "$work/ws-broken.out" && grep -qx 'sarif-file=topolint.sarif' "$work/ws-broken.outputs" \
   && grep -qx 'exit-code=1' "$work/ws-broken.outputs" && grep -q '"id": "topolint-ci/"' "$work/ws-broken/topolint.sarif"; then
  pass "action script: broken topologies fail with annotations and a SARIF log"
else
  fail "action script on broken topologies (exit $status)"; cat "$work/ws-broken.out" >&2
fi
status=0; run_action "$work/ws-clean" || status=$?
if [[ $status == 0 ]] && grep -qx 'exit-code=0' "$work/ws-clean.outputs" && [[ -f "$work/ws-clean/topolint.sarif" ]]; then
  pass "action script: clean topologies pass"
else
  fail "action script on clean topologies (exit $status)"; cat "$work/ws-clean.out" >&2
fi

# --- the pre-commit hook, through Debian's pre-commit ------------------------------------------------------------
export PRE_COMMIT_HOME="$work/pre-commit-home"
try_hook() { # directory with topologies -> pre-commit's exit code
  local target="$work/hook-$(basename "$1")"
  mkdir -p "$target" && cp -r "$1"/. "$target/"
  git -C "$target" init -q && git -C "$target" add -A
  (cd "$target" && pre-commit try-repo "$repo" topolint --all-files) >"$target.log" 2>&1
}
if try_hook examples/contoso; then pass "pre-commit hook passes a clean topology"; else fail "pre-commit hook on a clean topology"; cat "$work/hook-contoso.log" >&2; fi
if ! try_hook examples/broken && grep -q 'TL' "$work/hook-broken.log"; then pass "pre-commit hook fails a broken topology"; else fail "pre-commit hook on a broken topology"; cat "$work/hook-broken.log" >&2; fi

# --- every command docs/ci.md shows -----------------------------------------------------------------------------
if python3 .ci/docs-commands.py "$feed"; then pass "docs/ci.md's commands run as the page says"; else fail "docs/ci.md's commands"; fi

# --- the schema in an editor: yaml-language-server as a real LSP client sees it ----------------------------------
if node .ci/yaml-language-server-check.js; then pass "yaml-language-server shows the schema's messages, enum descriptions and titles"; else fail "yaml-language-server checks"; fi

echo "adoption checks: $passed passed, $failed failed"
[[ $failed == 0 ]]
