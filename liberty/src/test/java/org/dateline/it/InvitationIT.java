package org.dateline.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An invitation from the office admin to the invited person's first day in the studio, in a real
 * browser with the test run's Keycloak and mailbox: mail that cannot be sent is said so on the
 * staff page and can be sent again; the e-mail's link lets the person set a password, and they then
 * sign in and land on their office's start page with the role they were given.
 */
@ExtendWith(ArquillianExtension.class)
class InvitationIT {

    private static final String STAFF = Browser.STUDIO + "staff/";
    private static final String PASSWORD = "A new password, 2026";

    private String invited;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.dateline(InvitationIT.class);
    }

    @AfterEach
    void removeInvitedPersonAndBringMailBack() {
        if (Inbox.isDown()) {
            Keycloak.startMailbox();
        }
        if (invited != null) {
            new RealmAsKeycloakSeesIt().deleteUserWithEmail(invited);
        }
    }

    @Test
    void anInvitedPersonSetsTheirPasswordFromTheEmailAndSignsInToTheirOffice() {
        invited = Newsroom.unique("first-day").toLowerCase().replaceAll("[^a-z0-9]+", ".") + "@example.org";
        try (Browser admin = new Browser()) {
            admin.open(STAFF);
            admin.signInOnKeycloak("george.admin");
            admin.awaitText(By.tagName("h1"), "Staff of Georgetown");

            Keycloak.stopMailbox();
            admin.await(By.id("staff:open-invite")).click();
            admin.await(By.id("invite:email")).sendKeys(invited);
            admin.driver().findElement(By.id("invite:first")).sendKeys("Nadira");
            admin.driver().findElement(By.id("invite:last")).sendKeys("Persaud");
            admin.driver().findElement(By.id("invite:send")).click();

            admin.awaitText(By.id("staff:messages"), "The account of " + invited + " was created with the author role, "
                    + "but the invitation e-mail could not be sent");
            assertThat(admin.driver().findElement(By.id("staff:people")).getText())
                    .contains("Nadira Persaud (invited, has not set a password yet)");
            assertThat(Inbox.isDown()).isTrue();

            Keycloak.startMailbox();
            admin.driver().findElement(By.xpath("//tr[contains(., 'Nadira Persaud')]//button[contains(., 'Resend invitation')]")).click();
            admin.awaitText(By.id("staff:messages"), "A new invitation went to " + invited + ", valid for 3 days.");
            String mailbox = admin.await(By.id("mailbox-link")).getAttribute("href");
            assertThat(mailbox).endsWith("/studio/mailbox.xhtml");
            // the demo's mailbox page shows the invitation, its link to follow
            admin.open(mailbox);
            admin.awaitText(By.tagName("main"), "Set up your Dateline studio account — " + invited);
        }

        JsonObject mail = Inbox.awaitMessages(invited, 1);
        assertThat(mail.getString("subject")).isEqualTo("Set up your Dateline studio account");
        assertThat(mail.getString("text")).startsWith("Hello Nadira,").contains("expires within 3 days");

        try (Browser newcomer = new Browser()) {
            // The e-mail's link, as the person would follow it.
            newcomer.open(Inbox.links(mail).get(0));
            if (!newcomer.driver().findElements(By.partialLinkText("Click here to proceed")).isEmpty()) {
                newcomer.driver().findElement(By.partialLinkText("Click here to proceed")).click();
            }
            newcomer.await(By.id("password-new")).sendKeys(PASSWORD);
            newcomer.driver().findElement(By.id("password-confirm")).sendKeys(PASSWORD);
            newcomer.driver().findElement(By.cssSelector("[type=submit]")).click();

            newcomer.awaitText(By.tagName("body"), "Your account has been updated");
            newcomer.driver().findElement(By.partialLinkText("Back to Application")).click();
            // Setting the password does not sign in: the studio sends them to Keycloak's sign-in page.
            newcomer.await(By.id("kc-login"));
            assertThat(newcomer.showsKeycloakSignIn()).isTrue();
            newcomer.signInOnKeycloak(invited, PASSWORD);

            newcomer.awaitText(By.id("office-name"), "Georgetown");
            assertThat(newcomer.driver().findElement(By.id("office-role")).getText()).isEqualTo("Author");
            assertThat(newcomer.driver().findElement(By.id("signed-in-as")).getText()).as("named as the admin invited them")
                    .isEqualTo("Nadira Persaud");
        }

        RealmAsKeycloakSeesIt keycloak = new RealmAsKeycloakSeesIt();
        JsonObject account = keycloak.userByEmail(invited).orElseThrow();
        assertThat(RealmAsKeycloakSeesIt.strings(account, "requiredActions")).as("nothing left to do").isEmpty();
        assertThat(account.getBoolean("emailVerified")).as("the link proved the address").isTrue();
        assertThat(keycloak.credentialsOf(account.getString("username"))).as("the password they chose, in Keycloak").isEqualTo(1);
    }
}
