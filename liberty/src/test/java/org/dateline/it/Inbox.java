package org.dateline.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
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
import java.time.Instant;
import java.util.List;

/**
 * The test run's mailbox (liberty/src/main/mailbox/Mailbox.java, started with the test run's
 * Keycloak), where every e-mail Keycloak sends lands: read from its JSON at
 * {@code /messages.json?to=…}. Its address: {@code it.mailbox.port} on the test run's side,
 * {@code dateline.mailbox.url} inside the test server.
 */
final class Inbox {

    static final String URL = System.getProperty("it.mailbox.port") != null
            ? "http://localhost:" + System.getProperty("it.mailbox.port") + "/"
            : System.getProperty("dateline.mailbox.url", "http://localhost:8035/");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Inbox() {
    }

    /** The messages to the address, newest first. */
    static List<JsonObject> to(String address) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(URL + "messages.json?to="
                    + URLEncoder.encode(address, StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the mailbox answered " + response.statusCode());
            }
            try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
                JsonArray messages = reader.readArray();
                return messages.getValuesAs(JsonObject.class);
            }
        } catch (IOException e) {
            throw new IllegalStateException("the mailbox at " + URL + " cannot be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits (up to 30 s) until the address has at least {@code count} messages; the newest. */
    static JsonObject awaitMessages(String address, int count) {
        Instant until = Instant.now().plusSeconds(30);
        List<JsonObject> messages = to(address);
        while (messages.size() < count) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("after 30 s the mailbox has " + messages.size() + " message(s) to " + address
                        + ", not " + count);
            }
            sleep();
            messages = to(address);
        }
        return messages.get(0);
    }

    /** Waits (up to 30 s) for the newest message to the address whose subject contains the text. */
    static JsonObject about(String address, String subject) {
        Instant until = Instant.now().plusSeconds(30);
        while (true) {
            List<JsonObject> found = to(address).stream().filter(m -> m.getString("subject").contains(subject)).toList();
            if (!found.isEmpty()) {
                return found.get(0);
            }
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("no mail about " + subject + " to " + address + " after 30 s");
            }
            sleep();
        }
    }

    /** The mailbox does not answer (a test stopped it). */
    static boolean isDown() {
        try {
            HTTP.send(HttpRequest.newBuilder(URI.create(URL)).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
            return false;
        } catch (IOException e) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static List<String> links(JsonObject message) {
        return message.getJsonArray("links").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
