#!/usr/bin/env bash
# The web application's load test (docs/performance.md, "The web application"): simulated officers
# saving and submitting assessments on loopback for a bounded time, against H2 (default) or
# PostgreSQL (--postgres: the server .ci/run starts). Prints the errors, the acknowledged changes
# against the rows in the database, and p50/p99 latency; also in examples/web/target/web-load.txt.
#   bench/web-load.sh [--officers N] [--seconds S] [--postgres]
set -euo pipefail
cd "$(dirname "$0")/.."
officers=20 seconds=60 db=h2
while [[ $# -gt 0 ]]; do
  case "$1" in
    --officers) officers="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    --postgres) db=postgres; shift ;;
    *) echo "usage: bench/web-load.sh [--officers N] [--seconds S] [--postgres]" >&2; exit 2 ;;
  esac
done
if (( officers < 1 || officers > 200 || seconds < 1 || seconds > 600 )); then
  echo "web-load: at most 200 officers and 600 seconds" >&2; exit 2
fi
nice -n 10 ./mvnw -q -B -ntp -pl examples/web -am test -Dtest=WebLoadBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Dsvmi.load.officers="$officers" -Dsvmi.load.seconds="$seconds" -Dsvmi.load.db="$db" \
  -Djunit.jupiter.execution.parallel.enabled=false
cat examples/web/target/web-load.txt
