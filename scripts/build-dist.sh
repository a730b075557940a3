#!/usr/bin/env bash
# Builds the deployable bundle: scripts/build-dist.sh [OUT_DIR] [PUBLIC_URL]
# e.g. scripts/build-dist.sh dist /iuc-asia/ for hosting under a sub-path.
# CONTENT=<dir> builds from another content folder (staging content, the
# benchmark's large archive); its images are read from <dir>/../images.
# COMPRESS=0 leaves out the .br/.gz twins, for a host that compresses
# itself and counts files (Cloudflare Pages; see README "Deploying").
#
# Two steps: trunk compiles the app (wasm, JS, CSS, the page template), then
# the one pipeline (`site-gen dist`, src/pipeline.rs) writes the bundle:
# check → derived files → pages → host files → compress → budget.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
out="${1:-dist}"
content="${CONTENT:-public/content}"
case "${COMPRESS:-1}" in
  1) compress=() ;;
  0) compress=(--no-compress) ;;
  *) echo "COMPRESS must be 0 or 1, not '$COMPRESS'" >&2; exit 2 ;;
esac
export PATH="$(scripts/setup.sh --print-path)"
# The public URL as every file writes it ("iuc-asia" → "/iuc-asia/"), checked
# before trunk writes it into index.html: one that is not a plain path
# (`//host/`, quotes, `..`) stops here with the pipeline's own message.
public_url="$(cargo run --quiet --bin site-gen -- public-url "${2:-/}")"
# One build at a time: concurrent builds would share trunk's output folder.
mkdir -p target && exec 9>target/.build-dist.lock && flock 9
app="target/trunk-app/$(printf '%s' "$public_url" | tr -c 'a-zA-Z0-9' _)"
# The trunk hook (derived files for `trunk serve`) is the pipeline's job here.
IUC_SKIP_HOOK=1 trunk build --release --dist "$app" --public-url "$public_url"
cargo run --quiet --bin site-gen -- dist "${compress[@]}" "$content" "$app" "$out" "$public_url"
