#!/usr/bin/env bash
# Throwaway PostgreSQL cluster for tests and local runs, on 127.0.0.1 only.
#   build/postgres.sh start DIR   → initialises and starts a cluster in DIR, prints its connection string
#   build/postgres.sh stop DIR    → stops it and deletes DIR
# PostgreSQL refuses to run as root: as root the cluster runs as the `postgres` user.
set -euo pipefail

command=${1:-}
dir=${2:-}
[ -n "$command" ] && [ -n "$dir" ] || { echo "usage: $0 start|stop DIR" >&2; exit 2; }

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$bin/initdb" ] || { echo "PostgreSQL server binaries not found (apt-get install -y postgresql)" >&2; exit 1; }

as_owner() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$command" in
  start)
    mkdir -p "$dir"
    [ "$(id -u)" = "0" ] && chown postgres "$dir"
    password=socialerp-tests
    printf '%s' "$password" > "$dir/pwfile"
    [ "$(id -u)" = "0" ] && chown postgres "$dir/pwfile"
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    as_owner "$bin/initdb" -D "$dir/data" -U postgres -E UTF8 --locale=C.UTF-8 --auth-host=scram-sha-256 --auth-local=trust \
      --pwfile="$dir/pwfile" --no-sync >"$dir/initdb.log"
    as_owner "$bin/pg_ctl" -w -D "$dir/data" -l "$dir/server.log" \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
      start >/dev/null
    echo "Host=127.0.0.1;Port=$port;Username=postgres;Password=$password;Database=postgres"
    ;;
  stop)
    if [ -d "$dir/data" ]; then as_owner "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null || true; fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start|stop DIR" >&2; exit 2 ;;
esac
