#!/usr/bin/env bash
# Starts and stops the project's Keycloak on loopback, with the mailbox that stands in for its mail
# server.
#
#   keycloak.sh start <keycloak home> <port> <studio http port> <state dir> <smtp port> <mailbox port> [fresh [<part>]]
#   keycloak.sh stop <state dir>
#
# start: starts the mailbox (GreenMail standalone, the jar the build copies to
#   liberty/target/greenmail/, or the one DATELINE_MAIL_SERVER_JAR names: it takes every e-mail
#   sent to 127.0.0.1:<smtp port>, for any address, delivers none, keeps them in memory until it
#   stops and gives them out through its REST API on http://localhost:<mailbox port>/), then imports
#   the realm file (dateline-realm.json beside this script) if the realm does not exist yet, starts
#   Keycloak in the background, writes the PIDs to <state dir>/keycloak.pid and mailbox.pid and
#   returns once the realm answers. "fresh" replaces
#   the data in <state dir> with a copy of the database as it was right after importing the realm
#   file (the test run); without it the data is kept (the demo). That copy is made once per realm
#   file, ports and Keycloak version, beside the Keycloak home, because creating Keycloak's schema
#   takes most of a minute and the import little. <part> (the test run's) is a partial import
#   (Keycloak's partialImport format) added to the realm in that copy with Keycloak's own admin CLI:
#   what only the tests need, such as their password-grant client, stays out of the realm file
#   the demo uses. Both stop when the process that started this
#   script (Maven, or the demo's demo.sh) ends, or the process KEYCLOAK_OWNER_PID names.
#   KEYCLOAK_NICE (default 0) lowers Keycloak's CPU priority: the demo starts it beside the server
#   and lets the server have the cores first.
# stop: stops the Keycloak and the mailbox whose PIDs are in <state dir> and waits until they are gone.
# start-mailbox <smtp port> <mailbox port> <state dir>, stop-mailbox <state dir>: the mailbox alone.
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
    stop_one "$1" keycloak Keycloak
    stop_one "$1" mailbox Mailbox
}

# stop_one <state dir> <name> <shown name>: stops the process group whose leader's PID is in <state dir>/<name>.pid.
stop_one() {
    local state="$1" pid_file="$1/$2.pid" shown="$3"
    [ -f "$pid_file" ] || { echo "$shown: no PID file in $state, nothing to stop"; return 0; }
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
        echo "$shown (PID $pid) stopped"
    fi
    rm -f "$pid_file"
}

# Stops the process group led by <pid> when the process that started this script ends (Maven on an
# aborted test run; demo.sh, which stops everything itself, for the demo), or the one
# KEYCLOAK_OWNER_PID names. The watcher runs in a session of its own: in Maven's process group, a
# signal to the whole group (a closed terminal's SIGHUP, a Ctrl-C, a "kill -- -<group>", a CI
# runner's cancel) ended it together with Maven, and with it the only thing that would have stopped
# Keycloak and the mailbox.
stop_with_owner() {
    local pid="$1" owner="${KEYCLOAK_OWNER_PID:-$PPID}"
    setsid bash "$here/keycloak.sh" watch "$owner" "$pid" >/dev/null 2>&1 </dev/null &
}

# watch <owner pid> <group leader pid>: waits while both live, then stops the group.
watch() {
    local owner="$1" pid="$2"
    trap '' HUP INT
    while kill -0 "$owner" 2>/dev/null && alive "$pid"; do sleep 2; done
    kill -TERM -- "-$pid" 2>/dev/null || true
}

start() {
    local home="$1" port="$2" studio_port="$3" state="$4" smtp_port="$5" mailbox_port="$6" fresh="${7:-}" part="${8:-}"
    local t0
    t0="$(started_at)"
    mkdir -p "$state"
    stop "$state" >/dev/null
    start_mailbox "$smtp_port" "$mailbox_port" "$state"
    export DATELINE_SMTP_PORT="$smtp_port"
    mkdir -p "$home/data/import"
    cp "$here/dateline-realm.json" "$home/data/import/dateline-realm.json"
    # The realm's e-mail theme (emailTheme "dateline").
    rm -rf "$home/themes/dateline" && cp -R "$here/themes/dateline" "$home/themes/dateline"
    if [ "$fresh" = "fresh" ]; then
        local pristine
        pristine="$home/../pristine-$( (basename "$home"; echo "$studio_port $smtp_port"; cat "$here/dateline-realm.json";
            [ -n "$part" ] && cat "$part") | sha256sum | cut -c1-16)"
        rm -rf "$state/h2"
        if [ ! -f "$pristine/keycloakdb.mv.db" ]; then
            echo "Keycloak: importing the realm file into a new database (once per realm file)"
            mkdir -p "$state/h2"
            launch "$home" "$port" "$studio_port" "$state"
            if [ -n "$part" ]; then
                add_part "$home" "$port" "$state" "$part"
            fi
            stop_one "$state" keycloak Keycloak
            rm -rf "$pristine" && mkdir -p "$pristine" && cp "$state"/h2/keycloakdb.* "$pristine"/
            rm -rf "$state/h2"
        fi
        mkdir -p "$state/h2"
        cp "$pristine"/keycloakdb.* "$state/h2/"
    fi
    mkdir -p "$state/h2"
    launch "$home" "$port" "$studio_port" "$state"
    echo "Keycloak is up on http://localhost:$port (realm dateline, PID $(cat "$state/keycloak.pid")) after $(( ($(started_at) - t0) / 1000 )).$(( ($(started_at) - t0) % 1000 / 100 )) s; its mail lands in http://localhost:$mailbox_port/"
}

