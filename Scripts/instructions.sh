#!/usr/bin/env bash
# Instructions a sentence of one text file coded end to end, counted by callgrind: a measure the
# shared host's noise cannot move, for comparing two builds of the coder.
#   Scripts/instructions.sh [BENCHMARK=.build/release/entente-benchmark] [SAMPLE.txt] [PASSES=50]
# Needs valgrind and a release build (swift build -c release --product entente-benchmark).
set -euo pipefail
cd "$(dirname "$0")/.."
benchmark=${1:-.build/release/entente-benchmark}
sample=${2:-Examples/sahel-ties.txt}
passes=${3:-50}
sentences=$(ENTENTE_BENCHMARK_COUNT_PASSES=1 "$benchmark" /nonexistent "$sample" | sed -n 's/.*: \([0-9]*\) sentences, 1 passes.*/\1/p')
output=$(mktemp)
trap 'rm -f "$output"' EXIT
# Only the benchmark's run function is counted, not loading the dictionaries and models; a run
# of no passes is subtracted, for what the run function does besides coding (counting sentences).
collected() {
  ENTENTE_BENCHMARK_COUNT_PASSES=$1 valgrind --tool=callgrind --callgrind-out-file="$output" \
    --toggle-collect='$s17entente_benchmark3run__14minimumSecondsySS_SaySSGSdtF' \
    "$benchmark" /nonexistent "$sample" 2>&1 >/dev/null | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
base=$(collected 0)
total=$(collected "$passes")
awk -v base="$base" -v total="$total" -v passes="$passes" -v sentences="$sentences" -v name="$sample" 'BEGIN {
  printf "%s: %.1f k instructions a sentence (%d sentences, %d passes end to end)\n", name, (total - base) / passes / sentences / 1000, sentences, passes }'
