#!/usr/bin/env bash
# #13, in one run on this machine: durable letter submissions (16 clients, 30 s, on an empty database) and the staff
# list (over 100,000 seeded letters) on
#   1. Derby, the README's run command (mvn payara-micro:start)
#   2. Derby, deployed as a deployer would (java -jar payara-micro.jar --deploy govinbox.war, the recipe's JVM options)
#   3. PostgreSQL, one instance (as 2)
#   4. PostgreSQL, two clustered instances behind HAProxy (config/haproxy.cfg, the README's production recipe)
# and beside them the raw rate of durable single-row inserts with plain JDBC into each database (RawInserts).
# Usage: bench/cluster.sh [clients] [seconds] [letters] [list-requests]   (defaults 16 30 100000 500)
# Uses ports 8090 (the server or the balancer), 8091/8092 (the instances), 15442 (PostgreSQL, a throwaway cluster in
# target/bench-pg from Debian's packages) and target/bench-cluster/; logs in target/bench-cluster/*.log.
# Needs curl and haproxy (Debian's package; installed when missing, as root).
set -euo pipefail
cd "$(dirname "$0")/.."
clients=${1:-16}; seconds=${2:-30}; letters=${3:-100000}; requests=${4:-500}
port=8090; base="http://localhost:$port"; password=Bench-Admin-2026
pgport=15442; pgdir=$PWD/target/bench-pg; pgpassword=Bench-Postgres-2026
work=$PWD/target/bench-cluster
payara=$(ls ~/.m2/repository/fish/payara/extras/payara-micro/*/payara-micro-*.jar | sort | tail -1)
# the recipe's JVM options (README, production): what the pom gives the run command
jvm=(-Xms96m -Xmx512m -XX:+UseSerialGC -XX:ReservedCodeCacheSize=96m)
run_class() { mvn -q -B exec:java -Dexec.classpathScope=test -Dexec.mainClass="$1" -Dexec.args="$2"; }
. bench/server.sh

groups=()
seed=""
# instance NAME PORT [VAR=value ...] -- [payara options ...]: java -jar as a deployer would, in a group of its own
instance() {
  local name=$1 http=$2; shift 2
  local vars=()
  while [ $# -gt 0 ] && [ "$1" != -- ]; do vars+=("$1"); shift; done
  [ $# -gt 0 ] && shift
  rm -rf "$work/$name"; mkdir -p "$work/$name"
  # a seeded Derby folder to start on, when given
  if [ -n "${seed:-}" ]; then cp -a "$seed" "$work/$name/data"; fi
  env GOVINBOX_DATA_DIR="$work/$name/data" GOVINBOX_ADMIN_PASSWORD=$password GOVINBOX_LETTER_WRITES_PER_MINUTE=100000000 \
    GOVINBOX_BOTS_PROOF_OF_WORK=false GOVINBOX_SECOND_FACTOR_ROLES=none GOVINBOX_TRUSTED_PROXIES=127.0.0.1 "${vars[@]}" \
    setsid java "${jvm[@]}" -Dderby.stream.error.file="$work/$name/derby.log" -jar "$payara" \
    --deploy target/govinbox.war --contextroot / --port "$http" --rootdir "$work/$name/root" "$@" \
    >"$work/$name.log" 2>&1 &
  groups+=($!)
}
ready() {
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$1/health/ready")" = 200 ]; do sleep 0.2; done
}
stop_all() {
  stop_server
  for g in "${groups[@]}"; do kill -- -"$g" 2>/dev/null || true; done
  for g in "${groups[@]}"; do while pgrep -g "$g" >/dev/null; do sleep 0.5; done; done
  groups=()
}
trap 'stop_all; bash .ci/postgres stop "$pgdir"' EXIT

as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
pgbin=""
fresh_database() {
  as_postgres "$pgbin/psql" -h "$pgdir" -p $pgport -U postgres -q -c "DROP DATABASE IF EXISTS govinbox WITH (FORCE)" \
    -c "CREATE DATABASE govinbox OWNER govinbox ENCODING 'UTF8'" >/dev/null
}
pg=(GOVINBOX_DB_DATASOURCE_CLASS=org.postgresql.ds.PGSimpleDataSource GOVINBOX_DB_SERVER=127.0.0.1
    GOVINBOX_DB_PORT=$pgport GOVINBOX_DB_NAME=govinbox GOVINBOX_DB_USER=govinbox GOVINBOX_DB_PASSWORD=$pgpassword)
pgurl="jdbc:postgresql://127.0.0.1:$pgport/govinbox"
cluster=(--clustername govinbox-bench --interfaces 127.0.0.1 --clustermode tcpip:127.0.0.1:5991,127.0.0.1:5992)

command -v haproxy >/dev/null || { [ "$(id -u)" -eq 0 ] && DEBIAN_FRONTEND=noninteractive apt-get install -y -q haproxy >/dev/null; }
mvn -q -B -DskipTests test-compile package >/dev/null
rm -rf "$work"; mkdir -p "$work"
GOVINBOX_DB_PASSWORD=$pgpassword bash .ci/postgres start "$pgdir" $pgport
for candidate in /usr/lib/postgresql/*/bin; do [ -x "$candidate/psql" ] && pgbin=$candidate; done
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1), $(lsblk -dno ROTA "$(df --output=source . | tail -1)" 2>/dev/null | sed 's/1/rotating disk/;s/0/SSD/')"

