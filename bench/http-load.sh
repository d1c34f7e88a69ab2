#!/usr/bin/env bash
# HTTP load on loopback: a static file, the home page and a point page of the demo at
# Demo:Scale=100, measured one after the other in one run with wrk (64 connections), first
# as deployed (output cache on), then with the output cache off to show the cost of a render.
# Requests carry "Accept-Encoding: br, gzip" as every browser's do.
# Writes the figures to its section of docs/benchmarks.md. Usage: bench/http-load.sh [seconds per URL]
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-20}"
connections=64
port=5099
encoding="Accept-Encoding: br, gzip"

command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }

data=$(mktemp -d /tmp/buurtpunt-bench.XXXXXX)
app=""
stop_app() { if [ -n "$app" ]; then kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; app=""; fi; }
trap 'stop_app; rm -rf "$data"' EXIT

dotnet build src/Buurtpunt.Web -c Release -v q -nologo >/dev/null

start_app() { # $1: output cache on/off
  ASPNETCORE_ENVIRONMENT=Production Security__SecureCookies=false Demo__Seed=true Demo__Scale=100 Storage__DataPath="$data" \
    OutputCache__Enabled="$1" Logging__LogLevel__Default=Warning \
    dotnet src/Buurtpunt.Web/bin/Release/net10.0/Buurtpunt.Web.dll --urls "http://127.0.0.1:$port" \
    --contentRoot "$PWD/src/Buurtpunt.Web" >>"$data/app.log" 2>&1 &
  app=$!
  for _ in $(seq 1 180); do curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1 && return 0; sleep 1; done
  cat "$data/app.log"; exit 1
}

declare -A names=(
  ["/css/site.css"]="static file (site.css)"
  ["/"]="home page: 400 areas with their points"
  ["/punt/dorpspunt-runkelen"]="point page"
  ["/punt/dorpspunt-runkelen/vragen"]="questions of a point"
  ["/gebied/runkelen/nieuws.atom"]="Atom feed of an area's news"
  ["/agenda"]="city agenda, this week (400 areas' activities)"
  ["/agenda?weergave=lijst"]="city agenda as a list (next 30 dates)"
  ["/agenda.ics"]="city calendar feed (iCal, every series)"
)
urls=("/css/site.css" "/" "/punt/dorpspunt-runkelen" "/punt/dorpspunt-runkelen/vragen" "/gebied/runkelen/nieuws.atom" "/agenda" "/agenda?weergave=lijst" "/agenda.ics")
rows=()
static_rps=""
measure() { # $1: label for the cache column
  for url in "${urls[@]}"; do
    local target="http://127.0.0.1:$port$url"
    local raw sent out rps p50 p99 errors ratio
    raw=$(curl -fsS -o /dev/null -w '%{size_download}' "$target")
    sent=$(curl -fsS -H "$encoding" -o /dev/null -w '%{size_download}' "$target")
    wrk -t2 -c"$connections" -d3s -H "$encoding" "$target" >/dev/null   # warm-up: JIT, caches
    out=$(wrk -t2 -c"$connections" -d"${duration}s" --latency -H "$encoding" "$target")
    rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
    p50=$(awk '$1=="50%" {print $2}' <<<"$out")
    p99=$(awk '$1=="99%" {print $2}' <<<"$out")
    errors=$(awk '/Non-2xx|Socket errors/ {print}' <<<"$out" | tr '\n' ' ')
    [ -z "$static_rps" ] && static_rps=$rps
    ratio=$(awk -v a="$rps" -v b="$static_rps" 'BEGIN { printf "%.0f %%", 100*a/b }')
    rows+=("| ${names[$url]} | $1 | $raw | $sent | $rps | $ratio | $p50 | $p99 | ${errors:-none} |")
    echo "$url ($1): $rps req/s, p50 $p50, p99 $p99, $raw bytes ($sent sent) ${errors}"
  done
}

start_app true
measure "on"
stop_app
urls=("/" "/punt/dorpspunt-runkelen" "/punt/dorpspunt-runkelen/vragen" "/gebied/runkelen/nieuws.atom" "/agenda" "/agenda?weergave=lijst" "/agenda.ics")
start_app false
measure "off"
stop_app

cpu=$(awk -F: '/model name/ {print $2; exit}' /proc/cpuinfo | sed 's/^ *//')
{
  echo "## HTTP load: static file, home page, point page, questions, news feed, agenda, calendar feed"
  echo
  echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores ($cpu); the app and wrk share the machine, over loopback."
  echo "Demo data ×100 (\`Demo:Scale=100\`: 400 areas, each with its point), SQLite, Production settings."
  echo "$connections connections, 2 wrk threads, ${duration} s per URL after a 3 s warm-up, one URL after the other in one run;"
  echo "requests send \`$encoding\` as browsers do. \"of static\" compares with the static file's requests/s of the same run."
  echo
  echo "| what | output cache | bytes | bytes sent | requests/s | of static | p50 | p99 | errors |"
  echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
  printf '%s\n' "${rows[@]}"
  echo
  echo "Goal: pages at ≥ 50 % of the static file's throughput with p99 < 50 ms, as deployed (output cache on)."
  echo "Public pages are cached per host and language for 60 s, compressed once when stored, and"
  echo "dropped on every change by an administrator; the \"off\" rows show what a cache miss costs."
  echo
  echo "Reproduce: \`bench/http-load.sh ${duration}\` (installs \`wrk\` from Debian if missing)."
} | bench/section.sh http-load
cat docs/benchmarks.md
