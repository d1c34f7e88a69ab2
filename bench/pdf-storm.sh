#!/usr/bin/env bash
# A storm of anonymous brochure PDFs (/gebied/{slug}/brochure.pdf) while staff work: 200 connections
# ask PDFs for a while, first with a made-up query key each (the attack of the security review),
# then each with its own real period (van/tot), which no cache can answer. Meanwhile /health is asked
# every half second and a signed-in administrator downloads the council's PDF over and over.
# Reports how fast /health and the staff PDF answer during each storm, how the anonymous requests
# were answered (200, 503 "busy" with Retry-After, or nothing within the client's 20 s), and how many
# Chromium profile folders are left afterwards. The app runs with real Chromium (/usr/bin/chromium).
# Writes the figures to its section of docs/benchmarks.md. Usage: bench/pdf-storm.sh [seconds per storm]
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-30}"
connections=200
port=5098

[ -x /usr/bin/chromium ] || { echo "needs /usr/bin/chromium" >&2; exit 1; }

data=$(mktemp -d /tmp/buurtpunt-bench.XXXXXX)
mkdir -p "$data/print"
app=""
stop_app() { if [ -n "$app" ]; then kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; app=""; fi; }
trap 'stop_app; rm -rf "$data"' EXIT

dotnet build src/Buurtpunt.Web -c Release -v q -nologo >/dev/null

# Plain HTTP on loopback stands in for the TLS proxy (Security:SecureCookies=false), so the
# administrator's session works over it; Chromium's profile folders go to a folder of their own.
ASPNETCORE_ENVIRONMENT=Production Demo__Seed=true Storage__DataPath="$data" Security__SecureCookies=false \
  Pdf__TempPath="$data/print" Logging__LogLevel__Default=Warning \
  dotnet src/Buurtpunt.Web/bin/Release/net10.0/Buurtpunt.Web.dll --urls "http://127.0.0.1:$port" \
  --contentRoot "$PWD/src/Buurtpunt.Web" >>"$data/app.log" 2>&1 &
app=$!
for _ in $(seq 1 180); do curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break; sleep 1; done
curl -fsS "http://127.0.0.1:$port/health" >/dev/null || { cat "$data/app.log"; exit 1; }

demo=src/Buurtpunt.Web/Features/Demo/DemoSeeder.cs
value() { grep -oP "const string $1 = \"\\K[^\"]+" "$demo"; }

results=$(python3 - "$port" "$duration" "$connections" "$(value AdminEmail)" "$(value Password)" "$(value StaffAuthenticatorKey)" <<'PY'
import base64, hashlib, hmac, http.client, http.cookiejar, json, random, re, statistics, struct, sys, threading, time, urllib.parse, urllib.request
import datetime as dt
port, duration, connections, email, password, key = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5], sys.argv[6]
base = f"http://127.0.0.1:{port}"

def totp(secret):
    raw = base64.b32decode(secret + "=" * (-len(secret) % 8))
    digest = hmac.new(raw, struct.pack(">Q", int(time.time()) // 30), hashlib.sha1).digest()
    offset = digest[-1] & 15
    return "%06d" % ((struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7fffffff) % 1000000)

class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args): return None

staff = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), NoRedirect)
def open_(url, form=None):
    try:
        response = staff.open(base + url, urllib.parse.urlencode(form).encode() if form else None, timeout=60)
    except urllib.error.HTTPError as e:
        response = e
    return response.status, response.headers, response.read()
def token(url):
    return re.search(rb'name="__RequestVerificationToken" type="hidden" value="([^"]+)"', open_(url)[2]).group(1).decode()
