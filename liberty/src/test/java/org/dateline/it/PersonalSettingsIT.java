package org.dateline.it;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.dateline.identity.boundary.PersonalSettings;
import org.dateline.identity.entity.NotSignedIn;
import org.dateline.identity.entity.PersonSettings;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A person's own settings, stored in the database: the same whichever office they work in, and
 * nobody else's to read or change, since the boundary only knows the caller.
 */
@ExtendWith(ArquillianExtension.class)
class PersonalSettingsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.dateline(PersonalSettingsIT.class);
    }

    @EJB
    PersonalSettings settings;

    @Inject
    HttpServletRequest request;

    SignedIn signedIn;

    @BeforeEach
    @AfterEach
    void everyoneFollowsTheirBrowser() {
        signedIn = new SignedIn(request);
        for (String person : new String[]{"tom.two-offices", "gabe.author"}) {
            signedIn.run(person, () -> settings.chooseLanguage(null));
        }
    }

    @Test
    void aPersonsLanguageIsStoredForThemAloneAndHoldsInEveryOfficeTheyWorkIn() {
        PersonSettings chosen = signedIn.as("tom.two-offices", () -> settings.chooseLanguage("es"));
        assertThat(chosen.language()).contains("es");

        PersonSettings read = signedIn.as("tom.two-offices", () -> settings.mine());
        assertThat(read.username()).isEqualTo("tom.two-offices");
        assertThat(read.language()).as("stored, and not per office: Tom works in San José and Georgetown").contains("es");
        assertThat(read.mailNotifications()).as("mail is on until the person turns it off").isTrue();
        assertThat(signedIn.as("gabe.author", () -> settings.mine()).language())
                .as("another person of one of Tom's offices keeps their own").isEmpty();

        signedIn.run("tom.two-offices", () -> settings.chooseLanguage(null));
        assertThat(signedIn.as("tom.two-offices", () -> settings.mine()).language()).as("following the browser again").isEmpty();
    }

    @Test
    void someoneWhoNeverChoseGetsTheDefaults() {
        PersonSettings defaults = signedIn.as("gabe.author", () -> settings.mine());
        assertThat(defaults.language()).isEmpty();
        assertThat(defaults.mailNotifications()).isTrue();
    }

    @Test
    void nothingButALanguageCodeIsStoredAndNobodyUnsignedHasSettings() {
        assertThatThrownBy(() -> signedIn.run("gabe.author", () -> settings.chooseLanguage("<script>")))
                .isInstanceOf(EJBException.class).hasRootCauseInstanceOf(IllegalArgumentException.class);
        assertThat(signedIn.as("gabe.author", () -> settings.mine()).language()).isEmpty();

        assertThatThrownBy(() -> settings.chooseLanguage("es")).as("this test's own request is nobody's").isInstanceOf(NotSignedIn.class);
        assertThatThrownBy(() -> settings.mine()).isInstanceOf(NotSignedIn.class);
    }
}
