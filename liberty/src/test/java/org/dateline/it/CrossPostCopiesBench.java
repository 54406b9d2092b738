package org.dateline.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A benchmark, not a test (its name keeps it out of the test run; {@code bench/crosspost-copies.sh}
 * runs it): one San José story with a live copy on each of {@code bench.copies} (100) offices' sites;
 * San José publishes a new revision, and readers of every copy's page (one poller per copy, each
 * asking again {@code bench.poll.ms} (20) ms after its answer) see the new title after how long,
 * counted from just before the publication was sent. Prints p50, p95 and max over the copies for each round, and how
 * long the publication itself took.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CrossPostCopiesBench {

    private static final String BASE = "http://localhost:" + System.getProperty("it.http.port", "9180");
    private static final int COPIES = Integer.getInteger("bench.copies", 100);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 5);
    /** How long each poller waits between two reads of its page: the figures' resolution, and what keeps 100 pollers from starving the server. */
    private static final int POLL_MS = Integer.getInteger("bench.poll.ms", 20);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NORMAL).executor(Executors.newFixedThreadPool(16)).build();

    private final HttpClient control = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.dateline(CopiesBenchDesk.class);
    }

    @Test
    void aNewRevisionAtTheOriginReachesEveryCopy() throws Exception {
        long started = System.nanoTime();
        String[] setup = post("copies=" + COPIES).split("\n");
        long story = Long.parseLong(setup[0].strip());
        List<String> pages = Arrays.stream(setup).skip(1).map(String::strip).filter(s -> !s.isEmpty())
                .map(url -> BASE + URI.create(url).getPath()).toList();
        System.out.printf("%n== cross-post copies: story %d of San José live on %d offices' sites (set up in %.1f s)%n", story, pages.size(),
                (System.nanoTime() - started) / 1e9);
        for (String page : pages) {
            get(page);
        }
        ExecutorService pollers = Executors.newFixedThreadPool(pages.size());
        try {
            for (int round = 1; round <= ROUNDS; round++) {
                String title = "Revision " + round + " " + UUID.randomUUID().toString().substring(0, 8);
                String version = post("story=" + story + "&title=" + URLEncoder.encode(title, StandardCharsets.UTF_8)).strip();
                long sent = System.nanoTime();
                List<Future<Long>> seen = new ArrayList<>();
                for (String page : pages) {
                    seen.add(pollers.submit(() -> {
                        while (true) {
                            String html = get(page);
                            if (html.contains(title)) {
                                return System.nanoTime() - sent;
                            }
                            if (System.nanoTime() - sent > 60_000_000_000L) {
                                throw new IllegalStateException(page + " never showed " + title);
                            }
                            Thread.sleep(POLL_MS);
                        }
                    }));
                }
                long publishMs = Long.parseLong(post("story=" + story + "&version=" + version).strip());
                long[] ms = new long[seen.size()];
                for (int i = 0; i < ms.length; i++) {
                    ms[i] = seen.get(i).get() / 1_000_000;
                }
                Arrays.sort(ms);
                System.out.printf("round %d: publish took %d ms; new title on the copies' pages after p50 %d ms, p95 %d ms, max %d ms"
                        + " (min %d ms, %d copies)%n", round, publishMs, ms[ms.length / 2], ms[(int) Math.ceil(ms.length * 0.95) - 1],
                        ms[ms.length - 1], ms[0], ms.length);
            }
        } finally {
            pollers.shutdownNow();
        }
    }

    /**
     * Sends the form on a client of its own: the pollers' connections reach the server's limit of
     * requests per connection (Liberty's maxKeepAliveRequests) often, and a publication must never be
     * sent twice.
     */
    private String post(String form) throws Exception {
        HttpResponse<String> response = control.send(HttpRequest.newBuilder(URI.create(BASE + "/test/bench/copies"))
                .timeout(Duration.ofMinutes(10)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private String get(String page) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(page)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
