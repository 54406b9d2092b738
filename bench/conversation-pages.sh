#!/usr/bin/env bash
# Review queue and inbox benchmark: runs ConversationScaleBench (not part of the test run) on a test
# server of its own, which fills Washington with 10,000 stories in review and 50,000 notifications
# for one editor, then times the review queue and the inbox as they open (first page and counts) and
# at random later pages, in server time, and prints p50/p95.
# Usage: bench/conversation-pages.sh   (ports: BENCH_HTTP_PORT etc.; needs what the test run needs)
set -euo pipefail
cd "$(dirname "$0")/.."
HTTP=${BENCH_HTTP_PORT:-9580}
./mvnw -B -ntp verify -Dit.test=ConversationScaleBench -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.server=bench-conversation \
    -Dit.http.port="$HTTP" -Dit.https.port="${BENCH_HTTPS_PORT:-9543}" -Dit.keycloak.port="${BENCH_KEYCLOAK_PORT:-8590}" \
    -Dit.smtp.port="${BENCH_SMTP_PORT:-2635}" -Dit.mailbox.port="${BENCH_MAILBOX_PORT:-8435}" 2>&1 \
    | tee liberty/target/conversation-pages-bench.log | grep -E 'review queue \(|inbox \(|BUILD|ERROR'
