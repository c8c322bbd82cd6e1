#!/usr/bin/env bash
# Fiches benchmark through HTTP: loads COUNT synthetic persons (build/bench/SocialErp.Bench.Data, through the API),
# then measures with wrk the name-prefix search and the duplicate candidates, beside the HTTP ceiling of the
# machine (/health/live) in the same run. Appends the figures to docs/performance.md.
#   bash build/bench/fiches.sh [COUNT=200000] [PROVIDERS="Sqlite PostgreSql"] [DURATION=20s]
# FICHES_BENCH_KEEP=DIR keeps the SQLite data in DIR and, when DIR already holds a base loaded with COUNT fiches,
# measures it again without reloading (loading 200 000 fiches takes about half an hour on SQLite).
set -euo pipefail
cd "$(dirname "$0")/../.."
source build/bench/lock.sh

count=${1:-200000}
providers=${2:-"Sqlite PostgreSql"}
duration=${3:-20s}
command -v wrk >/dev/null || { apt-get update -q && apt-get install -y -q wrk; }

work=$(mktemp -d /tmp/socialerp-bench-XXXXXX)
pg_dir=$(mktemp -d /tmp/socialerp-bench-pg-XXXXXX)
host_pid=""
stop_host() { [ -n "$host_pid" ] && kill "$host_pid" 2>/dev/null && wait "$host_pid" 2>/dev/null; host_pid=""; }
cleanup() {
  stop_host || true
  [ -d "$pg_dir" ] && bash build/postgres.sh stop "$pg_dir" || true
  rm -rf "$work"
}
trap cleanup EXIT

dotnet publish src/Host/SocialErp.Host -c Release -o "$work/host" -p:OpenApiGenerateDocuments=false --nologo -v q
dotnet build build/bench/SocialErp.Bench.Load -c Release --nologo -v q
password='Bench-Admin-2026!'
results="$work/results.md"

# A short unrecorded run first (JIT, cold caches); on a shared machine, waits until no other wrk or pgbench
# measurement runs.
measure() {
  while pgrep -x wrk >/dev/null || pgrep -x pgbench >/dev/null; do sleep 2; done
  wrk -t2 -c8 -d5s -s "build/bench/$1" "http://127.0.0.1:5199$2" >/dev/null
  wrk -t2 -c8 -d"$duration" -s "build/bench/$1" "http://127.0.0.1:5199$2" | grep RESULT
}

for provider in $providers; do
  data="$work/data-$provider"
  [ "$provider" = "Sqlite" ] && [ -n "${FICHES_BENCH_KEEP:-}" ] && data="$FICHES_BENCH_KEEP"
  mkdir -p "$data"
  reuse=false
  [ "$data" = "${FICHES_BENCH_KEEP:-}" ] && [ "$(cat "$data/loaded" 2>/dev/null)" = "$count" ] && reuse=true
  $reuse || rm -rf "${data:?}"/*
  connection=""
  if [ "$provider" = "PostgreSql" ]; then connection=$(bash build/postgres.sh start "$pg_dir"); fi
  (cd "$work/host" && Database__Provider=$provider Database__ConnectionString="$connection" Database__DataFolder="$data" \
     Seed__AdminPassword="$password" Messaging__Mode=Manual Jobs__Enabled=false Logging__LogLevel__Default=Warning \
     exec dotnet SocialErp.Host.dll --urls http://127.0.0.1:5199 >"$data/host.log" 2>&1) &
  host_pid=$!
  # Ready once migrated: a kept base may first get the new migrations (a minute or two at 200 000 fiches).
  for _ in $(seq 600); do curl -fs http://127.0.0.1:5199/health/ready >/dev/null && break; sleep 1; done
  curl -fs http://127.0.0.1:5199/health/ready >/dev/null || { echo "host not ready after 600 s: $data/host.log" >&2; exit 1; }

  if $reuse; then
    echo "== $provider: reusing the $count fiches already loaded in $data"
    load_seconds=0
  else
    echo "== $provider: loading $count fiches"
    load_start=$(date +%s)
    dotnet build/bench/SocialErp.Bench.Load/bin/Release/net10.0/SocialErp.Bench.Load.dll \
      http://127.0.0.1:5199 admin@socialerp.local "$password" "$count" 8 "$data/sample.txt"
    load_seconds=$(( $(date +%s) - load_start ))
    echo "$count" >"$data/loaded"
  fi

  TOKEN=$(curl -s -X POST http://127.0.0.1:5199/api/auth/login -H 'content-type: application/json' \
    -d "{\"email\":\"admin@socialerp.local\",\"password\":\"$password\"}" | python3 -c 'import sys,json; print(json.load(sys.stdin)["accessToken"])')
  export TOKEN SAMPLE="$data/sample.txt"
  reference=$(measure reference.lua /health/live)
  search=$(measure fiches-recherche.lua "")
  duplicates=$(measure fiches-doublons.lua "")
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  stop_host || true
  [ "$provider" = "PostgreSql" ] && bash build/postgres.sh stop "$pg_dir"

  python3 - "$provider" "$count" "$load_seconds" "$reference" "$search" "$duplicates" "$load" >>"$results" <<'PY'
import sys
provider, count, load_seconds, loadavg = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[7]
loaded = (f"chargées par l'API en {load_seconds} s, {count / max(load_seconds, 1):.0f}/s" if load_seconds
          else "base déjà chargée par un passage précédent, réutilisée")
def parse(line): return dict(kv.split("=") for kv in line.split()[1:])
ref, rows = parse(sys.argv[4]), [("GET /api/fiches?q=<préfixe>", parse(sys.argv[5])), ("GET /api/fiches/{id}/doublons", parse(sys.argv[6]))]
print(f"\n**{provider}**, {count} fiches ({loaded} ; "
      f"charge de la machine à la fin des mesures : {loadavg})\n")
print("| requête | req/s | p50 ms | p95 ms | p99 ms | erreurs | débit / plafond HTTP |")
print("|---|---|---|---|---|---|---|")
print(f"| GET /health/live (plafond HTTP) | {ref['rps']} | {ref['p50']} | {ref['p95']} | {ref['p99']} | {ref['errors']} | 1 |")
for name, r in rows:
    print(f"| {name} | {r['rps']} | {r['p50']} | {r['p95']} | {r['p99']} | {r['errors']} | {int(r['rps']) / max(int(ref['rps']), 1):.3f} |")
PY
done

{
  echo
  echo "## Fiches: recherche et doublons — $(date -u +%Y-%m-%d)"
  echo
  echo "Commande : \`bash build/bench/fiches.sh $count \"$providers\" $duration\` (wrk 2 threads, 8 connexions, $duration par mesure)."
  echo "Machine : $(nproc) cœurs $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') Gio, $(uname -sr)."
  echo "Bus de messages en mode manuel pendant la mesure (seule la requête mesurée travaille)."
  cat "$results"
} >> docs/performance.md
echo "Results appended to docs/performance.md"
