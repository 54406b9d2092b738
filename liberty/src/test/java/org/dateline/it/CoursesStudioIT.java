package org.dateline.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * San José's editor writes a course in the studio, in headless Chromium signed in with the test
 * run's Keycloak, takes it through review to publication with the page's buttons, and finds it on
 * the office's courses page; the editor and the reader page have no axe-core violation, and their
 * screenshots are in {@code target/screenshots/}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CoursesStudioIT {

    private static final String BASE = "http://localhost:" + System.getProperty("it.http.port", "9180");
    private static final Path SCREENSHOTS = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.dateline(CoursesStudioIT.class);
    }

    @Test
    void editorCreatesAndPublishesACourseThatShowsOnTheSitesCoursesPage() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String title = "Protection of migrant children " + marker;
        String topic = "Child protection " + marker;
        String axe = AccessibilityIT.axe();
        try (Browser browser = new Browser()) {
            browser.open(Browser.STUDIO + "courses/course.xhtml");
            browser.signInOnKeycloak("eli.editor");
            browser.await(By.id("course:title")).sendKeys(title);
            WebDriver page = browser.driver();
            page.findElement(By.id("course:provider")).sendKeys("IOM and UNICEF");
            page.findElement(By.id("course:summary")).sendKeys("Six modules for case workers on identifying and referring"
                    + " unaccompanied children.");
            page.findElement(By.id("course:topics")).sendKeys(topic);
            page.findElement(By.id("course:link")).sendKeys("https://www.example.org/children");
            page.findElement(By.id("course:certificate")).click();
            page.findElement(By.id("course:save")).click();

            browser.awaitText(By.id("course-state"), "Draft");
            assertThat(page.getCurrentUrl()).contains("/studio/courses/course.xhtml?id=");
            assertThat(page.findElements(By.id("course:publish"))).as("a draft is submitted before it is published").isEmpty();
            page.findElement(By.id("course:submit")).click();
            browser.awaitText(By.id("course-state"), "In review");
            page.findElement(By.id("course:publish")).click();
            browser.awaitText(By.id("course-state"), "Published");
            assertThat(page.findElement(By.id("course:messages")).getText()).contains("Published");
            assertThat(page.findElements(By.id("course:unpublish"))).hasSize(1);
            browser.screenshot(SCREENSHOTS.resolve("courses-studio-editor-published.png"));
            assertThat(AccessibilityIT.violations((JavascriptExecutor) page, axe)).as("axe on the course editor").isEmpty();

            browser.open(Browser.STUDIO + "courses/");
            browser.awaitText(By.id("courses:list"), title);
            browser.screenshot(SCREENSHOTS.resolve("courses-studio-list.png"));

            browser.open(BASE + "/san-jose/courses/");
            browser.awaitText(By.tagName("main"), title);
            String shown = page.findElement(By.tagName("main")).getText();
            assertThat(shown).contains("IOM and UNICEF").contains("Online").contains("Self-paced").contains("Certificate").contains(topic);
            assertThat(page.findElement(By.linkText(title)).getAttribute("href")).isEqualTo("https://www.example.org/children");
            browser.screenshot(SCREENSHOTS.resolve("courses-san-jose-reader-page.png"));
            assertThat(AccessibilityIT.violations((JavascriptExecutor) page, axe)).as("axe on the courses page").isEmpty();

            page.findElement(By.linkText(topic)).click();
            browser.awaitText(By.id("courses-found"), "1 current course");
            assertThat(page.getCurrentUrl()).endsWith("/san-jose/courses/?topic=" + topic.toLowerCase().replace(' ', '-'));
        }
    }
}
