#!/usr/bin/env bash
# The story editor's save, as the server times it: N saves (default 200) of a new revision of one
# story by an author, each over the version the previous save returned, through the editorial
# boundary the editor page uses (Editorial.revise and the story read back, here by the newsroom
# API); prints p50/p95/p99 of the server's time (curl's time to first byte minus its time to send).
# Needs a running server and its Keycloak (the demo, or a test run's):
#   bench/editor-save.sh [N] [server URL] [Keycloak URL]
set -euo pipefail
N="${1:-200}"
SERVER="${2:-http://localhost:9080}"
KEYCLOAK="${3:-http://localhost:8180}"
OFFICE=san-jose
command -v jq >/dev/null || { echo "needs jq" >&2; exit 1; }

token() {
    curl -fsS -d "grant_type=password&client_id=dateline-tests&username=ana.author&password=dateline" \
        "$KEYCLOAK/realms/dateline/protocol/openid-connect/token" | jq -r .access_token
}
TOKEN="$(token)"
API="$SERVER/api/newsroom/v1/offices/$OFFICE/stories"
body() {
    jq -nc --arg t "Benchmark story $1" '{title: $t, dateline: "San José –", lead: "A lead.",
        body: ("<h2>Heading</h2><p>" + ("A paragraph of the story. " * 40) + "</p><ul><li>One</li><li>Two</li></ul>"),
        topics: ["Benchmarks"]}'
}
created="$(curl -fsS -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d "$(body 0)" "$API")"
id="$(jq -r .id <<<"$created")"
version="$(jq -r .version <<<"$created")"
times="$(mktemp)"
answer="$(mktemp)"
trap 'rm -f "$times" "$answer"' EXIT
for i in $(seq 1 "$N"); do
    [ $((i % 100)) -eq 0 ] && TOKEN="$(token)"
    read -r code pre first <<<"$(curl -sS -o "$answer" -w '%{http_code} %{time_pretransfer} %{time_starttransfer}' -X PUT \
        -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d "$(body "$i")" "$API/$id?version=$version")"
    [ "$code" = 200 ] || { echo "save $i answered $code: $(cat "$answer")" >&2; exit 1; }
    version="$(jq -r .version "$answer")"
    awk -v a="$pre" -v b="$first" 'BEGIN {printf "%.2f\n", (b - a) * 1000}' >> "$times"
done
sort -n "$times" | awk -v n="$N" '{v[NR] = $1} END {
    printf "editor save, %d saves of story %s: p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms\n", n, "'"$id"'",
        v[int(n * .50) + 1 > n ? n : int(n * .50) + 1], v[int(n * .95) + 1 > n ? n : int(n * .95) + 1],
        v[int(n * .99) + 1 > n ? n : int(n * .99) + 1], v[n]}'
