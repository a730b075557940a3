#!/usr/bin/env bash
# Builds the deployable bundle: scripts/build-dist.sh [OUT_DIR] [PUBLIC_URL]
# e.g. scripts/build-dist.sh dist /iuc-asia/ for hosting under a sub-path.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
out="${1:-dist}"
public_url="${2:-/}"
export PATH="$(scripts/setup.sh --print-path)"
trunk build --release --dist "$out" --public-url "$public_url"
cargo run --quiet --bin site-gen -- compress "$out"
wasm=$(ls "$out"/*_bg.wasm)
printf 'wasm: %s bytes raw, %s bytes brotli\n' "$(wc -c < "$wasm")" "$(brotli -c -q 11 "$wasm" | wc -c)"
