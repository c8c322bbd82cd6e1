#!/usr/bin/env bash
# Comptabilité issue 7 figures, through the real API on a published Release host, on PostgreSQL and SQLite, at two
# sizes each to show linearity, appended to docs/performance.md:
#  1. budget run: N active monthly budgets (3 lines, 2 payment orders each; build/bench/SocialErp.Bench.Data
#     GenerateurBudgets, bulk-loaded by SocialErp.Bench.Seed into the migrated database, payees are 50 fiches with an
#     address created through the API), then POST /api/comptabilite/budgets/executions {mois} and poll
#     GET …/executions/{id} until "terminee": wall time from the POST to the end. Target: 20 000 budgets ≤ 30 s.
#  2. camt.054 import: a file of M credits (GenerateurCamt054, QR references matching no invoice: each credit goes
#     through reference lookup, the amount + name fallback and is posted bank / clearing account), POSTed to
#     /api/comptabilite/encaissements/camt054 (synchronous): curl's total time. Target: 10 000 credits ≤ 10 s.
#   bash build/bench/comptabilite-budgets.sh [BUDGETS="10000 20000"] [CREDITS="5000 10000"] [PROVIDERS="PostgreSql Sqlite"]
# HOST_DIR=<folder with SocialErp.Host.dll> skips the publish.
set -euo pipefail
cd "$(dirname "$0")/../.."
source build/bench/lock.sh

budgets=${1:-"10000 20000"}
credits=${2:-"5000 10000"}
providers=${3:-"PostgreSql Sqlite"}
port=${PORT:-5283}
url=http://127.0.0.1:$port

work=${KEEP_WORK:-$(mktemp -d /tmp/socialerp-compta-budgets-XXXXXX)}  # KEEP_WORK=<dir>: keep databases and host logs
pg_dir=""
host_pid=""
stop_host() { [ -n "$host_pid" ] && kill "$host_pid" 2>/dev/null && wait "$host_pid" 2>/dev/null || true; host_pid=""; }
stop_pg() { [ -n "$pg_dir" ] && [ -d "$pg_dir" ] && bash build/postgres.sh stop "$pg_dir" || true; pg_dir=""; }
cleanup() { stop_host; stop_pg; [ -n "${KEEP_WORK:-}" ] || rm -rf "$work"; }
trap cleanup EXIT

host_dir=${HOST_DIR:-$work/host}
[ -n "${HOST_DIR:-}" ] || dotnet publish src/Host/SocialErp.Host -c Release -o "$host_dir" -p:OpenApiGenerateDocuments=false --nologo -v q
dotnet build build/bench/SocialErp.Bench.Seed -c Release --nologo -v q
seed="dotnet build/bench/SocialErp.Bench.Seed/bin/Release/net10.0/SocialErp.Bench.Seed.dll"
password='Bench-Admin-2026!'
results="$work/results.md"
mois=$(date +%Y-%m)

start_host() {
  # Another host on the port would silently take the measurements (the machine is shared).
  ! curl -s -o /dev/null "$url/health/live" || { echo "port $port is already in use: set PORT" >&2; exit 1; }
  (cd "$host_dir" && exec env Database__Provider="$provider" Database__ConnectionString="$connection" Database__DataFolder="$data" \
     Seed__AdminPassword="$password" Messaging__Mode=Background Jobs__Enabled=false Logging__LogLevel__Default=Warning \
     dotnet SocialErp.Host.dll --urls "$url" >>"$data/host.log" 2>&1) &
  host_pid=$!
  for _ in $(seq 120); do curl -fs "$url/health/ready" >/dev/null && break; sleep 1; done
  token=$(curl -s -X POST "$url/api/auth/login" -H 'content-type: application/json' \
    -d "{\"email\":\"admin@socialerp.local\",\"password\":\"$password\"}" | python3 -c 'import sys,json; print(json.load(sys.stdin)["accessToken"])')
}
api() { curl -s -H "Authorization: Bearer $token" -H 'content-type: application/json' "$@"; }
now() { date +%s.%N; }

