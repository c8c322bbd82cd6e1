#!/usr/bin/env bash
# Runs every test of the solution (unit, architecture, integration on SQLite and on PostgreSQL) and prints the totals.
# PostgreSQL: one throwaway cluster for the whole run (build/postgres.sh), stopped at the end whatever happens.
set -euo pipefail
cd "$(dirname "$0")/.."

configuration=${CONFIGURATION:-Release}
pg_dir=$(mktemp -d /tmp/socialerp-pg-XXXXXX)
trap 'bash build/postgres.sh stop "$pg_dir"' EXIT
SOCIALERP_TEST_POSTGRES=$(bash build/postgres.sh start "$pg_dir")
export SOCIALERP_TEST_POSTGRES

results=$(mktemp -d)
status=0
dotnet test SocialErp.sln -c "$configuration" --logger "trx" --results-directory "$results" "$@" || status=$?

# One closing line for the whole solution, summed from every test assembly's TRX report.
python3 - "$results" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = skipped = 0
for path in glob.glob(sys.argv[1] + "/*.trx"):
    counters = ET.parse(path).getroot().find("t:ResultSummary/t:Counters", ns)
    passed += int(counters.get("passed", 0))
    failed += int(counters.get("failed", 0)) + int(counters.get("error", 0)) + int(counters.get("timeout", 0))
    skipped += int(counters.get("notExecuted", 0))
print(f"{passed} passed, {failed} failed, {skipped} skipped")
PY
rm -rf "$results"
exit $status
