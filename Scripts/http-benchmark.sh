#!/usr/bin/env bash
# The server's benchmark: wrk (Debian's) on loopback against `entente serve` over a store of
# 1,000,000 generated events (made by entente-store-benchmark, kept between runs), 64
# connections on this machine's cores, and the time to first byte of a pair's page.
# Usage: Scripts/http-benchmark.sh [STORE] — figures go to BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
store=${1:-${TMPDIR:-/tmp}/entente-http-benchmark.sqlite}
port=${ENTENTE_BENCHMARK_PORT:-8282}
duration=${ENTENTE_BENCHMARK_SECONDS:-20}
command -v wrk >/dev/null || { echo "http-benchmark: install Debian's wrk" >&2; exit 1; }
swift build -c release --product entente
swift build -c release --product entente-store-benchmark
echo "== a store of 1,000,000 events: $store"
ENTENTE_BENCHMARK_STORE="$store" .build/release/entente-store-benchmark 0 1000000 | grep -E "^store of|query latency|p50"

log=$(mktemp)
.build/release/entente serve --db "$store" --port "$port" > "$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do grep -q "^serving " "$log" && break; sleep 0.5; done
grep -q "^serving " "$log" || { cat "$log"; exit 1; }
base="http://127.0.0.1:$port"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo); wrk -t2 -c64 -d${duration}s"

run() {
  local label=$1 path=$2
  local report
  report=$(wrk -t2 -c64 -d"${duration}s" --latency "$base$path")
  local rps p50 p99 errors
  rps=$(awk '/^Requests\/sec/ {print $2}' <<< "$report")
  p50=$(awk '$1 == "50%" {print $2}' <<< "$report")
  p99=$(awk '$1 == "99%" {print $2}' <<< "$report")
  errors=$(grep -E "Non-2xx|Socket errors" <<< "$report" | tr -s ' ' | paste -sd ';' - || true)
  echo "  $label ($path): ${rps} requests/s, p50 ${p50}, p99 ${p99}${errors:+; $errors}"
}
echo "== the API under load"
run "events of a pair" "/api/events?dyad=NER,UKR&limit=100"
run "a pair's report" "/api/dyads/NER/UKR?as_of=2024-06-30"
run "the network" "/api/network?as_of=2024-06-30&window=30"

echo "== time to first byte of the pair's page (20 requests, one at a time)"
for _ in $(seq 1 20); do curl -s -o /dev/null -w '%{time_starttransfer}\n' "$base/dyads/NER/UKR?as_of=2024-06-30"; done \
  | sort -n | awk '{ t[NR] = $1 } END { printf "  p50 %.1f ms, max %.1f ms\n", t[int(NR / 2) + 1] * 1000, t[NR] * 1000 }'
