#!/usr/bin/env bash
# Studio benchmark: fills an office (san-jose) with N stories (default 10000) in every editorial
# state, by three authors, with topics and both languages, starts the server with the test run's
# Keycloak, signs in as the office's editor (eli.editor) the way a browser does (Keycloak's sign-in
# form), then measures the server's time (time to first byte on loopback, one request at a time,
# the session kept) of the office desk, the stories list (first page, filtered, a title search) and
# the list's paging (the next page, by cursor, and page 200, by offset, as PrimeFaces asks for them),
# and prints p50/p95/p99 for each. Target: p95 ≤ 50 ms.
# Usage: bench/studio-pages.sh [N ...]   BENCH_REQUESTS (default 300) requests per page after a warm-up;
# BENCH_PORT, BENCH_KEYCLOAK_PORT choose the ports; BENCH_NO_BUILD=1 uses the EAR and test server
# already built; BENCH_FROM names that test server (default dateline-it, as ./mvnw verify makes it).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
[ $# -gt 0 ] && SIZES=("$@") || SIZES=(10000)
PORT=${BENCH_PORT:-9580}
KC_PORT=${BENCH_KEYCLOAK_PORT:-8590}
REQUESTS=${BENCH_REQUESTS:-300}
FROM=${BENCH_FROM:-dateline-it}

[ "${BENCH_NO_BUILD:-}" = 1 ] || ./mvnw -q -B -ntp -DskipTests verify
WLP=$ROOT/liberty/target/liberty/wlp
H2=$WLP/usr/shared/resources/jdbc/h2.jar
NAME=dateline-bench-studio
SERVER=$WLP/usr/servers/$NAME
WORK=$ROOT/liberty/target/bench-studio
KC_HOME="$(ls -d "$ROOT"/.dateline/keycloak/keycloak-* | head -n 1)"
KC_SCRIPT=$ROOT/liberty/src/main/keycloak/keycloak.sh
mkdir -p "$WORK"
export KEYCLOAK_OWNER_PID=$$

stop_all() {
    "$WLP/bin/server" stop $NAME >/dev/null 2>&1 || true
    bash "$KC_SCRIPT" stop "$WORK/keycloak" >/dev/null 2>&1 || true
}
trap stop_all EXIT

wait_for() { # url, seconds
    for _ in $(seq 1 "$2"); do
        curl -sf -o /dev/null "$1" && return
        sleep 1
    done
    echo "no answer from $1" >&2; exit 1
}

JAR=$WORK/cookies
STUDIO="http://localhost:$PORT/studio"

# Signs in as the editor through Keycloak's own form, as a browser would; the session's cookies end up in $JAR.
sign_in() {
    rm -f "$JAR"
    local form action
    form=$(curl -s -L -c "$JAR" -b "$JAR" "$STUDIO/")
    action=$(grep -o 'id="kc-form-login"[^>]*action="[^"]*"' <<<"$form" | sed 's/.*action="//; s/"$//; s/&amp;/\&/g')
    [ -n "$action" ] || { echo "no Keycloak sign-in form" >&2; exit 1; }
    curl -s -L -c "$JAR" -b "$JAR" -o "$WORK/desk.html" --data-urlencode "username=eli.editor" --data-urlencode "password=dateline" "$action"
    grep -q 'id="panel-drafts"' "$WORK/desk.html" || { echo "signed in, but no desk" >&2; exit 1; }
}

# Time to first byte of each request, in ms, one per line; "$@" are curl's arguments for one request.
times() {
    local n=$1; shift
    for _ in $(seq 1 "$n"); do
        curl -s -o /dev/null -b "$JAR" -w '%{time_starttransfer}\n' "$@"
    done | awk '{printf "%.2f\n", $1 * 1000}'
}

percentiles() { # label, then times on stdin
    sort -n | awk -v label="$1" '{t[NR] = $1} END {
        printf "%-46s p50 %7.1f ms   p95 %7.1f ms   p99 %7.1f ms   (%d requests)\n", label, t[int(NR * 0.50)], t[int(NR * 0.95)], t[int(NR * 0.99)], NR }'
}

measure() { # label, curl arguments
    local label=$1; shift
    times 30 "$@" >/dev/null   # warm-up (JIT)
    times "$REQUESTS" "$@" | percentiles "$label"
}

