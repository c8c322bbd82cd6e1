#!/usr/bin/env bash
# Comptabilité benchmark through HTTP, on PostgreSQL and SQLite, appended to docs/performance.md:
#  1. posting throughput (entries of 2–4 lines, POST /api/comptabilite/ecritures) at 8 and 32 connections, and on
#     PostgreSQL pgbench TPC-B on the same cluster at the same concurrency, in the same run (ratio reported);
#  2. LINES generated ledger lines (build/bench/SocialErp.Bench.Data, REAL households opened through the API, the
#     rest bulk-loaded): consolidated UA balance under load (8 clients) and alone (1 client), and one month's
#     consolidation for every unit through the API against the equivalent hand-written SQL GROUP BY in the same
#     session (median of 5).
#  Each wrk measurement follows an unrecorded warm-up round of the same load (the host's JIT is still compiling).
#  The bus runs in the background; after the postings and after the ledger load the script waits until it is drained
#  (build/bench/bus-vide.py, time reported) so the balances are not measured while the host works off the backlog.
#   bash build/bench/comptabilite.sh [LINES=10000000] [PROVIDERS="PostgreSql Sqlite"] [DURATION=20s] [REAL=300]
set -euo pipefail
cd "$(dirname "$0")/../.."
source build/bench/lock.sh

lines=${1:-10000000}
providers=${2:-"PostgreSql Sqlite"}
duration=${3:-20s}
real=${4:-300}
port=${PORT:-5198}
url=http://127.0.0.1:$port
command -v wrk >/dev/null || { apt-get update -q && apt-get install -y -q wrk; }

work=$(mktemp -d /tmp/socialerp-compta-XXXXXX)
pg_dir=$(mktemp -d /tmp/socialerp-compta-pg-XXXXXX)
host_pid=""
stop_host() { [ -n "$host_pid" ] && kill "$host_pid" 2>/dev/null && wait "$host_pid" 2>/dev/null || true; host_pid=""; }
cleanup() { stop_host; [ -d "$pg_dir" ] && bash build/postgres.sh stop "$pg_dir" || true; rm -rf "$work"; }
trap cleanup EXIT

# HOST_DIR: an already published host (skips the publish when re-running).
host_dir=${HOST_DIR:-$work/host}
[ -n "${HOST_DIR:-}" ] || dotnet publish src/Host/SocialErp.Host -c Release -o "$host_dir" -p:OpenApiGenerateDocuments=false --nologo -v q
dotnet build build/bench/SocialErp.Bench.Load -c Release --nologo -v q
loader=build/bench/SocialErp.Bench.Load/bin/Release/net10.0/SocialErp.Bench.Load.dll
password='Bench-Admin-2026!'
results="$work/results.md"
parse() { python3 -c 'import sys; d=dict(kv.split("=") for kv in sys.argv[1].split()[1:]); print(d[sys.argv[2]])' "$1" "$2"; }
median5() { python3 -c 'import sys,statistics; print(f"{statistics.median(float(x) for x in sys.argv[1:]):.1f}")' "$@"; }

