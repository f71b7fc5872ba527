#!/usr/bin/env bash
# Deadline computations per second on one thread: a 20-working-day deadline from every day of 2025–2026,
# on the calendar shipped in config/calendar. Usage: bench/deadlines.sh [rounds]  (2 s each, after a warm-up)
set -euo pipefail
cd "$(dirname "$0")/.."
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
mvn -q -B test-compile exec:java -Dexec.mainClass=org.govinbox.bench.DeadlineThroughput \
  -Dexec.classpathScope=test -Dexec.args="${1:-5}"