echo "== raw durable single-row inserts, plain JDBC, $clients connections, $seconds s"
echo -n "Derby embedded: "
run_class org.govinbox.bench.RawInserts "jdbc:derby:$work/raw-derby;create=true - - $clients $seconds"
echo -n "PostgreSQL: "
fresh_database
run_class org.govinbox.bench.RawInserts "$pgurl govinbox $pgpassword $clients $seconds"

# the staff list's database, seeded once per database kind and copied (Derby) or seeded again (PostgreSQL)
run_class org.govinbox.bench.SeedLetters "$work/seeded-derby $letters" >/dev/null

echo "== 1. Derby, mvn payara-micro:start (the README's run command)"
rm -rf target/bench-data-submit
start_server "$work/mvn-submit.log" "package payara-micro:start" GOVINBOX_PORT=$port GOVINBOX_DATA_DIR=target/bench-data-submit \
  GOVINBOX_ADMIN_PASSWORD=$password GOVINBOX_LETTER_WRITES_PER_MINUTE=100000000 GOVINBOX_BOTS_PROOF_OF_WORK=false \
  GOVINBOX_SECOND_FACTOR_ROLES=none
run_class org.govinbox.bench.LetterLoad "$base $clients $seconds"
stop_server
rm -rf target/bench-data-list; cp -a "$work/seeded-derby" target/bench-data-list
start_server "$work/mvn-list.log" "package payara-micro:start" GOVINBOX_PORT=$port GOVINBOX_DATA_DIR=target/bench-data-list \
  GOVINBOX_ADMIN_PASSWORD=$password GOVINBOX_SECOND_FACTOR_ROLES=none
run_class org.govinbox.bench.ListLatency "$base $password $requests"
stop_server

echo "== 2. Derby, java -jar payara-micro.jar --deploy govinbox.war (the recipe's JVM options)"
instance derby-submit $port -- --nocluster; ready $port
run_class org.govinbox.bench.LetterLoad "$base $clients $seconds"
stop_all
seed="$work/seeded-derby" instance derby-list $port -- --nocluster; ready $port
run_class org.govinbox.bench.ListLatency "$base $password $requests"
stop_all

echo "== 3. PostgreSQL, one instance"
fresh_database
instance pg-submit $port "${pg[@]}" -- --nocluster; ready $port
run_class org.govinbox.bench.LetterLoad "$base $clients $seconds"
stop_all
fresh_database
run_class org.govinbox.bench.SeedLetters "$pgurl $letters govinbox $pgpassword" >/dev/null
instance pg-list $port "${pg[@]}" -- --nocluster; ready $port
run_class org.govinbox.bench.ListLatency "$base $password $requests"
stop_all

echo "== 4. PostgreSQL, two clustered instances behind HAProxy"
sed -e "s/\*:8080/*:$port/" -e 's/127.0.0.1:8081/127.0.0.1:8091/' -e 's/127.0.0.1:8082/127.0.0.1:8092/' \
  -e '/^ *log /d' config/haproxy.cfg > "$work/haproxy.cfg"
setsid haproxy -db -f "$work/haproxy.cfg" >"$work/haproxy.log" 2>&1 &
groups+=($!)
for phase in submit list; do
  fresh_database
  [ $phase = list ] && run_class org.govinbox.bench.SeedLetters "$pgurl $letters govinbox $pgpassword" >/dev/null
  instance pg2-a-$phase 8091 "${pg[@]}" -- "${cluster[@]}" --startport 5991 --name a; ready 8091
  instance pg2-b-$phase 8092 "${pg[@]}" -- "${cluster[@]}" --startport 5992 --name b; ready 8092
  ready $port
  until grep -q "DG Size: 2" "$work/pg2-b-$phase.log"; do sleep 0.5; done
  if [ $phase = submit ]; then
    run_class org.govinbox.bench.LetterLoad "$base $clients $seconds"
  else
    run_class org.govinbox.bench.ListLatency "$base $password $requests"
  fi
  # the balancer stays; the instances go
  for g in "${groups[@]:1}"; do kill -- -"$g" 2>/dev/null || true; done
  for g in "${groups[@]:1}"; do while pgrep -g "$g" >/dev/null; do sleep 0.5; done; done
  groups=("${groups[0]}")
done
