#!/usr/bin/env bash
# XLSX export benchmark: 250 000 and 1 000 000 rows × 12 columns streamed by the Statistiques writer
# (ZipArchive + XmlWriter), each in its own process (peak working set per process), and the exceljs streaming
# WorkbookWriter writing the same rows in the same run. Appends the figures to docs/performance.md.
#   bash build/bench/xlsx.sh [ROWS="250000 1000000"]
set -euo pipefail
cd "$(dirname "$0")/../.."
source build/bench/lock.sh
counts=${1:-"250000 1000000"}
work=$(mktemp -d /tmp/socialerp-xlsx-XXXXXX)
trap 'rm -rf "$work"' EXIT

dotnet build build/bench/SocialErp.Bench.Statistiques -c Release --nologo -v q >/dev/null
[ -d build/xlsx/node_modules/exceljs ] || npm ci --prefix build/xlsx --no-audit --no-fund >/dev/null
bench=build/bench/SocialErp.Bench.Statistiques/bin/Release/net10.0/SocialErp.Bench.Statistiques.dll

rows_md=""
for n in $counts; do
  ours=$(dotnet "$bench" xlsx "$n" "$work/ours-$n.xlsx" | grep RESULT)
  theirs=$(node --max-old-space-size=4096 build/xlsx/bench-exceljs.mjs "$n" "$work/exceljs-$n.xlsx" | grep RESULT)
  echo "$n ours:    $ours"
  echo "$n exceljs: $theirs"
  rows_md+=$(python3 - "$ours" "$theirs" <<'PY'
import sys
def parse(line): return dict(kv.split("=") for kv in line.split()[1:])
o, t = parse(sys.argv[1]), parse(sys.argv[2])
ratio = float(o["rows_per_s"]) / float(t["rows_per_s"])
print(f"| {int(o['rows']):,} | {o['seconds']} s | {int(o['rows_per_s']):,} | {o['peak_mb']} MB | {o['file_mb']} MB | {t['seconds']} s | {int(t['rows_per_s']):,} | {t['peak_mb']} MB | {t['file_mb']} MB | **{ratio:.1f}×** |".replace(",", " "))
PY
)$'\n'
done

{
  echo
  echo "## Statistiques: XLSX export, streaming writer vs exceljs ($(date -u +%Y-%m-%d))"
  echo
  echo "Command: \`bash build/bench/xlsx.sh\` — 12 columns (2 integers, 1 date, 3 CHF amounts, 6 texts), styled header, frozen pane, autofilter,"
  echo "widths, totals row with SUBTOTAL formulas; each row count in a fresh process (peak = process peak working set / RSS)."
  echo "Machine: 2 cores, 24 GiB, shared with other builds and test runs at the time (figures are indicative; ratios are from the same run)."
  echo
  echo "| rows | ours: time | ours: rows/s | ours: peak | ours: file | exceljs: time | exceljs: rows/s | exceljs: peak | exceljs: file | speed ratio |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  printf "%s" "$rows_md"
} >> docs/performance.md
tail -8 docs/performance.md
