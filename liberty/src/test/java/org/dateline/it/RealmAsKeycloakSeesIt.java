package org.dateline.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The realm {@code dateline} read straight from Keycloak's admin REST API with the JDK's HTTP
 * client, not through the CMS or its admin client: what the staff administration tests check
 * their changes against. Keycloak's address is the system property {@code dateline.keycloak.url}
 * (the test run sets it on the test server from the Maven property {@code it.keycloak.url}); the
 * default is the demo Keycloak on port 8180. Signs in as the provisioning service account
 * (the demo realm's throw-away secret).
 */
final class RealmAsKeycloakSeesIt {

    static final String URL = System.getProperty("dateline.keycloak.url", "http://localhost:8180");
    private static final String ADMIN = URL + "/admin/realms/dateline";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String token;

    RealmAsKeycloakSeesIt() {
        String form = "grant_type=client_credentials&client_id=dateline-provisioning"
                + "&client_secret=dateline-provisioning-secret";
        JsonObject answer = (JsonObject) send(HttpRequest.newBuilder(URI.create(URL + "/realms/dateline/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        token = answer.getString("access_token");
    }

    Optional<JsonObject> userByEmail(String email) {
        return first(get("/users?exact=true&email=" + encode(email)));
    }

    Optional<JsonObject> user(String username) {
        return first(get("/users?exact=true&username=" + encode(username)));
    }

    /** The full paths of the user's groups, sorted. */
    Set<String> groupsOf(String username) {
        String id = user(username).orElseThrow().getString("id");
        Set<String> paths = new TreeSet<>();
        get("/users/" + id + "/groups").asJsonArray().forEach(g -> paths.add(g.asJsonObject().getString("path")));
        return paths;
    }

    int credentialsOf(String username) {
        return get("/users/" + user(username).orElseThrow().getString("id") + "/credentials").asJsonArray().size();
    }

    static List<String> strings(JsonObject object, String key) {
        JsonArray array = object.getJsonArray(key);
        return array == null ? List.of() : array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    /** The usernames in a group, sorted. */
    Set<String> members(String groupPath) {
        String id = get("/group-by-path" + groupPath).asJsonObject().getString("id");
        Set<String> names = new TreeSet<>();
        get("/groups/" + id + "/members?first=0&max=1000").asJsonArray()
                .forEach(m -> names.add(m.asJsonObject().getString("username")));
        return names;
    }

    /** Puts the person into the group straight in Keycloak, past the CMS: for tests that must restore what they changed. */
    void addToGroup(String username, String groupPath) {
        String user = user(username).orElseThrow().getString("id");
        String group = get("/group-by-path" + groupPath).asJsonObject().getString("id");
        send(HttpRequest.newBuilder(URI.create(ADMIN + "/users/" + user + "/groups/" + group))
                .header("Authorization", "Bearer " + token).PUT(HttpRequest.BodyPublishers.noBody()));
    }

    /** Takes the person out of the group straight in Keycloak, as an administrator in Keycloak's console would. */
    void removeFromGroup(String username, String groupPath) {
        String user = user(username).orElseThrow().getString("id");
        String group = get("/group-by-path" + groupPath).asJsonObject().getString("id");
        send(HttpRequest.newBuilder(URI.create(ADMIN + "/users/" + user + "/groups/" + group))
                .header("Authorization", "Bearer " + token).DELETE());
    }

    /** A new, fully set-up account with the given password, in the given group. */
    void createStaff(String username, String password, String groupPath) {
        String account = Json.createObjectBuilder().add("username", username).add("email", username + "@dateline.localhost")
                .add("firstName", "Test").add("lastName", "Person").add("enabled", true).add("emailVerified", true)
                .add("groups", Json.createArrayBuilder().add(groupPath))
                .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "password").add("value", password).add("temporary", false)))
                .build().toString();
        send(HttpRequest.newBuilder(URI.create(ADMIN + "/users")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(account)));
    }

    /** Makes the group (and the groups above it) if the realm does not have it yet. */
    void ensureGroup(String path) {
        String parent = null;
        StringBuilder at = new StringBuilder();
        for (String name : path.substring(1).split("/")) {
            at.append('/').append(name);
            JsonValue found = tryGet("/group-by-path" + at);
            if (found == null) {
                String body = Json.createObjectBuilder().add("name", name).build().toString();
                send(HttpRequest.newBuilder(URI.create(ADMIN + (parent == null ? "/groups" : "/groups/" + parent + "/children")))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)));
                found = tryGet("/group-by-path" + at);
            }
            parent = found.asJsonObject().getString("id");
        }
    }

    private JsonValue tryGet(String path) {
        try {
            return get(path);
        } catch (IllegalStateException notThere) {
            return null;
        }
    }

    void deleteUserWithEmail(String email) {
        userByEmail(email).ifPresent(u -> send(HttpRequest.newBuilder(URI.create(ADMIN + "/users/" + u.getString("id")))
                .header("Authorization", "Bearer " + token).DELETE()));
    }

    private JsonValue get(String path) {
        return send(HttpRequest.newBuilder(URI.create(ADMIN + path)).header("Authorization", "Bearer " + token).GET());
    }

    private static Optional<JsonObject> first(JsonValue users) {
        JsonArray array = users.asJsonArray();
        return array.isEmpty() ? Optional.empty() : Optional.of(array.getJsonObject(0));
    }

    private JsonValue send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(response.uri() + " answered " + response.statusCode() + ": " + response.body());
            }
            if (response.body().isBlank()) {
                return JsonValue.NULL;
            }
            try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
                return reader.readValue();
            }
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak at " + URL + " cannot be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
