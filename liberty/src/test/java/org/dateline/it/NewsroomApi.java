package org.dateline.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The newsroom API of the server under test, called from outside with a person's real Keycloak
 * access token as Bearer token, as any script of the offices' staff would.
 */
public final class NewsroomApi {

    /** An answer: status and JSON body. */
    public record Answer(int status, JsonObject json) {

        public long id() {
            return json.getJsonNumber("id").longValue();
        }

        public int version() {
            return json.getInt("version");
        }

        public String state() {
            return json.getString("state");
        }
    }

    private record Token(String value, Instant until) {
    }

    private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    /** From the test run's side: the server under test at {@code it.http.port}. */
    public NewsroomApi() {
        this(Integer.getInteger("it.http.port", 9180));
    }

    /** From inside the server: its own port. */
    public NewsroomApi(int port) {
        this.base = "http://localhost:" + port + "/api/newsroom/v1/offices/";
    }

    public Answer call(String person, String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        if (person != null) {
            request.header("Authorization", "Bearer " + token(person));
        }
        if (json != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            JsonObject parsed = body != null && body.startsWith("{")
                    ? Json.createReader(new StringReader(body)).readObject() : Json.createObjectBuilder().add("text", String.valueOf(body)).build();
            return new Answer(response.statusCode(), parsed);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Answer get(String person, String path) {
        return call(person, "GET", path, null);
    }

    public Answer post(String person, String path) {
        return call(person, "POST", path, null);
    }

    public static String text(String title) {
        return Json.createObjectBuilder().add("title", title).add("dateline", "San José").add("lead", "A lead.")
                .add("body", "<p>Text of " + title + ".</p>").build().toString();
    }

    /**
     * A person's access token, fetched again well before it expires (Keycloak's tokens live five
     * minutes): the same token for all of a test's calls, as a script would keep it.
     */
    static String token(String person) {
        Token token = TOKENS.get(person);
        if (token == null || token.until().isBefore(Instant.now())) {
            token = new Token(Keycloak.accessToken(person), Instant.now().plusSeconds(200));
            TOKENS.put(person, token);
        }
        return token.value();
    }
}
