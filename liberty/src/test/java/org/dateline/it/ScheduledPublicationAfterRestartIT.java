package org.dateline.it;

import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the server was to do while it was down, or was doing when it stopped, is done once it is
 * back: a scheduled story, a mailing under way. This test runs its own server (a copy of the test server's configuration on another
 * port), because it has to stop and start it.
 */
class ScheduledPublicationAfterRestartIT {

    static final String SERVER = "dateline-restart";
    static final int PORT = Integer.getInteger("it.restart.port", 9280);
    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();
    static final int MAILS_PER_SECOND = 15;
    static Path wlp;

    @BeforeAll
    static void ownServer() throws Exception {
        wlp = Path.of(System.getProperty("wlp.dir"));
        Path template = wlp.resolve("usr/servers").resolve(System.getProperty("it.server"));
        Path server = wlp.resolve("usr/servers").resolve(SERVER);
        delete(server);
        Files.createDirectories(server.resolve("dropins"));
        Files.createDirectories(server.resolve("configDropins/overrides"));
        for (String file : List.of("server.xml", "datasource-h2.xml", "datasource-postgresql.xml", "keycloak.xml",
                "configDropins/overrides/test-signin.xml", "configDropins/overrides/test-deployment.xml", "jvm.options",
                // The default keystore's password: without it the OpenID Connect clients accept no token.
                "server.env")) {
            Files.copy(template.resolve(file), server.resolve(file));
        }
        Path data = Path.of("target/restart-data").toAbsolutePath();
        delete(data);
        String bootstrap = Files.readString(template.resolve("bootstrap.properties"))
                .replaceAll("(?m)^dateline.http.port=.*$", "dateline.http.port=" + PORT)
                .replaceAll("(?m)^dateline.https.port=.*$", "dateline.https.port=" + (PORT + 363))
                .replaceAll("(?m)^dateline.data.dir=.*$", "dateline.data.dir=" + data.toString().replace("\\", "/"))
                // slow enough that a stop comes in the middle of a mailing
                + "\ndateline.newsletter.messages-per-second=" + MAILS_PER_SECOND + "\n";
        Files.writeString(server.resolve("bootstrap.properties"), bootstrap);
        Deployments.dateline(Newsdesk.class, Mailroom.class).as(ZipExporter.class).exportTo(server.resolve("dropins/dateline.ear").toFile(), true);
        start();
    }

    @AfterAll
    static void stopOwnServer() throws Exception {
        serverCommand("stop");
    }

    /**
     * One stop and start of the server for two things it must carry across a restart (a restart
     * is the slowest step of the test run): a story scheduled for a time while the server is down
     * is published as soon as it is back, and a mailing the stop came in the middle of goes on with
     * nobody sent the issue twice and nobody left out.
     */
    @Test
    void whatWasDueOrUnderWayWhenTheServerStoppedIsDoneOnceItIsBack() throws Exception {
        String title = Newsroom.unique("Due while the server was down");
        LocalDateTime at = LocalDateTime.now(ZoneId.of("America/Guyana")).plusSeconds(40).withNano(0); // a loaded machine takes long to stop a server
        String id = post("/test/desk/schedule?office=georgetown&author=gabe.author&editor=grace.editor&title="
                + URLEncoder.encode(title, StandardCharsets.UTF_8) + "&at=" + at);
        assertThat(get("/georgetown/stories/" + id).statusCode()).isEqualTo(404);

        int readers = 120;
        String prefix = "restart-" + UUID.randomUUID().toString().substring(0, 8);
        String issue = post("/test/desk/mailing?office=washington&subscribers=" + readers + "&prefix=" + prefix);
        String progress = get("/test/desk/mailing?office=washington&issue=" + issue).body();
        for (int i = 0; i < 60 && sent(progress) < 15; i++) {
            Thread.sleep(500);
            progress = get("/test/desk/mailing?office=washington&issue=" + issue).body();
        }
        assertThat(sent(progress)).as(progress).isBetween(15, readers - 1);

        serverCommand("stop");
        try {
            assertThat(get("/georgetown/").statusCode()).isEqualTo(200);
            throw new AssertionError("the server is still up");
        } catch (IOException down) {
            // stopped, as it should be
        }
        int sentBeforeTheStop = 0;
        for (int n = 0; n < readers; n++) {
            int got = Inbox.to(prefix + "-" + n + "@example.org").size();
            assertThat(got).as("reader %d's mail before the stop", n).isLessThanOrEqualTo(1);
            sentBeforeTheStop += got;
        }
        Instant due = at.atZone(ZoneId.of("America/Guyana")).toInstant();
        assertThat(Instant.now()).as("the server is down before the publication is due").isBefore(due);
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), due).toMillis()) + 5_000);
        start();
        assertThat(sentBeforeTheStop).as("the mailing was under way, not done, when the server stopped").isBetween(15, readers - 1);

        HttpResponse<String> page = get("/georgetown/stories/" + id);
        for (int i = 0; i < 90 && page.statusCode() != 200; i++) {
            Thread.sleep(1000);
            page = get("/georgetown/stories/" + id);
        }
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(title);

        for (int i = 0; i < 120 && !progress.startsWith("DONE"); i++) {
            Thread.sleep(1000);
            progress = get("/test/desk/mailing?office=washington&issue=" + issue).body();
        }
        assertThat(progress).isEqualTo("DONE " + readers + " 0 0 " + readers);
        for (int n = 0; n < readers; n++) {
            assertThat(Inbox.to(prefix + "-" + n + "@example.org")).as("reader %d's mail", n).hasSize(1);
        }
    }

    private static int sent(String progress) {
        return Integer.parseInt(progress.split(" ")[1]);
    }

    static void start() throws Exception {
        serverCommand("start");
        for (int i = 0; i < 120; i++) {
            try {
                if (get("/georgetown/").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // the server is still starting
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("the server did not start");
    }

    static void serverCommand(String command) throws Exception {
        Process process = new ProcessBuilder(wlp.resolve("bin/server").toString(), command, SERVER)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        process.waitFor();
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + PORT + path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String post(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + PORT + path))
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body().strip();
    }

    static void delete(Path path) throws IOException {
        if (Files.exists(path)) {
            try (Stream<Path> files = Files.walk(path)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