for provider in $providers; do
  data="$work/data-$provider"
  mkdir -p "$data"
  connection=""
  if [ "$provider" = "PostgreSql" ]; then connection=$(bash build/postgres.sh start "$pg_dir"); fi
  (cd "$host_dir" && exec env Database__Provider=$provider Database__ConnectionString="$connection" Database__DataFolder="$data" \
     Seed__AdminPassword="$password" Jobs__Enabled=false Logging__LogLevel__Default=Warning \
     dotnet SocialErp.Host.dll --urls $url >"$data/host.log" 2>&1) &
  host_pid=$!
  for _ in $(seq 90); do curl -fs $url/health/ready >/dev/null && break; sleep 1; done
  TOKEN=$(curl -s -X POST $url/api/auth/login -H 'content-type: application/json' \
    -d "{\"email\":\"admin@socialerp.local\",\"password\":\"$password\"}" | python3 -c 'import sys,json; print(json.load(sys.stdin)["accessToken"])')
  export TOKEN

  echo "== $provider: posting throughput"
  charge_debut=$(cut -d' ' -f1-3 /proc/loadavg)
  dotnet $loader $url admin@socialerp.local "$password" 200 8 "$data/fiches.txt" 2>/dev/null
  export SAMPLE="$data/fiches.txt"
  declare -A post=() pgb=()
  # The host has just started: its code is still being compiled (tiered JIT) while it serves. One unrecorded round of
  # the same load first, so the measurement is of the steady state, as pgbench's is.
  wrk -t2 -c8 -d"$duration" --timeout 10s -s build/bench/comptabilite-ecritures.lua $url >/dev/null
  for c in 8 32; do
    post[$c]=$(wrk -t2 -c$c -d"$duration" --timeout 10s -s build/bench/comptabilite-ecritures.lua $url | grep RESULT)
    if [ "$provider" = "PostgreSql" ]; then
      pg_port=$(echo "$connection" | sed -E 's/.*Port=([0-9]+).*/\1/')
      export PGPASSWORD=socialerp-tests
      if [ "$c" = 8 ]; then
        psql -h 127.0.0.1 -p "$pg_port" -U postgres -qc 'create database pgbench' postgres
        pgbench -h 127.0.0.1 -p "$pg_port" -U postgres -i -s 32 -q pgbench 2>/dev/null
      fi
      pgb[$c]=$(pgbench -h 127.0.0.1 -p "$pg_port" -U postgres -c $c -j 2 -T "${duration%s}" -M prepared pgbench 2>/dev/null \
        | sed -nE 's/^tps = ([0-9.]+) \(without initial connection time\)/\1/p')
    fi
  done

  # The postings' events (Journal, Statistiques, Dossiers) are still being handled: wait, so that neither the load
  # nor the balances below are measured against that backlog.
  bus_target=$connection
  [ "$provider" = "Sqlite" ] && bus_target="$data/socialerp.db"
  vidange_ecritures=$(python3 build/bench/bus-vide.py "$provider" "$bus_target" 1800)
  echo "   bus drained in $vidange_ecritures s after the postings"

  echo "== $provider: loading $lines ledger lines ($real households through the API)"
  load_start=$(date +%s)
  target=$connection
  [ "$provider" = "Sqlite" ] && target="Data Source=$data/socialerp.db"
  dotnet $loader grand-livre $url admin@socialerp.local "$password" $provider "$target" "$lines" "$real" "$data/sample"
  load_seconds=$(( $(date +%s) - load_start ))
  last=$(tail -n 1 "$data/sample/dossiers.txt")
  for _ in $(seq 120); do
    [ "$(curl -s -H "Authorization: Bearer $TOKEN" $url/api/comptabilite/unites-allocation/$last/membres)" != "[]" ] && break; sleep 1
  done

  vidange_chargement=$(python3 build/bench/bus-vide.py "$provider" "$bus_target" 1800)
  echo "   bus drained in $vidange_chargement s after the load"
  if [ "$provider" = "PostgreSql" ]; then
    # The loader's VACUUM runs while the host still handles the real households' events: their older snapshots keep
    # the stored months just written from being marked all-visible, and the covering indexes then fall back to heap
    # reads on every balance (relallvisible was 0; autovacuum does not come back, the inserts counter was just reset).
    psql -h 127.0.0.1 -p "$pg_port" -U postgres -qc \
      'VACUUM ANALYZE comptabilite.comptabilite_solde_mensuel, comptabilite.comptabilite_ligne_ecriture' postgres
  fi

  echo "== $provider: consolidated balances and month consolidation"
  export SAMPLE="$data/sample/dossiers.txt"
  wrk -t2 -c8 -d"$duration" --timeout 10s -s build/bench/comptabilite-soldes-ua.lua $url >/dev/null
  soldes=$(wrk -t2 -c8 -d"$duration" --timeout 10s -s build/bench/comptabilite-soldes-ua.lua $url | grep RESULT)
  # One client: a balance's own latency, without the queue 8 clients make on a machine of few cores.
  soldes1=$(wrk -t1 -c1 -d"$duration" --timeout 10s -s build/bench/comptabilite-soldes-ua.lua $url | grep RESULT)
  api=() sql=()
  consolidation="with lignes as (select * from %s where date between '2025-06-01' and '2025-06-30')
select dossier_id, genre, sum(debit), sum(credit) from (
  select m.dossier_id, l.genre, l.debit, l.credit from lignes l
    left join %s r on r.absorbee_id = l.fiche_id
    join %s m on m.fiche_id = coalesce(r.conservee_id, l.fiche_id) and l.date >= m.du and (m.au is null or l.date <= m.au)
  where l.unite_allocation_id is null or l.unite_allocation_id <> m.dossier_id
  union all
  select l.unite_allocation_id, l.genre, l.debit, l.credit from lignes l where l.unite_allocation_id is not null) x
