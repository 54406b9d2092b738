package org.dateline.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The node's readiness and liveness as a load balancer reads them: ready with the database at this
 * node's schema, every site's search index caught up and Keycloak's state reported; a publish
 * leaves it ready (the index catches up within the allowed lag), and it is live.
 */
@ExtendWith(ArquillianExtension.class)
class NodeHealthIT {

    private static final String SERVER = "http://localhost:" + System.getProperty("it.http.port", "9180");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.dateline(NodeHealthIT.class);
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void theNodeIsReadyWithItsDatabaseSchemaSearchIndexAndKeycloakReported() throws Exception {
        JsonObject ready = readyAndCaughtUp();
        JsonObject database = check(ready, "database");
        assertThat(database.getString("status")).isEqualTo("UP");
        assertThat(database.getJsonObject("data").getString("schema")).isEqualTo(database.getJsonObject("data").getString("migrated to"));
        JsonObject search = check(ready, "search");
        assertThat(search.getJsonObject("data").keySet()).contains("san-jose", "georgetown", "washington");
        JsonObject keycloak = check(ready, "keycloak");
        assertThat(keycloak.getString("status")).isEqualTo("UP");
        assertThat(keycloak.getJsonObject("data").getString("sign-in")).isEqualTo("available");

        // a publication moves the site ahead of its index for a moment; the node stays ready and catches up
        String title = Newsroom.unique("Health check");
        NewsroomApi api = new NewsroomApi();
        NewsroomApi.Answer created = api.call("ana.author", "POST", "san-jose/stories", NewsroomApi.text(title));
        NewsroomApi.Answer submitted = api.post("ana.author", "san-jose/stories/" + created.id() + "/submit?version=" + created.version());
        assertThat(api.post("eli.editor", "san-jose/stories/" + created.id() + "/publish?version=" + submitted.version()).status()).isEqualTo(200);
        assertThat(get("/health/ready").statusCode()).as("ready right after a publish").isEqualTo(200);
        assertThat(check(readyAndCaughtUp(), "search").getJsonObject("data").getString("san-jose")).isEqualTo("caught up");
    }

    @Test
    void theNodeIsLive() throws Exception {
        HttpResponse<String> live = get("/health/live");
        assertThat(live.statusCode()).isEqualTo(200);
        JsonObject node = check(json(live), "node");
        assertThat(node.getString("status")).isEqualTo("UP");
        assertThat(node.getJsonObject("data").getInt("deadlocked threads")).isZero();
    }

    /** The readiness answer once every site's index has caught up (ten seconds at most). */
    private JsonObject readyAndCaughtUp() throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            HttpResponse<String> ready = get("/health/ready");
            assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
            JsonObject answer = json(ready);
            assertThat(answer.getString("status")).isEqualTo("UP");
            boolean caughtUp = check(answer, "search").getJsonObject("data").values().stream()
                    .allMatch(v -> v.toString().equals("\"caught up\""));
            if (caughtUp || System.nanoTime() > until) {
                return answer;
            }
            Thread.sleep(200);
        }
    }

    private static JsonObject check(JsonObject health, String name) {
        return health.getJsonArray("checks").stream().map(JsonObject.class::cast)
                .filter(c -> c.getString("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no check " + name + " in " + health));
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(SERVER + path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
