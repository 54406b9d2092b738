package org.dateline.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Keycloak the test run started (realm file {@code liberty/src/main/keycloak/dateline-realm.json}):
 * tokens of the demo staff by password grant from the public {@code dateline-tests} client, and
 * stopping and starting that Keycloak for the tests of sign-in while it is down.
 */
public final class Keycloak {

    /** On the test run's side {@code it.keycloak.url}; inside the test server {@code dateline.keycloak.url}. */
    public static final String URL = System.getProperty("it.keycloak.url", System.getProperty("dateline.keycloak.url", "http://localhost:8190"));
    public static final String REALM = URL + "/realms/dateline";
    public static final String PASSWORD = "dateline";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Keycloak() {
    }

    /** The token response for a demo person: access, ID and refresh token. */
    public static JsonObject tokens(String user) {
        String form = "grant_type=password&client_id=dateline-tests&scope=openid&username=" + encode(user)
                + "&password=" + encode(PASSWORD);
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(REALM + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused a token for " + user + ": " + response.statusCode() + " " + response.body());
        }
        return json(response.body());
    }

    public static String accessToken(String user) {
        return tokens(user).getString("access_token");
    }

    /** The claims of a JWT, read without checking its signature (the server under test checks it). */
    public static JsonObject claims(String jwt) {
        String[] parts = jwt.split("\\.");
        return json(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    }

    public static List<String> groups(JsonObject claims) {
        return claims.getJsonArray("groups").getValuesAs(JsonString.class).stream().map(JsonString::getString).sorted().toList();
    }

    public static JsonObject userinfo(String accessToken) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(REALM + "/protocol/openid-connect/userinfo"))
                .header("Authorization", "Bearer " + accessToken).GET().build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("userinfo answered " + response.statusCode() + " " + response.body());
        }
        return json(response.body());
    }

    /** Stops the test run's Keycloak (by its PID); its data stays, so {@link #start()} brings the same realm back. */
    public static void stop() {
        script("stop", System.getProperty("it.keycloak.state"));
    }

    public static void start() {
        script("start", System.getProperty("it.keycloak.home"), System.getProperty("it.keycloak.port"),
                System.getProperty("it.http.port"), System.getProperty("it.keycloak.state"), System.getProperty("it.smtp.port"),
                System.getProperty("it.mailbox.port"));
    }

    /** Stops the mailbox that takes Keycloak's mail: Keycloak then cannot send any. */
    public static void stopMailbox() {
        script("stop-mailbox", System.getProperty("it.keycloak.state"));
    }

    public static void startMailbox() {
        script("start-mailbox", System.getProperty("it.smtp.port"), System.getProperty("it.mailbox.port"),
                System.getProperty("it.keycloak.state"));
    }

    private static void script(String... args) {
        List<String> command = new java.util.ArrayList<>(List.of("bash", System.getProperty("it.keycloak.script")));
        command.addAll(List.of(args));
        try {
            java.nio.file.Path output = java.nio.file.Files.createTempFile("keycloak-script", ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            boolean ended = process.waitFor(320, TimeUnit.SECONDS);
            String said = java.nio.file.Files.readString(output);
            java.nio.file.Files.delete(output);
            if (!ended || process.exitValue() != 0) {
                throw new IllegalStateException("keycloak.sh " + String.join(" ", args) + " failed: " + said);
            }
            System.out.print(said);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
