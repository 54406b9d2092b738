#!/usr/bin/env bash
# Reader-site benchmark: fills an office with N placements (default 1000 and 1000000), then measures
# with wrk on loopback (32 connections) the story page, the office home and page 500 of the home, the
# topic page and its page 500, the archive month and its page 500, and the same story page's bytes
# served as a static file by nginx, and prints the figures.
# Usage: bench/reader-pages.sh [N ...]   (needs wrk and nginx: apt-get install wrk nginx-light)
# BENCH_PORT and BENCH_NGINX_PORT choose the ports; BENCH_NO_BUILD=1 uses the EAR already built.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
[ $# -gt 0 ] && SIZES=("$@") || SIZES=(1000 1000000)
PORT=${BENCH_PORT:-9380}
NGINX_PORT=${BENCH_NGINX_PORT:-9381}
DURATION=${BENCH_DURATION:-15s}
command -v wrk >/dev/null && command -v nginx >/dev/null || { echo "needs wrk and nginx (apt-get install wrk nginx-light)" >&2; exit 1; }

[ "${BENCH_NO_BUILD:-}" = 1 ] || ./mvnw -q -B -DskipTests install
WLP=$ROOT/liberty/target/liberty/wlp
H2=$WLP/usr/shared/resources/jdbc/h2.jar
SERVER=$WLP/usr/servers/dateline-bench
WORK=$ROOT/liberty/target/bench
mkdir -p "$WORK"

stop_all() {
    "$WLP/bin/server" stop dateline-bench >/dev/null 2>&1 || true
    [ -f "$WORK/nginx/nginx.pid" ] && kill "$(cat "$WORK/nginx/nginx.pid")" 2>/dev/null || true
}
trap stop_all EXIT

wait_ready() {
    for _ in $(seq 1 120); do
        curl -sf -o /dev/null "http://127.0.0.1:$PORT/san-jose/" && return
        sleep 1
    done
    echo "server did not start" >&2; exit 1
}

# wrk → "req/s p50 p99"
measure() {
    wrk -t2 -c32 -d"$DURATION" --latency "$1" > "$WORK/wrk.out"
    awk '/Requests\/sec/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} END {printf "%10.0f req/s   p50 %8s   p99 %8s\n", rps, p50, p99}' "$WORK/wrk.out"
}

uncached_ms() {
    curl -s -o /dev/null -w '%{time_total}' "$1" | awk '{printf "%.1f ms", $1 * 1000}'
}

for N in "${SIZES[@]}"; do
    DATA=$WORK/data-$N
    rm -rf "$SERVER" "$DATA"
    mkdir -p "$SERVER/dropins"
    cp "$WLP/usr/servers/dateline-it/"{server.xml,datasource-h2.xml,datasource-postgresql.xml,staff.xml} "$SERVER/"
    printf -- '-Duser.timezone=UTC\n-Xmx1g\n' > "$SERVER/jvm.options"
    printf 'dateline.http.port=%s\ndateline.https.port=%s\ndateline.db=h2\ndateline.data.dir=%s\n' $PORT $((PORT + 363)) "$DATA" > "$SERVER/bootstrap.properties"
    cp "$ROOT/liberty/target/dateline.ear" "$SERVER/dropins/dateline.ear"

    # First start creates the schema; then the placements are written straight into the database.
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
UPDATE site_version SET version = version + 1, changed_at = CURRENT_TIMESTAMP WHERE office_id = 'san-jose';
SQL
    java -Duser.timezone=UTC -cp "$H2" org.h2.tools.RunScript -url "jdbc:h2:file:$DATA/dateline;MODE=LEGACY" -user sa -script "$WORK/fill.sql"
    echo "== $N stories in san-jose (written in $(( $(date +%s) - started )) s)"
    "$WLP/bin/server" start dateline-bench >/dev/null; wait_ready

    X=$(( N / 2 ))
    STORY="http://127.0.0.1:$PORT/san-jose/stories/$((1000000 + X))-bench-story-$X"
    HOME_PAGE="http://127.0.0.1:$PORT/san-jose/"
    PAGE=$(( N / 20 < 500 ? N / 20 : 500 ))
    LAST=$(( N - (PAGE - 1) * 20 + 1 ))
    CURSOR="before=$(( (1577836800 + LAST) * 1000 ))-$((1000000 + LAST))"
    DEEP="http://127.0.0.1:$PORT/san-jose/?$CURSOR"
    TOPIC="http://127.0.0.1:$PORT/san-jose/topics/labour-migration"
    MONTH=$(date -u -d "@$(( 1577836800 + N ))" +%Y/%m)   # the newest stories' month
    ARCHIVE_MONTH="http://127.0.0.1:$PORT/san-jose/archive/$MONTH"
    curl -sf -o /dev/null "http://127.0.0.1:$PORT/" # warm the server (Faces, JIT)
    echo "first render (not cached): story $(uncached_ms "$STORY"), home $(uncached_ms "$HOME_PAGE"), home page $PAGE $(uncached_ms "$DEEP")"
    echo "first render (not cached): topics index $(uncached_ms "http://127.0.0.1:$PORT/san-jose/topics/"), archive index $(uncached_ms "http://127.0.0.1:$PORT/san-jose/archive/"), topic $(uncached_ms "$TOPIC"), topic page $PAGE $(uncached_ms "$TOPIC?$CURSOR")"
    curl -sf "$STORY" -o "$WORK/story.html"
    grep -q "Bench story $X:" "$WORK/story.html" || { echo "story page does not show story $X" >&2; exit 1; }
    for url in "$STORY" "$HOME_PAGE" "$DEEP"; do wrk -t2 -c32 -d5s "$url" >/dev/null; done   # warm-up (JIT)
    echo "story page         $(measure "$STORY")"
    echo "home               $(measure "$HOME_PAGE")"
    echo "home page $PAGE      $(measure "$DEEP")"
    echo "topic page         $(measure "$TOPIC")"
    echo "topic page $PAGE     $(measure "$TOPIC?$CURSOR")"
    echo "archive month      $(measure "$ARCHIVE_MONTH")"

    mkdir -p "$WORK/nginx/html"
    cp "$WORK/story.html" "$WORK/nginx/html/story.html"
    cat > "$WORK/nginx/nginx.conf" <<CONF
worker_processes 2;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log;
events { worker_connections 1024; }
http {
    access_log off;
    server { listen 127.0.0.1:$NGINX_PORT; root $WORK/nginx/html; default_type text/html; }
}
CONF
    nginx -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx"
    sleep 1
    echo "nginx static story $(measure "http://127.0.0.1:$NGINX_PORT/story.html")"
    kill "$(cat "$WORK/nginx/nginx.pid")"; sleep 1
    echo "server RSS: $(ps -o rss= -p "$(pgrep -f 'dateline-bench' | head -1)" | awk '{printf "%d MB", $1/1024}')"
    "$WLP/bin/server" stop dateline-bench >/dev/null
done