status, headers, _ = open_("/aanmelden", {"Input.Email": email, "Input.Password": password, "__RequestVerificationToken": token("/aanmelden")})
code_page = headers["Location"]
assert status == 302 and code_page.startswith("/aanmelden/code"), (status, code_page)
status, _, _ = open_(code_page, {"Code": totp(key), "__RequestVerificationToken": token(code_page)})
assert status == 302, status
call = re.search(r"/oproep/(\d+)<", open_("/sitemap.xml")[2].decode()).group(1)
staff_pdf = f"/beoordeling/oproep/{call}/aanvragen.pdf"
status, headers, body = open_(staff_pdf)
assert status == 200 and body.startswith(b"%PDF"), status

def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))] if values else float("nan")

today = dt.date.today()
def anonymous_url(kind):
    if kind == "made-up key":
        return f"/gebied/runkelen/brochure.pdf?van={today}&tot={today + dt.timedelta(days=30)}&k{random.getrandbits(64):x}=1"
    start = today + dt.timedelta(days=random.randint(0, 365))
    return f"/gebied/runkelen/brochure.pdf?van={start}&tot={start + dt.timedelta(days=random.randint(0, 92))}"

def storm(kind):
    stop = time.monotonic() + duration
    lock = threading.Lock()
    anonymous, health, staff_times = [], [], []
    def visitor():
        connection = None
        while time.monotonic() < stop:
            started = time.monotonic()
            try:
                connection = connection or http.client.HTTPConnection("127.0.0.1", port, timeout=20)
                connection.request("GET", anonymous_url(kind))
                response = connection.getresponse()
                response.read()
                outcome = (response.status, response.getheader("Retry-After"))
                if response.getheader("Connection", "").lower() == "close":
                    connection.close(); connection = None
            except Exception:
                outcome = ("none", None)
                if connection: connection.close()
                connection = None
            with lock: anonymous.append((outcome, time.monotonic() - started))
            if outcome[0] == 503: time.sleep(random.uniform(0.5, 1.5))  # a client that honours Retry-After would wait longer
    def prober():
        while time.monotonic() < stop:
            started = time.monotonic()
            try:
                c = http.client.HTTPConnection("127.0.0.1", port, timeout=20); c.request("GET", "/health"); ok = c.getresponse().status == 200; c.close()
            except Exception:
                ok = False
            health.append((ok, time.monotonic() - started))
            time.sleep(0.5)
    def council():
        while time.monotonic() < stop:
            started = time.monotonic()
            status, _, body = open_(staff_pdf)
            staff_times.append((status == 200 and body.startswith(b"%PDF"), time.monotonic() - started))
    threads = [threading.Thread(target=visitor) for _ in range(connections)] + [threading.Thread(target=prober), threading.Thread(target=council)]
    for t in threads: t.start()
    for t in threads: t.join()
    statuses = [o[0] for o, _ in anonymous]
    busy = [o for o, _ in anonymous if o[0] == 503]
    return {
        "kind": kind, "requests": len(anonymous), "ok": statuses.count(200), "busy": len(busy),
        "busy_with_retry_after": sum(1 for o in busy if o[1]), "none": statuses.count("none"),
        "other": len(statuses) - statuses.count(200) - len(busy) - statuses.count("none"),
        "busy_p99_ms": 1000 * percentile([t for o, t in anonymous if o[0] == 503], 99),
        "ok_p50_ms": 1000 * percentile([t for o, t in anonymous if o[0] == 200], 50),
        "health": len(health), "health_failed": sum(1 for ok, _ in health if not ok),
        "health_p50_ms": 1000 * percentile([t for _, t in health], 50), "health_p99_ms": 1000 * percentile([t for _, t in health], 99),
        "health_max_ms": 1000 * max(t for _, t in health),
        "staff": len(staff_times), "staff_failed": sum(1 for ok, _ in staff_times if not ok),
        "staff_p50_ms": 1000 * percentile([t for _, t in staff_times], 50), "staff_max_ms": 1000 * max(t for _, t in staff_times),
    }

