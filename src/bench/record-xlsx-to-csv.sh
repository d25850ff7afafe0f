#!/usr/bin/env bash
# The record of processing spreadsheet as another program reads it (issue 11, docs/decisions/0019): converts
# docs/samples/physiotherapy-seed-fi-record.xlsx to CSV with LibreOffice headless, one CSV per sheet (UTF-8, comma,
# every text quoted), and prints the first lines of each. Needs LibreOffice (`soffice`); the build never does.
# Usage: src/bench/record-xlsx-to-csv.sh [--write] [out-dir]      (default out-dir: target/record-csv)
#   --write  first writes the sample again from today's code:
#            ./mvnw -q test -Dtest=RecordSpreadsheetSampleTest -Dseloste.samples.update=true
set -euo pipefail
cd "$(dirname "$0")/../.."
write=false
if [ "${1:-}" = "--write" ]; then write=true; shift; fi
out=${1:-target/record-csv}
lines=${LINES_SHOWN:-6}
xlsx=docs/samples/physiotherapy-seed-fi-record.xlsx
command -v soffice >/dev/null || { echo "No soffice: install LibreOffice (e.g. apt-get install libreoffice-calc-nogui)" >&2; exit 1; }
if $write; then
  ./mvnw -q test -Dtest=RecordSpreadsheetSampleTest -Dseloste.samples.update=true
fi
[ -f "$xlsx" ] || { echo "No $xlsx: run with --write" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
rm -f "$out"/*.csv
# Filter options: comma (44), double quote (34), UTF-8 (76), from line 1, default cell formats, language default,
# quote all text cells, detect special numbers off, save as shown, export formulas off, keep spaces off,
# and -1: every sheet to a file of its own (NAME-SheetName.csv).
soffice -env:UserInstallation="file://$work/profile" --headless \
  --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true,false,true,false,false,-1' \
  --outdir "$out" "$xlsx" >"$work/soffice.log" 2>&1 || { cat "$work/soffice.log" >&2; exit 1; }
# In the workbook's order, as LibreOffice reports writing them ("Writing sheet NAME -> FILE").
sed -n 's/^Writing sheet .* -> //p' "$work/soffice.log" | while IFS= read -r csv; do
  echo "== $csv ($(wc -l <"$csv") lines)"
  head -n "$lines" "$csv"
done
