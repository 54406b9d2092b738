#!/usr/bin/env bash
# How long the project's Keycloak takes to start, and its memory: the test run's start (a copy of
# the pristine realm import), the demo's first start (a new database: Keycloak's schema and the
# realm import) and its later starts (data kept), each until the realm answers; then the resident
# memory of Keycloak's JVM. Run after a build has unpacked Keycloak (./mvnw package).
#
#   bench/keycloak-start.sh [port] [studio port] [smtp port] [mailbox port]
set -euo pipefail
cd "$(dirname "$0")/.."

port="${1:-8380}"
studio_port="${2:-9380}"
smtp_port="${3:-2545}"
mailbox_port="${4:-8045}"
home="$(ls -d "$PWD"/.dateline/keycloak/keycloak-* | head -n 1)"
script="$PWD/liberty/src/main/keycloak/keycloak.sh"
state="$(mktemp -d)"
export KEYCLOAK_OWNER_PID=$$
trap 'bash "$script" stop "$state" >/dev/null; rm -rf "$state"' EXIT

seconds() {
    local t0 t1
    t0=$(date +%s%N)
    "$@" >/dev/null
    t1=$(date +%s%N)
    echo "$(( (t1 - t0) / 1000000000 )).$(( (t1 - t0) / 100000000 % 10 ))"
}

rss_mb() {
    local pid java
    pid="$(cat "$state/keycloak.pid")"
    java="$(pgrep -P "$pid" java || echo "$pid")"
    echo $(( $(ps -o rss= -p "$java") / 1024 ))
}

echo "Keycloak $(basename "$home") on port $port; machine load: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-48s %8s s\n' "test run (copy of the pristine import):" "$(seconds bash "$script" start "$home" "$port" "$studio_port" "$state" "$smtp_port" "$mailbox_port" fresh)"
printf '%-48s %8s MB\n' "resident memory after start:" "$(rss_mb)"
bash "$script" stop "$state" >/dev/null
rm -rf "$state/h2"
printf '%-48s %8s s\n' "demo, first start (new database, import):" "$(seconds bash "$script" start "$home" "$port" "$studio_port" "$state" "$smtp_port" "$mailbox_port")"
bash "$script" stop "$state" >/dev/null
printf '%-48s %8s s\n' "demo, later start (data kept):" "$(seconds bash "$script" start "$home" "$port" "$studio_port" "$state" "$smtp_port" "$mailbox_port")"
for user in eli.editor ana.author tom.two-offices; do
    curl -fsS -o /dev/null -d "grant_type=password&client_id=dateline-tests&username=$user&password=dateline" \
        "http://localhost:$port/realms/dateline/protocol/openid-connect/token"
done
printf '%-48s %8s MB\n' "resident memory after three sign-ins:" "$(rss_mb)"
