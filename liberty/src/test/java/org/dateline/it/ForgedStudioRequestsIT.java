package org.dateline.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The studio's changes cannot be forged. The attacker is an office admin (george.admin of
 * Georgetown) who copies the invite form of his own staff page, view state and all, and gets it
 * sent in the name of San José's admin (sara.admin) to make nora.nobody, who works nowhere, an admin
 * of San José: as a link, as an image on a page of the same site, and as a form posted from such a
 * page. Each time the studio refuses with 403, and nora.nobody's groups in Keycloak stay as they were.
 */
@ExtendWith(ArquillianExtension.class)
class ForgedStudioRequestsIT {

    static final String ORIGIN = "http://localhost:" + System.getProperty("it.http.port", "9180");
    static final String VICTIM_OFFICE = "san-jose";

    static String copiedViewState;
    static String copiedToken;

    final RealmAsKeycloakSeesIt keycloak = new RealmAsKeycloakSeesIt();
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.dateline(ForgedStudioRequestsIT.class);
    }

    /** George signs in and copies what his own staff page gives him: the invite form's view state and his studio token. */
    @BeforeAll
    static void georgeCopiesHisInviteForm() {
        try (Browser george = new Browser()) {
            george.open(Browser.STUDIO + "staff/");
            george.signInOnKeycloak("george.admin");
            george.await(By.id("staff:people"));
            copiedViewState = george.driver().findElement(By.cssSelector("#invite input[name='jakarta.faces.ViewState']"))
                    .getAttribute("value");
            copiedToken = george.driver().findElement(By.cssSelector("meta[name='dateline-token']")).getAttribute("content");
        }
        assertThat(copiedViewState).isNotBlank();
        assertThat(copiedToken).isNotBlank();
    }

    /** The invite form's fields, filled to make nora.nobody an admin of San José, with George's view state. */
    static Map<String, String> inviteNoraAsAdmin() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("office", VICTIM_OFFICE);
        fields.put("invite", "invite");
        fields.put("invite:email", "nora.nobody@dateline.localhost");
        fields.put("invite:first", "Nora");
        fields.put("invite:last", "Nobody");
        fields.put("invite:role_input", "admin");
        fields.put("invite:send", "invite:send");
        fields.put("jakarta.faces.ViewState", copiedViewState);
        return fields;
    }

    static String query(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    static String trapLink() {
        return Browser.STUDIO + "staff/index.xhtml?" + query(inviteNoraAsAdmin());
    }

    /** Sara, signed in to the studio in her own browser; her cookies, as her browser sends them along. */
    static String cookiesOf(Browser browser) {
        return browser.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
    }

    static Browser saraSignedIn() {
        Browser sara = new Browser();
        sara.open(Browser.STUDIO);
        sara.signInOnKeycloak("sara.admin");
        sara.awaitText(By.id("office-name"), "San José");
        return sara;
    }

    Set<String> noraGroups() {
        return keycloak.groupsOf("nora.nobody");
    }

    @Test
    void aLinkThatCarriesACopiedFormIsRefusedAndChangesNothing() throws Exception {
        Set<String> before = noraGroups();
        try (Browser sara = saraSignedIn()) {
            sara.open(trapLink());
            assertThat(sara.driver().findElement(By.tagName("body")).getText())
                    .contains("only the studio's own pages may send, so nothing was changed");

            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(trapLink()))
                    .header("Cookie", cookiesOf(sara)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(403);
        }
        assertThat(noraGroups()).isEqualTo(before).doesNotContain("/offices/san-jose/admins");
    }

    @Test
    void anImageOnAPageOfTheSameSiteIsRefusedAndChangesNothing() throws Exception {
        Set<String> before = noraGroups();
        String trap = "<!DOCTYPE html><html lang=\"en\"><head><title>Migrants and the storm season</title></head><body>"
                + "<h1>Migrants and the storm season</h1><p>A story.</p>"
                + "<img id=\"trap\" alt=\"\" src=\"" + trapLink().replace("&", "&amp;") + "\"></body></html>";
        HttpResponse<String> put = http.send(HttpRequest.newBuilder(URI.create(ORIGIN + "/test/pages/storm-season"))
                .PUT(HttpRequest.BodyPublishers.ofString(trap)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(put.statusCode()).isEqualTo(204);
        try (Browser sara = saraSignedIn()) {
            sara.open(ORIGIN + "/test/pages/storm-season");
            sara.awaitText(By.tagName("h1"), "Migrants and the storm season");
            Object statuses = ((org.openqa.selenium.JavascriptExecutor) sara.driver()).executeAsyncScript("""
                    var done = arguments[arguments.length - 1], img = document.getElementById('trap');
                    function statuses() {
                        done(performance.getEntriesByType('resource').filter(function (e) { return e.name.indexOf('/studio/staff/') > 0; })
                            .map(function (e) { return e.responseStatus; }));
                    }
                    if (img.complete) { statuses(); } else { img.onload = statuses; img.onerror = statuses; }""");
            assertThat(statuses).as("the browser fetched the image's address in Sara's name, and the studio refused it")
                    .asList().containsExactly(403L);
        }
        assertThat(noraGroups()).isEqualTo(before).doesNotContain("/offices/san-jose/admins");
    }

    @Test
    void aFormPostedFromAPageOfTheSameSiteWithoutSarasTokenIsRefusedAndChangesNothing() throws Exception {
        Set<String> before = noraGroups();
        try (Browser sara = saraSignedIn()) {
            for (String token : new String[]{null, copiedToken}) {
                Map<String, String> fields = inviteNoraAsAdmin();
                if (token != null) {
                    fields.put("dateline.token", token);
                }
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(Browser.STUDIO + "staff/index.xhtml"))
                        .header("Cookie", cookiesOf(sara)).header("Origin", ORIGIN)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(query(fields))).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).as("with " + (token == null ? "no token" : "George's token")).isEqualTo(403);
                assertThat(answer.body()).contains("nothing was changed");
            }
        }
        assertThat(noraGroups()).isEqualTo(before).doesNotContain("/offices/san-jose/admins");
    }

    @Test
    void signingOutTakesAPostOfTheStudiosOwnPage() throws Exception {
        try (Browser sara = saraSignedIn()) {
            HttpResponse<String> link = http.send(HttpRequest.newBuilder(URI.create(Browser.STUDIO + "signout"))
                    .header("Cookie", cookiesOf(sara)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(link.statusCode()).isEqualTo(405);
            HttpResponse<String> withoutToken = http.send(HttpRequest.newBuilder(URI.create(Browser.STUDIO + "signout"))
                    .header("Cookie", cookiesOf(sara)).header("Origin", ORIGIN).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(withoutToken.statusCode()).isEqualTo(403);

            sara.open(Browser.STUDIO);
            sara.awaitText(By.id("office-name"), "San José");
            assertThat(sara.driver().findElement(By.id("signed-in-as")).getText()).as("still signed in").isEqualTo("Sara Admin");
            sara.driver().findElement(By.id("sign-out")).click();
            sara.awaitText(By.tagName("h1"), "Signed out");
        }
    }

    @Test
    void noOtherSiteMayFrameTheStudio() throws Exception {
        try (Browser sara = saraSignedIn()) {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(Browser.STUDIO + "index.xhtml"))
                    .header("Cookie", cookiesOf(sara)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue("frame-ancestors 'none'");
            assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        }
    }
}
