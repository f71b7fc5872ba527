#!/usr/bin/env bash
# The disclosure portal over 100,000 items on a real server (embedded Derby, port 8090, empty data folder):
# (1) bulk import rate: [files] CSV files of [rows] generated rows each, imported one after the other through the API;
# (2) the public catalogue's requests per second against /api/site (a trivial JSON endpoint) in the same run;
# (3) search latency over distinct Chinese queries, and first-time (uncached) catalogue pages.
# Usage: bench/disclosure.sh [files] [rows] [clients] [seconds] [searches]   (defaults 10 10000 16 15 500)
# Uses target/bench-data-disclosure; the server's log goes to target/bench-run-disclosure.log. Needs curl.
set -euo pipefail
cd "$(dirname "$0")/.."
files=${1:-10}; rows=${2:-10000}; clients=${3:-16}; seconds=${4:-15}; searches=${5:-500}
port=8090; base="http://localhost:$port"; password=Bench-Admin-2026; data=target/bench-data-disclosure
run_class() { mvn -q -B exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.govinbox.bench.DisclosureBench -Dexec.args="$1"; }
. bench/server.sh
trap stop_server EXIT
mvn -q -B -DskipTests test-compile package >/dev/null
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"
rm -rf "$data"
start_server target/bench-run-disclosure.log "package payara-micro:start" \
  GOVINBOX_PORT=$port GOVINBOX_DATA_DIR="$data" GOVINBOX_ADMIN_PASSWORD=$password GOVINBOX_SECOND_FACTOR_ROLES=none
run_class "import $base $password $files $rows"
run_class "throughput $base $clients $seconds"
run_class "search $base $searches"
pid=$(server_pid)
echo "server RSS after the run: $(awk '/VmRSS/ {printf "%.0f MB", $2/1024}' /proc/$pid/status)"