# add_part <home> <port> <state dir> <file>: adds a partial import to the realm, signed in to the
# admin CLI as the bootstrap administrator.
add_part() {
    local home="$1" port="$2" state="$3" file="$4"
    local config="$state/kcadm.config"
    KC_OPTS="-Xmx128m" "$home/bin/kcadm.sh" config credentials --config "$config" --server "http://localhost:$port" \
        --realm master --user "${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}" --password "${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}" >/dev/null
    KC_OPTS="-Xmx128m" "$home/bin/kcadm.sh" create partialImport --config "$config" -r dateline -f "$file" >/dev/null
    rm -f "$config"
    echo "Keycloak: added $(basename "$file") to the realm"
}

launch() {
    local home="$1" port="$2" studio_port="$3" state="$4"

    local log="$state/keycloak.log"
    # Throw-away bootstrap administrator of the master realm (created only with the master realm).
    KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}" \
    KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}" \
    JAVA_OPTS_KC_HEAP="${JAVA_OPTS_KC_HEAP:--Xms64m -Xmx512m}" \
    DATELINE_HTTP_PORT="$studio_port" \
    nice -n "${KEYCLOAK_NICE:-0}" setsid "$home/bin/kc.sh" start-dev \
        --http-host=127.0.0.1 --http-port="$port" \
        --hostname="http://localhost:$port" \
        --db-url="jdbc:h2:file:$state/h2/keycloakdb;NON_KEYWORDS=VALUE" \
        --import-realm --health-enabled=false --metrics-enabled=false \
        --spi-brute-force-protector-default-brute-force-detector-allow-concurrent-requests=true \
        >"$log" 2>&1 </dev/null &
    local pid=$!
    echo "$pid" >"$state/keycloak.pid"

    stop_with_owner "$pid"

    await_answer "$pid" "http://localhost:$port/realms/dateline/.well-known/openid-configuration" "$log" Keycloak 300 "$state"
}

# await_answer <pid> <url> <log> <shown name> <seconds> <state dir>: returns once the URL answers;
# exits with the log's end when the process dies first, or stops everything when the time is up.
await_answer() {
    local pid="$1" url="$2" log="$3" shown="$4" seconds="$5" state="$6"
    for _ in $(seq 1 $((seconds * 4))); do
        if ! alive "$pid"; then
            echo "$shown did not start; its log, $log:" >&2
            tail -n 40 "$log" >&2
            exit 1
        fi
        if curl -fsS -o /dev/null --max-time 2 "$url" 2>/dev/null; then
            return 0
        fi
        sleep 0.25
    done
    echo "$shown did not answer within $seconds s; its log, $log:" >&2
    tail -n 40 "$log" >&2
    stop "$state"
    exit 1
}

# start_mailbox <smtp port> <api port> <state dir>: GreenMail with SMTP alone, on loopback, where
# any sender may send to any address without signing in; its API answers once SMTP is up.
start_mailbox() {
    local smtp_port="$1" api_port="$2" state="$3"
    local java="java" jar="${DATELINE_MAIL_SERVER_JAR:-$here/../../../target/greenmail/greenmail-standalone.jar}"
    [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && java="$JAVA_HOME/bin/java"
    [ -f "$jar" ] || { echo "The mailbox: no GreenMail at $jar (./mvnw package copies it there)" >&2; exit 1; }
    setsid "$java" "${DATELINE_MAIL_SERVER_HEAP:--Xmx128m}" -XX:TieredStopAtLevel=1 \
        -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$smtp_port" \
        -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$api_port" \
        -Dgreenmail.auth.disabled \
        -jar "$jar" >"$state/mailbox.log" 2>&1 </dev/null &
    local pid=$!
    echo "$pid" >"$state/mailbox.pid"
    stop_with_owner "$pid"
    await_answer "$pid" "http://localhost:$api_port/api/service/readiness" "$state/mailbox.log" "The mailbox" 30 "$state"
}

case "${1:-}" in
    start) shift; start "$@" ;;
    stop) shift; stop "$@" ;;
    # The mailbox alone, for the tests of mail that cannot be sent: start-mailbox <smtp port> <web port> <state dir>
    start-mailbox) shift; stop_one "$3" mailbox Mailbox >/dev/null; start_mailbox "$@"; echo "Mailbox is up on http://localhost:$2/" ;;
    stop-mailbox) shift; stop_one "$1" mailbox Mailbox ;;
    watch) shift; watch "$@" ;;
    *) echo "usage: $0 start <home> <port> <studio port> <state dir> <smtp port> <mailbox port> [fresh [<part>]] | stop <state dir>" >&2; exit 2 ;;
esac
