#!/usr/bin/env bash
# Starts and stops the project's Keycloak on loopback.
#
#   keycloak.sh start <keycloak home> <port> <studio http port> <state dir> [fresh]
#   keycloak.sh stop <state dir>
#
# start: imports the realm file (dateline-realm.json beside this script) if the realm does not
#   exist yet, starts Keycloak in the background, writes its PID to <state dir>/keycloak.pid and
#   returns once the realm answers. "fresh" replaces the data in <state dir> with a copy of the
#   database as it was right after importing the realm file (the test run); without it the data is
#   kept (the demo). That copy is made once per realm file and Keycloak version, beside the
#   Keycloak home, because creating Keycloak's schema takes most of a minute and the import little.
#   Keycloak also stops when the process that started this script (Maven) ends, or the process
#   KEYCLOAK_OWNER_PID names.
# stop: stops the Keycloak whose PID is in <state dir>/keycloak.pid and waits until it is gone.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"

# Keycloak's process group (kc.sh leads it, Java is its child); until setsid has made the group,
# the process itself.
alive() {
    kill -0 -- "-$1" 2>/dev/null || kill -0 "$1" 2>/dev/null
}

started_at() {
    date +%s%N | cut -c1-13
}

stop() {
    local state="$1" pid_file="$1/keycloak.pid"
    [ -f "$pid_file" ] || { echo "Keycloak: no PID file in $state, nothing to stop"; return 0; }
    local pid
    pid="$(cat "$pid_file")"
    # kc.sh runs Java as its child: stop the whole process group it leads (started with setsid).
    if alive "$pid"; then
        kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
        for _ in $(seq 1 60); do
            alive "$pid" || break
            sleep 0.5
        done
        if alive "$pid"; then
            kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
        fi
        echo "Keycloak (PID $pid) stopped"
    fi
    rm -f "$pid_file"
}

start() {
    local home="$1" port="$2" studio_port="$3" state="$4" fresh="${5:-}"
    local t0
    t0="$(started_at)"
    mkdir -p "$state"
    stop "$state" >/dev/null
    mkdir -p "$home/data/import"
    cp "$here/dateline-realm.json" "$home/data/import/dateline-realm.json"
    if [ "$fresh" = "fresh" ]; then
        local pristine
        pristine="$home/../pristine-$( (basename "$home"; echo "$studio_port"; cat "$here/dateline-realm.json") | sha256sum | cut -c1-16)"
        rm -rf "$state/h2"
        if [ ! -f "$pristine/keycloakdb.mv.db" ]; then
            echo "Keycloak: importing the realm file into a new database (once per realm file)"
            mkdir -p "$state/h2"
            launch "$home" "$port" "$studio_port" "$state"
            stop "$state"
            rm -rf "$pristine" && mkdir -p "$pristine" && cp "$state"/h2/keycloakdb.* "$pristine"/
            rm -rf "$state/h2"
        fi
        mkdir -p "$state/h2"
        cp "$pristine"/keycloakdb.* "$state/h2/"
    fi
    mkdir -p "$state/h2"
    launch "$home" "$port" "$studio_port" "$state"
    echo "Keycloak is up on http://localhost:$port (realm dateline, PID $(cat "$state/keycloak.pid")) after $(( ($(started_at) - t0) / 1000 )).$(( ($(started_at) - t0) % 1000 / 100 )) s"
}

launch() {
    local home="$1" port="$2" studio_port="$3" state="$4"

    local log="$state/keycloak.log"
    # Throw-away bootstrap administrator of the master realm (created only with the master realm).
    KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}" \
    KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}" \
    JAVA_OPTS_KC_HEAP="${JAVA_OPTS_KC_HEAP:--Xms64m -Xmx512m}" \
    DATELINE_HTTP_PORT="$studio_port" \
    setsid "$home/bin/kc.sh" start-dev \
        --http-host=127.0.0.1 --http-port="$port" \
        --hostname="http://localhost:$port" \
        --db-url="jdbc:h2:file:$state/h2/keycloakdb;NON_KEYWORDS=VALUE" \
        --import-realm --health-enabled=false --metrics-enabled=false \
        >"$log" 2>&1 </dev/null &
    local pid=$!
    echo "$pid" >"$state/keycloak.pid"

    # Stop Keycloak with the build that started it (Ctrl-C on the demo, an aborted test run).
    local owner="${KEYCLOAK_OWNER_PID:-$PPID}"
    (
        trap '' HUP
        while kill -0 "$owner" 2>/dev/null && alive "$pid"; do sleep 2; done
        kill -TERM -- "-$pid" 2>/dev/null || true
    ) >/dev/null 2>&1 </dev/null &
    disown

    local realm="http://localhost:$port/realms/dateline/.well-known/openid-configuration"
    for _ in $(seq 1 600); do
        if ! alive "$pid"; then
            echo "Keycloak did not start; its log, $log:" >&2
            tail -n 40 "$log" >&2
            exit 1
        fi
        if curl -fsS -o /dev/null --max-time 2 "$realm" 2>/dev/null; then
            return 0
        fi
        sleep 0.5
    done
    echo "Keycloak did not answer within 300 s; its log, $log:" >&2
    tail -n 40 "$log" >&2
    stop "$state"
    exit 1
}

case "${1:-}" in
    start) shift; start "$@" ;;
    stop) shift; stop "$@" ;;
    *) echo "usage: $0 start <home> <port> <studio port> <state dir> [fresh] | stop <state dir>" >&2; exit 2 ;;
esac
