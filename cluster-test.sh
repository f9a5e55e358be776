#!/usr/bin/env bash
# Issue 24's cluster test (README, "Running more than one node"). Starts ./run.sh --nodes 3 on a fresh data directory
# of its own with a small demo city (LTC_DEMO_CITY, two months: a paid one and a working one), waits for the city,
# then runs org.ltcare.launcher.cluster.ClusterScenarios against the nodes and their one database:
#   (a) 200 people registered and their applications filed through the API of all three nodes, accepted on the case
#       page through all three; their overdue timers made due at once (a fourth held first by a killed node's lock):
#       each fires once; then each assessed through the nodes (entered, confirmed, approved) and noticed, the notices'
#       end timers made due at once: each fires once, every case concluded;
#   (b) a month's claim generation started on two nodes at once runs once; a payout batch prepared on two nodes at
#       once is prepared once;
#   (c) the node running each is killed (kill -9) in the middle of it: another node completes it — the generation's
#       totals equal an uninterrupted run's, every claim of the batch is paid once, the batch's sums are its rows';
#   (d) a nurse's session on the node killed in the payout goes on on another node: the next page logged in, and the
#       form of the page the lost node rendered answered.
# Prints what it checked and the failover times; exits non-zero on any duplicate or loss. Not part of the test command
# (it runs three servers for about twelve minutes). Settings: LTC_CLUSTER_TEST_DIR (./cluster-data), LTC_CLUSTER_CITY
# (insured of the city, 60000), LTC_HTTP_PORT (8080), LTC_DB_PORT (3307).
set -euo pipefail
cd "$(dirname "$0")"
DATA=${LTC_CLUSTER_TEST_DIR:-./cluster-data}
PORT=${LTC_HTTP_PORT:-8080}
DB_PORT=${LTC_DB_PORT:-3307}
CITY=${LTC_CLUSTER_CITY:-60000}
LOG=$(mktemp /tmp/ltc-cluster-XXXXXX.log)

# a fresh directory each time; one without the test's mark is somebody's data and is left alone
if [ -e "$DATA" ] && [ ! -e "$DATA/.cluster-test" ]; then
  echo "[cluster-test] $DATA exists and is not the cluster test's: set LTC_CLUSTER_TEST_DIR to another directory"
  exit 2
fi
rm -rf "$DATA"
mkdir -p "$DATA" && touch "$DATA/.cluster-test"

stop() { [ -n "${RUN_PID:-}" ] && kill -TERM "$RUN_PID" 2>/dev/null && wait "$RUN_PID" 2>/dev/null || true; }
trap stop EXIT

echo "[cluster-test] starting three nodes with a city of $CITY insured (log: $LOG) …"
LTC_DATA_DIR=$DATA LTC_HTTP_PORT=$PORT LTC_DB_PORT=$DB_PORT LTC_DEMO_CITY=$CITY LTC_DEMO_CITY_MONTHS=2 \
  ./run.sh --nodes 3 > "$LOG" 2>&1 &
RUN_PID=$!
until grep -q "the balancer on" "$LOG"; do
  if ! kill -0 "$RUN_PID" 2>/dev/null; then echo "[cluster-test] the cluster did not start:"; tail -20 "$LOG"; exit 1; fi
  sleep 2
done
echo "[cluster-test] $(grep -o '3 nodes: .*' "$LOG")"
until grep -q "months settled in" "$DATA/nodes/node1/log/server.log"; do
  if grep -q "the city could not be generated" "$DATA/nodes/node1/log/server.log"; then
    echo "[cluster-test] the city could not be generated: $DATA/nodes/node1/log/server.log"; exit 1
  fi
  sleep 5
done
echo "[cluster-test] $(grep -o 'city data: [0-9,]* institutions.*' "$DATA/nodes/node1/log/server.log" | tail -1)"

mapfile -t NODE_PORTS < <(grep -o '3 nodes: \[[^]]*\]' "$LOG" | tail -1 | grep -o 'on [0-9][0-9]*' | awk '{print $2}')
java -cp launcher/target/ltcare-launcher.jar:launcher/target/test-classes:ejb/target/classes \
  org.ltcare.launcher.cluster.ClusterScenarios "$DATA" "$DB_PORT" "$PORT" "${NODE_PORTS[@]}"
