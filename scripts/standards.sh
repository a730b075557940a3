#!/usr/bin/env bash
# The standards gate: outside validators, offline and pinned, on built bundles.
#   scripts/standards.sh DIST...
#   1. every page file (*.html; not the .br/.gz copies) of every bundle through
#      the Nu Html Checker (vnu.jar from tests/e2e's npm packages), in one
#      Java run; any error fails;
#   2. every Atom feed through feedparser and every .ics file through
#      icalendar (tests/standards/check_feeds.py, in the virtualenv that
#      `scripts/setup.sh test` installs).
# Both checks always run, so one run reports every problem; exits 1 if
# either found one, 2 if a tool or a bundle is missing.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
TOOLS="${IUC_TOOLS:-$HOME/.cache/iuc-asia}"   # as in scripts/setup.sh
VNU="$ROOT/tests/e2e/node_modules/vnu-jar/build/dist/vnu.jar"
PY="$TOOLS/py/bin/python"
SHOW=40   # vnu output lines printed that name no file; all are in the log

[ $# -gt 0 ] || { echo "usage: $0 DIST..." >&2; exit 2; }
for tool in "$VNU" "$PY"; do
  [ -e "$tool" ] || { echo "$tool is missing: run scripts/setup.sh test" >&2; exit 2; }
done
command -v java >/dev/null || { echo "java is missing: run scripts/setup.sh test" >&2; exit 2; }

echo "==> standards: Nu Html Checker on every page file, feedparser and icalendar on every feed and calendar ($*)"
pages=()
for dist in "$@"; do
  [ -d "$dist" ] || { echo "$dist: not a directory" >&2; exit 2; }
  before=${#pages[@]}
  while IFS= read -r -d '' f; do pages+=("$f"); done < <(find "$dist" -type f -name '*.html' -print0 | sort -z)
  [ ${#pages[@]} -gt "$before" ] || { echo "$dist: no page files (*.html)" >&2; exit 2; }
done

now() { date +%s%N; }
secs() { # since a now(), as 1.2s
  local ms=$(( ($(now) - $1) / 1000000 ))
  printf '%d.%ds' $((ms / 1000)) $((ms % 1000 / 100))
}

failed=0
log="${TMPDIR:-/tmp}/iuc-asia-vnu.log"
t0=$(now)
rc=0
# --errors-only: warnings and info pass; vnu exits 1 on any error.
# --no-langdetect: language detection only ever yields warnings.
java -jar "$VNU" --errors-only --no-langdetect --format gnu --stdout "${pages[@]}" > "$log" 2>&1 || rc=$?
took=$(secs "$t0")
# Lines read: "file:/path/page.html":LINE.COL-LINE.COL: error: MESSAGE
sed -i 's/^"file:\([^"]*\)"/\1/' "$log"
errors=$(grep -c ': error: ' "$log" || true)
if [ "$rc" -ne 0 ] || [ -s "$log" ]; then
  failed=1
  # One line per distinct message: how often, in how many files, where first.
  awk -v show="$SHOW" '
    match($0, /^[^:]+:[0-9]+\.[0-9]+(-[0-9]+\.[0-9]+)?: /) {
      at = substr($0, 1, RLENGTH - 2); msg = substr($0, RLENGTH + 1)
      file = at; sub(/:[0-9.-]+$/, "", file)
      if (!(msg in n)) order[++k] = msg
      n[msg]++
      if (!((msg, file) in seen)) { seen[msg, file] = 1; files[msg]++ }
      if (n[msg] <= 3) where[msg] = where[msg] "\n    " at
      next
    }
    { other[++o] = $0 }
    END {
      for (i = 1; i <= k; i++) {
        m = order[i]
        printf "%s\n  %d times in %d files, first at:%s\n", m, n[m], files[m], where[m]
      }
      for (i = 1; i <= o && i <= show; i++) print other[i]
    }' "$log"
  echo "vnu: every message is in $log"
  echo "vnu: ${#pages[@]} page files, $errors errors, exit $rc ($took): FAILED"
else
  echo "vnu: ${#pages[@]} page files, 0 errors ($took)"
fi

t0=$(now)
"$PY" "$ROOT/tests/standards/check_feeds.py" "$@" || failed=1
echo "feeds and calendars checked in $(secs "$t0")"

if [ "$failed" -ne 0 ]; then
  echo "standards: FAILED (see above)"
  exit 1
fi
echo "standards: passed"
