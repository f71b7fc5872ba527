#!/usr/bin/env bash
# The dashboard over 1,000,000 finished letters of 3 years and 40 departments: the figures' answers (p50/p95) beside
# /api/site in the same run, the public statistics uncached and cached, and an export of ~100,000 rows (CSV and XLSX)
# with the server's memory sampled while it streams.
# Usage: bench/dashboard.sh [letters] [requests]   (defaults 1000000 50)
# Uses port 8090 and target/bench-data-dashboard; the server's log goes to target/bench-run-dashboard.log. Needs curl.
set -euo pipefail
cd "$(dirname "$0")/.."
letters=${1:-1000000}; requests=${2:-50}
port=8090; base="http://localhost:$port"; password=Bench-Admin-2026
run_class() { mvn -q -B exec:java -Dexec.classpathScope=test -Dexec.mainClass="$1" -Dexec.args="$2"; }
. bench/server.sh
trap stop_server EXIT
mvn -q -B -DskipTests test-compile package >/dev/null
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"

data=target/bench-data-dashboard
if [ ! -f "$data/.seeded-$letters" ]; then
  rm -rf "$data"
  run_class org.govinbox.bench.SeedCases "$data $letters"
  touch "$data/.seeded-$letters"
fi
start_server target/bench-run-dashboard.log "payara-micro:start" \
  GOVINBOX_PORT=$port GOVINBOX_DATA_DIR="$data" GOVINBOX_ADMIN_PASSWORD=$password GOVINBOX_SECOND_FACTOR_ROLES=none
# the figures are counted from the facts in memory once they are loaded (in the background after start)
until grep -q "cases are in memory for the figures" target/bench-run-dashboard.log; do sleep 0.5; done
grep -o "the facts of .* for the figures ([0-9.]* s)" target/bench-run-dashboard.log
pid=$(server_pid)
run_class org.govinbox.bench.DashboardBench "$base $password $requests $pid"