group by dossier_id, genre;"
  for i in 1 2 3 4 5; do
    api+=("$(curl -s -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $TOKEN" "$url/api/comptabilite/unites-allocation/consolidation?periode=2025-06" \
      | python3 -c 'import sys; print(float(sys.stdin.read()) * 1000)')")
    if [ "$provider" = "PostgreSql" ]; then
      q=$(printf "$consolidation" comptabilite.comptabilite_ligne_ecriture comptabilite.comptabilite_repointage comptabilite.comptabilite_membre_unite_allocation)
      sql+=("$(printf '\\timing on\n%s\n' "$q" | psql -h 127.0.0.1 -p "$pg_port" -U postgres -q postgres | sed -nE 's/^Time: ([0-9.]+) ms.*/\1/p' | tail -n 1)")
    else
      q=$(printf "$consolidation" comptabilite_ligne_ecriture comptabilite_repointage comptabilite_membre_unite_allocation)
      sql+=("$(python3 - "$data/socialerp.db" "$q" <<'PY'
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1]); start = time.perf_counter(); db.execute(sys.argv[2]).fetchall(); print((time.perf_counter() - start) * 1000)
PY
)")
    fi
  done
  charge_fin=$(cut -d' ' -f1-3 /proc/loadavg)
  api_ms=$(median5 "${api[@]}")
  sql_ms=$(median5 "${sql[@]}")
  stop_host
  [ "$provider" = "PostgreSql" ] && bash build/postgres.sh stop "$pg_dir"

  {
    echo
    echo "**$provider** — écritures par l'API (2 à 4 lignes, bus de messages actif); charge moyenne de la machine (1, 5, 15 min) : $charge_debut au début, $charge_fin à la fin"
    echo
    echo "| connexions | écritures/s | p50 ms | p95 ms | p99 ms | erreurs | pgbench TPC-B tps | ratio API / pgbench |"
    echo "|---|---|---|---|---|---|---|---|"
    for c in 8 32; do
      r=${post[$c]}; tps=${pgb[$c]:-}
      ratio="—"; [ -n "$tps" ] && ratio=$(python3 -c "print(f'{$(parse "$r" rps) / $tps:.2f}')")
      echo "| $c | $(parse "$r" rps) | $(parse "$r" p50) | $(parse "$r" p95) | $(parse "$r" p99) | $(parse "$r" errors) | ${tps:-—} | $ratio |"
    done
    echo
    echo "Bus de messages vidé en $vidange_ecritures s après les écritures (attendu avant le chargement)."
    echo
    echo "**$provider** — $lines lignes générées (chargées en $load_seconds s, dont $real ménages ouverts par l'API ; bus vidé en $vidange_chargement s ensuite, avant les mesures de soldes)"
    echo
    echo "| mesure | valeur |"
    echo "|---|---|"
    echo "| solde consolidé d'UA (GET …/unites-allocation/{id}/soldes, 8 connexions) | $(parse "$soldes" rps) req/s, p50 $(parse "$soldes" p50) ms, p95 $(parse "$soldes" p95) ms, **p99 $(parse "$soldes" p99) ms**, erreurs $(parse "$soldes" errors) |"
    echo "| même solde, 1 connexion (latence d'une requête seule) | $(parse "$soldes1" rps) req/s, p50 $(parse "$soldes1" p50) ms, p95 $(parse "$soldes1" p95) ms, **p99 $(parse "$soldes1" p99) ms**, erreurs $(parse "$soldes1" errors) |"
    echo "| consolidation d'un mois (2025-06), toutes les UA, par l'API (médiane de 5) | $api_ms ms |"
    echo "| même consolidation en SQL GROUP BY écrit à la main (médiane de 5) | $sql_ms ms |"
    echo "| ratio API / SQL | $(python3 -c "print(f'{$api_ms / $sql_ms:.2f}')") |"
  } >> "$results"
done

{
  echo
  echo "## Comptabilité: écritures, soldes consolidés, consolidation mensuelle — $(date -u +%Y-%m-%d)"
  echo
  echo "Commande : \`bash build/bench/comptabilite.sh $lines \"$providers\" $duration $real\` (wrk 2 threads, $duration par mesure)."
  echo "Machine : $(nproc) cœurs $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') Gio, $(uname -sr);"
  echo "charge moyenne au début et à la fin de chaque fournisseur ci-dessous. PostgreSQL jetable de build/postgres.sh (fsync=off, comme pour pgbench)."
  cat "$results"
} >> docs/performance.md
echo "Results appended to docs/performance.md"
