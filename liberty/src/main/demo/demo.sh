#!/usr/bin/env bash
# Runs the demo in the foreground (the demo profile's last step, "./mvnw -DskipTests -Pdemo install"):
# starts Keycloak and the mailbox (../keycloak/keycloak.sh) and, beside them, the Liberty server, says
# every few seconds what is starting until the reader sites and Keycloak answer, then prints the
# addresses and the demo sign-ins, and waits.
# Ctrl-C, SIGTERM or SIGHUP (to Maven or to this script), the end of Maven, or the server stopping
# on its own stop the server, Keycloak and the mailbox, each by its PID, and say so.
#
#   demo.sh <wlp dir> <server name> <http port> <data dir> <keycloak home> <keycloak port> <keycloak state dir> <smtp port> <mailbox port>
#
# What it says also goes to <keycloak state dir>/../demo.log: once Maven is gone (a SIGTERM ends it
# at once) its output has nowhere to go, so the last lines are written to the terminal (/dev/tty)
# when there is one.
set -uo pipefail

wlp="$1" server="$2" http_port="$3" data="$4" kc_home="$5" kc_port="$6" kc_state="$7" smtp_port="$8" mailbox_port="$9"
here="$(cd "$(dirname "$0")" && pwd)"
keycloak="$here/../keycloak/keycloak.sh"
# Maven, which started this script: when it is gone, so is the demo.
owner="$PPID"
log_file="$(dirname "$kc_state")/demo.log"
server_dir="$wlp/usr/servers/$server"
messages="$server_dir/logs/messages.log"
pid_file="$wlp/usr/servers/.pid/$server.pid"
site="http://localhost:$http_port/san-jose/"
t0="$(date +%s)"
stopping=""
to_terminal=""

mkdir -p "$(dirname "$log_file")"
: >"$log_file"

say() {
    local line="[demo] $*"
    printf '%s %s\n' "$(date +%H:%M:%S)" "$line" >>"$log_file" 2>/dev/null || true
    if [ -n "$to_terminal" ] && { printf '%s\n' "$line" >/dev/tty; } 2>/dev/null; then
        return 0
    fi
    printf '%s\n' "$line" 2>/dev/null || true
}

elapsed() {
    echo "$(( $(date +%s) - t0 )) s"
}

server_pid() {
    [ -f "$pid_file" ] && cat "$pid_file" 2>/dev/null
}

server_alive() {
    local pid
    pid="$(server_pid)" && [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null
}

# stop_all <why>: stops the server, Keycloak and the mailbox, by their PIDs, once.
stop_all() {
    [ -n "$stopping" ] && return 0
    stopping=1
    trap '' INT TERM HUP
    # Maven's end closes the pipe this script writes to: writing there must not end the script.
    trap '' PIPE
    if [ "$1" != "server" ] && ! kill -0 "$owner" 2>/dev/null || [ "$1" = "signal" ]; then
        to_terminal=1
    fi
    case "$1" in
        signal) say "Stopping the demo (signal received)" ;;
        owner) say "Stopping the demo (Maven has ended)" ;;
        server) say "The server has stopped; stopping Keycloak and the mailbox" ;;
        *) say "Stopping the demo ($1)" ;;
    esac
    local pid
    pid="$(server_pid)"
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        "$wlp/bin/server" stop "$server" >/dev/null 2>&1 &
        local stopper=$!
        for _ in $(seq 1 120); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.5
        done
        if kill -0 "$pid" 2>/dev/null; then
            kill -KILL "$pid" 2>/dev/null
            say "The server (PID $pid) did not stop within 60 s: killed"
        else
            say "The server (PID $pid) stopped"
        fi
        wait "$stopper" 2>/dev/null
    elif [ -n "${starter:-}" ] && kill -0 "$starter" 2>/dev/null; then
        # Stopped while the server is still launching (no PID file yet): stop it by name.
        "$wlp/bin/server" stop "$server" >/dev/null 2>&1
        say "The server (still starting) stopped"
    fi
    # Keycloak's start, if still under way, must not launch anything after this.
    [ -n "${kc_starter:-}" ] && [ -z "${kc_up:-}" ] && kill -TERM "$kc_starter" 2>/dev/null
    local line
    bash "$keycloak" stop "$kc_state" 2>&1 | while IFS= read -r line; do say "$line"; done
    say "Everything the demo started is stopped"
}

on_signal() {
    stop_all signal
    exit 130
}

trap on_signal INT TERM HUP

# Liberty's messages.log of this start: the previous one is renamed when the server starts.
old_messages="$(stat -c %i "$messages" 2>/dev/null || echo none)"

# Keycloak (with the mailbox) and the server start side by side: the reader sites need only the
# server, the studio's sign-in Keycloak too. Keycloak gets the cores after the server (nice).
kc_out="$(dirname "$kc_state")/keycloak-start.out"
KEYCLOAK_OWNER_PID="$$" KEYCLOAK_NICE=10 \
    bash "$keycloak" start "$kc_home" "$kc_port" "$http_port" "$kc_state" "$smtp_port" "$mailbox_port" >"$kc_out" 2>&1 </dev/null &
kc_starter=$!
say "Starting Keycloak and the mailbox (http://localhost:$kc_port, log $kc_state/keycloak.log)"

if [ -d "$data" ]; then
    say "Starting the server (the demo content is already in $data)"
