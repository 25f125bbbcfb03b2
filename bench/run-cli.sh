#!/usr/bin/env bash
# Whole-process measurements of the CLI, as a user runs it: wall time and peak memory
# (/usr/bin/time -v) on generated topologies of 10k, 100k and 1M users, and the start-up time
# on the small clean example (hyperfine when installed, else a loop of /usr/bin/time).
# Prints medians of RUNS runs. Timings are printed, never asserted.
#
#   bench/run-cli.sh                 # 10000 100000 1000000 users, 5 runs each
#   RUNS=3 bench/run-cli.sh 100000   # chosen sizes
#
# 1M users (124 MB of YAML) is over the loader's default 64 MiB limit (TL0001), so every file is
# linted with --max-file-size lifted to MAX_FILE_SIZE (default 1 GiB), as a user would lift it.
# The peak RSS of the CLI on the small clean example is the runtime's own baseline (the runtime,
# the loaded assemblies and the JIT); the table gives peak RSS / file size both in total and
# above that baseline, which is what grows with the file.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
runs="${RUNS:-5}"
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(10000 100000 1000000)
max_file_size="${MAX_FILE_SIZE:-1073741824}"
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
  /usr/bin/time -v "$cli" lint "$1" --format sarif --max-file-size "$max_file_size" >/dev/null 2>"$stats" || code=$?
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$stats")
  rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$stats")
  echo "$wall $rss $code"
}

example="$repo/examples/contoso/contoso.topology.yaml"
rsss=()
for ((i = 0; i < runs; i++)); do
  read -r _ rss _ < <(measure "$example")
  rsss+=("$rss")
done
baseline=$(printf '%s\n' "${rsss[@]}" | median)
echo
echo "== baseline: peak RSS of the CLI on the small clean example: $(awk -v r="$baseline" 'BEGIN { printf "%.0f", r / 1024 }') MB"

printf '\n%-34s %10s %12s %10s %12s %8s %11s %5s\n' "file" "MB" "wall s" "MB/s" "peak RSS MB" "RSS/file" "above/file" "exit"
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
    awk -v f="$(basename "$file")" -v b="$bytes" -v w="$wall" -v r="$rss" -v base="$baseline" -v c="$code" \
      'BEGIN { printf "%-34s %10.1f %12.2f %10.1f %12.0f %8.1f %11.1f %5s\n", f, b / 1048576, w, b / 1048576 / w, r / 1024, r * 1024 / b, (r - base) * 1024 / b, c }'
  done
done

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
