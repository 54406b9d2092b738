#!/usr/bin/env bash
# Search benchmark: fills an office (san-jose) with N stories (default 100000) in English and
# Spanish, lets the server build its search index from the database, then measures with wrk on
# loopback a search page answered from the page cache, searches that are not cached (two words of
# the stories' vocabulary and a page, drawn at random from 1,200, with a search cache of 1 MB: few
# are answered from it) with one connection and with 32, and the JSON API's search, and prints req/s and
# p50/p95/p99, each uncached figure beside its target (at 100k stories: one connection p95 <= 30 ms;
# 32 connections >= 200 req/s with p95 <= 250 ms), and the machine's load average after each run
# (wrk shares the cores with the server: a loaded machine shows in the figures). With BENCH_JFR=1 it
# records the uncached searches and prints their hot methods.
# Usage: bench/search.sh [N ...]   (needs wrk: apt-get install wrk)
# BENCH_NO_BUILD=1 uses the EAR already built.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
[ $# -gt 0 ] && SIZES=("$@") || SIZES=(100000)
PORT=${BENCH_PORT:-9481}
DURATION=${BENCH_DURATION:-15s}
command -v wrk >/dev/null || { echo "needs wrk (apt-get install wrk)" >&2; exit 1; }

[ "${BENCH_NO_BUILD:-}" = 1 ] || ./mvnw -q -B -ntp -DskipTests verify
WLP=$ROOT/liberty/target/liberty/wlp
H2=$WLP/usr/shared/resources/jdbc/h2.jar
NAME=dateline-bench-search
SERVER=$WLP/usr/servers/$NAME
WORK=$ROOT/liberty/target/bench-search
mkdir -p "$WORK"

stop_server() { "$WLP/bin/server" stop $NAME >/dev/null 2>&1 || true; }
trap stop_server EXIT

wait_for() { # url, seconds
    for _ in $(seq 1 "$2"); do
        curl -sf -o /dev/null "$1" && return
        sleep 1
    done
    echo "no answer from $1" >&2; exit 1
}

measure() { # connections url [SEARCH_VARIED=1]
    env "${@:3}" wrk -t"$(( $1 < 2 ? 1 : 2 ))" -c"$1" -d"$DURATION" -s "$ROOT/bench/search.lua" "$2" | tail -n 1 | tr -d '\n'
    echo "   load $(cut -d' ' -f1-3 /proc/loadavg)"
}

# CASE MOD(x, k) WHEN 0 THEN 'a' WHEN 1 THEN 'b' … END
pick() { local x=$1; shift; local i=0 sql="CASE MOD($x, $#)"; for w in "$@"; do sql+=" WHEN $i THEN '$w'"; i=$((i + 1)); done; echo "$sql END"; }

for N in "${SIZES[@]}"; do
    DATA=$WORK/data-$N
    stop_server
    rm -rf "$SERVER" "$DATA"
    mkdir -p "$SERVER/dropins"
    cp "$WLP/usr/servers/dateline-it/"{server.xml,datasource-h2.xml,datasource-postgresql.xml,keycloak.xml} "$SERVER/"
    printf -- '-Duser.timezone=UTC\n-Xmx1g\n-Ddateline.page-cache.searches-mb=1\n' > "$SERVER/jvm.options"
    # Keycloak is not running: the reader sites do not need it (the secrets only let the server start)
    printf 'dateline.http.port=%s\ndateline.https.port=%s\ndateline.db=h2\ndateline.data.dir=%s\ndateline.keycloak.url=http://localhost:1\ndateline.keycloak.studio.secret=bench\ndateline.keycloak.provisioning.secret=bench\n' \
        "$PORT" $((PORT + 10000)) "$DATA" > "$SERVER/bootstrap.properties"
    cp "$ROOT/liberty/target/dateline.ear" "$SERVER/dropins/dateline.ear"

    # First start creates the schema; then the stories are written straight into the database and
    # the search index is deleted, so that the next start rebuilds it from the database.
    "$WLP/bin/server" start $NAME >/dev/null; wait_for "http://127.0.0.1:$PORT/san-jose/" 120; "$WLP/bin/server" stop $NAME >/dev/null
    started=$(date +%s)
    EN_TOPIC=$(pick x "Labour migration" "Climate and migration" "Health" "Border management" "Return and reintegration" "Training" "Displacement")
    ES_WORD=$(pick x "migrantes" "trabajadores" "frontera" "salud" "niños" "capacitación" "retorno" "desplazamiento" "clima" "laboral")
    EN_WORD=$(pick x "migrants" "workers" "border" "health" "children" "training" "returns" "displacement" "climate" "labour")
    ES_WORD2=$(pick "x / 10" "Honduras" "Guatemala" "El Salvador" "Nicaragua" "Panamá" "Belice" "México" "Haití" "Cuba" "Costa Rica" "Colombia")
    EN_WORD2=$(pick "x / 10" "Guyana" "Jamaica" "Trinidad" "Barbados" "Suriname" "Bahamas" "Belize" "Haiti" "Dominica" "Grenada" "Canada")
    cat > "$WORK/fill.sql" <<SQL
INSERT INTO placement (id, office_id, version, origin_office_id, story_id, revision_id, state, slug, title, dateline,
    publication_date, publication_month, published_at, lead, body, language, topics, updated_at)
SELECT 1000000 + x, 'san-jose', 1, 'san-jose', 1000000 + x, 1000000 + x, 'LIVE', 'bench-story-' || x,
    CASE WHEN MOD(x, 3) = 0
        THEN 'Historia ' || x || ': ' || $ES_WORD || ' en ' || $ES_WORD2
        ELSE 'Story ' || x || ': ' || $EN_WORD || ' in ' || $EN_WORD2 END,
    'San José',
    CAST(DATEADD('MINUTE', x * 50, TIMESTAMP '2015-01-01 00:00:00') AS DATE),
    CAST(EXTRACT(YEAR FROM DATEADD('MINUTE', x * 50, TIMESTAMP '2015-01-01 00:00:00')) AS INTEGER) * 100
        + CAST(EXTRACT(MONTH FROM DATEADD('MINUTE', x * 50, TIMESTAMP '2015-01-01 00:00:00')) AS INTEGER),
    DATEADD('MINUTE', x * 50, TIMESTAMP '2015-01-01 00:00:00'),
    CASE WHEN MOD(x, 3) = 0
        THEN 'La oficina informa sobre ' || $ES_WORD || ' y la migración laboral en ' || $ES_WORD2 || '.'
        ELSE 'The office reports on ' || $EN_WORD || ' and labour migration in ' || $EN_WORD2 || '.' END,
    CASE WHEN MOD(x, 3) = 0
        THEN '<p>' || REPEAT('Los migrantes y las comunidades de acogida reciben apoyo de la oficina regional. ', 12) || '</p><p>'
             || $ES_WORD || ' ' || $ES_WORD2 || '. ' || REPEAT('Un párrafo más, como los que escriben las oficinas. ', 12) || '</p>'
        ELSE '<p>' || REPEAT('Migrant workers and host communities receive support from the regional office. ', 12) || '</p><p>'
             || $EN_WORD || ' ' || $EN_WORD2 || '. ' || REPEAT('Another paragraph, as the offices write them. ', 12) || '</p>' END,
    CASE WHEN MOD(x, 3) = 0 THEN 'es' ELSE 'en' END,
    $EN_TOPIC, CURRENT_TIMESTAMP
FROM SYSTEM_RANGE(1, $N);
UPDATE site_version SET version = version + 1, changed_at = CURRENT_TIMESTAMP WHERE office_id = 'san-jose';
SQL
    java -Duser.timezone=UTC -cp "$H2" org.h2.tools.RunScript -url "jdbc:h2:file:$DATA/dateline;MODE=LEGACY" -user sa -script "$WORK/fill.sql"
    rm -rf "$SERVER/search-index"
    echo "== $N stories in san-jose (written in $(( $(date +%s) - started )) s)"
    started=$(date +%s)
    "$WLP/bin/server" start $NAME >/dev/null; wait_for "http://127.0.0.1:$PORT/san-jose/" 120
    until curl -sf "http://127.0.0.1:$PORT/api/v1/san-jose/search?q=story+%7C+historia&limit=1" | grep -Eq "\"total\":$N[,}]"; do
        [ $(( $(date +%s) - started )) -lt 900 ] || { echo "index not rebuilt after 900 s" >&2; exit 1; }
        sleep 2
    done
    echo "server start and index rebuild from the database: $(( $(date +%s) - started )) s"
    grep "Search index rebuilt" "$SERVER/logs/messages.log" | sed 's/.*I Search/   Search/'

    SEARCH="http://127.0.0.1:$PORT/san-jose/search?q="
    API="http://127.0.0.1:$PORT/api/v1/san-jose/search?q="
    curl -s "${SEARCH}migrantes+Honduras" -o "$WORK/search.html"
    grep -q "<mark>" "$WORK/search.html" || { echo "search page shows no highlighted result" >&2; exit 1; }
    echo "found for 'migrantes Honduras': $(grep -o '[0-9,]* stories found' "$WORK/search.html")"
    for q in workers+Jamaica trabajadores+Hait%C3%AD; do curl -s -o /dev/null -w "first render (not cached) of a new search: %{time_total} s\n" "${SEARCH}$q"; done
    wrk -t2 -c32 -d5s -s "$ROOT/bench/search.lua" "$SEARCH" >/dev/null   # warm-up (JIT)
    SEARCH_VARIED=1 wrk -t2 -c32 -d5s -s "$ROOT/bench/search.lua" "$SEARCH" >/dev/null
    echo "search page, cached, 32 connections      $(measure 32 "${SEARCH}migrants+labour")"
    echo "search page, not cached, 1 connection    $(measure 1 "$SEARCH" SEARCH_VARIED=1)   target p95 <= 30 ms"
    if [ "${BENCH_JFR:-}" = 1 ]; then
        PID=$(pgrep -f "ws-server.jar $NAME" | head -1)
        jcmd "$PID" JFR.start name=search settings=profile filename="$WORK/search-$N.jfr" >/dev/null
    fi
    echo "search page, not cached, 32 connections  $(measure 32 "$SEARCH" SEARCH_VARIED=1)   target >= 200 req/s, p95 <= 250 ms"
    if [ "${BENCH_JFR:-}" = 1 ]; then
        jcmd "$PID" JFR.stop name=search >/dev/null
        JFR=$(ls -d /usr/lib/jvm/temurin-25*/bin/jfr 2>/dev/null | head -1 || true)
        [ -n "$JFR" ] && "$JFR" view --width 170 hot-methods "$WORK/search-$N.jfr" | head -28
    fi
    echo "API search, not cached, 32 connections   $(measure 32 "$API" SEARCH_VARIED=1)"
    echo "server RSS: $(ps -o rss= -p "$(pgrep -f "ws-server.jar $NAME" | head -1)" | awk '{printf "%d MB", $1/1024}')"
    du -sh "$SERVER/search-index" | awk '{print "index on disk: " $1}'
    "$WLP/bin/server" stop $NAME >/dev/null
done
