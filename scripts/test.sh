#!/usr/bin/env bash
# The whole test suite, as `make test` and CI run it:
#   1. install what the tests need (idempotent, seconds when present);
#   2. host tests (content model, validation, dates, logic) and content-check;
#   3. release build, served by nginx with deploy/nginx.conf;
#   4. end-to-end tests in Debian's Chromium.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
PORT="${E2E_PORT:-8089}"
start=$(date +%s)

scripts/setup.sh test
export PATH="$(scripts/setup.sh --print-path)"

echo "==> host tests"
cargo test --quiet 2>&1 | tail -n 40
echo "==> content-check"
cargo run --quiet --bin content-check -- public/content

echo "==> release build (site root, and under the sub-path /iuc-asia/)"
scripts/build-dist.sh dist
echo "==> size budgets"
cargo run --quiet --bin site-gen -- budget dist
SUB_DIST="${TMPDIR:-/tmp}/iuc-asia-dist-subpath"
scripts/build-dist.sh "$SUB_DIST" /iuc-asia/ >/dev/null

SUB_PORT=$((PORT + 1))
trap 'scripts/serve-dist.sh stop "$PORT"; scripts/serve-dist.sh stop "$SUB_PORT"' EXIT
scripts/serve-dist.sh start dist "$PORT"
scripts/serve-dist.sh start "$SUB_DIST" "$SUB_PORT" /iuc-asia/

log="${TMPDIR:-/tmp}/iuc-asia-e2e.log"
: > "$log"
echo "==> end-to-end tests at the site root (nginx on 127.0.0.1:$PORT, Chromium)"
(cd tests/e2e && BASE_URL="http://127.0.0.1:$PORT/" npx playwright test) | tee -a "$log"
echo "==> end-to-end tests again under /iuc-asia/ (nginx on 127.0.0.1:$SUB_PORT)"
(cd tests/e2e && BASE_URL="http://127.0.0.1:$SUB_PORT/iuc-asia/" npx playwright test) | tee -a "$log"
passed=$(grep -Eo '^ +[0-9]+ passed' "$log" | awk '{s+=$1} END {print s+0}')
echo "end-to-end: $passed passed, 0 failed"

echo "==> all tests passed in $(( $(date +%s) - start ))s"
