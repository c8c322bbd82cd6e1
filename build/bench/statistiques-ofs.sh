#!/usr/bin/env bash
# OFS monthly statistics benchmark: loads the Statistiques read model (its own tables only) with a synthetic caseload
# of N dossiers active in MONTH (build/bench/SocialErp.Bench.Seed "statistiques", SocialErp.Bench.Data
# GenerateurLectureStatistiques: members, three months of postings and payments per dossier), then times through HTTP
# the real production of the `ofs-shs-mensuel` template: POST /api/statistiques/modeles/ofs-shs-mensuel/executions,
# poll GET /api/statistiques/executions/{id} until it ends, download the file. One unrecorded warm-up run, then RUNS
# measured runs per size (each a re-run of the same period: differences with the previous one included).
# Target: 50 000 dossiers <= 10 s. Appends the figures to docs/performance.md.
#   bash build/bench/statistiques-ofs.sh [SIZES="25000 50000"] [PROVIDERS="Sqlite PostgreSql"] [RUNS=3] [MONTH=previous month]
# HOST_DIR=<folder with SocialErp.Host.dll> skips the publish (e.g. src/Host/SocialErp.Host/bin/Release/net10.0).
set -euo pipefail
cd "$(dirname "$0")/../.."
source build/bench/lock.sh

sizes=${1:-"25000 50000"}
providers=${2:-"Sqlite PostgreSql"}
runs=${3:-3}
month=${4:-$(date -u -d "$(date -u +%Y-%m-01) -1 month" +%Y-%m)}
port=5199

work=$(mktemp -d /tmp/socialerp-bench-statistiques-XXXXXX)
pg_dir=$(mktemp -d /tmp/socialerp-bench-statistiques-pg-XXXXXX)
host_pid=""
stop_host() { [ -n "$host_pid" ] && kill "$host_pid" 2>/dev/null && wait "$host_pid" 2>/dev/null; host_pid=""; }
cleanup() {
  stop_host || true
  [ -d "$pg_dir/data" ] && bash build/postgres.sh stop "$pg_dir" || true
  rm -rf "$work"
}
trap cleanup EXIT

if [ -n "${HOST_DIR:-}" ]; then cp -r "$HOST_DIR" "$work/host"; else
  dotnet publish src/Host/SocialErp.Host -c Release -o "$work/host" -p:OpenApiGenerateDocuments=false --nologo -v q
fi
dotnet build build/bench/SocialErp.Bench.Seed -c Release --nologo -v q
seed=build/bench/SocialErp.Bench.Seed/bin/Release/net10.0/SocialErp.Bench.Seed.dll
password='Bench-Admin-2026!'
results="$work/results.md"

start_host() {
  (cd "$work/host" && exec env Database__Provider="$provider" Database__ConnectionString="$connection" Database__DataFolder="$data" \
     Seed__AdminPassword="$password" Messaging__Mode=Background Logging__LogLevel__Default=Warning \
     dotnet SocialErp.Host.dll --urls "http://127.0.0.1:$port" >>"$data/host.log" 2>&1) &
  host_pid=$!
  for _ in $(seq 120); do curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null && break; sleep 1; done
}

# Prints "RESULT seconds=… serveur=… enregistrements=… statut=… octets=…" for one production, timed from the POST to the
# end of the download.
produce() {
  python3 - "http://127.0.0.1:$port" "$password" "$month" <<'PY'
import json, sys, time, urllib.request
base, password, month = sys.argv[1:4]
def call(method, path, body=None, token=None):
    req = urllib.request.Request(base + path, method=method, data=None if body is None else json.dumps(body).encode(),
                                 headers={"content-type": "application/json", **({"authorization": "Bearer " + token} if token else {})})
    with urllib.request.urlopen(req) as r:
        return r.status, r.read()
_, body = call("POST", "/api/auth/login", {"email": "admin@socialerp.local", "password": password})
token = json.loads(body)["accessToken"]
start = time.perf_counter()
status, body = call("POST", "/api/statistiques/modeles/ofs-shs-mensuel/executions", {"periode": month}, token)
execution = json.loads(body)
while execution["statut"] in ("en-attente", "en-cours"):
    time.sleep(0.05)
    execution = json.loads(call("GET", f"/api/statistiques/executions/{execution['id']}", token=token)[1])
if execution["statut"] == "echec":
    sys.exit(f"execution failed: {execution.get('message')}")
_, fichier = call("GET", execution["fichier"], token=token)
seconds = time.perf_counter() - start
from datetime import datetime
def instant(s): return datetime.fromisoformat(s.replace("Z", "+00:00"))
serveur = (instant(execution["termineeLe"]) - instant(execution["demarreeLe"])).total_seconds()
print(f"RESULT seconds={seconds:.2f} serveur={serveur:.2f} enregistrements={execution['nombreEnregistrements']} "
      f"statut={execution['statut']} erreurs={execution['nombreErreurs']} octets={len(fichier)}")
PY
}

