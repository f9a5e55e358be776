#!/usr/bin/env bash
# Issue 24's cluster test, first part (README, "Running more than one node"): starts ./run.sh --nodes 2 on a data
# directory of its own, and checks through the balancer that a logged-in session survives the loss of its node: a
# nurse logs in, opens 床日登记 and then 护理人员, the session's node is killed (kill -9); the next page must come from
# the other node, logged in, and 床日登记's form, posted on the view the lost node rendered, must be answered there.
# Prints what it checked; exits non-zero on any loss. Not part of the test command (it starts its own two servers). Settings: LTC_DATA_DIR (./cluster-data),
# LTC_HTTP_PORT (8080).
set -euo pipefail
cd "$(dirname "$0")"
DATA=${LTC_DATA_DIR:-./cluster-data}
PORT=${LTC_HTTP_PORT:-8080}
BASE=http://127.0.0.1:$PORT
LOG=$(mktemp /tmp/ltc-cluster-XXXXXX.log)
JAR=$(mktemp /tmp/ltc-cluster-cookies-XXXXXX)
failures=0

check() { # check <what> <condition result 0/1>
  if [ "$2" = 0 ]; then echo "  ok   $1"; else echo "  FAIL $1"; failures=$((failures + 1)); fi
}
field() { # field <html> <regex with one group>
  echo "$1" | grep -oE "$2" | head -1 | sed -E "s/$2/\\1/" | sed 's/&amp;/\&/g'
}
stop() {
  [ -n "${RUN_PID:-}" ] && kill -TERM "$RUN_PID" 2>/dev/null && wait "$RUN_PID" 2>/dev/null || true
  rm -f "$JAR"
}
trap stop EXIT

echo "[cluster-test] starting two nodes (log: $LOG) …"
LTC_DATA_DIR=$DATA LTC_HTTP_PORT=$PORT ./run.sh --nodes 2 > "$LOG" 2>&1 &
RUN_PID=$!
until grep -q "the balancer on" "$LOG"; do
  if ! kill -0 "$RUN_PID" 2>/dev/null; then echo "[cluster-test] the cluster did not start:"; tail -20 "$LOG"; exit 1; fi
  sleep 2
done
echo "[cluster-test] $(grep -o '2 nodes: .*' "$LOG")"

page=$(curl -s -c "$JAR" -b "$JAR" "$BASE/login.xhtml")
action=$(field "$page" '<form id="loginForm"[^>]*action="([^"]*)"')
curl -s -c "$JAR" -b "$JAR" -o /dev/null "$BASE$action" --data-urlencode loginForm=loginForm \
  --data-urlencode "loginForm:username=nurse" --data-urlencode "loginForm:password=nurse" \
  --data-urlencode "loginForm:submit=" \
  --data-urlencode "jakarta.faces.ViewState=$(field "$page" 'name="jakarta.faces.ViewState"[^>]*value="([^"]*)"')" \
  --data-urlencode "jakarta.faces.ClientWindow=$(field "$page" 'name="jakarta.faces.ClientWindow"[^>]*value="([^"]*)"')" \
  --data-urlencode "primefaces.nonce=$(field "$page" '<script[^>]*nonce="([^"]*)"')"
route() { grep JSESSIONID "$JAR" | awk '{print $7}' | sed 's/.*\.//'; }
before=$(route)
grid=$(curl -s -c "$JAR" -b "$JAR" "$BASE/care/bed-days.xhtml")
check "logged in on $before, 床日登记 shown" "$(echo "$grid" | grep -q 'id="monthForm"' && echo 0 || echo 1)"

# the user goes on to another page: a request's changes to the session reach the other node as it ends, just after
# its answer, so a kill in that instant loses that last request's (README); the next request waits for them
curl -s -c "$JAR" -b "$JAR" -o /dev/null "$BASE/care/workers.xhtml"
started=$(date +%s%N)
victim=$(cat "$DATA/nodes/$before/wildfly.pid")
kill -9 "$victim"
# the next page is asked once the process is gone (a request sent while it dies is lost with it)
while kill -0 "$victim" 2>/dev/null; do sleep 0.05; done
echo "[cluster-test] $before killed (kill -9); asking for the next page …"
answer=$(curl -s -c "$JAR" -b "$JAR" -w '\n%{http_code}' "$BASE/care/bed-days.xhtml")
took=$(( ($(date +%s%N) - started) / 1000000 ))
after=$(route)
check "answered by another node ($before → $after), $took ms after the kill" \
  "$([ "$(echo "$answer" | tail -1)" = 200 ] && [ "$after" != "$before" ] && echo 0 || echo 1)"
check "still logged in, the same session" "$(echo "$answer" | grep -q 'id="currentUser"' && echo 0 || echo 1)"
check "床日登记 shown again" "$(echo "$answer" | grep -q 'id="monthForm"' && echo 0 || echo 1)"
month=$(date -d "$(date +%Y-%m-01) -1 month" +%Y-%m)
posted=$(curl -s -c "$JAR" -b "$JAR" -w '\n%{http_code}' "$BASE$(field "$grid" '<form id="monthForm"[^>]*action="([^"]*)"')" \
  --data-urlencode monthForm=monthForm --data-urlencode "monthForm:month=$month" --data-urlencode "monthForm:show=" \
  --data-urlencode "jakarta.faces.ViewState=$(field "$grid" 'name="jakarta.faces.ViewState"[^>]*value="([^"]*)"')" \
  --data-urlencode "jakarta.faces.ClientWindow=$(field "$grid" 'name="jakarta.faces.ClientWindow"[^>]*value="([^"]*)"')" \
  --data-urlencode "primefaces.nonce=$(field "$grid" '<script[^>]*nonce="([^"]*)"')")
check "the form of the page the lost node rendered, posted for $month, answered by $(route)" \
  "$([ "$(echo "$posted" | tail -1)" = 200 ] && echo "$posted" | grep -q "id=\"monthForm:month\"[^>]*value=\"$month\"" && echo 0 || echo 1)"

if [ "$failures" = 0 ]; then echo "[cluster-test] passed"; else echo "[cluster-test] $failures check(s) failed"; exit 1; fi
