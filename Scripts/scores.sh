#!/usr/bin/env bash
# Every gold set's score line from one entente binary, for the before/after figures a coder
# change reports in its commit message:
#   Scripts/scores.sh [.build/debug/entente]
set -euo pipefail
cd "$(dirname "$0")/.."
entente=${1:-.build/debug/entente}
reference=../shared/reference
newest=$(mktemp)
trap 'rm -f "$newest"' EXIT
# The newest dev batch alone (dev-772–921): its first score was taken before any tuning.
grep -E '"id": "dev-(77[2-9]|7[89][0-9]|8[0-9][0-9]|9[01][0-9]|92[01])"' Tests/Gold/dev.gold.jsonl > "$newest"
echo "dev          $("$entente" evaluate --gold Tests/Gold/dev.gold.jsonl | tail -n 1)"
echo "dev-772–921  $("$entente" evaluate --gold "$newest" | tail -n 1)"
echo "validation   $("$entente" evaluate --gold Tests/Gold/validation.gold.jsonl | tail -n 1)"
echo "sample       $("$entente" evaluate --gold Tests/Gold/sahel-ties.gold.jsonl | tail -n 1)"
echo "PLOVER       $("$entente" evaluate --gold "$reference/derived/plover-gsr-cameo.gold.jsonl" | tail -n 1)"
echo "PETRARCH     $("$entente" evaluate --gold "$reference/derived/petr-validate-2_02.gold.jsonl" \
  --dictionaries "$reference/openeventdata-UniversalPetrarch" --petrarch-conventions | tail -n 1)"
