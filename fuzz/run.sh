#!/usr/bin/env bash
# Fuzzes TopologyLint with AFL++ through SharpFuzz for a bounded time.
#   fuzz/run.sh [load|lint] [minutes]     (defaults: load, 10)
# Needs afl-fuzz (Debian: apt-get install -y afl++). Builds and instruments into fuzz/out/ (ignored by git);
# findings land in fuzz/out/findings-TARGET/default/{crashes,hangs}. Turn each one into a regression test.
set -euo pipefail
cd "$(dirname "$0")"
target="${1:-load}"
minutes="${2:-10}"
case "$target" in load|lint) ;; *) echo "usage: fuzz/run.sh [load|lint] [minutes]" >&2; exit 2 ;; esac
command -v afl-fuzz >/dev/null || { echo "fuzz/run.sh needs afl-fuzz: apt-get install -y afl++" >&2; exit 2; }

out="$PWD/out"
bin="$out/bin"
tools="$out/tools"
mkdir -p "$out"
if [ ! -x "$tools/sharpfuzz" ]; then
  dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$tools"
fi

rm -rf "$bin"
dotnet publish TopologyLint.Fuzz/TopologyLint.Fuzz.csproj -c Release -o "$bin" --nologo -v quiet
# Instrument the code under test: the engine and the YAML parser it drives (not the runtime, not SharpFuzz).
for assembly in TopologyLint.Core.dll YamlDotNet.dll; do
  "$tools/sharpfuzz" "$bin/$assembly"
done

findings="$out/findings-$target"
# AFL++ cannot see .NET's instrumentation in the dotnet host binary, and needs no core dump handler here.
export AFL_SKIP_BIN_CHECK=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1 AFL_NO_UI=1
# Resume an earlier run of this target when there is one ("-i -"), else start from the seed corpus.
input="$PWD/corpus"
if [ -d "$findings/default/queue" ]; then input="-"; fi
# -t: a .NET start-up is slow, but 5 s for one input is a hang; -m none: the CLR reserves far more virtual memory than AFL's default.
exec afl-fuzz -i "$input" -o "$findings" -x "$PWD/topology.dict" -t 5000 -m none -V $((minutes * 60)) -- dotnet "$bin/TopologyLint.Fuzz.dll" "$target"
