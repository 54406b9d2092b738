package org.dateline.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The story a person is writing survives the end of their sign-in: saving after it lapsed takes
 * them through sign-in and back to their story with the unsaved text in place, which they then save.
 */
@ExtendWith(ArquillianExtension.class)
class StudioDraftIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.dateline(StudioDraftIT.class);
    }

    @Test
    void unsavedTextSurvivesALapsedSignInAndIsSavedAfterSigningInAgain() {
        String title = Newsroom.unique("Storm season");
        String unsaved = "A paragraph typed while the sign-in lapsed " + title + ".";
        try (Browser browser = new Browser()) {
            String storyUrl = savedByAnAuthor(browser, title);

            StoryEditorIT.body(browser).sendKeys(Keys.chord(Keys.CONTROL, "a"), unsaved);
            browser.forgetSignIns();
            browser.driver().findElement(By.id("save")).click();

            browser.await(By.id("username"));
            assertThat(browser.showsKeycloakSignIn()).isTrue();
            browser.signInOnKeycloak("ana.author");

            browser.await(By.id("draft-notice"));
            assertThat(browser.driver().getCurrentUrl()).isEqualTo(storyUrl);
            assertThat(browser.driver().findElement(By.id("draft-notice-text")).getText()).contains("unsaved text");
            assertThat(bodyOf(browser)).isEqualTo("<p>" + unsaved + "</p>");

            browser.driver().findElement(By.id("save")).click();
            browser.awaitText(By.id("editor:messages"), "Saved.");
            browser.open(storyUrl);
            browser.await(By.cssSelector("#editor\\:body .ql-editor"));
            assertThat(bodyOf(browser)).contains(unsaved);
            assertThat(browser.driver().findElement(By.id("draft-notice")).isDisplayed()).isFalse();
        }
    }

    @Test
    void submittingForReviewSavesWhatWasTypedFirst() {
        String title = Newsroom.unique("Typed, then submitted");
        try (Browser browser = new Browser()) {
            String storyUrl = savedByAnAuthor(browser, title);

            StoryEditorIT.body(browser).sendKeys(Keys.chord(Keys.CONTROL, "a"), "The version the editor should see.", Keys.ENTER, "In two lines.");
            browser.driver().findElement(By.id("submit")).click();

            browser.awaitText(By.id("editor:messages"), "Saved and submitted for review.");
            browser.open(storyUrl);
            browser.awaitText(By.id("story-state"), "In review");
            browser.await(By.cssSelector("#editor\\:body .ql-editor"));
            assertThat(bodyOf(browser))
                    .contains("The version the editor should see.").contains("In two lines.");
            assertThat(browser.driver().findElement(By.id("draft-notice")).isDisplayed()).as("nothing left unsaved").isFalse();
        }
    }

    /** The body's text as the page would save it. */
    private static String bodyOf(Browser browser) {
        return String.valueOf(((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("return Studio.read('body')"));
    }

    /** A San José author signs in, writes a story and saves it: the story's address in the studio. */
    private static String savedByAnAuthor(Browser browser, String title) {
        browser.open(Browser.STUDIO + "story.xhtml");
        browser.signInOnKeycloak("ana.author");
        browser.await(By.id("editor:title")).sendKeys(title);
        StoryEditorIT.body(browser).sendKeys("First version.");
        browser.driver().findElement(By.id("save")).click();
        browser.awaitText(By.id("editor:messages"), "Story saved");
        String storyUrl = browser.driver().getCurrentUrl();
        assertThat(storyUrl).contains("story.xhtml?id=");
        return storyUrl;
    }
}
