package org.dateline.mailbox;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo mailbox as an attacker meets it: a web page that reaches it through DNS rebinding, and
 * SMTP clients that send lines and messages without end. It runs as the build runs it (the JDK's
 * source launcher on {@code src/main/mailbox/Mailbox.java}) on free loopback ports, and is spoken to
 * with plain sockets, so that every byte sent is the test's. Each refusal is checked on the wire and
 * in the mailbox's directory: nothing kept, nothing shown.
 */
class MailboxTest {

    @TempDir
    static Path directory;

    static Process mailbox;
    static int smtpPort;
    static int webPort;

    @BeforeAll
    static void start() throws Exception {
        smtpPort = freePort();
        webPort = freePort();
        Path source = Path.of(System.getProperty("mailbox.source", "src/main/mailbox/Mailbox.java"));
        String java = ProcessHandle.current().info().command().orElse("java");
        mailbox = new ProcessBuilder(java, "-Xmx64m", source.toString(), String.valueOf(smtpPort), String.valueOf(webPort),
                directory.toString()).redirectErrorStream(true).start();
        BufferedReader output = new BufferedReader(new InputStreamReader(mailbox.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = output.readLine()) != null && !line.startsWith("Mailbox: SMTP on")) {
            System.out.println(line);
        }
        assertThat(line).as("the mailbox started").isNotNull();
        Thread drain = new Thread(() -> output.lines().forEach(System.out::println));
        drain.setDaemon(true);
        drain.start();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (mailbox != null) {
            mailbox.destroy();
            if (!mailbox.waitFor(10, TimeUnit.SECONDS)) {
                mailbox.destroyForcibly();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    // ---- the web page ----

    /** What the mailbox answers to a request made of these lines: the whole response, as text. */
    private static String http(String... head) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), webPort)) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write((String.join("\r\n", head) + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            try {
                return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException reset) {
                return "";
            }
        }
    }

    private static String get(String path, String host) throws IOException {
        return http("GET " + path + " HTTP/1.1", "Host: " + host, "Connection: close");
    }

    @Test
    void thePagesAnswerRequestsForLocalhostOnAnyPort() throws Exception {
        deliver("kept-for-the-page@example.org", "Seen on the page");
        assertThat(get("/", "localhost:" + webPort)).startsWith("HTTP/1.1 200").contains("Seen on the page");
        assertThat(get("/", "127.0.0.1:" + webPort)).startsWith("HTTP/1.1 200").contains("Seen on the page");
        assertThat(get("/", "LOCALHOST")).startsWith("HTTP/1.1 200");
        assertThat(get("/messages.json", "localhost:8025")).startsWith("HTTP/1.1 200").contains("kept-for-the-page@example.org");
    }

    @Test
    void aRequestForAnyOtherHostGetsA403AndNothingElse() throws Exception {
        deliver("secret-link@example.org", "A sign-in link");
        for (String host : List.of("attacker.example", "attacker.example:" + webPort, "localhost.attacker.example",
                "127.0.0.1.nip.io", "127.0.0.2", "[::1]", "localhost:80@attacker.example", "localhost:x", "")) {
            for (String path : List.of("/", "/messages.json", "/messages.json?to=secret-link@example.org")) {
                String response = get(path, host);
                assertThat(response).as("Host: %s, %s", host, path).startsWith("HTTP/1.1 403")
                        .doesNotContain("secret-link").doesNotContain("A sign-in link");
                assertThat(body(response)).as("Host: %s, %s", host, path).isEmpty();
            }
        }
        assertThat(http("GET /messages.json HTTP/1.0")).as("no Host at all").startsWith("HTTP/1.1 403").doesNotContain("secret-link");
        assertThat(http("GET /messages.json HTTP/1.1", "Host: localhost", "Host: attacker.example", "Connection: close"))
                .as("two Host headers").doesNotStartWith("HTTP/1.1 200").doesNotContain("secret-link");
    }

    @Test
    void aRequestWhoseHeadIsTooLargeIsNotAnsweredAndTheNextOneIs() throws Exception {
        deliver("after-a-large-head@example.org", "Still here");
        String response = http("GET /messages.json HTTP/1.1", "Host: localhost", "X-Padding: " + "a".repeat(20_000), "Connection: close");
        assertThat(response).doesNotStartWith("HTTP/1.1 200").doesNotContain("after-a-large-head");
        String line = http("GET /messages.json?" + "q=1&".repeat(5_000) + " HTTP/1.1", "Host: localhost", "Connection: close");
        assertThat(line).as("a request line of 20 kB").doesNotStartWith("HTTP/1.1 200").doesNotContain("after-a-large-head");
        List<String> many = new ArrayList<>(List.of("GET /messages.json HTTP/1.1", "Host: localhost", "Connection: close"));
        for (int i = 0; i < 100; i++) {
            many.add("X-" + i + ": 1");
        }
        assertThat(http(many.toArray(String[]::new))).as("100 headers").doesNotStartWith("HTTP/1.1 200");

        assertThat(get("/messages.json", "localhost")).startsWith("HTTP/1.1 200").contains("after-a-large-head");
    }

    private static String body(String response) {
        int at = response.indexOf("\r\n\r\n");
        return at < 0 ? "" : response.substring(at + 4);
    }

    // ---- SMTP ----

    /** One SMTP session on a socket: commands sent as given, replies read whole (multi-line ones too). */
    private static final class Smtp implements AutoCloseable {
        private final Socket socket;
        private final BufferedReader in;
        private final OutputStream out;

