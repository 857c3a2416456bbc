#!/usr/bin/env bash
# Benchmark for `leafpress serve`: time from saving a one-word change in one post to the
# live-reload event, on generated sites of 1,000 and 10,000 posts (median of 11 edits after 5
# warm-up edits, for in-place saves and for write-temporary-then-rename saves).
# Usage: bench/serve-latency.sh [posts...]      (default: 1000 10000)
# The generated sites are kept in target/bench/ and reused by later runs.
set -euo pipefail
cd "$(dirname "$0")/.."
cp="$(bench/test-classpath.sh)"
sizes=("$@")
[ "${#sizes[@]}" -gt 0 ] || sizes=(1000 10000)
exec java -Xmx2g -cp "$cp" dev.leafpress.serve.bench.ServeLatencyBench target/bench "${sizes[@]}"
