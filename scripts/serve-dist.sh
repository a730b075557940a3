#!/usr/bin/env bash
# Serves a built bundle with nginx and the repo's deploy/nginx.conf, on
# loopback only, for tests and benchmarks.
#   scripts/serve-dist.sh start DIST PORT [BASE]   # BASE: the bundle's public URL, default /
#   scripts/serve-dist.sh stop PORT
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cmd="${1:?start|stop}"
if [ "$cmd" = stop ]; then
  port="${2:?port}"
  run="${TMPDIR:-/tmp}/iuc-asia-nginx-$port"
  [ -f "$run/nginx.pid" ] && kill "$(cat "$run/nginx.pid")" 2>/dev/null || true
  exit 0
fi
dist="$(cd "${2:?dist dir}" && pwd)"
port="${3:?port}"
base="${4:-/}"
run="${TMPDIR:-/tmp}/iuc-asia-nginx-$port"
mkdir -p "$run"
[ -f "$run/nginx.pid" ] && kill "$(cat "$run/nginx.pid")" 2>/dev/null && sleep 0.3 || true
# Under a sub-path the bundle sits in that folder of the web root.
root="$dist"
if [ "$base" != "/" ]; then
  root="$run/www"
  rm -rf "$root" && mkdir -p "$root$(dirname "${base%/}")"
  ln -s "$dist" "$root${base%/}"
  # The root host files the pipeline writes beside a sub-path bundle.
  [ -d "$dist-root" ] && cp -r "$dist-root/." "$root/"
fi
sed -e "s|^\( *\)listen .*# @listen|\1listen 127.0.0.1:$port;|" \
    -e "s|^\( *\)root .*# @root|\1root $root;|" \
    -e "s|^\( *\)set \$iuc_asia_base .*# @base|\1set \$iuc_asia_base \"$base\";|" \
    "$ROOT/deploy/nginx.conf" > "$run/site.conf"
brotli_so=/usr/lib/nginx/modules/ngx_http_brotli_static_module.so
if [ -f "$brotli_so" ]; then
  load="load_module $brotli_so;"
else
  echo "note: nginx brotli module not installed; serving gzip only" >&2
  load=""
  sed -i '/brotli_static/d' "$run/site.conf"
fi
cat > "$run/nginx.conf" <<CONF
$load
worker_processes 1;
pid $run/nginx.pid;
error_log $run/error.log warn;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    client_body_temp_path $run/body;
    proxy_temp_path $run/proxy;
    fastcgi_temp_path $run/fastcgi;
    uwsgi_temp_path $run/uwsgi;
    scgi_temp_path $run/scgi;
    include $run/site.conf;
}
CONF
nginx -t -q -c "$run/nginx.conf" -p "$run"
nginx -c "$run/nginx.conf" -p "$run"
for _ in $(seq 50); do
  curl -fsS -o /dev/null "http://127.0.0.1:$port$base" && exit 0
  sleep 0.1
done
echo "nginx did not answer on port $port; see $run/error.log" >&2
exit 1
