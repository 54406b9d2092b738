package org.dateline.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The studio's staff page as an office admin uses it: signed in with Keycloak in a real browser
 * (headless Chromium), the people of the office, an invitation sent from the page and found in
 * Keycloak itself. {@link InvitationIT} follows an invitation to the invited person's first sign-in.
 */
@ExtendWith(ArquillianExtension.class)
class StaffPageIT {

    private static final String STAFF = Browser.STUDIO + "staff/";

    private final List<String> invited = new ArrayList<>();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.dateline(StaffPageIT.class);
    }

    @AfterEach
    void removeInvitedPeople() {
        RealmAsKeycloakSeesIt keycloak = new RealmAsKeycloakSeesIt();
        invited.forEach(keycloak::deleteUserWithEmail);
    }

    @Test
    void adminSeesTheOfficesPeopleAndTheirRolesOnly() {
        try (Browser browser = new Browser()) {
            browser.open(STAFF);
            browser.signInOnKeycloak("sara.admin");

            browser.awaitText(By.tagName("h1"), "Staff of San José");
            String people = browser.await(By.id("staff:people")).getText();
            assertThat(people).contains("Sara Admin", "sara.admin@dateline.localhost", "Eli Editor", "Tom Two-Offices",
                    "Make editor", "Remove admin");
            assertThat(people).as("people of other offices").doesNotContain("Gabe Author", "Grace Editor", "Rita Regional");
        }
    }

    @Test
    void invitationSentFromThePageCreatesTheAccountInKeycloakAndPointsToTheMailbox() {
        String email = Newsroom.unique("invitee").toLowerCase().replaceAll("[^a-z0-9]+", ".") + "@example.org";
        invited.add(email);
        try (Browser browser = new Browser()) {
            browser.open(STAFF);
            browser.signInOnKeycloak("sara.admin");
            browser.awaitText(By.tagName("h1"), "Staff of San José");

            browser.await(By.id("staff:open-invite")).click();
            browser.await(By.id("invite:email")).sendKeys(email);
            browser.driver().findElement(By.id("invite:first")).sendKeys("Paula");
            browser.driver().findElement(By.id("invite:last")).sendKeys("Ortiz Vega");
            browser.driver().findElement(By.id("invite:send")).click();

            browser.awaitText(By.id("staff:messages"), "Invited " + email + " as author. They have been e-mailed a link");
            assertThat(browser.await(By.id("mailbox-link")).getAttribute("href")).endsWith("/studio/mailbox.xhtml");
            assertThat(browser.driver().findElement(By.id("staff:people")).getText())
                    .contains("Paula Ortiz Vega (invited, has not set a password yet)");
            assertThat(browser.driver().findElement(By.id("staff:changes")).getText()).as("the office's trail, in words")
                    .contains("sara.admin Invited as author " + email);
        }
        RealmAsKeycloakSeesIt keycloak = new RealmAsKeycloakSeesIt();
        String username = keycloak.userByEmail(email).orElseThrow().getString("username");
        assertThat(keycloak.groupsOf(username)).containsExactly("/offices/san-jose/authors");
        assertThat(keycloak.credentialsOf(username)).as("the CMS sets no password").isZero();
    }

    @Test
    void anEditorIsToldTheStaffPageIsNotForThem() {
        try (Browser browser = new Browser()) {
            browser.open(STAFF);
            browser.signInOnKeycloak("eli.editor");

            browser.awaitText(By.tagName("body"), "You are not an admin of San José, so you cannot manage its staff.");
            assertThat(browser.driver().findElements(By.id("staff:people"))).isEmpty();
        }
    }
}