else
    say "Starting the server; on this first start it imports the demo content into $data"
fi
# "server start" returns once the server is ready: in the background, so that what the server is
# doing can be said meanwhile.
"$wlp/bin/server" start "$server" 2>&1 | while IFS= read -r line; do [ -n "$line" ] && say "$line"; done &
starter=$!

# Says what Keycloak's start and the server are doing until both answer, and every 5 s what is
# still starting.
seen=0
kc_seen=0
told_app=""
sites=""
kc_up=""
phase="the server is starting"
last_told="$(date +%s)"
for _ in $(seq 1 2400); do
    if [ -z "$kc_up" ] && [ -f "$kc_out" ]; then
        kc_total="$(wc -l <"$kc_out")"
        if [ "$kc_total" -gt "$kc_seen" ]; then
            while IFS= read -r line; do say "$line"; done < <(sed -n "$((kc_seen + 1)),${kc_total}p" "$kc_out")
            kc_seen="$kc_total"
        fi
        if ! kill -0 "$kc_starter" 2>/dev/null; then
            if wait "$kc_starter"; then
                kc_up=1
            else
                say "Keycloak did not start (its log: $kc_state/keycloak.log)"
                stop_all "Keycloak did not start"
                exit 1
            fi
        fi
    fi
    if [ "$(stat -c %i "$messages" 2>/dev/null || echo none)" != "$old_messages" ] && [ -f "$messages" ]; then
        total="$(wc -l <"$messages")"
        if [ "$total" -gt "$seen" ]; then
            while IFS= read -r line; do
                case "$line" in
                    *CWWKZ0018I*) [ -z "$told_app" ] && say "Starting the application ($(elapsed))" && told_app=1 && phase="the application is starting" ;;
                    *"DemoContent "*" I Imported "*|*"DemoContent "*" I Cross-posted"*) say "Demo content: $(sed -E 's/^.*DemoContent +[A-Z] //' <<<"$line" | cut -c1-160)"; phase="the demo content is being imported" ;;
                    *"Demo listing"*" is already in "*) [ -z "${told_kept:-}" ] && say "Demo content: already imported" && told_kept=1 ;;
                    *CWWKZ0001I*) say "The application has started ($(elapsed)); waiting for the reader sites"; phase="the reader sites are starting" ;;
                    *CWWKZ0002E*|*CWWKZ0004E*) say "The application did not start: ${line##*] }" ;;
                esac
            done < <(sed -n "$((seen + 1)),${total}p" "$messages")
            seen="$total"
        fi
    fi
    # A first page may take a while to render: a probe that gives up early only breaks the pipe.
    if [ -z "$sites" ] && curl -fsS -o /dev/null --max-time 60 "$site" 2>/dev/null; then
        sites=1
        if [ -z "$kc_up" ]; then
            say "The reader sites answer after $(elapsed) (http://localhost:$http_port/); the studio waits for Keycloak"
        fi
    fi
    [ -n "$sites" ] && [ -n "$kc_up" ] && break
    if ! kill -0 "$starter" 2>/dev/null && ! server_alive; then
        say "The server stopped while starting; its log: $messages"
        stop_all server
        exit 1
    fi
    if ! kill -0 "$owner" 2>/dev/null; then
        stop_all owner
        exit 1
    fi
    if [ $(( $(date +%s) - last_told )) -ge 5 ]; then
        waiting=()
        [ -z "$sites" ] && waiting+=("$phase")
        [ -z "$kc_up" ] && waiting+=("Keycloak is starting")
        say "$(elapsed): $(IFS=';'; echo "${waiting[*]}" | sed 's/;/; /g')"
        last_told="$(date +%s)"
    fi
    sleep 0.5 &
    wait $!
done
if [ -z "$sites" ] || [ -z "$kc_up" ]; then
    say "Dateline did not answer within 20 minutes; the server's log: $messages, Keycloak's: $kc_state/keycloak.log"
    stop_all "no answer"
    exit 1
fi

say "Dateline is up after $(elapsed). Ctrl-C stops it, Keycloak and the mailbox."
cat <<EOF
  The network:        http://localhost:$http_port/
  San José:           http://localhost:$http_port/san-jose/
  Georgetown:         http://localhost:$http_port/georgetown/
  Washington:         http://localhost:$http_port/washington/
  The studio:         http://localhost:$http_port/studio/
  Health:             http://localhost:$http_port/health
  Keycloak:           http://localhost:$kc_port/admin/ (admin / admin)
  Mailbox:            http://localhost:$http_port/studio/mailbox.xhtml (every e-mail sent: invitations,
                      notifications, the newsletter; GreenMail's own API at http://localhost:$mailbox_port/)
Studio sign-ins (password "dateline" for all; throw-away demo accounts):
  San José     ana.author    eli.editor     sara.admin
  Georgetown   gabe.author   grace.editor   george.admin
  Washington   walt.author   will.editor    wendy.admin
  rita.regional (regional editor, Americas), tom.two-offices (San José editor and
  Georgetown author), nora.nobody (no role)
Data: $data (server log: $messages)
EOF

while true; do
    if ! kill -0 "$owner" 2>/dev/null; then
        stop_all owner
        exit 0
    fi
    if ! server_alive; then
        stop_all server
        exit 1
    fi
    sleep 1 &
    wait $!
done
