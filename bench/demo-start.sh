#!/usr/bin/env bash
# How long the demo takes to its first reader page, how much memory its server holds, and whether
# stopping it leaves anything behind: runs the README's demo command ("./mvnw -DskipTests -Pdemo
# install") from this checkout twice. Each run is timed from the command to the first 200 of
# http://localhost:9080/san-jose/ (the first run is a first start when there is no .dateline/data
# yet, a later start otherwise; the second is always a later start), and the time until the demo
# printed the addresses (Keycloak up too). Then the server's resident memory while wrk asks for the
# San José home page for 20 s, the first run stopped with SIGTERM to Maven, the second with SIGHUP
# to Maven's whole process group (a closed terminal), and the Liberty, Keycloak and mailbox
# processes of this checkout that remain 60 s later. Each figure has the load average beside it
# (the machine may be busy with other work) and its target.
#
#   bench/demo-start.sh            (needs the demo's ports 9080, 8180, 2525, 8025 free; wrk for the load)
set -uo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
site="http://localhost:9080/san-jose/"
pid_file="$root/liberty/target/liberty/wlp/usr/servers/.pid/dateline.pid"
out_dir="$(mktemp -d)"

load() { cut -d' ' -f1-3 /proc/loadavg; }

now() { date +%s%N; }

secs() { echo "$(( ($2 - $1) / 1000000000 )).$(( ($2 - $1) / 100000000 % 10 ))"; }

rss_mb() { [ -n "$1" ] && awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$1/status" 2>/dev/null; }

# What of this checkout's demo still runs: Liberty's server "dateline", its Keycloak, its mailbox.
remaining() {
    local left=()
    local liberty="$root/liberty/target/liberty/wlp/.*ws-server.jar dateline( |\$)"
    pgrep -f "$liberty" >/dev/null && left+=("Liberty ($(pgrep -f "$liberty" | tr '\n' ' '))")
    pgrep -f "$root/.dateline/keycloak/" >/dev/null && left+=("Keycloak ($(pgrep -f "$root/.dateline/keycloak/" | tr '\n' ' '))")
    pgrep -f "$root/liberty/target/greenmail/" >/dev/null && left+=("mailbox ($(pgrep -f "$root/liberty/target/greenmail/" | tr '\n' ' '))")
    if [ "${#left[@]}" = 0 ]; then echo "none"; else echo "${left[*]}"; fi
}

# run <how to stop: TERM or HUP>
run() {
    local how="$1" kind="later start" out t0 t_page="" t_up="" mvn
    [ -d "$root/.dateline/data" ] || kind="first start"
    out="$out_dir/demo-$how.out"
    echo "== $kind (stopped by $how)"
    t0="$(now)"
    # A session of its own, as a terminal gives the command a process group of its own.
    setsid ./mvnw -DskipTests -Pdemo install >"$out" 2>&1 </dev/null &
    mvn=$!
    for _ in $(seq 1 3600); do
        if [ -z "$t_page" ] && [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 60 "$site" 2>/dev/null)" = 200 ]; then
            t_page="$(now)"
            echo "  first reader page after $(secs "$t0" "$t_page") s   (target for a later start: <= 20 s; load $(load))"
        fi
        if [ -z "$t_up" ] && grep -q "Dateline is up after" "$out"; then
            t_up="$(now)"
            echo "  addresses printed after $(secs "$t0" "$t_up") s   (Keycloak and the reader sites answer; load $(load))"
        fi
        [ -n "$t_page" ] && [ -n "$t_up" ] && break
        kill -0 "$mvn" 2>/dev/null || { echo "  Maven ended before the demo was up; its output: $out"; tail -n 20 "$out"; break; }
        sleep 0.25
    done
    local server
    server="$(cat "$pid_file" 2>/dev/null)"
    if [ -n "$t_page" ] && [ -n "$server" ]; then
        echo "  server RSS after the first page: $(rss_mb "$server") MB   (target <= 600 MB)"
        local peak=0 r
        if command -v wrk >/dev/null; then
            wrk -t2 -c16 -d20s "$site" >"$out_dir/wrk-$how.out" 2>&1 &
            local w=$!
            while kill -0 "$w" 2>/dev/null; do
                r="$(rss_mb "$server")"; [ -n "$r" ] && [ "$r" -gt "$peak" ] && peak="$r"
                sleep 0.5
            done
            echo "  server RSS under load (wrk, 16 connections, 20 s): peak $peak MB   (target <= 600 MB; $(awk '/Requests\/sec/ { print $2 " req/s" }' "$out_dir/wrk-$how.out"); load $(load))"
            command -v jcmd >/dev/null && echo "  server heap after the load: $(jcmd "$server" GC.heap_info 2>/dev/null | awk '/generation|garbage-first heap/ { sub(/^ +/, ""); sub(/ \[.*$/, ""); printf "%s%s", sep, $0; sep = "; " }') (-Xmx400m)"
        fi
    fi
    echo "  demo's own lines:"
    grep -E '\[demo\]' "$out" | sed -E 's/^.*\[exec\] /    /' | cut -c1-160
    if [ "$how" = TERM ]; then
        kill -TERM "$mvn" 2>/dev/null
    else
        kill -HUP -- "-$mvn" 2>/dev/null
    fi
    for _ in $(seq 1 60); do
        [ "$(remaining)" = none ] && break
        sleep 1
    done
    echo "  after SIG$how: demo processes left: $(remaining)   (target: none)"
    echo "  the demo's last words (.dateline/demo.log):"
    tail -n 5 "$root/.dateline/demo.log" | sed 's/^/    /'
}

if [ "$(remaining)" != none ]; then
    echo "This checkout's demo is running already: $(remaining)" >&2
    exit 1
fi
echo "bench/demo-start.sh in $root, $(nproc) cores, load $(load)"
run TERM
run HUP
echo "Output of each run: $out_dir"
