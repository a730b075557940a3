#!/usr/bin/env bash
# Installs what building (and, with `test`, testing) the site needs, at the
# pinned versions. Idempotent: every step checks a version first, so a second
# run takes seconds. Nothing is downloaded from outside the package registries.
#
#   scripts/setup.sh build   # wasm target, trunk, wasm-bindgen CLI, wasm-opt
#   scripts/setup.sh test    # the above + Chromium, nginx, brotli, npm test deps,
#                            # Java and the Python feed checker's libraries
#
# Print the PATH to use with: scripts/setup.sh --print-path
set -euo pipefail

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130   # must equal the wasm-bindgen pin in Cargo.toml
BINARYEN_VERSION=132.0.0       # npm; Debian's binaryen 108 silently breaks the module
TOOLS="${IUC_TOOLS:-$HOME/.cache/iuc-asia}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
export PATH="$TOOLS/binaryen/node_modules/.bin:$HOME/.cargo/bin:$PATH"

if [ "${1:-}" = "--print-path" ]; then
  echo "$PATH"
  exit 0
fi
mode="${1:-build}"
case "$mode" in build|test) ;; *) echo "usage: $0 build|test" >&2; exit 2 ;; esac

step() { printf '\033[1m==> %s\033[0m\n' "$*"; }
have_version() { # command, expected substring of its --version output
  command -v "$1" >/dev/null 2>&1 && "$1" --version 2>/dev/null | grep -qF "$2"
}

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  step "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! have_version trunk "trunk $TRUNK_VERSION"; then
  step "installing trunk $TRUNK_VERSION (about 5 minutes, once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if ! have_version wasm-bindgen "wasm-bindgen $WASM_BINDGEN_VERSION"; then
  step "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 3 minutes, once)"
  # Not --locked: its lock file pins a crate version the registry here lacks.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

if ! have_version wasm-opt "version ${BINARYEN_VERSION%%.*}"; then
  step "installing wasm-opt (npm binaryen $BINARYEN_VERSION)"
  mkdir -p "$TOOLS/binaryen"
  (cd "$TOOLS/binaryen" && npm install --no-audit --no-fund --silent "binaryen@$BINARYEN_VERSION")
fi
have_version wasm-opt "version ${BINARYEN_VERSION%%.*}" || { echo "wasm-opt $BINARYEN_VERSION is not first on PATH" >&2; exit 1; }

[ "$mode" = test ] || exit 0

missing=()
for pkg in chromium chromium-driver nginx libnginx-mod-http-brotli-static brotli; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
# The standards gate (scripts/standards.sh): Java 17 or later for the Nu Html
# Checker, and Python with venv for the feed checker; each only when missing.
java -version 2>&1 | grep -qE 'version "(1[7-9]|[2-9][0-9])' || missing+=(default-jre-headless)
py="$TOOLS/py"
req="$ROOT/tests/standards/requirements.txt"
py_ready() { cmp -s "$req" "$py/.installed-requirements" && "$py/bin/python" -V >/dev/null 2>&1; }
if ! py_ready; then
  command -v python3 >/dev/null 2>&1 || missing+=(python3)
  python3 -c 'import ensurepip' 2>/dev/null || missing+=(python3-venv)
fi
if [ ${#missing[@]} -gt 0 ]; then
  step "installing Debian packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# npm test dependencies (Playwright driving Debian's Chromium; no browser download).
e2e="$ROOT/tests/e2e"
stamp="$e2e/node_modules/.installed-lock"
if [ ! -f "$stamp" ] || ! cmp -s "$e2e/package-lock.json" "$stamp"; then
  step "installing the end-to-end test dependencies (npm ci)"
  (cd "$e2e" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --silent)
  cp "$e2e/package-lock.json" "$stamp"
fi

# The feed and calendar checker's Python libraries (scripts/standards.sh), in
# their own virtualenv, every package pinned with its hash.
if ! py_ready; then
  step "installing the feed checker's Python libraries (tests/standards/requirements.txt)"
  rm -rf "$py"
  python3 -m venv "$py"
  "$py/bin/pip" install --quiet --disable-pip-version-check --no-input \
    --require-hashes --only-binary=:all: -r "$req"
  "$py/bin/python" -c 'import feedparser, icalendar'
  cp "$req" "$py/.installed-requirements"
fi
