#!/usr/bin/env bash
# Runs every test: unit, process (in-memory engine), Arquillian integration tests on the provisioned
# WildFly against an embedded MariaDB, and browser tests in Debian's headless Chromium.
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
exec mvn -B verify "$@"
