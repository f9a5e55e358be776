#!/usr/bin/env bash
# Runs the application locally: builds what is needed, starts the embedded MariaDB and WildFly,
# loads the demo data and prints the URL and the demo logins. Ctrl-C stops both cleanly.
# Commands (see README): ./run.sh backup [file] | restore <file> | rotate-data-key; ./run.sh --nodes N runs N nodes
# behind a load balancer (README, "Running more than one node").
# Settings (all optional): LTC_DATA_DIR (default ./data), LTC_HTTP_PORT (8080), LTC_DB_PORT (3307);
# MYSQL_URL / MYSQL_USER / MYSQL_PASSWORD use an external MySQL 8 or MariaDB instead of the embedded one.
set -euo pipefail
cd "$(dirname "$0")"
echo "正在构建 / building (first run downloads WildFly and MariaDB, a few minutes) …"
# the cluster mode (--nodes N) runs the cluster server, built by the profile "cluster" (README)
profile=""
for arg in "$@"; do [ "$arg" = "--nodes" ] && profile="-Pcluster"; done
mvn -B -q -DskipTests $profile package
exec java -jar launcher/target/ltcare-launcher.jar "$@"