def quiet():
    health, staff_times = [], []
    for _ in range(10):
        started = time.monotonic()
        c = http.client.HTTPConnection("127.0.0.1", port, timeout=20); c.request("GET", "/health"); ok = c.getresponse().status == 200; c.close()
        health.append((ok, time.monotonic() - started)); time.sleep(0.2)
    for _ in range(3):
        started = time.monotonic()
        status, _, body = open_(staff_pdf)
        staff_times.append((status == 200 and body.startswith(b"%PDF"), time.monotonic() - started))
    nan = float("nan")
    return {"kind": "no storm", "requests": 0, "ok": 0, "busy": 0, "busy_with_retry_after": 0, "none": 0, "other": 0, "busy_p99_ms": nan, "ok_p50_ms": nan,
            "health": len(health), "health_failed": sum(1 for ok, _ in health if not ok), "health_p50_ms": 1000 * percentile([t for _, t in health], 50),
            "health_p99_ms": 1000 * percentile([t for _, t in health], 99), "health_max_ms": 1000 * max(t for _, t in health),
            "staff": len(staff_times), "staff_failed": sum(1 for ok, _ in staff_times if not ok),
            "staff_p50_ms": 1000 * percentile([t for _, t in staff_times], 50), "staff_max_ms": 1000 * max(t for _, t in staff_times)}

print(json.dumps([quiet(), storm("made-up key"), storm("own period")]))
PY
)
sleep 3   # the last killed Chromium lets go of its profile
left=$(find "$data/print" -mindepth 1 -maxdepth 1 -type d -name 'buurtpunt-chromium-*' | wc -l)
stop_app

cpu=$(awk -F: '/model name/ {print $2; exit}' /proc/cpuinfo | sed 's/^ *//')
{
  echo "## PDF storm: anonymous brochure PDFs while /health and a staff PDF are asked"
  echo
  echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores ($cpu); the app, Chromium and the load share the machine, over loopback."
  echo "Demo data ×1, SQLite, Production settings, real Chromium. $connections connections ask brochure PDFs for ${duration} s per storm"
  echo "(client timeout 20 s; after a 503 a connection waits 0.5–1.5 s). Meanwhile /health is asked every 0.5 s and a signed-in"
  echo "administrator downloads the council's PDF of the demo call again and again. \"made-up key\": the same period with a random"
  echo "extra query key each time (the review's attack); \"own period\": a random real period each time, so every request is a new PDF."
  echo "\"no storm\": the same /health and staff PDF first, alone, for comparison. Other work on the machine (builds, tests) was not stopped."
  echo
  echo "| storm | anonymous requests | PDF (200) | busy (503) | of which with Retry-After | no answer in 20 s | other | 503 p99 | PDF p50 | /health p50 | /health p99 | /health max | /health failed | staff PDFs | staff PDF p50 | staff PDF max | staff failed |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  python3 -c '
import json, math, sys
for r in json.loads(sys.argv[1]):
    r = {k: ("–" if isinstance(v, float) and math.isnan(v) else f"{v:.1f} ms" if k.startswith("health_p") else f"{v:.0f} ms") if k.endswith("_ms") else v for k, v in r.items()}
    print("| {kind} | {requests} | {ok} | {busy} | {busy_with_retry_after} | {none} | {other} | {busy_p99_ms} | {ok_p50_ms} | {health_p50_ms} | {health_p99_ms} | {health_max_ms} | {health_failed} of {health} | {staff} | {staff_p50_ms} | {staff_max_ms} | {staff_failed} |".format(**r))
' "$results"
  echo
  echo "Chromium profile folders left after both storms: **$left**."
  echo
  echo "Anonymous PDFs wait in a line of their own (one Chromium, \`Pdf:PublicQueue\` = 2 waiting); a full line answers 503 with"
  echo "\`Retry-After\` at once. The council's PDFs have their own Chromium and line, so staff never wait behind strangers. The output"
  echo "cache keys hold only the query keys a page reads, so a made-up key is a cache hit, not a new Chromium."
  echo
  echo "Reproduce: \`bench/pdf-storm.sh ${duration}\`."
} | bench/section.sh pdf-storm
echo "$results"
echo "profile folders left: $left"
