#!/usr/bin/env bash
# Profiles one `./leafpress build` of a site with async-profiler (fetched from Maven Central as
# tools.profiler:async-profiler, Linux x64 only): the CPU time of every thread, kernel included,
# sampled each millisecond. Prints the frames where most time was spent (self time) and the
# Leafpress methods with the most time under them, and keeps the folded stacks.
# Usage: bench/profile.sh SITE [build options...]     e.g. bench/profile.sh target/bench-build/10000
# env: FORMAT=html writes a flame graph (target/profile/profile.html) instead of folded stacks.
# The build is whatever the options make it: remove SITE/output and SITE/.leafpress first for a
# cold one. How today's hot spots were found: see README, Performance.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 1 ] || { echo "usage: bench/profile.sh SITE [build options...]" >&2; exit 2; }
[ "$(uname -sm)" = "Linux x86_64" ] || { echo "bench/profile.sh: async-profiler here is Linux x64 only" >&2; exit 2; }
site="$1"
shift
version=4.0
jar="$HOME/.m2/repository/tools/profiler/async-profiler/$version/async-profiler-$version-linux-x64.jar"
[ -f "$jar" ] || mvn -B -q dependency:get -Dartifact="tools.profiler:async-profiler:$version:jar:linux-x64" >/dev/null
out=target/profile
rm -rf "$out" && mkdir -p "$out"
(cd "$out" && unzip -q -o "$jar" 'linux-x64/*')
format="${FORMAT:-collapsed}"
file="$PWD/$out/profile.$([ "$format" = html ] && echo html || echo collapsed)"
LEAFPRESS_JAVA_OPTS="${LEAFPRESS_JAVA_OPTS:-} -agentpath:$PWD/$out/linux-x64/libasyncProfiler.so=start,event=itimer,interval=1ms,file=$file,$format" \
  ./leafpress build --source "$site" "$@"
if [ "$format" = html ]; then
  echo "flame graph: $file"
  exit 0
fi
awk '{ n = $NF; total += n; $NF = ""; k = split($0, f, ";"); self[f[k]] += n
       delete seen; for (i = 1; i <= k; i++) if (f[i] ~ /^dev\/leafpress/ && !(f[i] in seen)) { seen[f[i]]; under[f[i]] += n } }
     END { printf "%d samples\n\nself time:\n", total
           for (m in self) printf "%6.1f%%  %s\n", 100 * self[m] / total, m | "sort -rn | head -25"
           close("sort -rn | head -25")
           print "\ntime under Leafpress methods:"
           for (m in under) printf "%6.1f%%  %s\n", 100 * under[m] / total, m | "sort -rn | head -25" }' "$file"
echo
echo "folded stacks: $file"
