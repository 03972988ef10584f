#!/usr/bin/env bash
# Codes every example sentence of the CAMEO codebook (ICEWS cameo-codes.csv, column `example`)
# and prints, per code, whether the example codes that code, one of the same three-digit family,
# one of the same root, another code, or nothing — the repeatable check of issue 12:
#   Scripts/cameo-examples.sh [binary] [--dictionaries DIR] [--date YYYY-MM-DD] [--misses]
# Events of every mode count (--all-modes): an intent (03x) or a threat (13x) is the act the
# codebook example reports. The last line is the summary of counts.
set -euo pipefail
cd "$(dirname "$0")/.."
entente=.build/debug/entente
if [[ $# -gt 0 && $1 != --* ]]; then entente=$1; shift; fi
extra=()
date=2020-01-01
only_misses=0
while [[ $# -gt 0 ]]; do
  case $1 in
    --dictionaries) extra+=(--dictionaries "$2"); shift 2 ;;
    --date) date=$2; shift 2 ;;
    --misses) only_misses=1; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
csv=${CAMEO_CODES_CSV:-../shared/reference/andybega-icews/cameo-codes.csv}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# One JSONL record a code with an example; the codes in the same order in codes.txt.
python3 - "$csv" "$work" <<'EOF'
import csv, json, sys
path, work = sys.argv[1], sys.argv[2]
rows = list(csv.DictReader(open(path, encoding="utf-8", errors="replace")))
with open(f"{work}/examples.jsonl", "w") as out, open(f"{work}/codes.tsv", "w") as codes:
    for row in rows:
        example = (row["example"] or "").strip()
        if not example or example == "NA":
            continue
        example = example.replace("\ufffd\ufffd\ufffd", "'").replace("\ufffd", "'")
        out.write(json.dumps({"text": example}) + "\n")
        codes.write(row["code"] + "\t" + example + "\n")
EOF

"$entente" code --input jsonl --date "$date" --all-modes --one-actor --format tsv "${extra[@]}" \
  "$work/examples.jsonl" > "$work/coded.tsv"

python3 - "$work" "$only_misses" <<'EOF'
import sys, collections
work, only_misses = sys.argv[1], sys.argv[2] == "1"
examples = [line.rstrip("\n").split("\t", 1) for line in open(f"{work}/codes.tsv")]
coded = collections.defaultdict(list)
lines = open(f"{work}/coded.tsv").read().splitlines()
header = lines[0].split("\t")
col = {name: i for i, name in enumerate(header)}
for line in lines[1:]:
    f = line.split("\t")
    number = int(f[col["doc_id"]].rsplit(":", 1)[1])
    coded[number].append(f)
order = ["exact", "family", "root", "other", "nothing"]
counts = collections.Counter()
for number, (code, text) in enumerate(examples, start=1):
    events = coded.get(number, [])
    best, shown = "nothing", ""
    for e in events:
        got = e[col["cameo"]]
        if got == code:
            kind = "exact"
        elif got[:3] == code[:3] or (len(code) == 2 and got[:2] == code):
            kind = "family"                   # a root's example: any code of the root
        elif got[:2] == code[:2]:
            kind = "root"
        else:
            kind = "other"
        if order.index(kind) < order.index(best) or not shown:
            best = kind
            shown = f'{got} {e[col["source"]]}>{e[col["target"]]} {e[col["mode"]]} "{e[col["trigger"]]}"'
    counts[best] += 1
    if only_misses and best == "exact":
        continue
    print(f"{code}\t{best}\t{shown or '-'}\t{text}")
total = len(examples)
print(f"summary: examples={total} " + " ".join(f"{k}={counts[k]}" for k in order))
EOF
