package org.dateline.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keycloak stops while the server runs: the reader sites go on, the studio says that sign-in is
 * unavailable (503, no stack trace) instead of sending the browser to a dead Keycloak, and once
 * Keycloak is back people sign in again without a restart of the server. The node stays ready
 * (its readiness reports Keycloak's state without failing on it).
 */
@ExtendWith(ArquillianExtension.class)
class KeycloakDownIT {

    private static final String SERVER = "http://localhost:" + System.getProperty("it.http.port", "9180");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.dateline(KeycloakDownIT.class);
    }

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void studioSaysSignInIsUnavailableWhileKeycloakIsDownAndSignsInOnceItIsBack() throws Exception {
        assertThat(get(SERVER + "/san-jose/").statusCode()).isEqualTo(200);
        Keycloak.stop();
        try {
            HttpResponse<String> studio = get(SERVER + "/studio/");
            assertThat(studio.statusCode()).isEqualTo(302);
            String signIn = studio.headers().firstValue("Location").orElseThrow();
            assertThat(signIn).startsWith(SERVER + "/studio/signin/keycloak");

            HttpResponse<String> unavailable = get(signIn);

            assertThat(unavailable.statusCode()).isEqualTo(503);
            assertThat(unavailable.body()).contains("Sign-in is unavailable").doesNotContain("Exception").doesNotContain("at org.");
            assertThat(get(SERVER + "/san-jose/").statusCode()).as("the reader site").isEqualTo(200);
            assertThat(get(SERVER + "/").statusCode()).as("the network's front page").isEqualTo(200);
            // the node stays in the load balancer: Keycloak's state is reported, never a reason to take it out
            HttpResponse<String> ready = get(SERVER + "/health/ready");
            assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
            assertThat(ready.body()).contains("unavailable: Keycloak does not answer");
        } finally {
            Keycloak.start();
        }

        try (Browser browser = new Browser()) {
            browser.open(Browser.STUDIO);
            browser.signInOnKeycloak("eli.editor");
            browser.awaitText(By.id("office-name"), "San José");
        }
        assertThat(new NewsroomApi().get("will.editor", "washington/stories").status())
                .as("a token of the Keycloak that is back is accepted").isEqualTo(200);
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
