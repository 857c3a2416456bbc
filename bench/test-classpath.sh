#!/usr/bin/env bash
# Compiles the tests and prints the class path that runs them (the classes, the test classes and
# every test dependency), for the benchmarks that live among the tests. Run from the repository root.
set -euo pipefail
mvn -B -q -Dstyle.color=never -DskipTests test-compile >&2
mvn -B -q -Dstyle.color=never dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >&2
echo "target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
