#!/usr/bin/env bash
# Build benchmark: generates a synthetic blog of N posts (bench/genblog.py: seeded, one category
# and 1-5 tags of 60 per post, 400-1,200 words with headings, lists, tables and code), then
# REPEAT times (default 5), alternately: Hugo's cold build of the same posts (when `hugo` is
# installed), Leafpress's cold build (no output, no cache), a rebuild with nothing changed and a
# rebuild after editing one post. Prints median wall time, CPU time (user+sys) and peak memory
# (GNU time, /usr/bin/time -v), and the ratios. Sites are generated under target/bench-build/.
# Usage: bench/run.sh [N...]   (default: 100 1000 10000)   env: REPEAT=5, NO_HUGO=1
set -euo pipefail
cd "$(dirname "$0")/.."
command -v /usr/bin/time >/dev/null || { echo "needs GNU time: apt-get install time" >&2; exit 2; }
exec python3 bench/run.py "$@"