for provider in $providers; do
  data="$work/data-$provider"
  mkdir -p "$data"
  connection=""
  if [ "$provider" = "PostgreSql" ]; then connection=$(bash build/postgres.sh start "$pg_dir"); fi
  seed_connection=${connection:-"Data Source=$data/socialerp.db"}
  start_host   # migrates and creates the administrator
  stop_host

  for size in $sizes; do
    echo "== $provider: loading $size dossiers active in $month"
    load_start=$(date +%s)
    nice -n 19 dotnet "$seed" statistiques "$provider" "$seed_connection" "$size" "$month"
    load_seconds=$(( $(date +%s) - load_start ))
    start_host
    produce >/dev/null   # warm-up: JIT, caches, the templates' seeding
    lines=()
    for _ in $(seq "$runs"); do lines+=("$(produce)"); echo "${lines[-1]}"; done
    peak=$(awk '/VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$host_pid/status")
    load=$(cut -d' ' -f1-3 /proc/loadavg)
    stop_host
    python3 - "$provider" "$size" "$load_seconds" "$peak" "$load" "${lines[@]}" >>"$results" <<'PY'
import statistics, sys
provider, size, load_seconds, peak, load = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
runs = [dict(kv.split("=") for kv in line.split()[1:]) for line in sys.argv[6:]]
total = [float(r["seconds"]) for r in runs]
serveur = [float(r["serveur"]) for r in runs]
r = runs[0]
verdict = "atteinte" if statistics.median(total) <= 10 or size < 50000 else "MANQUÉE"
print(f"| {provider} | {size} | {r['enregistrements']} | {float(r['octets']) / 1048576:.1f} | {load_seconds} | "
      f"{statistics.median(total):.2f} ({min(total):.2f}–{max(total):.2f}) | {statistics.median(serveur):.2f} | {peak} | {load} |"
      + (f" cible ≤ 10 s {verdict} |" if size >= 50000 else " |"))
PY
  done
  [ "$provider" = "PostgreSql" ] && bash build/postgres.sh stop "$pg_dir"
done

{
  echo
  echo "## Statistiques : production OFS SHS mensuelle — $(date -u +%Y-%m-%d)"
  echo
  echo "Commande : \`bash build/bench/statistiques-ofs.sh \"$sizes\" \"$providers\" $runs $month\` ($runs productions mesurées par taille après une production d'échauffement ;"
  echo "temps = du POST de l'exécution à la fin du téléchargement du fichier, sondage toutes les 50 ms ; serveur = démarrée → terminée)."
  echo "Machine : $(nproc) cœurs $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') Gio, $(uname -sr)."
  echo "Modèle de lecture chargé directement (SocialErp.Bench.Seed statistiques) : membres d'UA, trois mois d'écritures et de paiements par dossier, un cinquième de dossiers sortis avant le mois."
  echo
  echo "| base | dossiers actifs | enregistrements | fichier Mio | chargement s | temps s, médiane (min–max) | serveur s | pic mémoire hôte Mio | charge (1/5/15 min) | lecture |"
  echo "|---|---|---|---|---|---|---|---|---|---|"
  cat "$results"
} >> docs/performance.md
echo "Results appended to docs/performance.md"