for N in "${SIZES[@]}"; do
    DATA=$WORK/data-$N
    stop_all
    rm -rf "$SERVER" "$DATA"
    mkdir -p "$SERVER/dropins"
    cp "$WLP/usr/servers/$FROM/"*.xml "$WLP/usr/servers/$FROM/server.env" "$SERVER/"
    printf -- '-Duser.timezone=UTC\n-Xmx1g\n' > "$SERVER/jvm.options"
    grep -v -e '^dateline.http.port' -e '^dateline.https.port' -e '^dateline.data.dir' -e '^dateline.keycloak.url' -e '^dateline.db=' \
        "$WLP/usr/servers/$FROM/bootstrap.properties" > "$SERVER/bootstrap.properties"
    printf 'dateline.http.port=%s\ndateline.https.port=%s\ndateline.db=h2\ndateline.data.dir=%s\ndateline.keycloak.url=http://localhost:%s\ndateline.studio.url=http://localhost:%s\n' \
        "$PORT" $((PORT + 10000)) "$DATA" "$KC_PORT" "$PORT" >> "$SERVER/bootstrap.properties"
    cp "$ROOT/liberty/target/dateline.ear" "$SERVER/dropins/dateline.ear"

    # First start creates the schema; then the stories are written straight into the database.
    "$WLP/bin/server" start $NAME >/dev/null; wait_for "http://127.0.0.1:$PORT/san-jose/" 120; "$WLP/bin/server" stop $NAME >/dev/null
    started=$(date +%s)
    cat > "$WORK/fill.sql" <<SQL
INSERT INTO topic (id, office_id, slug, name) VALUES
    (9000001, 'san-jose', 'bench-labour-migration', 'Bench labour migration'),
    (9000002, 'san-jose', 'bench-health', 'Bench health'),
    (9000003, 'san-jose', 'bench-climate', 'Bench climate'),
    (9000004, 'san-jose', 'bench-training', 'Bench training');
INSERT INTO story (id, office_id, version, state, revision_count, working_revision_id, live_revision_id, scheduled_for,
    first_published_at, created_by, created_at, updated_by, updated_at)
SELECT 1000000 + x, 'san-jose', 1,
    CASE WHEN MOD(x, 10) < 5 THEN 'PUBLISHED' WHEN MOD(x, 10) = 5 THEN 'DRAFT' WHEN MOD(x, 10) = 6 THEN 'IN_REVIEW'
         WHEN MOD(x, 10) = 7 THEN 'CHANGES_REQUESTED' WHEN MOD(x, 10) = 8 THEN 'UNPUBLISHED' ELSE 'ARCHIVED' END,
    1, 1000000 + x, CASE WHEN MOD(x, 10) < 5 THEN 1000000 + x END, NULL,
    CASE WHEN MOD(x, 10) < 5 OR MOD(x, 10) >= 8 THEN DATEADD('MINUTE', -7 * x, CURRENT_TIMESTAMP) END,
    CASE MOD(x, 3) WHEN 0 THEN 'ana.author' WHEN 1 THEN 'eli.editor' ELSE 'tom.two-offices' END,
    DATEADD('MINUTE', -7 * x - 60, CURRENT_TIMESTAMP),
    CASE MOD(x, 3) WHEN 0 THEN 'ana.author' WHEN 1 THEN 'eli.editor' ELSE 'tom.two-offices' END,
    DATEADD('MINUTE', -7 * x, CURRENT_TIMESTAMP)
FROM SYSTEM_RANGE(1, $N);
INSERT INTO revision (id, office_id, story_id, number, title, dateline, lead, body, language, author, created_at)
SELECT 1000000 + x, 'san-jose', 1000000 + x, 1,
    CASE WHEN MOD(x, 4) = 0 THEN 'Nota ' || x || ': migrantes en la frontera' ELSE 'Story ' || x || ': migrant workers and the border' END,
    'San José', 'A lead for story ' || x || '.', '<p>' || REPEAT('A paragraph as the offices write them. ', 20) || '</p>',
    CASE WHEN MOD(x, 4) = 0 THEN 'es' ELSE 'en' END,
    CASE MOD(x, 3) WHEN 0 THEN 'ana.author' WHEN 1 THEN 'eli.editor' ELSE 'tom.two-offices' END,
    DATEADD('MINUTE', -7 * x, CURRENT_TIMESTAMP)
