package org.dateline.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing in to the studio with Keycloak in a real browser (headless Chromium), and signing out. */
@ExtendWith(ArquillianExtension.class)
class StudioSignInIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.dateline(StudioSignInIT.class);
    }

    @Test
    void editorSignsInLandsOnOfficeStartPageAndSignsOutOfKeycloakToo() {
        try (Browser browser = new Browser()) {
            browser.open(Browser.STUDIO);
            assertThat(browser.showsKeycloakSignIn()).as("Keycloak's sign-in page, at " + browser.driver().getCurrentUrl()).isTrue();

            browser.signInOnKeycloak("grace.editor");

            browser.awaitText(By.id("office-name"), "Georgetown");
            assertThat(browser.driver().getCurrentUrl()).startsWith(Browser.STUDIO);
            assertThat(browser.driver().findElement(By.id("office-role")).getText()).isEqualTo("Editor");
            assertThat(browser.driver().findElement(By.id("signed-in-as")).getText()).as("the person by name").isEqualTo("Grace Editor");
            assertThat(browser.driver().findElement(By.id("signed-in-as")).getAttribute("title")).isEqualTo("grace.editor");
            assertThat(browser.driver().findElements(By.id("panel-review"))).as("an editor's desk has what awaits review").isNotEmpty();
            assertThat(browser.driver().findElements(By.id("nav-review"))).as("and the review queue in the menu").isNotEmpty();
            assertThat(browser.driver().findElements(By.id("nav-staff"))).as("the staff page is for admins").isEmpty();

            browser.driver().findElement(By.id("sign-out")).click();
            browser.awaitText(By.tagName("h1"), "Signed out");

            browser.open(Browser.STUDIO);
            assertThat(browser.showsKeycloakSignIn()).as("Keycloak asks again: its session ended too").isTrue();
        }
    }

    @Test
    void personInTwoOfficesChoosesTheOfficeAndCanSwitch() {
        try (Browser browser = new Browser()) {
            browser.open(Browser.STUDIO);
            browser.signInOnKeycloak("tom.two-offices");

            browser.awaitText(By.tagName("h1"), "Which office are you working in?");
            browser.await(By.cssSelector("[data-office='georgetown']")).click();
            browser.awaitText(By.id("office-name"), "Georgetown");
            assertThat(browser.driver().findElement(By.id("office-role")).getText()).isEqualTo("Author");

            browser.driver().findElement(By.id("nav-offices")).click();
            browser.await(By.cssSelector("[data-office='san-jose']")).click();
            browser.awaitText(By.id("office-name"), "San José");
            assertThat(browser.driver().findElement(By.id("office-role")).getText()).isEqualTo("Editor");
        }
    }

    @Test
    void officeAdminSeesTheStaffPageInTheMenu() {
        try (Browser browser = new Browser()) {
            browser.open(Browser.STUDIO);
            browser.signInOnKeycloak("sara.admin");

            browser.awaitText(By.id("office-name"), "San José");
            assertThat(browser.driver().findElement(By.id("office-role")).getText()).isEqualTo("Office admin");
            assertThat(browser.driver().findElement(By.id("nav-staff")).getAttribute("href")).endsWith("/studio/staff/");
        }
    }

    @Test
    void personWithoutRoleIsToldSo() {
        try (Browser browser = new Browser()) {
            browser.open(Browser.STUDIO);
            browser.signInOnKeycloak("nora.nobody");

            browser.awaitText(By.id("no-role"), "You have no role in any office");
            assertThat(browser.driver().findElements(By.id("office-name"))).isEmpty();
        }
    }

    @Test
    void aFormSentToTheStudioFromAnotherSiteChangesNothing() throws Exception {
        try (Browser browser = new Browser()) {
            browser.open(Browser.STUDIO);
            browser.signInOnKeycloak("eli.editor");
            browser.awaitText(By.id("office-name"), "San José");
            String cookies = browser.driver().manage().getCookies().stream()
                    .map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));

            HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
            HttpResponse<String> fromElsewhere = http.send(HttpRequest.newBuilder(URI.create(Browser.STUDIO + "signout"))
                    .header("Cookie", cookies).header("Origin", "http://elsewhere.example")
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(fromElsewhere.statusCode()).isEqualTo(403);
            assertThat(fromElsewhere.body()).contains("from another site, so nothing was changed");
            browser.open(Browser.STUDIO);
            browser.awaitText(By.id("office-name"), "San José");
            assertThat(browser.driver().findElement(By.id("signed-in-as")).getText()).as("still signed in").isEqualTo("Eli Editor");
            assertThat(browser.driver().manage().getCookies()).as("the studio's cookies stay on its own site")
                    .anySatisfy(c -> assertThat(c.getName()).isEqualTo("JSESSIONID"))
                    .allSatisfy(c -> assertThat(c.getSameSite()).as(c.getName()).isEqualTo("Lax"));

            browser.driver().findElement(By.id("sign-out")).click();
            browser.awaitText(By.tagName("h1"), "Signed out");
        }
    }
}
