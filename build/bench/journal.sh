#!/usr/bin/env bash
# Journal benchmark: loads COUNT lines into the journal des mutations (build/bench/SocialErp.Bench.Seed, straight into
# the migrated database), then measures with wrk through HTTP, beside the HTTP ceiling (/health/live) in the same run:
#   1. the journal of one entity (GET /api/mutations?module=&entite=&entiteId=), target p95 <= 20 ms;
#   2. a typical write (POST /api/fiches) with the audit trail on, then off (Audit__Enabled=false), target <= 10 %,
#      in ROUNDS (default 4) rounds, on-off then off-on, compared by their medians.
# The bus runs in the background during the writes, so the Journal's recording of the audit events is included;
# after each write run the host works off the bus before it stops (build/bench/bus-vide.py, time reported).
# Appends the figures to docs/performance.md.
#   bash build/bench/journal.sh [COUNT=5000000] [PROVIDERS="Sqlite PostgreSql"] [DURATION=20s]
# HOST_DIR=<folder with SocialErp.Host.dll> skips the publish (e.g. src/Host/SocialErp.Host/bin/Release/net10.0);
# KEEP=1 keeps the work folder (host logs, databases).
set -euo pipefail
cd "$(dirname "$0")/../.."
source build/bench/lock.sh

count=${1:-5000000}
providers=${2:-"Sqlite PostgreSql"}
duration=${3:-20s}
rounds=${ROUNDS:-4}
port=5198
command -v wrk >/dev/null || { apt-get update -q && apt-get install -y -q wrk; }

