#!/usr/bin/env bash
# Packages the extension to editors/vscode/topolint.vsix with @vscode/vsce (from npm; offline once installed).
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund
npx --no-install vsce package --allow-missing-repository --skip-license --out topolint.vsix
ls -l topolint.vsix
