#!/usr/bin/env bash
# Search under load: ten typical Dutch queries on the demo at Demo:Scale=100 (SQLite, FTS5),
# each measured with wrk (64 connections) in the same run as a static file, then all ten mixed.
# The search page is not output-cached, so every request runs the full-text query.
# Writes its section of docs/benchmarks.md. Usage: bench/search-load.sh [seconds per query]
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-10}"
connections=64
port=5098
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
data=$(mktemp -d /tmp/buurtpunt-search-bench.XXXXXX)
app=""
trap 'if [ -n "$app" ]; then kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; fi; rm -rf "$data"' EXIT
dotnet build src/Buurtpunt.Web -c Release -v q -nologo >/dev/null
ASPNETCORE_ENVIRONMENT=Production Security__SecureCookies=false Demo__Seed=true Demo__Scale=100 Storage__DataPath="$data" Logging__LogLevel__Default=Warning \
  dotnet src/Buurtpunt.Web/bin/Release/net10.0/Buurtpunt.Web.dll --urls "http://127.0.0.1:$port" \
  --contentRoot "$PWD/src/Buurtpunt.Web" >>"$data/app.log" 2>&1 &
app=$!
for _ in $(seq 1 180); do curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break; sleep 1; done
curl -fsS "http://127.0.0.1:$port/health" >/dev/null || { cat "$data/app.log"; exit 1; }

queries=("fietsen" "parkeerkaart aanvragen" "repair cafe" "belastingbrief" "digitale hulp" "ziekenhuis" "vuilniszakken" "identiteitskaart" "buurtfeest" "itsme op mijn gsm")
documents=$(python3 -c "import sqlite3; print(sqlite3.connect('$data/buurtpunt.db').execute('select count(*) from SearchDocuments').fetchone()[0])")
encode() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote_plus(sys.argv[1]))' "$1"; }
rows=()
static_rps=""
run() { # $1: label, $2: URL, [$3: wrk lua script]
  local out rps p50 p99 errors ratio hits
  wrk -t2 -c"$connections" -d3s ${3:+-s "$3"} "$2" >/dev/null
  out=$(wrk -t2 -c"$connections" -d"${duration}s" --latency ${3:+-s "$3"} "$2")
  rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  errors=$(awk '/Non-2xx|Socket errors/ {print}' <<<"$out" | tr '\n' ' ')
  [ -z "$static_rps" ] && static_rps=$rps
  ratio=$(awk -v a="$rps" -v b="$static_rps" 'BEGIN { printf "%.0f %%", 100*a/b }')
  hits=$(curl -fsS "$2" | grep -o '[0-9]* resultat\?[a-z]* voor' | grep -o '^[0-9]*' || true)
  rows+=("| $1 | ${hits:-–} | $rps | $ratio | $p50 | $p99 | ${errors:-none} |")
  echo "$1: $rps req/s, p50 $p50, p99 $p99, ${hits:-–} results ${errors}"
}
run "static file (site.css)" "http://127.0.0.1:$port/css/site.css"
lua="$data/mixed.lua"
echo 'local paths = {' >"$lua"
for q in "${queries[@]}"; do
  run "\`$q\`" "http://127.0.0.1:$port/zoeken?q=$(encode "$q")"
  echo "  \"/zoeken?q=$(encode "$q")\"," >>"$lua"
done
echo '}
local i = 0
request = function() i = i % #paths + 1; return wrk.format("GET", paths[i]) end' >>"$lua"
run "all ten, mixed" "http://127.0.0.1:$port/zoeken" "$lua"
cpu=$(awk -F: '/model name/ {print $2; exit}' /proc/cpuinfo | sed 's/^ *//')
{
  echo "## Search: ten Dutch queries"
  echo
  echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores ($cpu); the app and wrk share the machine, over loopback."
  echo "Demo data ×100 (\`Demo:Scale=100\`: $documents search documents — questions with their answers, news,"
  echo "FAQ, 400 points, services), SQLite FTS5, Production settings, search page not cached (every request"
  echo "parses, stems, queries the index for the counts per kind and the first 20 hits, and highlights them)."
  echo "$connections connections, 2 wrk threads, ${duration} s per row after a 3 s warm-up, in one run;"
  echo "\"of static\" compares with the static file of the same run."
  echo
  echo "| query | results | requests/s | of static | p50 | p99 | errors |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | --- |"
  printf '%s\n' "${rows[@]}"
  echo
  echo "Reproduce: \`bench/search-load.sh ${duration}\` (installs \`wrk\` from Debian if missing)."
} | bench/section.sh search-load
cat docs/benchmarks.md | sed -n '/<!-- search-load -->/,/<!-- \/search-load -->/p'
