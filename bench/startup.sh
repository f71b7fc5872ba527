#!/usr/bin/env bash
# Measures (1) the time from the README's run command to GET /health/ready = 200, on an empty data folder,
# after a first build has filled ~/.m2, and (2) the server's resident memory at idle, 30 s after ready.
# Usage: bench/startup.sh [runs]   (default 3). Uses port 8090 and data folder target/bench-data.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
port=8090
. bench/server.sh
trap stop_server EXIT
mvn -q -DskipTests package >/dev/null
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"
for i in $(seq 1 "$runs"); do
  rm -rf target/bench-data
  start=$(date +%s.%N)
  start_server target/bench-run.log "package payara-micro:start" \
    GOVINBOX_PORT=$port GOVINBOX_DATA_DIR=target/bench-data GOVINBOX_ADMIN_PASSWORD=Bench-Admin-2026
  ready=$(date +%s.%N)
  sleep 30
  pid=$(server_pid)
  rss=$(awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$pid/status")
  printf 'run %d: command to ready %.1f s, idle RSS %s MB\n' "$i" "$(echo "$ready - $start" | bc)" "$rss"
  stop_server
done
