#!/usr/bin/env bash
# The whole test suite, as `make test` and CI run it:
#   1. install what the tests need (idempotent, seconds when present);
#   2. host tests (content model, validation, dates, logic, rendered pages)
#      on the frozen fixture content, and content-check on the shipped content;
#   3. release bundles of the fixture content (site root, and under the
#      sub-path /iuc-asia/), served by nginx with deploy/nginx.conf, and one
#      of the shipped content;
#   4. end-to-end tests in Debian's Chromium against each bundle, HTTP tests
#      against Cloudflare's own Pages runtime (wrangler), a comparison of
#      the two hosts request by request, and a smoke journey on the shipped
#      content.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
PORT="${E2E_PORT:-8089}"
start=$(date +%s)
FIXTURE=tests/fixtures/content
TMP="${TMPDIR:-/tmp}"

scripts/setup.sh test
export PATH="$(scripts/setup.sh --print-path)"

echo "==> host tests"
cargo test --workspace --quiet 2>&1 | tail -n 60
echo "==> content-check (shipped content)"
cargo run --quiet --bin content-check -- public/content

echo "==> release bundles (fixture content at the root and under /iuc-asia/; shipped content)"
CONTENT="$FIXTURE" scripts/build-dist.sh dist
SUB_DIST="$TMP/iuc-asia-dist-subpath"
CONTENT="$FIXTURE" scripts/build-dist.sh "$SUB_DIST" /iuc-asia/ >/dev/null
SHIPPED_DIST="$TMP/iuc-asia-dist-shipped"
scripts/build-dist.sh "$SHIPPED_DIST" >/dev/null
echo "==> the pipeline is reproducible (a second build is byte-identical)"
AGAIN="$TMP/iuc-asia-dist-again"
CONTENT="$FIXTURE" scripts/build-dist.sh "$AGAIN" >/dev/null
diff -r dist "$AGAIN" >/dev/null || { echo "two builds of the same content differ:"; diff -rq dist "$AGAIN" | head; exit 1; }
scripts/standards.sh dist "$SUB_DIST" "$SHIPPED_DIST"

SUB_PORT=$((PORT + 1)); SHIP_PORT=$((PORT + 2)); CF_PORT=$((PORT + 3)); CF_SUB_PORT=$((PORT + 4))
cleanup() {
  for p in "$PORT" "$SUB_PORT" "$SHIP_PORT"; do scripts/serve-dist.sh stop "$p"; done
  scripts/serve-cloudflare.sh stop "$CF_PORT"; scripts/serve-cloudflare.sh stop "$CF_SUB_PORT"
}
trap cleanup EXIT
scripts/serve-dist.sh start dist "$PORT"
scripts/serve-dist.sh start "$SUB_DIST" "$SUB_PORT" /iuc-asia/
scripts/serve-dist.sh start "$SHIPPED_DIST" "$SHIP_PORT"
scripts/serve-cloudflare.sh start dist "$CF_PORT"
scripts/serve-cloudflare.sh start "$SUB_DIST" "$CF_SUB_PORT" /iuc-asia/

log="$TMP/iuc-asia-e2e.log"
: > "$log"
e2e() { # label, base URL, extra playwright args...
  local label="$1" url="$2"; shift 2
  echo "==> end-to-end: $label ($url)"
  (cd tests/e2e && BASE_URL="$url" npx playwright test "$@") | tee -a "$log"
}
e2e "fixture content at the site root, nginx" "http://127.0.0.1:$PORT/" --project=browser
e2e "fixture content under /iuc-asia/, nginx" "http://127.0.0.1:$SUB_PORT/iuc-asia/" --project=browser
e2e "Cloudflare Pages runtime (wrangler), site root" "http://127.0.0.1:$CF_PORT/" --project=host
e2e "Cloudflare Pages runtime (wrangler), under /iuc-asia/" "http://127.0.0.1:$CF_SUB_PORT/iuc-asia/" --project=host
# The same bundle on both hosts, compared request by request.
CF_BASE_URL="http://127.0.0.1:$CF_PORT/" \
  e2e "nginx and Cloudflare agree, site root" "http://127.0.0.1:$PORT/" --project=hosts
CF_BASE_URL="http://127.0.0.1:$CF_SUB_PORT/iuc-asia/" \
  e2e "nginx and Cloudflare agree, under /iuc-asia/" "http://127.0.0.1:$SUB_PORT/iuc-asia/" --project=hosts
e2e "shipped content, smoke journey" "http://127.0.0.1:$SHIP_PORT/" --project=smoke
passed=$(grep -Eo '^ +[0-9]+ passed' "$log" | awk '{s+=$1} END {print s+0}')
echo "end-to-end: $passed passed, 0 failed"

echo "==> all tests passed in $(( $(date +%s) - start ))s"
