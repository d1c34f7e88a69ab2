#!/usr/bin/env bash
# shellcheck disable=SC2317 # (cleanup functions are called from traps)
# Runs every test of Buurtpunt. This is THE test command, locally and in CI (.ci/run execs it).
#
# Needs: Debian 12 with the .NET SDK, Node/npm and root (to apt-get install what is missing:
# chromium, postgresql, python3-aiosmtpd, fonts-dejavu-core, zbar-tools to read QR codes).
#
# What it does:
#   1. installs missing system packages (apt-get, only when something is missing);
#   2. starts a throwaway PostgreSQL cluster on 127.0.0.1 (free port from 55432) and an SMTP sink
#      (aiosmtpd, free port from 52525); both are stopped again when the script exits;
#   3. builds Buurtpunt.slnx once (Release);
#   4. runs the test projects one after another (dotnet test, Microsoft.Testing.Platform):
#      Core.Tests, Web.Tests on SQLite, Web.Tests on PostgreSQL, Browser.Tests;
#   5. prints one line per run and, as the very last line, "N passed, N failed[, N skipped]".
# Exit code 0 only when nothing failed and at least one test passed.
#
# Exported to the tests: BUURTPUNT_TEST_PG (admin connection string), BUURTPUNT_TEST_SMTP_PORT,
# BUURTPUNT_TEST_ARTIFACTS (artifacts/test: logs and screenshots), BUURTPUNT_TEST_DB per run.
#
# Options:   --no-build   skip the build and test the existing Release output
# Variables: BUURTPUNT_TEST_TIMEOUT_MIN  per-run test timeout in minutes (default 25)
#            BUURTPUNT_TEST_BUDGET_MIN   whole-script budget in minutes (default 85; CI allows 90):
#                                        runs get shorter timeouts, or do not start, near its end
#            BUURTPUNT_TEST_DEBUG=1      print more detail about the services
set -Eeuo pipefail

cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."
ROOT=$PWD
SLN=Buurtpunt.slnx
ART=$ROOT/artifacts/test
TIMEOUT_MIN=${BUURTPUNT_TEST_TIMEOUT_MIN:-25}
BUDGET_MIN=${BUURTPUNT_TEST_BUDGET_MIN:-85}
DEBUG=${BUURTPUNT_TEST_DEBUG:-0}
DO_BUILD=1
for arg in "$@"; do
  case $arg in
    --no-build) DO_BUILD=0 ;;
    -h|--help) sed -n '3,/^set -E/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "test.sh: unknown argument: $arg (try --help)" >&2; exit 2 ;;
  esac
done

# Test runs, in order: label | project directory under tests/ | BUURTPUNT_TEST_DB ("-" = unset).
RUNS=(
  "Core.Tests|Buurtpunt.Core.Tests|-"
  "Web.Tests (Sqlite)|Buurtpunt.Web.Tests|Sqlite"
  "Web.Tests (Postgres)|Buurtpunt.Web.Tests|Postgres"
  "Browser.Tests|Buurtpunt.Browser.Tests|Sqlite"
)

# ---------------------------------------------------------------- state, summary and cleanup
PASSED=0 FAILED=0 SKIPPED=0
RESULTS=()
MAIN_DONE=0
LAST_ERR=""
TMP="" PG_BIN="" PG_DATA="" PG_PORT="" PG_OK=0 SMTP_PID="" SMTP_PORT=""
CHILD_PID="" TAIL_PID="" POLICY_RC_CREATED=0
T_START=$SECONDS

say()  { printf '%s\n' "$*"; }
warn() { printf 'test.sh: %s\n' "$*"; }

# record LABEL PASSED FAILED SKIPPED [NOTE]
record() {
  local line="$1: $2 passed, $3 failed"
  PASSED=$((PASSED + $2)); FAILED=$((FAILED + $3)); SKIPPED=$((SKIPPED + $4))
  if [[ $4 -gt 0 ]]; then line+=", $4 skipped"; fi
  if [[ -n ${5:-} ]]; then line+=" ($5)"; fi
  RESULTS+=("$line")
}