# A fresh database (and cluster) per measurement: migrated, administrator and payee fiches created through the API.
fresh_database() {
  stop_host; stop_pg
  data="$work/data-$provider-$1"; mkdir -p "$data"
  connection=""
  if [ "$provider" = "PostgreSql" ]; then pg_dir=$(mktemp -d /tmp/socialerp-compta-budgets-pg-XXXXXX); connection=$(bash build/postgres.sh start "$pg_dir"); fi
  seed_connection=${connection:-"Data Source=$data/socialerp.db"}
  start_host
}

for provider in $providers; do
  for n in $budgets; do
    fresh_database "budgets-$n"
    : >"$data/personnes.txt"
    for i in $(seq 50); do
      api -X POST "$url/api/fiches" -d "{\"type\":\"personne\",\"nom\":\"Banc$i\",\"prenom\":\"Essai\",\"adresses\":[{\"type\":\"domicile\",\"rue\":\"Rue du Bourg\",\"numero\":\"$i\",\"npa\":\"1003\",\"localite\":\"Lausanne\",\"valideDu\":\"2000-01-01\"}]}" \
        | python3 -c 'import sys,json; print(json.load(sys.stdin)["id"])' >>"$data/personnes.txt"
    done
    stop_host
    echo "== $provider: loading $n budgets"
    $seed budgets "$provider" "$seed_connection" "$n" "$data/personnes.txt" "$mois-01"
    start_host
    debut=$(now)
    id=$(api -X POST "$url/api/comptabilite/budgets/executions" -d "{\"mois\":\"$mois\"}" | python3 -c 'import sys,json; print(json.load(sys.stdin)["id"])')
    # Polled five times a second with sed, not Python: starting Python at each poll took a tenth of this 2-core
    # machine away from the run it measures.
    while :; do
      etat=$(api "$url/api/comptabilite/budgets/executions/$id")
      statut=$(echo "$etat" | sed -n 's/^[^[]*"statut":"\([A-Za-z]*\)".*/\1/p')
      [ "$statut" = "terminee" ] || [ "$statut" = "echouee" ] && break
      sleep 0.2
    done
    secondes=$(python3 -c "print(f'{$(now) - $debut:.1f}')")
    resume=$(echo "$etat" | python3 -c 'import sys,json; e=json.load(sys.stdin); print("%s, %d payés, %d en erreur, %d ordres" % (e["statut"], e["payes"], e["enErreur"], e["nombreOrdres"]))')
    echo "| $provider | exécution des budgets | $n budgets | $secondes s | $resume | $(cut -d' ' -f1-3 /proc/loadavg) |" | tee -a "$results"
  done

  for m in $credits; do
    fresh_database "camt-$m"
    $seed camt054 "$data/camt.xml" "$m"
    sortie=$(curl -s -o "$data/import.json" -w '%{http_code} %{time_total}' -H "Authorization: Bearer $token" -H 'content-type: application/xml' \
      --data-binary @"$data/camt.xml" "$url/api/comptabilite/encaissements/camt054")
    resume=$(python3 -c 'import sys,json; e=json.load(open(sys.argv[1])); print("%d crédits, %d en attente" % (e["credits"], e["enAttente"]))' "$data/import.json" 2>/dev/null || head -c 300 "$data/import.json")
    echo "| $provider | import camt.054 | $m crédits ($(du -k "$data/camt.xml" | cut -f1) Kio) | ${sortie#* } s (HTTP ${sortie%% *}) | $resume | $(cut -d' ' -f1-3 /proc/loadavg) |" | tee -a "$results"
  done
  stop_host; stop_pg
done

{
  echo
  echo "## Comptabilité : exécution des budgets et import camt.054 — $(date -u +%Y-%m-%d)"
  echo
  echo "Commande : \`bash build/bench/comptabilite-budgets.sh \"$budgets\" \"$credits\" \"$providers\"\` — machine : $(nproc) cœurs, $(free -g | awk '/Mem/ {print $2}') Gio ;"
  echo "hôte publié en Release, base neuve par mesure (PostgreSQL jetable de \`build/postgres.sh\`, SQLite fichier). Cibles de l'issue 7 :"
  echo "20 000 budgets ≤ 30 s, 10 000 crédits ≤ 10 s. Charge moyenne (1, 5, 15 min) relevée à la fin de chaque mesure."
  echo
  echo "| Base | Mesure | Volume | Durée (API) | Résultat | Charge |"
  echo "|---|---|---|---|---|---|"
  cat "$results"
} >>docs/performance.md
echo "appended to docs/performance.md"
