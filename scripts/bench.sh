#!/usr/bin/env bash
# `make bench`: sizes and timings of the release bundle (see bench/run.mjs),
# then Lighthouse on each kind of page, and on the long pages without their
# app. Prints everything; enforces nothing (the size budgets are enforced by
# `make test`).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
scripts/setup.sh test
export PATH="$(scripts/setup.sh --print-path)"
work="${TMPDIR:-/tmp}/iuc-asia-bench"
rm -rf "$work" && mkdir -p "$work"

echo "==> release build (shipped content)"
scripts/build-dist.sh dist

echo "==> the floor: a hand-written static page of the homepage's content"
mkdir -p "$work/floor"
cp bench/floor/index.html "$work/floor/"
cp style/site.css "$work/floor/site.css"
cp -r public/images "$work/floor/images"
cargo run --quiet --bin site-gen -- compress "$work/floor" >/dev/null

echo "==> each long page without its app: its own HTML and stylesheet, no boot script"
node bench/without-app.mjs dist "$work/without-app"
cargo run --quiet --bin site-gen -- compress "$work/without-app" >/dev/null

echo "==> a large archive: 5,000 articles, 2,000 events, built by the same pipeline"
node bench/gen-scale.mjs "$work/public/content"
cp -r public/images "$work/public/images"
start_ms=$(date +%s%3N)
CONTENT="$work/public/content" scripts/build-dist.sh "$work/large" | grep -E '^(==>|built|sizes)'
echo "large archive: pipeline took $(( $(date +%s%3N) - start_ms )) ms including trunk (cached); $(find "$work/large" -type f | wc -l) files"
for f in news/index.json news/page/1.json events/index.json; do
  echo "  content/$f: $(stat -c %s "$work/large/content/$f") B, $(stat -c %s "$work/large/content/$f.br") B brotli"
done
echo "  search shards: $(ls "$work/large/content/news/search" | grep -c '\.json$'), largest $(ls -S "$work/large/content/news/search"/*.json.br | head -1 | xargs stat -c %s) B brotli; feed.xml $(grep -c '<entry>' "$work/large/feed.xml") entries"

stamp="bench/node_modules/.installed-lock"
if [ ! -f "$stamp" ] || ! cmp -s bench/package-lock.json "$stamp"; then
  (cd bench && npm ci --no-audit --no-fund --silent) && cp bench/package-lock.json "$stamp"
fi

echo "==> Pagefind (npm pagefind, bench/package.json) over the same built article pages"
# Only the articles, in both editions: the documents the site's own search
# covers. Its files go into the large bundle, which only the bench serves.
PF_JSON="$work/pagefind.json" PF_ARGS='--glob {news,zh-hans/news}/*/index.html' \
  node bench/pagefind.mjs index "$work/large"

trap 'for p in 8089 8090 8091 8092; do scripts/serve-dist.sh stop $p; done' EXIT
scripts/serve-dist.sh start dist 8089
scripts/serve-dist.sh start "$work/without-app" 8090
scripts/serve-dist.sh start "$work/floor" 8091
scripts/serve-dist.sh start "$work/large" 8092

echo "==> the archive at scale, next to Pagefind"
PF_JSON="$work/pagefind.json" node bench/pagefind.mjs measure http://127.0.0.1:8092/
SCALE_DIR="$work/large" SITE_DIR=dist PF_JSON="$work/pagefind.json" node bench/scale.mjs

echo "==> first view: what each kind of page downloads before the visitor does anything"
# Each page's bytes and requests as a ratio to its own HTML + CSS. Set
# FIRST_VIEW_BEFORE=<url of another bundle> to print its rows beside these.
node bench/first-view.mjs ${FIRST_VIEW_BEFORE:+"before=$FIRST_VIEW_BEFORE"} "${FIRST_VIEW_BEFORE:+now=}http://127.0.0.1:8089/"

echo "==> following a link from an article without its app: a page load, or the app first"
node bench/link-or-app.mjs http://127.0.0.1:8089/

echo "==> timings"
node bench/run.mjs

if [ "${LIGHTHOUSE:-1}" = 1 ]; then
  echo "==> Lighthouse (mobile preset)"
  event=$(node -e 'console.log(JSON.parse(require("fs").readFileSync("public/content/events.json","utf8")).events[0].slug)')
  article=$(node -e 'console.log(JSON.parse(require("fs").readFileSync("dist/content/news/latest.json","utf8")).articles[0].slug)')
  node bench/lighthouse.mjs http://127.0.0.1:8089/ http://127.0.0.1:8091/ "$work" \
    / /news/ /events/ /city-cooperation/ /covenant/ "/events/$event/" "/news/$article/" \
    "/news/ without its app=http://127.0.0.1:8090/news/" \
    "/city-cooperation/ without its app=http://127.0.0.1:8090/city-cooperation/"
fi

echo "==> a longer fuzz pass of the content parser and validator (random seed; make test runs a short, fixed one)"
# A failing case is printed whole (the input and what went wrong, from the
# panic to the end), so that it can be replayed as a fixture.
FUZZ_CASES="${FUZZ_CASES:-2000}" FUZZ_SEED=random cargo test --quiet --test fuzz_content >"$work/fuzz.log" 2>&1 || true
if grep -q "FAILED" "$work/fuzz.log"; then
  sed -n '/panicked/,/^test result/p' "$work/fuzz.log" | head -80
else
  grep -E "test result" "$work/fuzz.log" || true
fi
