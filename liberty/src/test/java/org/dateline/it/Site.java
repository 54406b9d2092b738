package org.dateline.it;

import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A reader's view of the sites: plain HTTP requests to the server the tests run in. */
public final class Site {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();

    private static final HttpClient NO_REDIRECTS = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String base;

    public Site(HttpServletRequest request) {
        this.base = "http://localhost:" + request.getLocalPort();
    }

    public Page get(String path, String... headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET();
            if (headers.length > 0) {
                request.headers(headers);
            }
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), response.body(), response.headers().firstValue("Set-Cookie").orElse(null),
                    response.headers().map());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A form posted as a browser posts it ({@code name}, {@code value}, … URL-encoded), redirects not followed. */
    public Page post(String path, String... fields) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            body.append(body.length() == 0 ? "" : "&").append(java.net.URLEncoder.encode(fields[i], java.nio.charset.StandardCharsets.UTF_8))
                    .append('=').append(java.net.URLEncoder.encode(fields[i + 1], java.nio.charset.StandardCharsets.UTF_8));
        }
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
            HttpResponse<String> response = NO_REDIRECTS.send(request, HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), response.body(), response.headers().firstValue("Set-Cookie").orElse(null),
                    response.headers().map());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A request with the given Host header, as a browser on that host name would send it. */
    public Page getFromHost(String host, String path, String... headers) {
        return raw("GET " + path + " HTTP/1.1", host, headers);
    }

    /**
     * A request as a client that is not a browser may send it, line by line: any request line
     * (an absolute URL in it, say), any Host header, any other headers ({@code name}, {@code value}, …).
     */
    public Page raw(String requestLine, String host, String... headers) {
        return rawFrom(null, requestLine, host, null, headers);
    }

    /**
     * The same from another client: a request sent from {@code from} (a loopback address such as
     * 127.0.0.9, or null for any), with {@code payload} as its body (or none).
     */
    public Page rawFrom(String from, String requestLine, String host, String payload, String... headers) {
        int port = Integer.parseInt(base.substring(base.lastIndexOf(':') + 1));
        StringBuilder request = new StringBuilder(requestLine).append("\r\nHost: ").append(host).append("\r\n");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        byte[] content = payload == null ? new byte[0] : payload.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (payload != null) {
            request.append("Content-Length: ").append(content.length).append("\r\n");
        }
        request.append("Connection: close\r\n\r\n");
        if (payload != null) {
            request.append(payload);
        }
        try (Socket socket = from == null ? new Socket("localhost", port)
                : new Socket(java.net.InetAddress.getByName("127.0.0.1"), port, java.net.InetAddress.getByName(from), 0)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.US_ASCII));
            byte[] raw = socket.getInputStream().readAllBytes();
            String head = new String(raw, 0, indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII)), StandardCharsets.ISO_8859_1);
            int status = Integer.parseInt(head.substring(9, 12));
            Map<String, List<String>> fields = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    fields.computeIfAbsent(line.substring(0, colon).strip(), k -> new java.util.ArrayList<>()).add(line.substring(colon + 1).strip());
                }
            }
            byte[] body = java.util.Arrays.copyOfRange(raw, head.length() + 4, raw.length);
            boolean chunked = fields.getOrDefault("Transfer-Encoding", List.of()).stream().anyMatch(v -> v.equalsIgnoreCase("chunked"));
            return new Page(status, new String(chunked ? unchunked(body) : body, StandardCharsets.UTF_8), null, fields);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] unchunked(byte[] body) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int at = 0;
        while (at < body.length) {
            int lineEnd = indexOf(java.util.Arrays.copyOfRange(body, at, body.length), new byte[]{'\r', '\n'}) + at;
            String sizeLine = new String(body, at, lineEnd - at, StandardCharsets.US_ASCII);
            int size = Integer.parseInt(sizeLine.split(";")[0].strip(), 16);
            if (size == 0) {
                break;
            }
            out.write(body, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] bytes, byte[] what) {
        for (int i = 0; i + what.length <= bytes.length; i++) {
            if (java.util.Arrays.equals(bytes, i, i + what.length, what, 0, what.length)) {
                return i;
            }
        }
        throw new IllegalStateException("not an HTTP answer: " + new String(bytes, StandardCharsets.ISO_8859_1));
    }

    public record Page(int status, String html, String setCookie, Map<String, List<String>> headers) {

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }
}
