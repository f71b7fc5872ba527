# Sourced by the bench scripts: runs the server in a process group of its own, records the group, and stops exactly
# that group (never processes found by name). Needs $port set by the script.
server=""

# start_server LOG "MAVEN GOALS" [VAR=value ...]: starts Maven with the goals (and Payara Micro under it), waits for ready
start_server() {
  local log=$1 goals=$2
  shift 2
  env "$@" setsid mvn -q -DskipTests $goals >"$log" 2>&1 &
  server=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/health/ready")" = 200 ]; do sleep 0.2; done
}

# the Payara Micro process of the group (not the Maven that started it), for its memory
server_pid() {
  pgrep -g "$server" -f -- "--port $port" | head -1
}

stop_server() {
  [ -n "$server" ] || return 0
  kill -- -"$server" 2>/dev/null || true
  while pgrep -g "$server" >/dev/null; do sleep 0.5; done
  server=""
}
