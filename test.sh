#!/usr/bin/env bash
# Runs every test: unit, process (in-memory engine), Arquillian integration tests on the provisioned
# WildFly against an embedded MariaDB, and browser tests in Debian's headless Chromium.
# Test classes and methods run in a random order drawn from one seed, printed below; TEST_SEED=<seed> ./test.sh
# runs that order again.
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "Installing Debian's chromium and chromium-driver for the browser tests …"
    apt-get update -qq
    # fonts-noto-cjk only makes the screenshots readable; the tests do not need it.
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver fonts-noto-cjk >/dev/null
  else
    echo "The browser tests need Debian's chromium and chromium-driver. Install them with:" >&2
    echo "  sudo apt-get install chromium chromium-driver" >&2
    exit 1
  fi
fi
# The ten slowest integration test classes of the run, from failsafe's reports: where the next slowdown shows.
print_slowest_classes() {
  local reports=web/target/failsafe-reports
  compgen -G "${reports}/TEST-*.xml" >/dev/null || return 0
  echo "Slowest integration test classes (seconds; the first class run also waits for the deployment):"
  for report in "${reports}"/TEST-*.xml; do
    suite="$(tr '\n' ' ' < "${report}" | grep -o '<testsuite [^>]*>' | head -1)"
    printf '%s %s\n' "$(sed -E 's/.* time="([^"]*)".*/\1/' <<< "${suite}" | tr -d ',')" \
      "$(sed -E 's/.* name="([^"]*)".*/\1/' <<< "${suite}")"
  done | sort -rn | head -10 | awk '{ printf "  %7.1f  %s\n", $1, $2 }'
}

seed="${TEST_SEED:-$(od -An -N4 -tu4 /dev/urandom | tr -d ' ')}"
echo "Test order seed: ${seed} (run this order again with: TEST_SEED=${seed} ./test.sh)"
status=0
mvn -B verify -Dsurefire.runOrder.random.seed="${seed}" -Dfailsafe.runOrder.random.seed="${seed}" \
  -Djunit.jupiter.execution.order.random.seed="${seed}" "$@" || status=$?
print_slowest_classes || true
echo "Test order seed: ${seed}"
exit "${status}"
