#!/usr/bin/env bash
# Reader-site benchmark. Fills San José's site with N live stories (default 1000, then 1000000),
# starts the server on that data, and measures with wrk on loopback (-t2 -c32) in interleaved rounds
# (medians of BENCH_ROUNDS, default 3):
#   - each page as it is cached (story, home, home page 500, topic page, topics index, archive index,
#     archive month), uncompressed and gzip-compressed, beside nginx serving the same bytes (plain,
#     and with gzip_static the same compressed bytes), with the ratio on each line;
#   - the first render after a publish (nothing cached, templates and JIT warm: a story is written
#     into the running server's database as a publication writes it — placement, topic, counts,
#     site version — and each page is asked for once the server has seen the new version) of the
#     topics index and the archive index, which read kept counts, and of the other pages;
#   - with BENCH_JFR=1, a flight recording of the cached story page under load, its hot methods and
#     the widest frames of its flame graph (inclusive share of the samples);
#   - the server's resident set (RSS) after the rounds.
# The server runs with BENCH_JVM_OPTIONS (default: the demo server's, -Xmx400m -XX:+UseSerialGC).
# Usage: bench/reader-pages.sh [N ...]   (needs wrk and nginx: apt-get install wrk nginx-light)
# BENCH_PORT and BENCH_NGINX_PORT choose the ports; BENCH_NO_BUILD=1 uses the EAR already built;
# BENCH_DURATION (default 5s) is each wrk run's length; BENCH_REUSE=1 starts from the database a
# previous run filled (kept beside it as data-N.filled) instead of writing the stories again.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
[ $# -gt 0 ] && SIZES=("$@") || SIZES=(1000 1000000)
PORT=${BENCH_PORT:-9380}
NGINX_PORT=${BENCH_NGINX_PORT:-9381}
DURATION=${BENCH_DURATION:-5s}
ROUNDS=${BENCH_ROUNDS:-3}
command -v wrk >/dev/null && command -v nginx >/dev/null || { echo "needs wrk and nginx (apt-get install wrk nginx-light)" >&2; exit 1; }

[ "${BENCH_NO_BUILD:-}" = 1 ] || ./mvnw -q -B -ntp -DskipTests verify
WLP=$ROOT/liberty/target/liberty/wlp
H2=$WLP/usr/shared/resources/jdbc/h2.jar
SERVER=$WLP/usr/servers/dateline-bench
TEMPLATE=$WLP/usr/servers/dateline-it
WORK=$ROOT/liberty/target/bench
mkdir -p "$WORK"
[ -f "$ROOT/liberty/target/dateline.ear" ] && [ -d "$TEMPLATE" ] || { echo "build first (./mvnw -DskipTests verify)" >&2; exit 1; }

server_pid() { pgrep -f -- "-jar .*ws-server.jar dateline-bench" | head -1 || true; }
stop_all() {
    "$WLP/bin/server" stop dateline-bench >/dev/null 2>&1 || true
    [ -f "$WORK/nginx/nginx.pid" ] && kill "$(cat "$WORK/nginx/nginx.pid")" 2>/dev/null || true
}
trap stop_all EXIT

wait_ready() {
    for _ in $(seq 1 180); do
        curl -sf -o /dev/null "http://127.0.0.1:$PORT/san-jose/" && return
        sleep 1
    done
    echo "server did not start" >&2; exit 1
}

# one wrk run → "req/s p50 p99" (p50 and p99 in ms)
wrk_run() {
    wrk -t2 -c32 -d"$DURATION" --latency "${@:2}" "$1" > "$WORK/wrk.out"
    awk 'function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
         /Requests\/sec/ {rps=$2} /^ +50%/ {p50=ms($2)} /^ +99%/ {p99=ms($2)} END {printf "%.0f %.2f %.2f\n", rps, p50, p99}' "$WORK/wrk.out"
}

median() { sort -n | awk '{v[NR]=$1} END {print v[int((NR + 1) / 2)]}'; }

# measure NAME URL [wrk header args] → appends "NAME rps p50 p99" to $WORK/rounds.txt
measure() {
    local name=$1 url=$2; shift 2
    echo "$name $(wrk_run "$url" "$@")" >> "$WORK/rounds.txt"
}

rps_of() { awk -v n="$1" '$1 == n {print $2}' "$WORK/rounds.txt" | median; }

first_ms() {
    curl -s -o /dev/null -w '%{time_total}' "$1" | awk '{printf "%.1f ms", $1 * 1000}'
}

for N in "${SIZES[@]}"; do
    DATA=$WORK/data-$N
    rm -rf "$SERVER" "$DATA"
    mkdir -p "$SERVER/dropins"
    cp "$TEMPLATE/"{server.xml,datasource-h2.xml,datasource-postgresql.xml,keycloak.xml} "$SERVER/"
    printf -- '-Duser.timezone=UTC\n%s\n' ${BENCH_JVM_OPTIONS:--Xmx400m -XX:+UseSerialGC} > "$SERVER/jvm.options"
    # the bench writes its publication into the running server's database: H2 lets a second process in
    sed -i 's/LOCK_TIMEOUT=10000/LOCK_TIMEOUT=10000;AUTO_SERVER=TRUE/' "$SERVER/datasource-h2.xml"
    # Keycloak is not running: the reader sites do not need it (the secrets only let the server start)
    printf 'dateline.http.port=%s\ndateline.https.port=%s\ndateline.db=h2\ndateline.data.dir=%s\ndateline.keycloak.url=http://localhost:1\ndateline.keycloak.studio.secret=bench\ndateline.keycloak.provisioning.secret=bench\ndateline.search.dir=%s/search-index\n' \
        "$PORT" $((PORT + 363)) "$DATA" "$DATA" > "$SERVER/bootstrap.properties"
    cp "$ROOT/liberty/target/dateline.ear" "$SERVER/dropins/dateline.ear"

    if [ "${BENCH_REUSE:-}" = 1 ] && [ -d "$DATA.filled" ]; then
        cp -r "$DATA.filled" "$DATA"
        echo "== $N stories in san-jose (the database a previous run filled)"
    else
        # The first start creates the schema; then the stories are written straight into the database.
        "$WLP/bin/server" start dateline-bench >/dev/null; wait_ready; "$WLP/bin/server" stop dateline-bench >/dev/null
        started=$(date +%s)
        cat > "$WORK/fill.sql" <<SQL
INSERT INTO placement (id, office_id, version, origin_office_id, story_id, revision_id, state, slug, title, dateline,
    publication_date, publication_month, published_at, lead, body, language, topics, updated_at)
SELECT 1000000 + x, 'san-jose', 1, 'san-jose', 1000000 + x, 1000000 + x, 'LIVE', 'bench-story-' || x,
    'Bench story ' || x || ': migrants and the labour market in Central America', 'San José',
    CAST(DATEADD('SECOND', x, TIMESTAMP '2020-01-01 00:00:00') AS DATE),
    CAST(EXTRACT(YEAR FROM DATEADD('SECOND', x, TIMESTAMP '2020-01-01 00:00:00')) AS INTEGER) * 100
        + CAST(EXTRACT(MONTH FROM DATEADD('SECOND', x, TIMESTAMP '2020-01-01 00:00:00')) AS INTEGER),
    DATEADD('SECOND', x, TIMESTAMP '2020-01-01 00:00:00'),
    'Lead of bench story ' || x || '. ' || REPEAT('A sentence of the lead that says what happened. ', 4),
    '<p>' || REPEAT('Body text of a typical story, a few paragraphs long, as offices write them. ', 40) || '</p>',
    'en', 'Labour migration', CURRENT_TIMESTAMP
FROM SYSTEM_RANGE(1, $N);
INSERT INTO placement_topic (id, office_id, placement_id, topic_slug, topic_name, published_at)
SELECT 1000000 + x, 'san-jose', 1000000 + x, 'labour-migration', 'Labour migration', DATEADD('SECOND', x, TIMESTAMP '2020-01-01 00:00:00')
FROM SYSTEM_RANGE(1, $N);
-- the counts the placements' writes keep, as the migration that made them computes them
DELETE FROM site_count WHERE office_id = 'san-jose';
INSERT INTO site_count (office_id, count_key, kind, slug, name, stories)
SELECT office_id, 'topic:' || topic_slug, 'topic', topic_slug, MAX(topic_name), COUNT(*)
FROM placement_topic WHERE office_id = 'san-jose' GROUP BY office_id, topic_slug;
INSERT INTO site_count (office_id, count_key, kind, slug, name, stories)
SELECT office_id, 'month:' || CAST(publication_month AS VARCHAR(6)), 'month', CAST(publication_month AS VARCHAR(6)),
       CAST(publication_month AS VARCHAR(6)), COUNT(*)
FROM placement WHERE state = 'LIVE' AND office_id = 'san-jose' GROUP BY office_id, publication_month;
UPDATE site_version SET version = version + 1, changed_at = CURRENT_TIMESTAMP WHERE office_id = 'san-jose';
SQL
        java -Duser.timezone=UTC -cp "$H2" org.h2.tools.RunScript -url "jdbc:h2:file:$DATA/dateline;MODE=LEGACY" -user sa -script "$WORK/fill.sql"
        echo "== $N stories in san-jose (written in $(( $(date +%s) - started )) s)"
        # the search index made at the first start is kept: the stories written here are not in it
        # (rebuilding it from 1M placements on H2 takes longer than the whole benchmark)
        rm -rf "$DATA.filled"; cp -r "$DATA" "$DATA.filled"
    fi
    "$WLP/bin/server" start dateline-bench >/dev/null; wait_ready
    # the search index is kept with the database (the stories written straight into it are not in
    # it): the pages are measured once the server's readiness says every site's index has caught up
    indexed=$(date +%s)
    for _ in $(seq 1 1800); do
        curl -s "http://127.0.0.1:$PORT/health/ready" | grep -q '"san-jose":"caught up"' && break
        sleep 1
    done
    echo "search index caught up $(( $(date +%s) - indexed )) s after the first page answered"

    X=$(( N / 2 ))
    BASE="http://127.0.0.1:$PORT/san-jose"
    STORY="$BASE/stories/$((1000000 + X))-bench-story-$X"
    PAGE=$(( N / 20 < 500 ? N / 20 : 500 ))
    LAST=$(( N - (PAGE - 1) * 20 + 1 ))
    CURSOR="before=$(( (1577836800 + LAST) * 1000 ))-$((1000000 + LAST))"
    MONTH=$(date -u -d "@$(( 1577836800 + N ))" +%Y/%m)   # the newest stories' month
    curl -sf -o /dev/null "http://127.0.0.1:$PORT/" # warm the server (Faces, JIT)
    FIRST=("$BASE/topics/" "$BASE/archive/" "$STORY" "$BASE/" "$BASE/topics/labour-migration"
           "$BASE/topics/labour-migration?$CURSOR" "$BASE/?$CURSOR")
    first_renders() {
        echo "  topics index $(first_ms "${FIRST[0]}"), archive index $(first_ms "${FIRST[1]}"), story $(first_ms "${FIRST[2]}"), home $(first_ms "${FIRST[3]}")"
        echo "  topic page $(first_ms "${FIRST[4]}"), its page $PAGE $(first_ms "${FIRST[5]}"), home page $PAGE $(first_ms "${FIRST[6]}")"
    }
    echo "first render after the start (nothing cached, each template's first use):"
    first_renders
    # a publication, as Placing writes one: a live placement with a new topic in a new month, its
    # topic row, the counts moved, the site's version bumped (in one transaction); three in a row, so
    # that the last is rendered by code the first two warmed up
    for k in 1 2 3; do
        P=$((2000000 + N + k))
        cat > "$WORK/publish.sql" <<SQL
INSERT INTO placement (id, office_id, version, origin_office_id, story_id, revision_id, state, slug, title, dateline,
    publication_date, publication_month, published_at, lead, body, language, topics, updated_at)
VALUES ($P, 'san-jose', 1, 'san-jose', $P, $P, 'LIVE', 'bench-published-$k', 'Bench story $k published while the server runs', 'San José',
    DATE '2031-0$k-02', 20310$k, TIMESTAMP '2031-0$k-02 10:00:00', 'A lead.', '<p>A body.</p>', 'en', 'Bench publishing $k', CURRENT_TIMESTAMP);
INSERT INTO placement_topic (id, office_id, placement_id, topic_slug, topic_name, published_at)
VALUES ($P, 'san-jose', $P, 'bench-publishing-$k', 'Bench publishing $k', TIMESTAMP '2031-0$k-02 10:00:00');
INSERT INTO site_count (office_id, count_key, kind, slug, name, stories) VALUES ('san-jose', 'topic:bench-publishing-$k', 'topic', 'bench-publishing-$k', 'Bench publishing $k', 1);
INSERT INTO site_count (office_id, count_key, kind, slug, name, stories) VALUES ('san-jose', 'month:20310$k', 'month', '20310$k', '20310$k', 1);
UPDATE site_version SET version = version + 1, changed_at = CURRENT_TIMESTAMP WHERE office_id = 'san-jose';
SQL
        etag_before=$(curl -sI "$BASE/robots.txt" | awk 'tolower($1) == "etag:" {print $2}')
        java -Duser.timezone=UTC -cp "$H2" org.h2.tools.RunScript -url "jdbc:h2:file:$DATA/dateline;MODE=LEGACY;AUTO_SERVER=TRUE" -user sa -script "$WORK/publish.sql"
        for _ in $(seq 1 50); do   # the server reads the sites' versions every second
            [ "$(curl -sI "$BASE/robots.txt" | awk 'tolower($1) == "etag:" {print $2}')" != "$etag_before" ] && break
            sleep 0.1
        done
        echo "first render after publish $k of 3 (nothing cached):"
        first_renders
    done
    grep -q "Bench publishing 3" <(curl -sf "$BASE/topics/") || { echo "the topics index does not show the published story's topic" >&2; exit 1; }
    grep -q "/archive/2031/03" <(curl -sf "$BASE/archive/") || { echo "the archive index does not show the published story's month" >&2; exit 1; }

    # each page's bytes, plain and as the server compresses them, for nginx to serve beside it
    mkdir -p "$WORK/nginx/html"
    declare -A URLS=([story]="$STORY" [home]="$BASE/" ["home-page-$PAGE"]="$BASE/?$CURSOR" [topic]="$BASE/topics/labour-migration"
                     [topics-index]="$BASE/topics/" [archive-index]="$BASE/archive/" [archive-month]="$BASE/archive/$MONTH")
    NAMES=(story home "home-page-$PAGE" topic topics-index archive-index archive-month)
    for name in "${NAMES[@]}"; do
        curl -sf "${URLS[$name]}" -o "$WORK/nginx/html/$name.html"
        curl -sf -H 'Accept-Encoding: gzip' "${URLS[$name]}" -o "$WORK/nginx/html/$name.html.gz"
        if [ "$(head -c 2 "$WORK/nginx/html/$name.html.gz" | od -An -tx1 | tr -d ' ')" = 1f8b ]; then
            gunzip -c "$WORK/nginx/html/$name.html.gz" | cmp -s - "$WORK/nginx/html/$name.html" \
                || { echo "the compressed $name page is not the page" >&2; exit 1; }
        else
            echo "(the server does not compress the $name page: nginx's gzip_static gets gzip -9 of it)"
            gzip -9 -c "$WORK/nginx/html/$name.html" > "$WORK/nginx/html/$name.html.gz"
        fi
    done
    grep -q "Bench story $X:" "$WORK/nginx/html/story.html" || { echo "the story page does not show story $X" >&2; exit 1; }
    echo "story page: $(stat -c %s "$WORK/nginx/html/story.html") bytes, $(stat -c %s "$WORK/nginx/html/story.html.gz") gzip-compressed"

    cat > "$WORK/nginx/nginx.conf" <<CONF
worker_processes 2;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log;
events { worker_connections 1024; }
http {
    access_log off;
    server { listen 127.0.0.1:$NGINX_PORT; root $WORK/nginx/html; default_type text/html; gzip_static on; }
}
CONF
    nginx -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx"
    sleep 1
    GZ=(-H 'Accept-Encoding: gzip')
    for name in "${NAMES[@]}"; do wrk -t2 -c32 -d3s "${URLS[$name]}" >/dev/null; done   # warm-up (JIT)
    rm -f "$WORK/rounds.txt"
    for round in $(seq 1 "$ROUNDS"); do
        for name in "${NAMES[@]}"; do
            measure "$name" "${URLS[$name]}"
            measure "$name.nginx" "http://127.0.0.1:$NGINX_PORT/$name.html"
            measure "$name.gzip" "${URLS[$name]}" "${GZ[@]}"
            measure "$name.gzip.nginx" "http://127.0.0.1:$NGINX_PORT/$name.html" "${GZ[@]}"
        done
    done
    echo "cached pages beside nginx serving the same bytes; $ROUNDS interleaved rounds of $DURATION, medians (req/s, p99):"
    printf "  %-20s %-36s %-22s %-7s %-36s %-22s %s\n" page "dateline" "nginx" ratio "dateline gzip" "nginx gzip_static" ratio
    for name in "${NAMES[@]}"; do
        line() { # name → "req/s (p99 ms)"
            local rps p99
            rps=$(awk -v n="$1" '$1 == n {print $2}' "$WORK/rounds.txt" | median)
            p99=$(awk -v n="$1" '$1 == n {print $4}' "$WORK/rounds.txt" | median)
            printf "%7.0f req/s, p99 %6.2f ms" "$rps" "$p99"
        }
        rounds() { awk -v n="$1" '$1 == n {printf "%s%.0f", (c++ ? "/" : ""), $2}' "$WORK/rounds.txt"; }
        printf "  %-20s %-36s %-22s %-7s %-36s %-22s %s\n" "$name" \
            "$(line "$name") [$(rounds "$name")]" "$(line "$name.nginx")" \
            "$(awk -v a="$(rps_of "$name")" -v b="$(rps_of "$name.nginx")" 'BEGIN {printf "%.2f", a / b}')" \
            "$(line "$name.gzip") [$(rounds "$name.gzip")]" "$(line "$name.gzip.nginx")" \
            "$(awk -v a="$(rps_of "$name.gzip")" -v b="$(rps_of "$name.gzip.nginx")" 'BEGIN {printf "%.2f", a / b}')"
    done
    kill "$(cat "$WORK/nginx/nginx.pid")"; rm -f "$WORK/nginx/nginx.pid"; sleep 1

    if [ "${BENCH_JFR:-}" = 1 ]; then
        PID=$(server_pid)
        jcmd "$PID" JFR.start name=bench settings=profile filename="$WORK/story-$N.jfr" >/dev/null
        wrk -t2 -c32 -d15s -H 'Accept-Encoding: gzip' "$STORY" >/dev/null
        jcmd "$PID" JFR.stop name=bench >/dev/null
        JFR=$(ls -d /usr/lib/jvm/temurin-25*/bin/jfr 2>/dev/null | head -1 || true)
        if [ -n "$JFR" ]; then
            echo "hot methods of the cached story page (flight recording $WORK/story-$N.jfr):"
            "$JFR" view --width 160 hot-methods "$WORK/story-$N.jfr" | head -30
            echo "widest frames of its flame graph (share of the samples whose stack holds the frame; Dateline's own and the servlet path):"
            "$JFR" print --events jdk.ExecutionSample --stack-depth 128 "$WORK/story-$N.jfr" | awk '
                /jdk.ExecutionSample/ { flush(); samples++ }
                /line:/ { f = $1; sub(/\(.*/, "", f); seen[f] = 1 }
                function flush() { for (f in seen) inclusive[f]++; delete seen }
                END { flush(); for (f in inclusive) printf "%6.1f%%  %s\n", 100 * inclusive[f] / samples, f }' \
                | sort -rn | grep -E 'org\.dateline|webcontainer\.(WebContainer|webapp\.WebApp\.handleRequest|filter)|http\.channel\.internal\.inbound\.HttpInboundLink\.ready|tcpchannel|SRTServletResponse\.(finish|commit)|SRTOutputStream|HttpDispatcherLink\.ready' \
                | head -25
        else
            echo "flight recording in $WORK/story-$N.jfr (open it with a JDK 21+ 'jfr view hot-methods')"
        fi
    fi
    echo "server RSS: $(ps -o rss= -p "$(server_pid)" | awk '{printf "%d MB", $1/1024}')"
    "$WLP/bin/server" stop dateline-bench >/dev/null
done
