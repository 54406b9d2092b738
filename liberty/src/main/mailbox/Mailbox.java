import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The demo's and the test run's mail server: it accepts every message over SMTP on loopback, delivers
 * none, keeps each as a file in its directory and shows them on a web page, so that the e-mails
 * Keycloak sends (an invitation to set a password, a password reset) can be read and their links
 * followed without a real mail server. Production sets the realm's own SMTP server instead.
 *
 * <pre>
 *   java Mailbox.java &lt;smtp port&gt; &lt;web port&gt; &lt;directory&gt;
 * </pre>
 *
 * Web: {@code /} lists the messages, newest first; {@code /messages/<id>} shows one (its text, with
 * its links); {@code /messages.json?to=<address>} gives them as JSON (id, from, to, subject, date,
 * text, links) for the tests. One file without dependencies, run by the JDK's source launcher.
 * <p>
 * It listens on loopback only, and still a web page elsewhere can reach it: a browser on this
 * machine sends that page's requests to 127.0.0.1 if its host name is made to resolve there (DNS
 * rebinding), and the messages hold sign-in links. So the web side answers only requests whose
 * {@code Host} is {@code localhost} or {@code 127.0.0.1} (any port) and gives every other one a 403
 * with nothing in it; its request line and headers are bounded (the JDK server's own limits, set
 * lower). SMTP lines are bounded as RFC 5321 bounds them (1,000 octets with the CRLF: 500 beyond),
 * a message by the {@code SIZE} it announces (552 beyond), recipients to 100 and sessions to 8 at once.
 */
