package org.dateline.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.mail.Address;
import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The test run's mailbox, where every e-mail Keycloak and the server send lands: GreenMail
 * standalone, started with the test run's Keycloak (liberty/src/main/keycloak/keycloak.sh). Read
 * through GreenMail's REST API ({@code GET /api/user/<address>/messages/} gives each message as
 * it was sent) and decoded with Jakarta Mail. Its address: {@code it.mailbox.port} on the test
 * run's side, {@code dateline.mailbox.url} inside the test server.
 * <p>
 * A message is a JSON object: {@code id} (its number in the address's mailbox), {@code from},
 * {@code to}, {@code subject}, {@code date}, {@code text} and {@code html} (the decoded text/plain
 * and text/html parts, empty when the message has none; line ends as {@code \n}), {@code links}
 * (the addresses in the text, or in the HTML when there is no text) and {@code headers} (each
 * header's values by its name in lower case).
 */
final class Inbox {

    static final String URL = System.getProperty("it.mailbox.port") != null
            ? "http://localhost:" + System.getProperty("it.mailbox.port") + "/"
            : System.getProperty("dateline.mailbox.url", "http://localhost:8035/");

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"')]+");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** Headers in UTF-8 read as such (SMTPUTF8 mail), not byte by byte. */
    private static final Session MAIL = Session.getInstance(properties("mail.mime.allowutf8", "true"));

    private Inbox() {
    }

    /** The messages to the address, newest first. */
    static List<JsonObject> to(String address) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(URL + "api/user/"
                + URLEncoder.encode(address, StandardCharsets.UTF_8).replace("+", "%20") + "/messages/"))
                .timeout(Duration.ofSeconds(10)).build());
        if (response.statusCode() == 400 && response.body().contains("not found")) {
            return List.of(); // GreenMail knows an address once mail has come for it
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("the mailbox answered " + response.statusCode() + " " + response.body());
        }
        List<JsonObject> messages = new ArrayList<>();
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            for (JsonObject kept : reader.readArray().getValuesAs(JsonObject.class)) {
                messages.add(decode(kept.getString("uid"), kept.getString("mimeMessage")));
            }
        }
        Collections.reverse(messages);
        return messages;
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
            HTTP.send(HttpRequest.newBuilder(URI.create(URL + "api/service/readiness")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return false;
        } catch (IOException e) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Deletes every message to every address (the addresses stay known, with empty mailboxes). */
    static void purge() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(URL + "api/mail/purge"))
                .POST(HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(10)).build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("the mailbox did not purge: " + response.statusCode() + " " + response.body());
        }
    }

    static List<String> links(JsonObject message) {
        return strings(message.getJsonArray("links"));
    }

    /** The values of a header of the message (any case of its name), in their order; none if it has none. */
    static List<String> header(JsonObject message, String name) {
        JsonArray values = message.getJsonObject("headers").getJsonArray(name.toLowerCase(Locale.ROOT));
        return values == null ? List.of() : strings(values);
    }

    /** A message as GreenMail kept it (its bytes, one character each), decoded. */
    private static JsonObject decode(String id, String raw) {
        try {
            MimeMessage mime = new MimeMessage(MAIL, new ByteArrayInputStream(raw.getBytes(StandardCharsets.ISO_8859_1)));
            StringBuilder text = new StringBuilder();
            StringBuilder html = new StringBuilder();
            collect(mime, text, html);
            JsonArrayBuilder to = Json.createArrayBuilder();
            Address[] recipients = mime.getAllRecipients();
            for (Address recipient : recipients == null ? new Address[0] : recipients) {
                to.add(shown(recipient));
            }
            Address[] from = mime.getFrom();
            return Json.createObjectBuilder()
                    .add("id", id)
                    .add("from", from == null || from.length == 0 ? "" : shown(from[0]))
                    .add("to", to)
                    .add("subject", mime.getSubject() == null ? "" : mime.getSubject())
                    .add("date", mime.getHeader("Date", null) == null ? "" : mime.getHeader("Date", null))
                    .add("text", text.toString())
                    .add("html", html.toString())
                    .add("links", links(text.isEmpty() ? html.toString().replace("&amp;", "&") : text.toString()))
                    .add("headers", headers(mime))
                    .build();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("the mailbox holds a message that cannot be read: " + raw, e);
        }
    }

    /** Appends the decoded text/plain and text/html parts of the part, attachments left out. */
    private static void collect(Part part, StringBuilder text, StringBuilder html) throws MessagingException, IOException {
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return;
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), text, html);
            }
        } else if (part.isMimeType("text/plain")) {
            text.append(lines(part.getContent()));
        } else if (part.isMimeType("text/html")) {
            html.append(lines(part.getContent()));
        }
    }

    private static String lines(Object content) {
        return content.toString().replace("\r\n", "\n");
    }

    private static JsonObjectBuilder headers(MimeMessage mime) throws MessagingException {
        Map<String, JsonArrayBuilder> byName = new LinkedHashMap<>();
        for (Header header : Collections.list(mime.getAllHeaders())) {
            byName.computeIfAbsent(header.getName().toLowerCase(Locale.ROOT), name -> Json.createArrayBuilder())
                    .add(decoded(MimeUtility.unfold(header.getValue())));
        }
        JsonObjectBuilder headers = Json.createObjectBuilder();
        byName.forEach(headers::add);
        return headers;
    }

    private static String decoded(String value) {
        try {
            return MimeUtility.decodeText(value);
        } catch (UnsupportedEncodingException e) {
            return value;
        }
    }

    private static String shown(Address address) {
        return address instanceof InternetAddress internet ? internet.toUnicodeString() : address.toString();
    }

    private static Properties properties(String name, String value) {
        Properties properties = new Properties();
        properties.setProperty(name, value);
        return properties;
    }

    private static JsonArrayBuilder links(String text) {
        List<String> links = new ArrayList<>();
        Matcher m = LINK.matcher(text);
        while (m.find()) {
            if (!links.contains(m.group())) {
                links.add(m.group());
            }
        }
        return Json.createArrayBuilder(links);
    }

    private static List<String> strings(JsonArray values) {
        return values.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("the mailbox at " + URL + " cannot be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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
