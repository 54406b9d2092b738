#!/usr/bin/env bash
# Cross-post copies benchmark: one San José story with a live copy on each of N offices' sites
# (default 100: the offices bench-001 … are made for it in the run's own database), then San José
# publishes a new revision, R times (default 5), and one poller per copy reads the copy's page until
# it shows the new title. Prints, per round, how long the publication took and after how long the
# copies' pages showed it (p50, p95, max over the copies), counted from just before it was sent.
# It runs on the integration tests' server and Keycloak (a server of its own, "bench-copies", and
# a fresh database, as every test run has), reading the pages over HTTP as readers do.
# Usage: bench/crosspost-copies.sh [N] [R]   (ports: BENCH_HTTP_PORT, BENCH_KEYCLOAK_PORT, …)
set -euo pipefail
cd "$(dirname "$0")/.."
COPIES=${1:-100}
ROUNDS=${2:-5}
HTTP=${BENCH_HTTP_PORT:-9580}
./mvnw -B -ntp verify -Dit.test=CrossPostCopiesBench -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
    -Dbench.copies="$COPIES" -Dbench.rounds="$ROUNDS" -Dit.server=bench-copies \
    -Dit.http.port="$HTTP" -Dit.https.port="${BENCH_HTTPS_PORT:-9543}" -Dit.keycloak.port="${BENCH_KEYCLOAK_PORT:-8590}" \
    -Dit.smtp.port="${BENCH_SMTP_PORT:-2635}" -Dit.mailbox.port="${BENCH_MAILBOX_PORT:-8435}" 2>&1 \
    | tee liberty/target/crosspost-copies-bench.log | grep -E '^(== cross-post|round [0-9]+:)|BUILD|ERROR'
