#!/usr/bin/env bash
# Fuzzes the whole pipeline (text → events, JSONL record → document, dictionary text →
# dictionary) with libFuzzer under AddressSanitizer.
#
#   Scripts/fuzz.sh [SECONDS] [SEED]     default 180 s, a random seed (printed)
#
# Builds entente-fuzz into .build-fuzz with -sanitize=fuzzer,address, writes the seed corpus
# (gold texts, the sample, dictionary slices) to .build-fuzz/corpus, and runs. A crash or a
# broken property leaves its input in .build-fuzz/crashes/ and exits non-zero; copy it to
# Tests/EntenteFuzzingTests/Crashes/ so it stays a regression test once fixed.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-180}
seed=${2:-$(( (RANDOM << 15) | RANDOM ))}
scratch=.build-fuzz

# The linker's warnings about ASan's local symbols are noise.
swift build -c release --product entente-fuzz --scratch-path "$scratch" \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING 2>&1 | { grep -v 'Cannot export local symbol' || true; }
binary="$scratch/release/entente-fuzz"

python3 Scripts/fuzz-corpus.py "$scratch/corpus" >/dev/null
# Crashes are this run's only; found inputs grow the corpus from run to run.
rm -rf "$scratch/crashes"
mkdir -p "$scratch/crashes" "$scratch/found"
# Swift's own crash reporter and ASan's both want the crash; ASan's report is the useful one.
export SWIFT_BACKTRACE=enable=no
echo "== fuzzing for ${seconds} s with -seed=${seed} (rerun: Scripts/fuzz.sh ${seconds} ${seed})"
# New inputs go to found/, so the seed corpus stays as written; -timeout catches inputs that
# take seconds (cost must stay linear), -rss_limit_mb inputs that take memory.
"$binary" "$scratch/found" "$scratch/corpus" -seed="$seed" -max_total_time="$seconds" \
  -max_len=16384 -timeout=30 -rss_limit_mb=2048 -print_final_stats=1 \
  -artifact_prefix="$scratch/crashes/" 2>&1 | grep --line-buffered -v '^#[0-9]*\s*\(NEW\|REDUCE\)'