FROM SYSTEM_RANGE(1, $N);
INSERT INTO revision_topic (revision_id, topic_id) SELECT 1000000 + x, 9000001 + MOD(x, 4) FROM SYSTEM_RANGE(1, $N);
INSERT INTO revision_topic (revision_id, topic_id) SELECT 1000000 + x, 9000001 + MOD(x + 1, 4) FROM SYSTEM_RANGE(1, $N) WHERE MOD(x, 2) = 0;
UPDATE story SET state = 'SCHEDULED', scheduled_for = DATEADD('DAY', 2, CURRENT_TIMESTAMP) WHERE id BETWEEN 1000001 AND 1000000 + $N AND MOD(id, 97) = 6;
UPDATE story SET unpublish_at = DATEADD('DAY', 3, CURRENT_TIMESTAMP) WHERE id BETWEEN 1000001 AND 1000000 + $N AND MOD(id, 89) = 1 AND live_revision_id IS NOT NULL;
SQL
    java -Duser.timezone=UTC -cp "$H2" org.h2.tools.RunScript -url "jdbc:h2:file:$DATA/dateline;MODE=LEGACY" -user sa -script "$WORK/fill.sql"
    echo "== $N stories in san-jose (written in $(( $(date +%s) - started )) s)"

    bash "$KC_SCRIPT" start "$KC_HOME" "$KC_PORT" "$PORT" "$WORK/keycloak" $((KC_PORT + 1)) $((KC_PORT + 2)) fresh "$ROOT/liberty/src/test/keycloak/tests-realm-part.json" >/dev/null
    "$WLP/bin/server" start $NAME >/dev/null; wait_for "http://127.0.0.1:$PORT/san-jose/" 120
    sign_in
    TOKEN=$(grep -o 'name="dateline-token" content="[^"]*"' "$WORK/desk.html" | sed 's/.*content="//; s/"$//')
    echo "machine load: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
    echo "desk of eli.editor: $(grep -o 'id="count-[a-z]*">[0-9]*' "$WORK/desk.html" | sed 's/id="count-//; s/">/ /' | paste -sd, - | sed 's/,/, /g')"

    measure "office desk (/studio/)" "$STUDIO/"
    measure "stories list, first page" "$STUDIO/stories.xhtml"
    measure "stories list, in review by ana.author" "$STUDIO/stories.xhtml?state=IN_REVIEW&author=ana.author"
    measure "stories list, topic, Spanish, last week" "$STUDIO/stories.xhtml?topic=bench-health&language=es&age=WEEK"
    measure "stories list, title search" "$STUDIO/stories.xhtml?q=frontera"

    # Paging: PrimeFaces' ajax request of the page that the first GET rendered, with its view state and the studio's token.
    curl -s -b "$JAR" -o "$WORK/stories.html" "$STUDIO/stories.xhtml"
    STATE=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' "$WORK/stories.html" | head -1 | sed 's/.*value="//; s/"$//')
    page() { # first row → the request's curl arguments, in the array PAGE
        PAGE=(-H "Origin: http://localhost:$PORT" -H "X-Dateline-Token: $TOKEN" -H "Faces-Request: partial/ajax"
            --data-urlencode "jakarta.faces.partial.ajax=true" --data-urlencode "jakarta.faces.source=stories:list"
            --data-urlencode "jakarta.faces.partial.execute=stories:list" --data-urlencode "jakarta.faces.partial.render=stories:list"
            --data-urlencode "stories:list_pagination=true" --data-urlencode "stories:list_first=$1"
            --data-urlencode "stories:list_rows=25" --data-urlencode "stories:list_skipChildren=true"
            --data-urlencode "stories:list_encodeFeature=true" --data-urlencode "stories=stories"
            --data-urlencode "dateline.token=$TOKEN" --data-urlencode "jakarta.faces.ViewState=$STATE"
            "$STUDIO/stories.xhtml")
    }
    page 25
    curl -s -b "$JAR" -o "$WORK/page2.xml" "${PAGE[@]}"
    grep -q 'Story ' "$WORK/page2.xml" || { echo "paging answered: $(head -c 300 "$WORK/page2.xml")" >&2; exit 1; }
    measure "stories list, next page (by cursor)" "${PAGE[@]}"
    page 4975
    measure "stories list, page 200 (skipping 4,975)" "${PAGE[@]}"
    echo "server RSS: $(ps -o rss= -p "$(pgrep -f "ws-server.jar $NAME" | head -1)" | awk '{printf "%d MB", $1/1024}')"
    stop_all
done
