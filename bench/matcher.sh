#!/usr/bin/env bash
# The neighbour matcher's min-cost flow against Google OR-Tools (BenchmarkDotNet, ShortRun, with
# memory), on a realistic round of 1k requests × 500 volunteers and one of 10k × 5k.
# Writes its section of docs/benchmarks.md. Usage: bench/matcher.sh
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d /tmp/buurtpunt-matcher-bench.XXXXXX)
trap 'rm -rf "$out"' EXIT
dotnet build bench/Matcher.Bench -c Release -v q -nologo >/dev/null
check=$(dotnet bench/Matcher.Bench/bin/Release/net10.0/Matcher.Bench.dll --check)
echo "$check"
dotnet bench/Matcher.Bench/bin/Release/net10.0/Matcher.Bench.dll --filter '*' --artifacts "$out" >"$out/run.log" || { tail -40 "$out/run.log"; exit 1; }
report=$(ls "$out"/results/*-report-github.md)
cpu=$(awk -F: '/model name/ {print $2; exit}' /proc/cpuinfo | sed 's/^ *//')
{
  echo "## Neighbour matcher: min-cost flow against OR-Tools"
  echo
  echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores ($cpu) with BenchmarkDotNet (ShortRun), one process."
  echo "Rounds of 1k requests × 500 volunteers and 10k × 5k with realistic sparsity (see \`Rounds\` in the bench)."
  echo "Both solvers get the same feasible pairs; \"whole proposal\" adds finding those pairs (feasibility)."
  echo "OR-Tools allocates in native code, which BenchmarkDotNet does not count (its Allocated column is managed memory only)."
  echo "Agreement check (flow and cost equal, Stopwatch, single run):"
  echo
  echo '```'
  echo "$check"
  echo '```'
  echo
  sed -n '/^| *Method/,$p' "$report" | sed "s/&#39;/'/g"
  echo
  echo "Reproduce: \`bench/matcher.sh\`."
} | bench/section.sh matcher
sed -n '/<!-- matcher -->/,/<!-- \/matcher -->/p' docs/benchmarks.md
