#!/usr/bin/env bash
# Publish to visible: an editor publishes a story through the newsroom API (a real Keycloak token),
# R times (default 20), while readers keep San José's home and topic pages cached; prints after how
# long the home page, the topic page, the story's page and the site's search showed it, counted from
# just before the publish was sent (p50, p95, max over the rounds), beside the target (≤ 1 s on one
# node). Runs on the integration tests' server and Keycloak (a server of its own, "bench-visible").
# Usage: bench/publish-to-visible.sh [R]   (ports: BENCH_HTTP_PORT, BENCH_KEYCLOAK_PORT, …)
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${1:-20}
./mvnw -B -ntp verify -Dit.test=PublishToVisibleBench -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
    -Dbench.rounds="$ROUNDS" -Dit.server=bench-visible \
    -Dit.http.port="${BENCH_HTTP_PORT:-9590}" -Dit.https.port="${BENCH_HTTPS_PORT:-9553}" -Dit.keycloak.port="${BENCH_KEYCLOAK_PORT:-8596}" \
    -Dit.smtp.port="${BENCH_SMTP_PORT:-2645}" -Dit.mailbox.port="${BENCH_MAILBOX_PORT:-8445}" -Dit.restart.port="${BENCH_RESTART_PORT:-9790}" 2>&1 \
    | tee liberty/target/publish-to-visible-bench.log | grep -E '^(== publish|publish request|visible on)|BUILD|ERROR'
