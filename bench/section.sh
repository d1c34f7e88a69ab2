#!/usr/bin/env bash
# Replaces one section of docs/benchmarks.md (between <!-- NAME --> and <!-- /NAME -->) with
# standard input, or appends it, so each benchmark script keeps only its own figures current.
# Usage: some-output | bench/section.sh NAME
set -euo pipefail
cd "$(dirname "$0")/.."
name=$1 file=docs/benchmarks.md
body=$(mktemp)
trap 'rm -f "$body"' EXIT
cat >"$body"
[ -f "$file" ] || printf '# Benchmarks\n' >"$file"
python3 - "$file" "$name" "$body" <<'PY'
import sys, re
path, name, body = sys.argv[1], sys.argv[2], open(sys.argv[3], encoding="utf-8").read().rstrip("\n")
text = open(path, encoding="utf-8").read()
block = f"<!-- {name} -->\n{body}\n<!-- /{name} -->"
pattern = re.compile(rf"<!-- {re.escape(name)} -->.*?<!-- /{re.escape(name)} -->", re.S)
text = pattern.sub(lambda _: block, text) if pattern.search(text) else text.rstrip("\n") + "\n\n" + block + "\n"
open(path, "w", encoding="utf-8").write(text)
PY
