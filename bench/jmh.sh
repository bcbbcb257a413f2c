#!/usr/bin/env bash
# Micro-benchmarks of the engine with JMH (not part of the default build): builds bench/jmh with -Pbench and runs it.
# Extra arguments go to JMH, e.g. `bench/jmh.sh prefilter -p corpus=SOURCE`. Read the `megabytes` rows: MB/s per core.
set -euo pipefail
top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mvn -B -q -f "$top/pom.xml" -Pbench -pl bench/jmh -am -DskipTests package
exec java -jar "$top/bench/jmh/target/benchmarks.jar" "$@"
