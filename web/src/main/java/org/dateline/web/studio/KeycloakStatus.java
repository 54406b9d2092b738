package org.dateline.web.studio;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Whether Keycloak answers, asked before anyone is sent to it. A short timeout, and an answer
 * kept for two seconds only, so that a Keycloak that comes back is used again at once.
 */
@ApplicationScoped
public class KeycloakStatus {

    private static final Logger LOG = Logger.getLogger(KeycloakStatus.class.getName());
    private static final Duration TIMEOUT = Duration.ofMillis(1500);
    private static final Duration KEPT = Duration.ofSeconds(2);

    @Inject
    @ConfigProperty(name = "dateline.keycloak.url", defaultValue = "http://localhost:8180")
    String url;

    @Inject
    @ConfigProperty(name = "dateline.keycloak.realm", defaultValue = "dateline")
    String realm;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final Clock clock = Clock.systemUTC();

    private record Answer(boolean up, Instant at) {
    }

    private volatile Answer last = new Answer(false, Instant.EPOCH);

    /** The realm's URL: {@code http://localhost:8180/realms/dateline}. */
    public String realmUrl() {
        return url.replaceAll("/+$", "") + "/realms/" + realm;
    }

    public boolean answers() {
        Answer answer = last;
        if (answer.at().plus(KEPT).isAfter(clock.instant())) {
            return answer.up();
        }
        boolean up = ask();
        if (answer.up() != up) {
            LOG.info(() -> "Keycloak at " + realmUrl() + (up ? " answers again" : " does not answer"));
        }
        last = new Answer(up, clock.instant());
        return up;
    }

    private boolean ask() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(realmUrl() + "/.well-known/openid-configuration"))
                .timeout(TIMEOUT).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
