#!/usr/bin/env bash
# (1) Durable letter submissions per second with 16 concurrent clients on embedded Derby, on an empty database;
# (2) the staff list over 100,000 letters: a page of 20 filtered by department, sorted by due date.
# Usage: bench/letters.sh [clients] [seconds] [letters] [list-requests]   (defaults 16 30 100000 500)
# Uses port 8090 and target/bench-data*; the servers' logs go to target/bench-run-*.log. Needs curl.
set -euo pipefail
cd "$(dirname "$0")/.."
clients=${1:-16}; seconds=${2:-30}; letters=${3:-100000}; requests=${4:-500}
port=8090; base="http://localhost:$port"; password=Bench-Admin-2026
run_class() { mvn -q -B exec:java -Dexec.classpathScope=test -Dexec.mainClass="$1" -Dexec.args="$2"; }
. bench/server.sh
# the proof of work of the public form is off here: it is the browser's work (about 20,000 hashes), not the server's,
# and the load generator would spend its time solving instead of sending; administrators sign in without a second factor
start() {
  start_server "target/bench-run-$(basename "$1").log" "package payara-micro:start" GOVINBOX_PORT=$port \
    GOVINBOX_DATA_DIR="$1" GOVINBOX_ADMIN_PASSWORD=$password GOVINBOX_LETTER_WRITES_PER_MINUTE=100000000 \
    GOVINBOX_BOTS_PROOF_OF_WORK=false GOVINBOX_SECOND_FACTOR_ROLES=none
}
trap stop_server EXIT
mvn -q -B -DskipTests test-compile package >/dev/null
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"

rm -rf target/bench-data-submit
start target/bench-data-submit
run_class org.govinbox.bench.LetterLoad "$base $clients $seconds"
stop_server

rm -rf target/bench-data-list
run_class org.govinbox.bench.SeedLetters "target/bench-data-list $letters"
start target/bench-data-list
run_class org.govinbox.bench.ListLatency "$base $password $requests"
stop_server