work=$(mktemp -d /tmp/socialerp-bench-journal-XXXXXX)
pg_dir=$(mktemp -d /tmp/socialerp-bench-journal-pg-XXXXXX)
host_pid=""
stop_host() { [ -n "$host_pid" ] && kill "$host_pid" 2>/dev/null && wait "$host_pid" 2>/dev/null; host_pid=""; }
cleanup() {
  stop_host || true
  [ -d "$pg_dir/data" ] && bash build/postgres.sh stop "$pg_dir" || true
  if [ -n "${KEEP:-}" ]; then echo "kept: $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

if [ -n "${HOST_DIR:-}" ]; then cp -r "$HOST_DIR" "$work/host"; else
  dotnet publish src/Host/SocialErp.Host -c Release -o "$work/host" -p:OpenApiGenerateDocuments=false --nologo -v q
fi
dotnet build build/bench/SocialErp.Bench.Seed -c Release --nologo -v q
password='Bench-Admin-2026!'
results="$work/results.md"

start_host() { # $1 = audit enabled (true|false)
  (cd "$work/host" && exec env Database__Provider="$provider" Database__ConnectionString="$connection" Database__DataFolder="$data" \
     Seed__AdminPassword="$password" Messaging__Mode=Background Jobs__Enabled=false Audit__Enabled="$1" Logging__LogLevel__Default=Warning \
     dotnet SocialErp.Host.dll --urls "http://127.0.0.1:$port" >>"$data/host.log" 2>&1) &
  host_pid=$!
  for _ in $(seq 120); do curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null && break; sleep 1; done
  TOKEN=$(curl -s -X POST "http://127.0.0.1:$port/api/auth/login" -H 'content-type: application/json' \
    -d "{\"email\":\"admin@socialerp.local\",\"password\":\"$password\"}" | python3 -c 'import sys,json; print(json.load(sys.stdin)["accessToken"])')
  export TOKEN
}
# A short unrecorded run first: the first requests pay JIT and cold caches.
# On a shared machine, waits until no other wrk or pgbench measurement runs.
measure() {
  while pgrep -x wrk >/dev/null || pgrep -x pgbench >/dev/null; do sleep 2; done
  wrk -t2 -c8 -d5s -s "build/bench/$1" "http://127.0.0.1:$port$2" >/dev/null
  wrk -t2 -c8 -d"$duration" -s "build/bench/$1" "http://127.0.0.1:$port$2" | grep RESULT
}

for provider in $providers; do
  data="$work/data-$provider"
  mkdir -p "$data"
  connection=""
  if [ "$provider" = "PostgreSql" ]; then connection=$(bash build/postgres.sh start "$pg_dir"); fi
  seed_connection=${connection:-"Data Source=$data/socialerp.db"}

  start_host true   # migrates and creates the administrator
  stop_host
  echo "== $provider: loading $count mutations"
  load_start=$(date +%s)
  dotnet build/bench/SocialErp.Bench.Seed/bin/Release/net10.0/SocialErp.Bench.Seed.dll "$provider" "$seed_connection" "$count" "$data/sample.txt"
  load_seconds=$(( $(date +%s) - load_start ))
  export SAMPLE="$data/sample.txt"

  start_host true
  reference=$(measure reference.lua /health/live)
  par_entite=$(measure journal-mutations.lua "")
  stop_host
  # The write is measured in rounds, audit on and off in each, so that a change in the machine's load between two
  # runs weighs on both sides; the medians are compared.
  # Rounds alternate which side goes first (on-off, off-on, …): the fiches table grows during the runs.
  ecritures=()
  for round in $(seq "$rounds"); do
    ordre="true false"; [ $((round % 2)) -eq 0 ] && ordre="false true"
    for audit in $ordre; do
      start_host "$audit"
      mesure=$(measure fiches-creation.lua "")
      # The host delivers what the run left in the bus before it stops: that backlog would otherwise be worked off
      # during the next run, on the other side of the comparison.
      vidange=$(python3 build/bench/bus-vide.py "$provider" "${connection:-$data/socialerp.db}")
      ecritures+=("$([ "$audit" = true ] && echo avec || echo sans) $mesure bus=$vidange")
      stop_host
    done
  done
  [ "$provider" = "PostgreSql" ] && bash build/postgres.sh stop "$pg_dir"

  python3 - "$provider" "$count" "$load_seconds" "$reference" "$par_entite" "${ecritures[@]}" >>"$results" <<'PY2'
import statistics, sys
provider, count, load_seconds = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
def parse(line): return dict(kv.split("=") for kv in line.split()[1:] if "=" in kv)
ref, entite = parse(sys.argv[4]), parse(sys.argv[5])
rounds = [(line.split()[0], parse(line.split(" ", 1)[1])) for line in sys.argv[6:]]
print(f"\n**{provider}**, {count} lignes dans le journal des mutations (chargées en {load_seconds} s, index recréés compris)\n")
print("| mesure | req/s | p50 ms | p95 ms | p99 ms | erreurs | bus vidé après la mesure en |")
print("|---|---|---|---|---|---|---|")
for name, r in [("GET /health/live (plafond HTTP)", ref), ("GET /api/mutations?module=&entite=&entiteId=", entite)] + \
        [(f"POST /api/fiches, audit {'actif' if mode == 'avec' else 'coupé'} (tour {i // 2 + 1})", r) for i, (mode, r) in enumerate(rounds)]:
    bus = f"{r['bus']} s" if "bus" in r else ""
    print(f"| {name} | {r['rps']} | {r['p50']} | {r['p95']} | {r['p99']} | {r['errors']} | {bus} |")
def median(mode, key): return statistics.median(float(r[key]) for m, r in rounds if m == mode)
def surcout(key): return (median("avec", key) / max(median("sans", key), 0.001) - 1) * 100
print(f"\nMédianes sur {len(rounds) // 2} tours — surcoût de l'audit sur l'écriture : p50 {surcout('p50'):+.1f} %, p95 {surcout('p95'):+.1f} %, "
      f"débit {(median('avec', 'rps') / max(median('sans', 'rps'), 1) - 1) * 100:+.1f} % (cible : latence ≤ +10 %). "
      f"Journal d'une entité : p95 {entite['p95']} ms (cible ≤ 20 ms).")
PY2
done

{
  echo
  echo "## Journal des mutations : lecture par entité et surcoût de l'audit — $(date -u +%Y-%m-%d)"
  echo
  echo "Commande : \`bash build/bench/journal.sh $count \"$providers\" $duration\` (wrk 2 threads, 8 connexions, $duration par mesure)."
  echo "Machine : $(nproc) cœurs $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') Gio, $(uname -sr)."
  echo "Bus de messages en arrière-plan (le Journal enregistre les événements d'audit pendant les écritures)."
  echo "Charge de la machine à la fin : $(cut -d" " -f1-3 /proc/loadavg)."
  cat "$results"
} >> docs/performance.md
echo "Results appended to docs/performance.md"
