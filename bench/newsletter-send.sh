#!/usr/bin/env bash
# Newsletter sending benchmark: one Washington issue mailed to N confirmed subscribers (default
# 10,000) through the test run's mail server (GreenMail, on this machine), as fast as it takes
# them. Prints how long the list and the mailing took to set up, how long the sending took and its
# rate, and the server's memory while it sent (resident set and heap). Runs on the integration
# tests' server and Keycloak (a server of its own, "bench-newsletter", and a fresh database).
# Usage: bench/newsletter-send.sh [N]   (ports: BENCH_HTTP_PORT, BENCH_KEYCLOAK_PORT, …)
set -euo pipefail
cd "$(dirname "$0")/.."
SUBSCRIBERS=${1:-10000}
# the mail server keeps every message in memory: room for all of them
export DATELINE_MAIL_SERVER_HEAP="${DATELINE_MAIL_SERVER_HEAP:--Xmx1g}"
./mvnw -B -ntp verify -Dit.test=NewsletterSendBench -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
    -Dbench.subscribers="$SUBSCRIBERS" -Dit.server=bench-newsletter \
    -Dit.http.port="${BENCH_HTTP_PORT:-9590}" -Dit.https.port="${BENCH_HTTPS_PORT:-9553}" -Dit.keycloak.port="${BENCH_KEYCLOAK_PORT:-8595}" \
    -Dit.smtp.port="${BENCH_SMTP_PORT:-2645}" -Dit.mailbox.port="${BENCH_MAILBOX_PORT:-8445}" -Dit.restart.port="${BENCH_RESTART_PORT:-9795}" 2>&1 \
    | tee liberty/target/newsletter-send-bench.log | grep -E '^(== newsletter|list written|sent [0-9]|server memory)|BUILD|ERROR'
