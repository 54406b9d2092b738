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
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A benchmark, not a test (its name keeps it out of the test run; bench/newsletter-send.sh runs
 * it): one issue mailed to {@code bench.subscribers} (10,000) confirmed subscribers of Washington
 * through the test run's mail server. Prints how long the sending took, its rate, and the
 * server's memory while it ran (resident set and heap used, sampled every half second).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NewsletterSendBench {

    private static final String BASE = "http://localhost:" + System.getProperty("it.http.port", "9180") + "/test/desk/mailing";
    private static final int SUBSCRIBERS = Integer.getInteger("bench.subscribers", 10_000);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.dateline(Mailroom.class);
    }

    @Test
    void oneIssueToTheWholeList() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String prefix = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        long started = System.nanoTime();
        HttpResponse<String> start = http.send(HttpRequest.newBuilder(URI.create(BASE + "?office=washington&subscribers=" + SUBSCRIBERS
                + "&prefix=" + prefix)).POST(HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofMinutes(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(start.statusCode()).as(start.body()).isEqualTo(200);
        String issue = start.body().strip();
        long queued = System.nanoTime();
        long rssMax = 0;
        long heapMax = 0;
        String[] progress;
        do {
            Thread.sleep(500);
            progress = get(http, issue);
            rssMax = Math.max(rssMax, Long.parseLong(progress[5]));
            heapMax = Math.max(heapMax, Long.parseLong(progress[6]));
        } while (!progress[0].equals("DONE") && System.nanoTime() - started < Duration.ofMinutes(30).toNanos());
        double seconds = (System.nanoTime() - queued) / 1e9;
        long sent = Long.parseLong(progress[1]);
        System.out.printf("%n== newsletter send: %d subscribers%n", SUBSCRIBERS);
        System.out.printf("list written, issue published and mailing started in %.1f s%n", (queued - started) / 1e9);
        System.out.printf("sent %d, failed %s, left %s in %.1f s: %.0f messages/s%n", sent, progress[2], progress[3], seconds, sent / seconds);
        System.out.printf("server memory while sending: RSS at most %d MB, heap used at most %d MB%n", rssMax / 1024, heapMax / 1024);
        assertThat(progress[0]).isEqualTo("DONE");
    }

    /** The mailing's progress with the server's memory. */
    private static String[] get(HttpClient http, String issue) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(BASE + "?office=washington&issue=" + issue + "&memory"))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        return response.body().strip().split(" ");
    }
}
