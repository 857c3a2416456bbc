#!/usr/bin/env bash
# JMH benchmarks of each stage of a build (src/test/java/dev/leafpress/build/StageBenchmarks.java):
# one post's front matter read, one post's Markdown rendered, the content stage, assembling the
# site, planning its pages, feeds and sitemap, rendering every page, writing them. Prints the
# average time of one operation of each, measured in a JVM started with the launcher's build
# options.
# Usage: bench/stages.sh [JMH options...]
#   bench/stages.sh                                  all stages, a generated site of 1,000 posts
#   bench/stages.sh -p posts=10000 render            one stage, a larger site
#   bench/stages.sh -p site=target/bench-build/1000  a site of your own (e.g. one of bench/run.sh's)
#   bench/stages.sh -prof gc                         with allocation rates (JMH's profilers: -lprof)
set -euo pipefail
cd "$(dirname "$0")/.."
cp="$(bench/test-classpath.sh)"
args=("$@")
# Stage names given alone (render, write ...) are taken as methods of StageBenchmarks.
for i in "${!args[@]}"; do
  case "${args[$i]}" in
    parsePost|renderMarkdown|contentStage|assemble|planPages|feedsAndSitemap|render|write)
      args[$i]="StageBenchmarks.${args[$i]}\$" ;;
  esac
done
[ "${#args[@]}" -gt 0 ] && [[ "${args[*]}" == *StageBenchmarks* ]] || args+=("StageBenchmarks")
exec java -cp "$cp" org.openjdk.jmh.Main "${args[@]}"
