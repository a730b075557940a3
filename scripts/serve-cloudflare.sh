#!/usr/bin/env bash
# Serves a built bundle with Cloudflare's own Pages runtime (`wrangler pages
# dev`, from tests/e2e's npm packages), on loopback only, for tests. It
# applies _headers and _redirects as Cloudflare does.
#   scripts/serve-cloudflare.sh start DIST PORT [BASE]   # BASE: the bundle's public URL
#   scripts/serve-cloudflare.sh stop PORT
# For a sub-path bundle, the host's root gets DIST-root/ (the root host files
# the pipeline writes) and the bundle sits in BASE, as a deployer lays it out.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cmd="${1:?start|stop}"
port="${3:-${2:-}}"
if [ "$cmd" = stop ]; then
  port="${2:?port}"
  run="${TMPDIR:-/tmp}/iuc-asia-wrangler-$port"
  if [ -f "$run/pid" ]; then
    kill -- "-$(cat "$run/pid")" 2>/dev/null || kill "$(cat "$run/pid")" 2>/dev/null || true
    rm -f "$run/pid"
  fi
  exit 0
fi
dist="$(cd "${2:?dist dir}" && pwd)"
port="${3:?port}"
base="${4:-/}"
run="${TMPDIR:-/tmp}/iuc-asia-wrangler-$port"
rm -rf "$run" && mkdir -p "$run"
site="$dist"
if [ "$base" != "/" ]; then
  site="$run/www"
  mkdir -p "$site$(dirname "${base%/}")"
  cp -r "$dist" "$site${base%/}"
  cp -r "$dist-root/." "$site/"
fi
wrangler="$ROOT/tests/e2e/node_modules/.bin/wrangler"
# setsid: one process group, so `stop` ends wrangler and its workerd child.
# Run from $run: wrangler keeps its state in ./.wrangler.
cd "$run"
setsid "$wrangler" pages dev "$site" --ip 127.0.0.1 --port "$port" \
  --compatibility-date 2026-05-01 --log-level warn > "$run/log" 2>&1 < /dev/null &
echo $! > "$run/pid"
for _ in $(seq 150); do
  curl -fsS -o /dev/null "http://127.0.0.1:$port$base" 2>/dev/null && exit 0
  sleep 0.2
done
echo "wrangler did not answer on port $port; its log:" >&2
cat "$run/log" >&2
exit 1
