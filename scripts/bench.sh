#!/usr/bin/env bash
# `make bench`: sizes and timings of the release bundle (see bench/run.mjs),
# then Lighthouse on /, /news and /events. Prints everything; enforces nothing
# (the size budgets are enforced by `make test`).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
scripts/setup.sh test
export PATH="$(scripts/setup.sh --print-path)"
work="${TMPDIR:-/tmp}/iuc-asia-bench"
rm -rf "$work" && mkdir -p "$work"

echo "==> release build"
scripts/build-dist.sh dist
cargo run --quiet --bin site-gen -- budget dist || true

echo "==> the floor: a hand-written static page of the homepage's content"
mkdir -p "$work/floor"
cp bench/floor/index.html "$work/floor/"
cat style/base.css style/layout.css style/components.css style/print.css > "$work/floor/site.css"
cp -r public/images "$work/floor/images"
cargo run --quiet --bin site-gen -- compress "$work/floor" >/dev/null

echo "==> a large archive: 5,000 articles, 2,000 events"
node bench/gen-scale.mjs "$work/public/content"
cp -r public/images "$work/public/images"
cp -r dist "$work/large"
rm -rf "$work/large/content" && cp -r "$work/public/content" "$work/large/content"
cargo run --quiet --bin site-gen -- build "$work/public/content" "$work/large" /
cargo run --quiet --bin site-gen -- compress "$work/large" >/dev/null

trap 'for p in 8089 8091 8092; do scripts/serve-dist.sh stop $p; done' EXIT
scripts/serve-dist.sh start dist 8089
scripts/serve-dist.sh start "$work/floor" 8091
scripts/serve-dist.sh start "$work/large" 8092

echo "==> timings"
node bench/run.mjs

if [ "${LIGHTHOUSE:-1}" = 1 ]; then
  echo "==> Lighthouse (mobile preset)"
  stamp="bench/node_modules/.installed-lock"
  if [ ! -f "$stamp" ] || ! cmp -s bench/package-lock.json "$stamp"; then
    (cd bench && npm ci --no-audit --no-fund --silent) && cp bench/package-lock.json "$stamp"
  fi
  for path in "" news events; do
    out="$work/lighthouse-${path:-home}.json"
    # Lighthouse sometimes loses the trace (NO_NAVSTART); such a run is repeated.
    for attempt in 1 2 3; do
      bench/node_modules/.bin/lighthouse "http://127.0.0.1:8089/$path" --quiet --output=json --output-path="$out" \
        --chrome-path=/usr/bin/chromium \
        --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync" \
        --only-categories=performance,accessibility,best-practices,seo >/dev/null 2>&1 || true
      node -e 'process.exit(require(process.argv[1]).runtimeError ? 1 : 0)' "$out" 2>/dev/null && break
      echo "lighthouse run $attempt on /$path failed; retrying"
    done
    node -e '
      const r = require(process.argv[1]); const c = r.categories; const a = r.audits;
      const s = (k) => Math.round(c[k].score * 100);
      console.log(`/${process.argv[2]}`.padEnd(9) + `performance ${s("performance")}, accessibility ${s("accessibility")}, best practices ${s("best-practices")}, SEO ${s("seo")}` +
        ` | FCP ${a["first-contentful-paint"].displayValue}, LCP ${a["largest-contentful-paint"].displayValue}, TBT ${a["total-blocking-time"].displayValue}, CLS ${a["cumulative-layout-shift"].displayValue}`);
      for (const k of ["performance", "accessibility", "best-practices", "seo"]) for (const ref of c[k].auditRefs) {
        const au = a[ref.id]; if (ref.weight > 0 && au.score !== null && au.score < 0.9) console.log(`    ${k}: ${au.id} ${au.score} ${au.displayValue ?? ""}`);
      }' "$out" "$path" 2>/dev/null || true
  done
fi
