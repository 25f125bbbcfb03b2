#!/usr/bin/env bash
# The shell part of the TopologyLint GitHub Action (action.yml): installs the tool, lints with annotations and a
# SARIF log, and hands the log's path and the exit code to the next steps. Reads the action's inputs from INPUT_*
# and GitHub's GITHUB_ACTION_PATH, GITHUB_WORKSPACE, GITHUB_OUTPUT and RUNNER_TEMP, as the runner sets them.
set -euo pipefail

action_path="${GITHUB_ACTION_PATH:?run by the GitHub runner, which sets GITHUB_ACTION_PATH}"
: "${GITHUB_OUTPUT:?run by the GitHub runner, which sets GITHUB_OUTPUT}"
tools="${RUNNER_TEMP:?run by the GitHub runner, which sets RUNNER_TEMP}/topolint-tool"

version="${INPUT_VERSION:-}"
if [[ -z "$version" ]]; then
  # The action's own version: the one its repository builds.
  version="$(sed -n 's:.*<VersionPrefix>\(.*\)</VersionPrefix>.*:\1:p' "$action_path/Directory.Build.props")"
fi

install=(dotnet tool install --tool-path "$tools" TopologyLint.Cli --version "$version")
if [[ -n "${INPUT_NUGET_SOURCE:-}" ]]; then
  install+=(--add-source "$INPUT_NUGET_SOURCE")
fi
if [[ ! -x "$tools/topolint" ]]; then
  echo "::group::Install TopologyLint.Cli $version"
  "${install[@]}"
  echo "::endgroup::"
fi

cd "${GITHUB_WORKSPACE:-.}"
args=(lint)
read -r -a paths <<< "$(echo "${INPUT_PATHS:-.}" | tr '\n' ' ')"
args+=("${paths[@]}")
sarif="${INPUT_SARIF_FILE:-topolint.sarif}"
args+=(--format github --format "sarif=$sarif" --sarif-category "${INPUT_SARIF_CATEGORY:-topolint}")
if [[ -n "${INPUT_BASELINE:-}" ]]; then
  args+=(--baseline "$INPUT_BASELINE")
fi
if [[ "${INPUT_WARNINGS_AS_ERRORS:-false}" == "true" ]]; then
  args+=(--warnaserror)
fi

status=0
"$tools/topolint" "${args[@]}" || status=$?
# Exit 2 writes no report: the upload step is skipped rather than failing on a missing file.
if [[ -f "$sarif" ]]; then
  echo "sarif-file=$sarif" >> "$GITHUB_OUTPUT"
fi
echo "exit-code=$status" >> "$GITHUB_OUTPUT"
exit "$status"