        Smtp() throws IOException {
            socket = new Socket(InetAddress.getLoopbackAddress(), smtpPort);
            socket.setSoTimeout(30_000);
            in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            out = socket.getOutputStream();
        }

        String reply() throws IOException {
            StringBuilder reply = new StringBuilder();
            String line;
            do {
                line = in.readLine();
                if (line == null) {
                    return reply.toString();
                }
                reply.append(reply.length() > 0 ? "\n" : "").append(line);
            } while (line.length() > 3 && line.charAt(3) == '-');
            return reply.toString();
        }

        String send(String line) throws IOException {
            write(line + "\r\n");
            return reply();
        }

        void write(String text) throws IOException {
            out.write(text.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    private static void deliver(String to, String subject) throws IOException {
        try (Smtp smtp = new Smtp()) {
            assertThat(smtp.reply()).startsWith("220");
            assertThat(smtp.send("EHLO test")).startsWith("250");
            assertThat(smtp.send("MAIL FROM:<keycloak@localhost>")).startsWith("250");
            assertThat(smtp.send("RCPT TO:<" + to + ">")).startsWith("250");
            assertThat(smtp.send("DATA")).startsWith("354");
            assertThat(smtp.send("Subject: " + subject + "\r\nTo: " + to + "\r\n\r\nHello.\r\n.")).isEqualTo("250 OK kept");
            smtp.send("QUIT");
        }
    }

    private static List<String> kept() throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void ehloAnnouncesTheLargestMessageTaken() throws IOException {
        try (Smtp smtp = new Smtp()) {
            smtp.reply();
            assertThat(smtp.send("EHLO test")).contains("250 SIZE 10485760");
        }
    }

    @Test
    void aCommandLineLongerThanRfc5321AllowsIsRefusedWith500AndTheSessionGoesOn() throws IOException {
        try (Smtp smtp = new Smtp()) {
            smtp.reply();
            assertThat(smtp.send("EHLO " + "a".repeat(993))).as("1,000 octets with the CRLF").startsWith("250");
            assertThat(smtp.send("EHLO " + "a".repeat(994))).as("1,001").startsWith("500 Line too long");
            assertThat(smtp.send("NOOP " + "a".repeat(1_000_000))).startsWith("500 Line too long");
            assertThat(smtp.send("NOOP")).isEqualTo("250 OK");
        }
    }

    @Test
    void aMessageWithALineTooLongIsRefusedWith500AndNotKept() throws IOException {
        List<String> before = kept();
        try (Smtp smtp = new Smtp()) {
            smtp.reply();
            smtp.send("EHLO test");
            smtp.send("MAIL FROM:<keycloak@localhost>");
            smtp.send("RCPT TO:<long-line@example.org>");
            assertThat(smtp.send("DATA")).startsWith("354");
            assertThat(smtp.send("Subject: Long line\r\n\r\n" + "x".repeat(5_000) + "\r\nThe end.\r\n.")).startsWith("500 Line too long");
            assertThat(smtp.send("NOOP")).isEqualTo("250 OK");
        }
        assertThat(kept()).isEqualTo(before);
        assertThat(get("/messages.json?to=long-line@example.org", "localhost")).endsWith("[]");
    }

    @Test
    void aMessageLargerThanItsBoundIsRefusedWith552AndNotKeptAndTheNextIsKept() throws IOException {
        List<String> before = kept();
        try (Smtp smtp = new Smtp()) {
            smtp.reply();
            smtp.send("EHLO test");
            assertThat(smtp.send("MAIL FROM:<keycloak@localhost> SIZE=10485761")).startsWith("552");
            assertThat(smtp.send("MAIL FROM:<keycloak@localhost> SIZE=1000")).as("a size it takes").isEqualTo("250 OK");
            smtp.send("RCPT TO:<too-large@example.org>");
            assertThat(smtp.send("DATA")).startsWith("354");
            smtp.write("Subject: Too large\r\n\r\n");
            String line = "y".repeat(998) + "\r\n";
            for (int sent = 0; sent <= 11 * 1024 * 1024; sent += line.length()) {
                smtp.write(line);
            }
            assertThat(smtp.send(".")).startsWith("552 Message too large");
            assertThat(smtp.send("NOOP")).isEqualTo("250 OK");
        }
        assertThat(kept()).isEqualTo(before);
        assertThat(get("/messages.json?to=too-large@example.org", "localhost")).endsWith("[]");

        deliver("after-too-large@example.org", "Small");
        assertThat(get("/messages.json?to=after-too-large@example.org", "localhost")).contains("\"subject\":\"Small\"");
    }

    @Test
    void moreSessionsThanItTakesAtOnceAreTurnedAwayWith421() throws Exception {
        List<Smtp> open = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                Smtp smtp = new Smtp();
                open.add(smtp);
                assertThat(smtp.reply()).startsWith("220");
            }
            try (Smtp ninth = new Smtp()) {
                assertThat(ninth.reply()).startsWith("421");
            }
        } finally {
            for (Smtp smtp : open) {
                smtp.close();
            }
        }
        Instant until = Instant.now().plus(Duration.ofSeconds(10));
        String greeting = "";
        while (!greeting.startsWith("220") && Instant.now().isBefore(until)) {
            try (Smtp again = new Smtp()) {
                greeting = again.reply();
            }
        }
        assertThat(greeting).as("a session once the others have ended").startsWith("220");
    }
}
