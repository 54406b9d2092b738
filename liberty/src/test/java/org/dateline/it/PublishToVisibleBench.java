package org.dateline.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A benchmark, not a test (its name keeps it out of the test run; {@code bench/publish-to-visible.sh}
 * runs it): an author writes a story and sends it for review, and the office's editor publishes it
 * through the newsroom API with a real Keycloak token, while readers keep San José's home page and
 * topic page cached ({@code bench.readers} (8) of them, each asking again as soon as answered). From
 * just before the editor's publish is sent, one poller per page (every {@code bench.poll.ms} (10) ms)
 * reads the home page, the topic page, the story's own page and the site's search until each shows
 * the new story (links to it). Prints, over {@code bench.rounds} (20) rounds, p50, p95 and max per page and the
 * publish request's own time.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublishToVisibleBench {

    private static final String BASE = "http://localhost:" + System.getProperty("it.http.port", "9180");
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 20);
    private static final int READERS = Integer.getInteger("bench.readers", 8);
    private static final int POLL_MS = Integer.getInteger("bench.poll.ms", 10);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NORMAL).executor(Executors.newFixedThreadPool(8)).build();

    private final NewsroomApi api = new NewsroomApi();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.dateline(PublishToVisibleBench.class);
    }

    @Test
    void anEditorsPublishShowsOnTheReaderSite() throws Exception {
        Map<String, List<Long>> seen = new LinkedHashMap<>();
        List<Long> publishing = new ArrayList<>();
        AtomicBoolean reading = new AtomicBoolean(true);
        AtomicLong reads = new AtomicLong();
        ExecutorService readers = Executors.newFixedThreadPool(READERS);
        ExecutorService pollers = Executors.newFixedThreadPool(4);
        String home = BASE + "/san-jose/";
        String topic = BASE + "/san-jose/topics/labour-migration";
        for (int i = 0; i < READERS; i++) {
            String page = i % 2 == 0 ? home : topic;
            readers.submit(() -> {
                while (reading.get()) {
                    get(page);
                    reads.incrementAndGet();
                }
                return null;
            });
        }
        long started = System.nanoTime();
        try {
            for (int round = 1; round <= ROUNDS; round++) {
                String word = "bench" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
                String title = "Publish to visible " + round + " " + word;
                NewsroomApi.Answer created = api.call("ana.author", "POST", "san-jose/stories", "{\"title\":\"" + title
                        + "\",\"dateline\":\"San José\",\"lead\":\"A lead.\",\"body\":\"<p>Text of " + title
                        + ".</p>\",\"topics\":[\"Labour migration\"]}");
                check(created, 201);
                NewsroomApi.Answer submitted = api.post("ana.author", "san-jose/stories/" + created.id() + "/submit?version=" + created.version());
                check(submitted, 200);
                api.get("eli.editor", "san-jose/stories/" + created.id()); // the editor's token fetched before the clock starts
                String story = BASE + "/san-jose/stories/" + created.id();
                // each page links to the story (the search page marks the searched word in its title)
                String link = "/san-jose/stories/" + created.id() + "-";
                Map<String, String> pages = new LinkedHashMap<>();
                pages.put("home page", home);
                pages.put("topic page", topic);
                pages.put("story page", story);
                pages.put("search", BASE + "/san-jose/search?q=" + word);
                long sent = System.nanoTime();
                Map<String, Future<Long>> waits = new LinkedHashMap<>();
                pages.forEach((name, url) -> waits.put(name, pollers.submit(() -> {
                    while (true) {
                        HttpResponse<String> page = response(url);
                        if (page.statusCode() == 200 && page.body().contains(link)) {
                            return System.nanoTime() - sent;
                        }
                        if (System.nanoTime() - sent > 30_000_000_000L) {
                            throw new IllegalStateException(name + " never showed " + title);
                        }
                        Thread.sleep(POLL_MS);
                    }
                })));
                long before = System.nanoTime();
                check(api.post("eli.editor", "san-jose/stories/" + created.id() + "/publish?version=" + submitted.version()), 200);
                publishing.add((System.nanoTime() - before) / 1_000_000);
                for (Map.Entry<String, Future<Long>> wait : waits.entrySet()) {
                    seen.computeIfAbsent(wait.getKey(), k -> new ArrayList<>()).add(wait.getValue().get() / 1_000_000);
                }
            }
        } finally {
            reading.set(false);
            readers.shutdown();
            pollers.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("%n== publish to visible: %d stories published by eli.editor through the newsroom API while %d readers"
                + " read San José's home and topic pages (%.0f reads/s)%n", ROUNDS, READERS, reads.get() / seconds);
        System.out.println("publish request " + figures(publishing));
        seen.forEach((page, ms) -> System.out.println("visible on the " + page + " " + figures(ms) + " (target ≤ 1,000 ms)"));
    }

    private static String figures(List<Long> values) {
        long[] ms = values.stream().mapToLong(Long::longValue).sorted().toArray();
        return String.format("after p50 %d ms, p95 %d ms, max %d ms (min %d ms, %d rounds)", ms[ms.length / 2],
                ms[(int) Math.ceil(ms.length * 0.95) - 1], ms[ms.length - 1], ms[0], ms.length);
    }

    private static void check(NewsroomApi.Answer answer, int status) {
        if (answer.status() != status) {
            throw new IllegalStateException("HTTP " + answer.status() + ": " + answer.json());
        }
    }

    private HttpResponse<String> response(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private void get(String url) {
        try {
            response(url);
        } catch (Exception e) {
            // a reader's failed read counts as nothing
        }
    }
}