public final class Mailbox {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"')]+");
    static final int MAX_MESSAGE = 10 * 1024 * 1024;
    /** A line with its CRLF, commands and text alike (RFC 5321, 4.5.3.1.4 and 4.5.3.1.6). */
    static final int MAX_LINE = 1000;
    /** RFC 5321, 4.5.3.1.8: a server must take at least 100. */
    static final int MAX_RECIPIENTS = 100;
    static final int MAX_SESSIONS = 8;
    /** The request line and headers together; the pages' requests are a few hundred bytes. */
    static final int MAX_REQUEST_HEAD = 8 * 1024;
    private static final Pattern SIZE = Pattern.compile("(?i)\\sSIZE=(\\d{1,18})(?:\\s|$)");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final Path directory;
    private final AtomicLong sequence = new AtomicLong();

    private Mailbox(Path directory) {
        this.directory = directory;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: java Mailbox.java <smtp port> <web port> <directory>");
            System.exit(2);
        }
        Path directory = Path.of(args[2]);
        Files.createDirectories(directory);
        Mailbox mailbox = new Mailbox(directory);
        InetAddress loopback = InetAddress.getLoopbackAddress();
        // Read by the JDK's HTTP server when it first starts: set before it does.
        System.setProperty("sun.net.httpserver.maxReqHeaderSize", String.valueOf(MAX_REQUEST_HEAD));
        System.setProperty("sun.net.httpserver.maxReqHeaders", "50");
        System.setProperty("sun.net.httpserver.maxReqTime", "10");
        System.setProperty("jdk.httpserver.maxConnections", "16");

        HttpServer web = HttpServer.create(new InetSocketAddress(loopback, Integer.parseInt(args[1])), 16);
        web.createContext("/", mailbox::answer);
        web.setExecutor(Executors.newFixedThreadPool(2));
        web.start();

        ServerSocket smtp = new ServerSocket(Integer.parseInt(args[0]), 16, loopback);
        System.out.println("Mailbox: SMTP on " + loopback.getHostAddress() + ":" + args[0] + ", messages on http://localhost:"
                + args[1] + "/, kept in " + directory);
        ExecutorService sessions = Executors.newCachedThreadPool();
        Semaphore open = new Semaphore(MAX_SESSIONS);
        while (true) {
            Socket client = smtp.accept();
            if (!open.tryAcquire()) {
                try (client) {
                    client.getOutputStream().write("421 localhost Too many connections, try again later\r\n".getBytes(StandardCharsets.US_ASCII));
                } catch (IOException e) {
                    System.err.println("Mailbox: could not turn a connection away: " + e.getMessage());
                }
                continue;
            }
            sessions.execute(() -> {
                try {
                    mailbox.converse(client);
                } finally {
                    open.release();
                }
            });
        }
    }

    // ---- SMTP (RFC 5321, the part a mail client needs to hand over a message) ----

    private void converse(Socket client) {
        try (client) {
            client.setSoTimeout(60_000);
            Lines in = new Lines(client.getInputStream());
            Writer out = new OutputStreamWriter(client.getOutputStream(), StandardCharsets.ISO_8859_1);
            reply(out, "220 localhost Dateline mailbox: nothing is delivered");
            String from = null;
            List<String> to = new ArrayList<>();
            String line;
            while ((line = in.next()) != null) {
                if (in.tooLong()) {
                    reply(out, "500 Line too long: at most " + MAX_LINE + " octets with the CRLF");
                    continue;
                }
                String verb = line.length() < 4 ? line.toUpperCase(Locale.ROOT) : line.substring(0, 4).toUpperCase(Locale.ROOT);
                switch (verb) {
                    case "EHLO" -> reply(out, "250-localhost\r\n250-8BITMIME\r\n250-SMTPUTF8\r\n250 SIZE " + MAX_MESSAGE);
                    case "HELO" -> reply(out, "250 localhost");
                    case "MAIL" -> {
                        if (declaredSize(line) > MAX_MESSAGE) {
                            reply(out, "552 Message size exceeds fixed maximum message size of " + MAX_MESSAGE + " octets");
                            break;
                        }
                        from = address(line);
                        to.clear();
                        reply(out, "250 OK");
                    }
                    case "RCPT" -> {
                        if (from == null) {
                            reply(out, "503 MAIL first");
                        } else if (to.size() >= MAX_RECIPIENTS) {
                            reply(out, "452 Too many recipients: at most " + MAX_RECIPIENTS);
                        } else {
                            to.add(address(line));
                            reply(out, "250 OK");
                        }
                    }
                    case "DATA" -> {
                        if (to.isEmpty()) {
                            reply(out, "503 RCPT first");
                            break;
                        }
                        reply(out, "354 End data with <CR><LF>.<CR><LF>");
                        Data message = data(in);
                        if (message.tooLarge()) {
                            reply(out, "552 Message too large: at most " + MAX_MESSAGE + " octets");
                        } else if (message.lineTooLong()) {
                            reply(out, "500 Line too long: at most " + MAX_LINE + " octets with the CRLF");
                        } else if (message.text() == null) {
                            return;
                        } else {
                            keep(from, to, message.text());
                            reply(out, "250 OK kept");
                        }
                        from = null;
                        to.clear();
                    }
                    case "RSET" -> {
                        from = null;
                        to.clear();
                        reply(out, "250 OK");
                    }
                    case "NOOP" -> reply(out, "250 OK");
                    case "VRFY" -> reply(out, "252 Cannot verify, will accept");
                    case "QUIT" -> {
                        reply(out, "221 Bye");
                        return;
                    }
                    default -> reply(out, "502 Not implemented");
                }
            }
        } catch (IOException e) {
            System.err.println("Mailbox: SMTP session ended: " + e.getMessage());
        }
    }

    /**
     * The lines of an SMTP session, each read up to its LF and at most {@link #MAX_LINE} octets
     * with it: the rest of a longer line is read and dropped, and {@link #tooLong} says so.
     */
    static final class Lines {

        private final InputStream in;
        private final byte[] line = new byte[MAX_LINE];
        private boolean tooLong;

        Lines(InputStream in) {
            this.in = new BufferedInputStream(in);
        }

        /** The next line without its CRLF (or LF), or null at the end of the stream. */
        String next() throws IOException {
            int length = 0;
            long octets = 0;
            int b;
            while ((b = in.read()) != -1 && b != '\n') {
                if (length < line.length) {
                    line[length++] = (byte) b;
                }
                octets++;
            }
            if (b == -1 && octets == 0) {
                return null;
            }
            tooLong = octets + 1 > MAX_LINE;
            if (length > 0 && line[length - 1] == '\r') {
                length--;
            }
            return new String(line, 0, length, StandardCharsets.ISO_8859_1);
        }

        boolean tooLong() {
            return tooLong;
        }
    }

    private static void reply(Writer out, String text) throws IOException {
        out.write(text + "\r\n");
        out.flush();
    }

    /** The {@code SIZE=} a {@code MAIL FROM} declares (RFC 1870), or 0. */
    private static long declaredSize(String command) {
        Matcher size = SIZE.matcher(command);
        return size.find() ? Long.parseLong(size.group(1)) : 0;
    }

    /** The address in {@code MAIL FROM:<a@b> SIZE=…} or {@code RCPT TO:<a@b>}. */
    private static String address(String command) {
        int colon = command.indexOf(':');
        String rest = colon < 0 ? "" : command.substring(colon + 1).trim();
        if (rest.startsWith("<")) {
            int end = rest.indexOf('>');
            return end < 0 ? rest.substring(1) : rest.substring(1, end);
        }
        int space = rest.indexOf(' ');
        return space < 0 ? rest : rest.substring(0, space);
    }

    /**
     * A message as DATA sent it: its text, or why it is not kept. The text is null when the
     * connection ended before the lone dot.
     */
    record Data(String text, boolean tooLarge, boolean lineTooLong) {
    }

    /**
     * The message up to the lone dot, dot-stuffing undone. One too large, or with a line too long,
     * is read to its end all the same (the client is still sending it) and dropped as it comes.
     */
    private static Data data(Lines in) throws IOException {
        StringBuilder message = new StringBuilder();
        boolean tooLarge = false;
        boolean lineTooLong = false;
        String line;
        while ((line = in.next()) != null) {
            if (line.equals(".") && !in.tooLong()) {
                return new Data(tooLarge || lineTooLong ? null : message.toString(), tooLarge, lineTooLong);
            }
            lineTooLong |= in.tooLong();
            if (tooLarge || lineTooLong) {
                continue;
            }
            message.append(line.startsWith("..") ? line.substring(1) : line).append("\r\n");
            if (message.length() > MAX_MESSAGE) {
                tooLarge = true;
                message.setLength(0);
            }
        }
        return new Data(null, tooLarge, lineTooLong);
    }

    private synchronized void keep(String from, List<String> to, String message) throws IOException {
        String id = System.currentTimeMillis() + "-" + sequence.incrementAndGet();
        String envelope = "X-Mailbox-Envelope-From: " + from + "\r\nX-Mailbox-Envelope-To: " + String.join(", ", to) + "\r\n";
        Path file = directory.resolve(id + ".eml");
        Files.writeString(directory.resolve(id + ".tmp"), envelope + message, StandardCharsets.ISO_8859_1);
        Files.move(directory.resolve(id + ".tmp"), file);
        System.out.println("Mailbox: kept a message to " + String.join(", ", to) + " as " + file.getFileName());
    }

    // ---- Reading the kept messages (RFC 5322 headers, MIME parts, RFC 2047 words) ----

    record Message(String id, Instant received, String from, List<String> to, String subject, String date,
                   String text, String html) {

        List<String> links() {
            List<String> links = new ArrayList<>();
            Matcher m = LINK.matcher(text.isEmpty() ? html.replace("&amp;", "&") : text);
            while (m.find()) {
                if (!links.contains(m.group())) {
                    links.add(m.group());
                }
            }
            return links;
        }
    }

    private List<Message> messages() throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> kept = files.filter(f -> f.getFileName().toString().endsWith(".eml"))
                    .sorted(Comparator.comparing((Path f) -> sortKey(f)).reversed()).toList();
            List<Message> messages = new ArrayList<>();
            for (Path file : kept) {
                messages.add(read(file));
            }
            return messages;
        }
    }

    private static String sortKey(Path file) {
        String name = file.getFileName().toString().replace(".eml", "");
        String[] parts = name.split("-");
        return String.format("%020d-%010d", Long.parseLong(parts[0]), Long.parseLong(parts[1]));
    }

    private static Message read(Path file) throws IOException {
        String raw = Files.readString(file, StandardCharsets.ISO_8859_1);
        Part part = Part.parse(raw);
        String id = file.getFileName().toString().replace(".eml", "");
        List<String> to = List.of(part.header("x-mailbox-envelope-to").split(",\\s*"));
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder();
        part.collect(text, html);
        return new Message(id, Instant.ofEpochMilli(Long.parseLong(id.split("-")[0])), decodeWords(part.header("from")),
                to, decodeWords(part.header("subject")), part.header("date"), text.toString(), html.toString());
    }

    /** A MIME entity: its headers (names in lower case, folded lines joined) and its body as sent. */
    record Part(Map<String, String> headers, String body) {

        static Part parse(String raw) {
            int split = raw.indexOf("\r\n\r\n");
            String head = split < 0 ? raw : raw.substring(0, split);
            String body = split < 0 ? "" : raw.substring(split + 4);
            Map<String, String> headers = new LinkedHashMap<>();
            String name = null;
            for (String line : head.split("\r\n")) {
                if (!line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t') && name != null) {
                    headers.merge(name, " " + line.strip(), String::concat);
                } else if (line.indexOf(':') > 0) {
                    name = line.substring(0, line.indexOf(':')).trim().toLowerCase(Locale.ROOT);
                    headers.putIfAbsent(name, line.substring(line.indexOf(':') + 1).strip());
                }
            }
            return new Part(headers, body);
        }

        String header(String name) {
            return headers.getOrDefault(name, "");
        }

        String type() {
            String type = header("content-type");
            return (type.isEmpty() ? "text/plain" : type.split(";")[0].trim()).toLowerCase(Locale.ROOT);
        }

        String parameter(String name) {
            Matcher m = Pattern.compile("(?i);\\s*" + name + "\\s*=\\s*(\"([^\"]*)\"|[^;\\s]+)").matcher(header("content-type"));
            if (!m.find()) {
                return null;
            }
            return m.group(2) != null ? m.group(2) : m.group(1);
        }

        /** Appends the decoded text of every text/plain and text/html part (attachments left out). */
        void collect(StringBuilder text, StringBuilder html) {
            if (type().startsWith("multipart/")) {
                String boundary = parameter("boundary");
                if (boundary == null) {
                    return;
                }
                String[] pieces = body.split("(^|\r\n)--" + Pattern.quote(boundary));
                for (int i = 1; i < pieces.length; i++) {
                    String piece = pieces[i];
                    if (piece.startsWith("--")) {
                        break;
                    }
                    Part.parse(piece.startsWith("\r\n") ? piece.substring(2) : piece).collect(text, html);
                }
                return;
            }
            if (header("content-disposition").toLowerCase(Locale.ROOT).startsWith("attachment")) {
                return;
            }
            if (type().equals("text/plain")) {
                text.append(decoded());
            } else if (type().equals("text/html")) {
                html.append(decoded());
            }
        }

        String decoded() {
            String encoding = header("content-transfer-encoding").toLowerCase(Locale.ROOT);
            byte[] bytes = switch (encoding) {
                case "base64" -> Base64.getMimeDecoder().decode(body.getBytes(StandardCharsets.ISO_8859_1));
                case "quoted-printable" -> quotedPrintable(body, false);
                default -> body.getBytes(StandardCharsets.ISO_8859_1);
            };
            return new String(bytes, charset(parameter("charset")));
        }
    }

    private static Charset charset(String name) {
        try {
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
        } catch (RuntimeException e) {
            return StandardCharsets.UTF_8;
        }
    }

    /** Quoted-printable (RFC 2045); in an encoded word (RFC 2047 "Q") an underscore is a space. */
    static byte[] quotedPrintable(String text, boolean word) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '=' && i + 1 < text.length()) {
                if (text.charAt(i + 1) == '\r' || text.charAt(i + 1) == '\n') {
                    i += text.startsWith("\r\n", i + 1) ? 2 : 1; // soft line break
                    continue;
                }
                if (i + 2 < text.length()) {
                    int hi = Character.digit(text.charAt(i + 1), 16);
                    int lo = Character.digit(text.charAt(i + 2), 16);
                    if (hi >= 0 && lo >= 0) {
                        out.write(hi * 16 + lo);
                        i += 2;
                        continue;
                    }
                }
            }
            out.write(word && c == '_' ? ' ' : c);
        }
        return out.toByteArray();
    }

    private static final Pattern WORD = Pattern.compile("=\\?([^?]+)\\?([BbQq])\\?([^?]*)\\?=");

    /** A header with RFC 2047 encoded words ({@code =?UTF-8?Q?Actualizaci=C3=B3n?=}) as text. */
    static String decodeWords(String header) {
        Matcher m = WORD.matcher(header.replaceAll("\\?=\\s+=\\?", "?==?"));
        StringBuilder decoded = new StringBuilder();
        while (m.find()) {
            byte[] bytes = m.group(2).equalsIgnoreCase("B")
                    ? Base64.getDecoder().decode(m.group(3))
                    : quotedPrintable(m.group(3), true);
            m.appendReplacement(decoded, Matcher.quoteReplacement(new String(bytes, charset(m.group(1)))));
        }
        m.appendTail(decoded);
        return decoded.toString();
    }

    // ---- The web page and the JSON for the tests ----

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (!isLocal(exchange.getRequestHeaders().get("Host"))) {
                exchange.sendResponseHeaders(403, -1);
            } else if (!exchange.getRequestMethod().equals("GET")) {
                send(exchange, 405, "text/plain", "GET only");
            } else if (path.equals("/")) {
                send(exchange, 200, "text/html", listPage(messages()));
            } else if (path.equals("/messages.json")) {
                String to = query(exchange, "to");
                List<Message> shown = messages().stream()
                        .filter(m -> to == null || m.to().stream().anyMatch(to::equalsIgnoreCase)).toList();
                send(exchange, 200, "application/json", json(shown));
            } else if (path.startsWith("/messages/") && path.substring(10).matches("[0-9]+-[0-9]+")) {
                Path file = directory.resolve(path.substring(10) + ".eml");
                if (Files.exists(file)) {
                    send(exchange, 200, "text/html", messagePage(read(file)));
                } else {
                    send(exchange, 404, "text/html", page("No such message", "<p>No such message. <a href=\"/\">All messages</a></p>"));
                }
            } else {
                send(exchange, 404, "text/html", page("Not found", "<p>Not found. <a href=\"/\">All messages</a></p>"));
            }
        } catch (RuntimeException e) {
            System.err.println("Mailbox: " + e);
        }
    }

    /** Whether the request names this machine by {@code localhost} or {@code 127.0.0.1}, as one Host header. */
    static boolean isLocal(List<String> hosts) {
        if (hosts == null || hosts.size() != 1) {
            return false;
        }
        String host = hosts.get(0).trim();
        int colon = host.indexOf(':');
        String name = colon < 0 ? host : host.substring(0, colon);
        String port = colon < 0 ? "" : host.substring(colon + 1);
        return (name.equalsIgnoreCase("localhost") || name.equals("127.0.0.1"))
                && (colon < 0 || port.matches("[0-9]{1,5}"));
    }

    private static String query(HttpExchange exchange, String name) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String listPage(List<Message> messages) {
        StringBuilder rows = new StringBuilder();
        for (Message m : messages) {
            rows.append("<tr><td>").append(SHOWN.format(m.received())).append("</td><td>")
                    .append(escape(String.join(", ", m.to()))).append("</td><td><a href=\"/messages/").append(m.id())
                    .append("\">").append(escape(m.subject().isEmpty() ? "(no subject)" : m.subject()))
                    .append("</a></td></tr>\n");
        }
        String body = messages.isEmpty()
                ? "<p>No mail yet. Messages sent by Keycloak (invitations, password resets) appear here.</p>"
                : "<table><thead><tr><th scope=\"col\">Received</th><th scope=\"col\">To</th><th scope=\"col\">Subject</th>"
                + "</tr></thead><tbody>\n" + rows + "</tbody></table>";
        return page("Mailbox", "<p>Every e-mail sent on this machine's demo lands here; none leaves it.</p>" + body);
    }

    private static String messagePage(Message m) {
        String text = m.text().isEmpty() ? m.html().replaceAll("(?s)<[^>]*>", " ") : m.text();
        StringBuilder shown = new StringBuilder();
        Matcher link = LINK.matcher(text);
        int at = 0;
        while (link.find()) {
            shown.append(escape(text.substring(at, link.start())))
                    .append("<a href=\"").append(escape(link.group())).append("\">").append(escape(link.group())).append("</a>");
            at = link.end();
        }
        shown.append(escape(text.substring(at)));
        return page(m.subject(), "<p><a href=\"/\">All messages</a></p><dl>"
                + "<dt>From</dt><dd>" + escape(m.from()) + "</dd>"
                + "<dt>To</dt><dd>" + escape(String.join(", ", m.to())) + "</dd>"
                + "<dt>Date</dt><dd>" + escape(m.date()) + "</dd></dl>"
                + "<pre id=\"text\">" + shown + "</pre>");
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + " · Dateline mailbox</title><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><style>"
                + "body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1a1a1a}"
                + "table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.4rem .6rem;border-bottom:1px solid #ccc}"
                + "pre{white-space:pre-wrap;word-break:break-all;background:#f5f5f5;padding:1rem}a{color:#0b5394}"
                + "dt{font-weight:bold}dd{margin:0 0 .5rem}</style></head><body><main><h1>" + escape(title) + "</h1>"
                + body + "</main></body></html>";
    }

    private static String json(List<Message> messages) {
        StringBuilder json = new StringBuilder("[");
        for (Message m : messages) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append("{\"id\":").append(quote(m.id()))
                    .append(",\"received\":").append(quote(m.received().toString()))
                    .append(",\"from\":").append(quote(m.from()))
                    .append(",\"to\":[").append(String.join(",", m.to().stream().map(Mailbox::quote).toList())).append(']')
                    .append(",\"subject\":").append(quote(m.subject()))
                    .append(",\"date\":").append(quote(m.date()))
                    .append(",\"text\":").append(quote(m.text()))
                    .append(",\"links\":[").append(String.join(",", m.links().stream().map(Mailbox::quote).toList())).append("]}");
        }
        return json.append(']').toString();
    }

    private static String quote(String s) {
        StringBuilder q = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\r' -> q.append("\\r");
                case '\t' -> q.append("\\t");
                default -> {
                    if (c < 0x20) {
                        q.append(String.format("\\u%04x", (int) c));
                    } else {
                        q.append(c);
                    }
                }
            }
        }
        return q.append('"').toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
