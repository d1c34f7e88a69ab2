#!/usr/bin/env bash
# HTTP load on loopback: a static file, the home page and a point page of the demo at
# Demo:Scale=100, measured one after the other in one run with wrk (64 connections).
# Writes the figures to docs/benchmarks.md. Usage: bench/http-load.sh [seconds per URL]
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-20}"
connections=64
port=5099

command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }

data=$(mktemp -d /tmp/buurtpunt-bench.XXXXXX)
cleanup() { [ -n "${app:-}" ] && kill "$app" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$data"; }
trap cleanup EXIT

dotnet build src/Buurtpunt.Web -c Release -v q -nologo >/dev/null
ASPNETCORE_ENVIRONMENT=Production Demo__Seed=true Demo__Scale=100 Storage__DataPath="$data" \
  Logging__LogLevel__Default=Warning \
  dotnet src/Buurtpunt.Web/bin/Release/net10.0/Buurtpunt.Web.dll --urls "http://127.0.0.1:$port" --contentRoot src/Buurtpunt.Web >"$data/app.log" 2>&1 &
app=$!
for _ in $(seq 1 120); do curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break; sleep 1; done
curl -fsS "http://127.0.0.1:$port/health" >/dev/null || { cat "$data/app.log"; exit 1; }

declare -A names=(
  ["/css/site.css"]="static file (site.css)"
  ["/"]="home page (400 areas and points)"
  ["/punt/dorpspunt-runkelen"]="point page"
)
urls=("/css/site.css" "/" "/punt/dorpspunt-runkelen")
rows=()
static_rps=""
for url in "${urls[@]}"; do
  bytes=$(curl -fsS "http://127.0.0.1:$port$url" | wc -c)
  wrk -t2 -c"$connections" -d3s "http://127.0.0.1:$port$url" >/dev/null   # warm-up: JIT, caches
  out=$(wrk -t2 -c"$connections" -d"${duration}s" --latency "http://127.0.0.1:$port$url")
  rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  errors=$(awk '/Non-2xx|Socket errors/ {print}' <<<"$out" | tr '\n' ' ')
  [ -z "$static_rps" ] && static_rps=$rps
  ratio=$(awk -v a="$rps" -v b="$static_rps" 'BEGIN { printf "%.0f %%", 100*a/b }')
  rows+=("| ${names[$url]} | \`$url\` | $bytes | $rps | $ratio | $p50 | $p99 | ${errors:-none} |")
  echo "$url: $rps req/s, p50 $p50, p99 $p99, $bytes bytes ${errors}"
done

cpu=$(awk -F: '/model name/ {print $2; exit}' /proc/cpuinfo | sed 's/^ *//')
{
  echo "# Benchmarks"
  echo
  echo "## HTTP load: static file, home page, point page"
  echo
  echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores ($cpu), app and wrk on the same machine over loopback."
  echo "Demo data ×100 (\`Demo:Scale=100\`: 400 areas and points), SQLite, Production settings, output cache on."
  echo "$connections connections, 2 wrk threads, ${duration} s per URL after a 3 s warm-up, one URL after the other in one run."
  echo
  echo "| what | URL | bytes | requests/s | of static | p50 | p99 | errors |"
  echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |"
  printf '%s\n' "${rows[@]}"
  echo
  echo "Goal: pages at ≥ 50 % of the static file's throughput with p99 < 50 ms."
  echo
  echo "Reproduce: \`bench/http-load.sh ${duration}\` (installs \`wrk\` from Debian if missing)."
} > docs/benchmarks.md
cat docs/benchmarks.md
