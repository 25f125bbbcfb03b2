#!/usr/bin/env bash
# Whole-process measurements of the CLI, as a user runs it: wall time and peak memory
# (/usr/bin/time -v) on generated topologies of 10k, 100k and 500k users, and the start-up time
# on the small clean example (hyperfine when installed, else a loop of /usr/bin/time).
# Prints medians of RUNS runs. Timings are printed, never asserted.
#
#   bench/run-cli.sh                 # 10000 100000 500000 users, 5 runs each
#
# 1M users (124 MB of YAML) is over the loader's 64 MiB MaxFileBytes limit, which the CLI
# enforces by design (TL0001, exit 1); `dotnet run -c Release --project bench/TopologyLint.Bench
# -- quick 1000000` measures the engine on it in-process with the limit lifted.
#   RUNS=3 bench/run-cli.sh 100000   # chosen sizes
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
runs="${RUNS:-5}"
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(10000 100000 500000)
out="$repo/bench/data/cli"
rid="${RID:-linux-x64}"

echo "== publishing the CLI (Release, ReadyToRun, $rid) to $out"
dotnet publish "$repo/src/TopologyLint.Cli/TopologyLint.Cli.csproj" -c Release -r "$rid" --self-contained false \
  -p:PublishReadyToRun=true -o "$out" -v quiet -nologo >/dev/null
cli="$out/topolint"

echo "== generating inputs"
dotnet run -c Release --project "$repo/bench/TopologyLint.Bench" -- generate "${sizes[@]}" | sed 's/^/   /'

median() { sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

# One run: "seconds kilobytes exit-code" of the whole process; the SARIF report goes to /dev/null.
measure() {
  local stats="$out/time.txt" code=0
  /usr/bin/time -v "$cli" lint "$1" --format sarif >/dev/null 2>"$stats" || code=$?
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$stats")
  rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$stats")
  echo "$wall $rss $code"
}

printf '\n%-34s %10s %12s %10s %12s %8s %5s\n' "file" "MB" "wall s" "MB/s" "peak RSS MB" "RSS/file" "exit"
for users in "${sizes[@]}"; do
  for ext in yaml json; do
    file="$repo/bench/data/users-$users.topology.$ext"
    bytes=$(stat -c %s "$file")
    walls=(); rsss=(); code=0
    for ((i = 0; i < runs; i++)); do
      read -r wall rss code < <(measure "$file")
      walls+=("$wall"); rsss+=("$rss")
    done
    wall=$(printf '%s\n' "${walls[@]}" | median)
    rss=$(printf '%s\n' "${rsss[@]}" | median)
    awk -v f="$(basename "$file")" -v b="$bytes" -v w="$wall" -v r="$rss" -v c="$code" \
      'BEGIN { printf "%-34s %10.1f %12.2f %10.1f %12.0f %8.1f %5s\n", f, b / 1048576, w, b / 1048576 / w, r / 1024, r * 1024 / b, c }'
  done
done

example="$repo/examples/contoso/contoso.topology.yaml"
echo
echo "== start-up: the small clean example ($example)"
if command -v hyperfine >/dev/null; then
  hyperfine --warmup 3 --runs $((runs * 4)) -N "$cli lint $example" 2>&1 | sed 's/^/   /'
else
  walls=()
  for ((i = 0; i < runs * 4; i++)); do
    read -r wall _ _ < <(measure "$example")
    walls+=("$wall")
  done
  echo "   median wall: $(printf '%s\n' "${walls[@]}" | median) s over $((runs * 4)) runs"
fi
