#!/usr/bin/env bash
# Every gold set's score line from one entente binary, for the before/after figures a coder
# change reports in its commit message:
#   Scripts/scores.sh [.build/debug/entente]
set -euo pipefail
cd "$(dirname "$0")/.."
entente=${1:-.build/debug/entente}
reference=../shared/reference
batch8=$(mktemp)
batch10=$(mktemp)
batch12=$(mktemp)
batch13=$(mktemp)
batch15=$(mktemp)
batch16=$(mktemp)
batch17=$(mktemp)
trap 'rm -f "$batch8" "$batch10" "$batch12" "$batch13" "$batch15" "$batch16" "$batch17"' EXIT
# The seven newest dev batches alone (dev-772–921, session 8; dev-922–1071, session 10;
# dev-1072–1221, session 12; dev-1222–1371, session 14; dev-1372–1521, session 15;
# dev-1522–1671, session 16; dev-1672–1821, session 17): each was scored once before any tuning on it.
grep -E '"id": "dev-(77[2-9]|7[89][0-9]|8[0-9][0-9]|9[01][0-9]|92[01])"' Tests/Gold/dev.gold.jsonl > "$batch8"
grep -E '"id": "dev-(92[2-9]|9[3-9][0-9]|10[0-6][0-9]|107[01])"' Tests/Gold/dev.gold.jsonl > "$batch10"
grep -E '"id": "dev-(10[7-9][0-9]|11[0-9][0-9]|12[01][0-9]|122[01])"' Tests/Gold/dev.gold.jsonl | grep -v '"id": "dev-107[01]"' > "$batch12"
grep -E '"id": "dev-(122[2-9]|12[3-9][0-9]|13[0-6][0-9]|137[01])"' Tests/Gold/dev.gold.jsonl > "$batch13"
grep -E '"id": "dev-(137[2-9]|13[89][0-9]|14[0-9][0-9]|15[01][0-9]|152[01])"' Tests/Gold/dev.gold.jsonl > "$batch15"
grep -E '"id": "dev-(152[2-9]|15[3-9][0-9]|16[0-6][0-9]|167[01])"' Tests/Gold/dev.gold.jsonl > "$batch16"
grep -E '"id": "dev-(167[2-9]|16[89][0-9]|17[0-9][0-9]|18[01][0-9]|182[01])"' Tests/Gold/dev.gold.jsonl > "$batch17"
echo "dev          $("$entente" evaluate --gold Tests/Gold/dev.gold.jsonl | tail -n 1)"
echo "dev-772–921  $("$entente" evaluate --gold "$batch8" | tail -n 1)"
echo "dev-922–1071 $("$entente" evaluate --gold "$batch10" | tail -n 1)"
echo "dev-1072–1221 $("$entente" evaluate --gold "$batch12" | tail -n 1)"
echo "dev-1222–1371 $("$entente" evaluate --gold "$batch13" | tail -n 1)"
echo "dev-1372–1521 $("$entente" evaluate --gold "$batch15" | tail -n 1)"
echo "dev-1522–1671 $("$entente" evaluate --gold "$batch16" | tail -n 1)"
echo "dev-1672–1821 $("$entente" evaluate --gold "$batch17" | tail -n 1)"
echo "validation   $("$entente" evaluate --gold Tests/Gold/validation.gold.jsonl | tail -n 1)"
echo "sample       $("$entente" evaluate --gold Tests/Gold/sahel-ties.gold.jsonl | tail -n 1)"
echo "PLOVER       $("$entente" evaluate --gold "$reference/derived/plover-gsr-cameo.gold.jsonl" | tail -n 1)"
echo "PETRARCH     $("$entente" evaluate --gold "$reference/derived/petr-validate-2_02.gold.jsonl" \
  --dictionaries "$reference/openeventdata-UniversalPetrarch" --petrarch-conventions | tail -n 1)"