# Stop a process we started: TERM, up to $2 seconds of grace, then KILL. $1 may be "-PGID".
stop_pid() {
  local target=$1 grace=${2:-10} pid=${1#-} i
  kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM -- "$target" 2>/dev/null || true
  for ((i = 0; i < grace * 10; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 "$pid" 2>/dev/null; then
    warn "process $pid did not stop, killing it"
    kill -KILL -- "$target" 2>/dev/null || true
  fi
  wait "$pid" 2>/dev/null || true
}

as_postgres() {
  if [[ $EUID -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

stop_everything() {
  # A build or test run still going (only after a signal or an abort): `timeout` leads its own
  # process group, so signalling the group stops dotnet, the test host and what they started.
  if [[ -n $CHILD_PID ]]; then stop_pid "-$CHILD_PID" 15; CHILD_PID=""; fi
  if [[ -n $TAIL_PID ]]; then stop_pid "$TAIL_PID" 2; TAIL_PID=""; fi
  if [[ -n $SMTP_PID ]]; then stop_pid "$SMTP_PID" 5; SMTP_PID=""; fi
  if [[ -n $PG_DATA && -f $PG_DATA/postmaster.pid ]]; then
    local pg_pid
    pg_pid=$(head -n 1 "$PG_DATA/postmaster.pid" 2>/dev/null || true)
    as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -m immediate -w -t 30 stop >/dev/null 2>&1 ||
      warn "pg_ctl stop failed"
    if [[ -n $pg_pid ]] && kill -0 "$pg_pid" 2>/dev/null; then stop_pid "$pg_pid" 5; fi
  fi
  if [[ -n $TMP && -d $TMP ]]; then
    if [[ -f $TMP/postgres.log && -d $ART ]]; then cp "$TMP/postgres.log" "$ART/postgres.log" 2>/dev/null || true; fi
    rm -rf "$TMP"
  fi
  if [[ $POLICY_RC_CREATED == 1 ]]; then rm -f /usr/sbin/policy-rc.d; POLICY_RC_CREATED=0; fi
  # CI machines are throwaway: do not leave the compiler/MSBuild servers of our build running.
  if [[ ${CI:-} == true && $DO_BUILD == 1 ]]; then dotnet build-server shutdown >/dev/null 2>&1 || true; fi
}

finish() {
  local rc=$?
  trap - EXIT INT TERM HUP
  set +e
  stop_everything
  if [[ $MAIN_DONE != 1 ]]; then
    if [[ $rc -gt 128 ]]; then record "test.sh" 0 1 0 "interrupted by signal $((rc - 128))"
    else record "test.sh" 0 1 0 "aborted with exit code $rc${LAST_ERR:+ at $LAST_ERR}"; fi
  fi
  local total=$((SECONDS - T_START))
  say ""
  say "== Test summary ($((total / 60))m$((total % 60))s; logs in artifacts/test) =="
  local line
  for line in "${RESULTS[@]}"; do say "$line"; done
  line="$PASSED passed, $FAILED failed"
  if [[ $SKIPPED -gt 0 ]]; then line+=", $SKIPPED skipped"; fi
  say "$line"
  if [[ $FAILED -eq 0 && $PASSED -gt 0 ]]; then exit 0; fi
  exit 1
}
trap finish EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'LAST_ERR="line $LINENO: $BASH_COMMAND"' ERR

# run_logged LOG SHOW CMD...: runs CMD in the background with its output in LOG (shown on the
# console too when SHOW=1) and waits for it; sets CMD_RC. Waiting with `wait` lets the signal
# traps (and so the cleanup) run at once, and a file (not a pipe) means a straggling grandchild
# holding stdout open cannot hang the script.
run_logged() {
  local log=$1 show=$2
  shift 2
  : >"$log"
  "$@" </dev/null >>"$log" 2>&1 &
  CHILD_PID=$!
  if [[ $show == 1 ]]; then
    tail -n +1 -f --pid="$CHILD_PID" "$log" &
    TAIL_PID=$!
  fi
  CMD_RC=0
  wait "$CHILD_PID" || CMD_RC=$?
  CHILD_PID=""
  if [[ -n $TAIL_PID ]]; then wait "$TAIL_PID" || true; TAIL_PID=""; fi
}

# True when something accepts connections on 127.0.0.1:$1 (or ss shows a listener on that port).
port_in_use() {
  if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then return 0; fi
  if command -v ss >/dev/null 2>&1 && ss -Hltn "( sport = :$1 )" 2>/dev/null | grep -q .; then return 0; fi
  return 1
}

free_port() {
  local p
  for ((p = $1; p < $1 + 200; p++)); do
    if ! port_in_use "$p"; then echo "$p"; return 0; fi
  done
  return 1
}

# Newest /usr/lib/postgresql/<version>/bin holding the server binaries (never /usr/local/bin).
find_pg_bin() {
  local d best=""
  for d in $(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V); do
    if [[ -x $d/postgres && -x $d/initdb && -x $d/pg_ctl && -x $d/psql ]]; then best=$d; fi
  done
  [[ -n $best ]] && echo "$best"
}

pkg_installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

# ---------------------------------------------------------------- 1. system packages
rm -rf "$ART"
mkdir -p "$ART"
TMP=$(mktemp -d /tmp/buurtpunt-test.XXXXXX)

t0=$SECONDS
missing=()
[[ -x /usr/bin/chromium ]] || missing+=(chromium)
find_pg_bin >/dev/null || missing+=(postgresql)
pkg_installed python3-aiosmtpd || missing+=(python3-aiosmtpd)
pkg_installed fonts-dejavu-core || missing+=(fonts-dejavu-core)
pkg_installed zbar-tools || missing+=(zbar-tools)
if [[ ${#missing[@]} -gt 0 ]]; then
  say "Installing missing packages: ${missing[*]} (log: artifacts/test/apt.log)"
  SUDO=()
  if [[ $EUID -ne 0 ]]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO=(sudo -n); fi
  fi
  if [[ $EUID -ne 0 && ${#SUDO[@]} -eq 0 ]]; then
    record "setup" 0 1 0 "not root: cannot install ${missing[*]}"
  elif ! command -v apt-get >/dev/null 2>&1; then
    record "setup" 0 1 0 "no apt-get: cannot install ${missing[*]}"
  else
    # Keep apt from starting services (postgresql's own main cluster) on this machine.
    if [[ $EUID -eq 0 && ! -e /usr/sbin/policy-rc.d ]]; then
      printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
      chmod +x /usr/sbin/policy-rc.d
      POLICY_RC_CREATED=1
    fi
    apt_ok=1
    {
      "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -q -o DPkg::Lock::Timeout=300 update &&
        "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
          -o DPkg::Lock::Timeout=300 "${missing[@]}"
    } </dev/null >"$ART/apt.log" 2>&1 || apt_ok=0
    if [[ $POLICY_RC_CREATED == 1 ]]; then rm -f /usr/sbin/policy-rc.d; POLICY_RC_CREATED=0; fi
    if [[ $apt_ok == 0 ]]; then
      tail -n 20 "$ART/apt.log" || true
      record "setup" 0 1 0 "apt-get install ${missing[*]} failed, see artifacts/test/apt.log"
    fi
  fi
fi
T_APT=$((SECONDS - t0))

# ---------------------------------------------------------------- 2. PostgreSQL
t0=$SECONDS
if PG_BIN=$(find_pg_bin) && id postgres >/dev/null 2>&1; then
  PG_DATA=$TMP/pgdata
  if [[ $EUID -eq 0 ]]; then chown postgres: "$TMP"; fi
  if as_postgres "$PG_BIN/initdb" -D "$PG_DATA" --auth=trust -U postgres --encoding=UTF8 \
      --locale=C.UTF-8 --no-sync --no-instructions >"$ART/initdb.log" 2>&1; then
    cat >>"$PG_DATA/postgresql.conf" <<EOF

# scripts/test.sh: throwaway test cluster
listen_addresses = '127.0.0.1'
unix_socket_directories = '$TMP'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 300
EOF
    for attempt in 1 2 3; do
      PG_PORT=$(free_port 55432) || break
      if as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$TMP/postgres.log" -o "-p $PG_PORT" \
          -w -t 60 start >/dev/null 2>&1; then
        PG_OK=1
        break
      fi
      warn "PostgreSQL did not start on port $PG_PORT (attempt $attempt)"
    done
  else
    tail -n 20 "$ART/initdb.log" || true
  fi
fi
if [[ $PG_OK == 1 ]] &&
   pg_version=$("$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -XAtqc \
     "select current_setting('server_version')" 2>&1); then
  say "PostgreSQL $pg_version on 127.0.0.1:$PG_PORT ($PG_BIN, $((SECONDS - t0))s)"
  if [[ $DEBUG == 1 ]]; then
    "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -XAtc 'select version()' \
      -c 'show fsync' -c 'show synchronous_commit' -c 'show full_page_writes' \
      -c 'show max_connections' -c 'show unix_socket_directories' || true
  fi
  export BUURTPUNT_TEST_PG="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Include Error Detail=true"
else
  [[ -f $TMP/postgres.log ]] && tail -n 20 "$TMP/postgres.log"
  PG_OK=0
  record "setup" 0 1 0 "PostgreSQL did not start${PG_BIN:+ ($PG_BIN)}, see artifacts/test/postgres.log"
fi
T_PG=$((SECONDS - t0))

# ---------------------------------------------------------------- 3. SMTP sink
t0=$SECONDS
smtp_py=""
for py in python3 /usr/bin/python3; do
  if command -v "$py" >/dev/null 2>&1 && "$py" -c 'import aiosmtpd' >/dev/null 2>&1; then
    smtp_py=$(command -v "$py"); break
  fi
done
if [[ -n $smtp_py ]] && SMTP_PORT=$(free_port 52525); then
  "$smtp_py" -m aiosmtpd -n -l "127.0.0.1:$SMTP_PORT" </dev/null >"$ART/smtp.log" 2>&1 &
  SMTP_PID=$!
  for ((i = 0; i < 100; i++)); do
    if ! kill -0 "$SMTP_PID" 2>/dev/null || port_in_use "$SMTP_PORT"; then break; fi
    sleep 0.1
  done
fi
if [[ -n $SMTP_PID ]] && kill -0 "$SMTP_PID" 2>/dev/null && port_in_use "$SMTP_PORT"; then
  say "SMTP sink on 127.0.0.1:$SMTP_PORT ($smtp_py -m aiosmtpd, $((SECONDS - t0))s)"
  export BUURTPUNT_TEST_SMTP_PORT=$SMTP_PORT
else
  [[ -f $ART/smtp.log ]] && tail -n 20 "$ART/smtp.log"
  record "setup" 0 1 0 "SMTP sink (python3 -m aiosmtpd) did not start, see artifacts/test/smtp.log"
fi
T_SMTP=$((SECONDS - t0))

export BUURTPUNT_TEST_ARTIFACTS=$ART
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
export MSBUILDTERMINALLOGGER=off

# ---------------------------------------------------------------- 4. build (once)
# Projects the solution lists but that do not exist (yet) would fail the whole build; build the
# others instead (through a temporary solution) and count each missing one as a failed run below.
mapfile -t sln_projects < <(grep -o '<Project [^>]*Path="[^"]*"' "$SLN" | sed 's/.*Path="//; s/"$//')
existing=() missing_projects=()
for p in "${sln_projects[@]}"; do
  if [[ -f $p ]]; then existing+=("$p"); else missing_projects+=("$p"); fi
done
build_target=$SLN
if [[ ${#missing_projects[@]} -gt 0 ]]; then
  warn "$SLN lists missing project(s): ${missing_projects[*]}; building the others"
  build_target=$TMP/Buurtpunt.partial.slnx
  {
    echo '<Solution>'
    for p in "${existing[@]}"; do printf '  <Project Path="%s" />\n' "$ROOT/$p"; done
    echo '</Solution>'
  } >"$build_target"
  for p in "${missing_projects[@]}"; do
    covered=0
    for run in "${RUNS[@]}"; do
      IFS='|' read -r _ dir _ <<<"$run"
      if [[ $p == tests/$dir/* ]]; then covered=1; fi
    done
    if [[ $covered == 0 ]]; then record "$p" 0 1 0 "listed in $SLN but missing"; fi
  done
fi

t0=$SECONDS
T_BUILD=0
if [[ $DO_BUILD == 1 ]]; then
  what=$SLN
  if [[ $build_target != "$SLN" ]]; then what="$SLN without the missing project(s)"; fi
  say "Building $what (Release; log: artifacts/test/build.log)..."
  run_logged "$ART/build.log" 0 timeout -k 30s 40m \
    dotnet build "$build_target" -c Release -nologo -nodeReuse:false
  T_BUILD=$((SECONDS - t0))
  if [[ $CMD_RC -ne 0 ]]; then
    errors=$(grep -E ': error [A-Za-z]*[0-9]*:|npm ERR!|npm error' "$ART/build.log" | sed 's/ \[[^]]*\]$//' | sort -u | head -n 60 || true)
    if [[ -n $errors ]]; then printf '%s\n' "$errors"; else tail -n 40 "$ART/build.log"; fi
    record "build" 0 1 0 "dotnet build failed with exit code $CMD_RC after ${T_BUILD}s, see artifacts/test/build.log"
    MAIN_DONE=1
    exit 1
  fi
  say "Build succeeded (${T_BUILD}s)."
fi
say "Setup took: packages ${T_APT}s, PostgreSQL ${T_PG}s, SMTP ${T_SMTP}s, build ${T_BUILD}s."

# ---------------------------------------------------------------- 5. test runs
for run in "${RUNS[@]}"; do
  IFS='|' read -r label dir db <<<"$run"
  logname=${label// (/.}; logname=${logname%)}
  log=$ART/$logname.log
  say ""
  header="==> $label: dotnet test --project tests/$dir"
  if [[ $db != - ]]; then header+=" (BUURTPUNT_TEST_DB=$db)"; fi
  say "$header"
  if ! compgen -G "tests/$dir/*.csproj" >/dev/null; then
    say "tests/$dir has no project file."
    record "$label" 0 1 0 "project tests/$dir is missing"
    continue
  fi
  if [[ $db == Postgres && $PG_OK != 1 ]]; then
    say "PostgreSQL is not running; not starting this run."
    record "$label" 0 1 0 "PostgreSQL not available"
    continue
  fi
  if [[ $db == - ]]; then db_env=(-u BUURTPUNT_TEST_DB); else db_env=("BUURTPUNT_TEST_DB=$db"); fi
  # Per-run timeout (MTP --timeout), cut short so the whole script stays within its budget;
  # `timeout` kills the run's whole process group 2 minutes later if it still hangs.
  left=$((BUDGET_MIN - (SECONDS - T_START + 59) / 60 - 1))
  run_min=$TIMEOUT_MIN
  if [[ $((left - 2)) -lt $run_min ]]; then run_min=$((left - 2)); fi
  if [[ $run_min -lt 1 ]]; then
    say "Not started: the ${BUDGET_MIN}-minute budget is used up."
    record "$label" 0 1 0 "not run, ${BUDGET_MIN}-minute budget used up"
    continue
  fi
  hard_min=$((run_min + 2))
  t0=$SECONDS
  run_logged "$log" 1 timeout -k 30s "${hard_min}m" env "${db_env[@]}" \
    dotnet test --project "tests/$dir" --no-build -c Release --timeout "${run_min}m"
  rc=$CMD_RC
  # Numbers from the last "Test run summary" block (ANSI colours and CRs stripped).
  counts=$(sed 's/\x1b\[[0-9;?]*[A-Za-z]//g; s/\r$//' "$log" | awk '
    /Test run summary:/ { found = 1; f = ""; s = ""; k = ""; next }
    found && $1 == "failed:"    { f = $2 }
    found && $1 == "succeeded:" { s = $2 }
    found && $1 == "skipped:"   { k = $2 }
    END { if (found && f ~ /^[0-9]+$/ && s ~ /^[0-9]+$/) print f, s, (k ~ /^[0-9]+$/ ? k : 0) }')
  note=""
  if [[ -n $counts ]]; then
    read -r n_failed n_passed n_skipped <<<"$counts"
    if [[ $rc -ne 0 && $n_failed -eq 0 ]]; then n_failed=1; note="exit code $rc"; fi
  else
    n_failed=1 n_passed=0 n_skipped=0
    note="no test summary, exit code $rc"
  fi
  case $rc in
    3) note+="${note:+; }test session aborted, e.g. by --timeout ${run_min}m" ;;
    8) note+="${note:+; }zero tests ran" ;;
    124|137) note+="${note:+; }killed after ${hard_min} minutes" ;;
  esac
  record "$label" "$n_passed" "$n_failed" "$n_skipped" "$note${note:+; }$((SECONDS - t0))s"
done

# Test projects this script does not know about would silently not run.
for csproj in tests/*/*.csproj; do
  [[ -f $csproj ]] || continue
  grep -Eq 'Include="xunit\.v3"|<IsTestProject>true' "$csproj" || continue
  dir=$(basename "$(dirname "$csproj")")
  known=0
  for run in "${RUNS[@]}"; do
    if [[ $run == *"|$dir|"* ]]; then known=1; fi
  done
  if [[ $known == 0 ]]; then warn "$csproj is not run by scripts/test.sh (add it to RUNS)"; fi
done

MAIN_DONE=1
exit 0
