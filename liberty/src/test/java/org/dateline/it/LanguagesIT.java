package org.dateline.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The studio in the person's language and the reader sites in the page's, in a real browser
 * (headless Chromium) signed in with the test run's Keycloak: a Spanish-speaking browser gets the
 * studio, Keycloak's sign-in page and the staff page in Spanish; the choice of English in the
 * header is stored, so it holds after signing out and in again and in another browser; a Spanish
 * story page is Spanish throughout, and an English one English, whatever the reader's browser
 * speaks. Screenshots of the Spanish pages are left in {@code target/screenshots/}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LanguagesIT {

    private static final String BASE = "http://localhost:" + System.getProperty("it.http.port", "9180");
    private static final Path SCREENSHOTS = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    /** An office admin of San José, which writes in English and Spanish. */
    private static final String ADMIN = "sara.admin";

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
    private final List<String> invited = new ArrayList<>();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.dateline(Pressroom.class, PersonalChoices.class);
    }

    @BeforeEach
    @AfterEach
    void theAdminFollowsTheirBrowser() throws Exception {
        assertThat(post("/test/desk/language", "person=" + ADMIN + "&language=")).isEmpty();
    }

    @AfterEach
    void removeInvitedPeople() {
        RealmAsKeycloakSeesIt keycloak = new RealmAsKeycloakSeesIt();
        invited.forEach(keycloak::deleteUserWithEmail);
    }

    @Test
    void aSpanishSpeakingBrowserGetsTheStudioInSpanishUntilThePersonChoosesEnglishWhichIsStored() throws Exception {
        String email = "persona." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        invited.add(email);
        try (Browser browser = new Browser("es")) {
            browser.open(Browser.STUDIO + "staff/");
            assertThat(browser.showsKeycloakSignIn()).isTrue();
            assertThat(lang(browser)).as("Keycloak's sign-in page follows the browser").isEqualTo("es");
            browser.signInOnKeycloak(ADMIN);

            browser.awaitText(By.tagName("h1"), "Personal de San José");
            assertThat(lang(browser)).isEqualTo("es");
            assertThat(browser.driver().getTitle()).isEqualTo("Personal de San José · Estudio Dateline");
            assertThat(text(browser, "nav-start")).isEqualTo("Inicio");
            assertThat(text(browser, "nav-write")).isEqualTo("Escribir una nota");
            assertThat(text(browser, "nav-staff")).isEqualTo("Personal");
            assertThat(text(browser, "sign-out")).isEqualTo("Cerrar sesión");
            assertThat(browser.driver().findElement(By.id("language-es")).getAttribute("aria-pressed")).isEqualTo("true");
            assertThat(text(browser, "staff:people")).contains("Nombre", "Correo electrónico", "Roles", "Administrador",
                    "Dar rol de editor", "Quitar rol de administrador");
            assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("Cambios recientes");
            assertThat(text(browser, "staff:changes")).contains("Cuándo", "Quién", "Qué", "Persona", "Nota");

            browser.await(By.id("staff:open-invite")).click();
            browser.await(By.id("invite:email")).sendKeys(email);
            browser.driver().findElement(By.id("invite:first")).sendKeys("Lucía");
            browser.driver().findElement(By.id("invite:last")).sendKeys("Jiménez Rojas");
            browser.driver().findElement(By.id("invite:send")).click();
            browser.awaitText(By.id("staff:messages"), "Se invitó a " + email + " con el rol de autor.");
            assertThat(text(browser, "staff:messages")).contains("válido por 3 días");
            assertThat(text(browser, "staff:people")).contains("Lucía Jiménez Rojas (invitación pendiente");
            assertThat(text(browser, "staff:changes")).contains(ADMIN + " Invitación con el rol de autor " + email);
            assertThat(browser.driver().findElement(By.tagName("main")).getText()).as("no English on the Spanish staff page")
                    .doesNotContain("Staff of", "Make ", "Remove ", "Recent changes", "Invite a person", "Invited ", "When", "Name");
            browser.screenshot(SCREENSHOTS.resolve("studio-staff-spanish.png"));
            ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('staff:changes').scrollIntoView()");
            browser.screenshot(SCREENSHOTS.resolve("studio-staff-spanish-changes.png"));
            // PrimeFaces' own markup and theme, on every studio page, are left aside here: its saga buttons and tags
            // (white on #2196F3, 3.1:1) and p:messages (an <li role="alert"> in a <ul>). Everything else must pass.
            assertThat(AccessibilityIT.violations((JavascriptExecutor) browser.driver(), AccessibilityIT.axe())).map(String::valueOf)
                    .as("WCAG 2.1 AA violations on the Spanish staff page")
                    .filteredOn(v -> !primeFacesOwn(v)).isEmpty();

            JavascriptExecutor script = (JavascriptExecutor) browser.driver();
            // the page of an earlier sign-in: its token, in the page and in every form, is not this session's
            script.executeScript("document.querySelector('meta[name=\"dateline-token\"]').setAttribute('content', 'from an old sign-in');"
                    + "document.querySelectorAll('input[name=\"dateline.token\"]').forEach(f => f.value = 'from an old sign-in')");
            browser.driver().findElement(By.xpath("//tr[contains(., 'Ana Author')]//button[contains(., 'Dar rol de editor')]")).click();
            browser.awaitText(By.id("stale-page-text"), "Esta página del estudio está desactualizada");
            assertThat(text(browser, "stale-page-reload")).isEqualTo("Volver a cargar la página");
            browser.driver().findElement(By.id("stale-page-reload")).click();
            browser.awaitText(By.tagName("h1"), "Personal de San José");
            assertThat(browser.driver().findElement(By.xpath("//tr[contains(., 'Ana Author')]")).getText())
                    .as("nothing was changed").contains("Dar rol de editor").doesNotContain("Quitar rol de editor");

            script.executeScript("localStorage.setItem('dateline.draft." + ADMIN + ".42', '{}')");
            browser.driver().findElement(By.id("sign-out")).click();
            assertThat(browser.driver().switchTo().alert().getText())
                    .isEqualTo("Tiene texto sin guardar en 1 nota en este navegador. ¿Desea cerrar sesión y descartarlo?");
            browser.driver().switchTo().alert().dismiss();

            browser.driver().findElement(By.id("language-en")).click();
            browser.awaitText(By.tagName("h1"), "Staff of San José");
            assertThat(lang(browser)).isEqualTo("en");
            assertThat(browser.driver().getCurrentUrl()).as("the same page, now in English").endsWith("/studio/staff/");
            assertThat(text(browser, "nav-staff")).isEqualTo("Staff");
            assertThat(text(browser, "staff:changes")).contains("Invited as author " + email);

            browser.driver().findElement(By.id("sign-out")).click();
            assertThat(browser.driver().switchTo().alert().getText())
                    .isEqualTo("You have unsaved text in 1 story in this browser. Sign out and discard it?");
            browser.driver().switchTo().alert().accept();
            browser.awaitText(By.tagName("h1"), "Signed out");
            browser.open(Browser.STUDIO);
            assertThat(browser.showsKeycloakSignIn()).isTrue();
            assertThat(lang(browser)).as("Keycloak is asked for the chosen language").isEqualTo("en");
            browser.signInOnKeycloak(ADMIN);
            browser.awaitText(By.id("nav-start"), "Start");
            assertThat(lang(browser)).isEqualTo("en");
        }

        JsonObject mail = Inbox.awaitMessages(email, 1);
        assertThat(mail.getString("subject")).as("the invitation in the language the admin's studio spoke")
                .isEqualTo("Configure su cuenta del estudio Dateline");
        assertThat(mail.getString("text")).startsWith("Hola, Lucía:").contains("vence en 3 días");

        try (Browser another = new Browser("es")) {
            another.open(Browser.STUDIO);
            another.signInOnKeycloak(ADMIN);
            another.awaitText(By.id("nav-start"), "Start");
            assertThat(lang(another)).as("the stored choice, in a browser that never saw it").isEqualTo("en");
        }
    }

    @Test
    void theOfficeSwitcherAndTheNoRolePageSpeakSpanishToo() {
        try (Browser browser = new Browser("es")) {
            browser.open(Browser.STUDIO);
            browser.signInOnKeycloak("tom.two-offices");
            browser.awaitText(By.tagName("h1"), "¿En qué oficina está trabajando?");
            assertThat(browser.driver().findElement(By.tagName("main")).getText())
                    .contains("Usted trabaja en varias oficinas", "San José", "como Editor", "Georgetown", "como Autor");
            assertThat(text(browser, "nav-offices")).isEqualTo("Cambiar de oficina");
        }
        try (Browser browser = new Browser("es")) {
            browser.open(Browser.STUDIO);
            browser.signInOnKeycloak("nora.nobody");
            browser.awaitText(By.id("no-role"), "No tiene un rol en ninguna oficina");
            assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("Inició sesión como nora.nobody");
        }
        try (Browser browser = new Browser("es")) {
            browser.open(Browser.STUDIO);
            browser.signInOnKeycloak("rita.regional");
            browser.awaitText(By.id("queue-heading"), "Publicaciones compartidas de Américas");
            assertThat(text(browser, "nav-crossposts-queue")).isEqualTo("Cola regional");
        }
    }

    @Test
    void aSpanishStoryPageIsSpanishThroughoutAndAnEnglishOneEnglish() throws Exception {
        String topic = "Migración " + UUID.randomUUID().toString().substring(0, 8);
        long english = AccessibilityIT.publish("san-jose", "ana.author", "eli.editor", "Workers return " + topic, topic, "2020-06-11", "");
        long spanish = AccessibilityIT.publish("san-jose", "ana.author", "eli.editor", "Trabajadores regresan " + topic, topic,
                "2020-06-11", "&language=es&translationOf=" + english);

        try (Browser reader = new Browser("en")) {
            reader.open(BASE + "/san-jose/stories/" + spanish);
            reader.await(By.tagName("h1"));
            assertThat(lang(reader)).isEqualTo("es");
            String page = reader.driver().findElement(By.tagName("body")).getText();
            assertThat(page).contains("Lo último", "Temas", "Archivo", "Buscar en este sitio", "Buscar", "Más noticias de San José",
                    "Todas las oficinas", "11 / 06 / 2020");
            assertThat(reader.driver().findElement(By.cssSelector(".language-switch a")).getText())
                    .as("the switch speaks the language it leads to").isEqualTo("Read in English");
            assertThat(reader.driver().findElement(By.cssSelector(".language-switch a")).getAttribute("lang")).isEqualTo("en");
            assertThat(page.replace("Read in English", "")).as("no other English word on the Spanish page")
                    .doesNotContain("Latest", "Topics", "Archive", "Search", "More news from", "All offices", "Older stories",
                            "Regional office for", "story");
            assertThat(reader.driver().getTitle()).isEqualTo("Trabajadores regresan " + topic + " — Dateline San José");
            reader.screenshot(SCREENSHOTS.resolve("story-spanish.png"));

            reader.open(BASE + "/san-jose/stories/" + english);
            reader.await(By.tagName("h1"));
            assertThat(lang(reader)).isEqualTo("en");
            assertThat(reader.driver().findElement(By.tagName("body")).getText())
                    .contains("Latest", "Topics", "Search this site", "More news from San José", "Leer en español",
                            "Regional office for Central America")
                    .doesNotContain("Lo último", "Temas", "Más noticias");
        }

        HttpResponse<String> cached = http.send(HttpRequest.newBuilder(URI.create(BASE + "/san-jose/stories/" + spanish))
                .header("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(cached.body()).as("the reader's own languages change nothing").contains("lang=\"es\"").contains(">Temas</h2>");
        assertThat(cached.headers().allValues("Set-Cookie")).as("a reader page stays stateless").isEmpty();
    }

    @Test
    void sanJosesOwnPagesSpeakItsMainLanguageAndTheFeedsToo() throws Exception {
        HttpResponse<String> home = http.send(HttpRequest.newBuilder(URI.create(BASE + "/san-jose/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(home.body()).contains("lang=\"en\"").contains(">Latest news</h1>").contains(">Search this site</label>");
        HttpResponse<String> feed = http.send(HttpRequest.newBuilder(URI.create(BASE + "/san-jose/feed.rss")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(feed.body()).contains("<title>San José — news</title>").contains("The latest stories of San José.");
    }

    @Test
    void signInsOwnPagesAndTheStudiosRefusalsSpeakTheBrowsersLanguage() throws Exception {
        HttpResponse<String> spanish = get("/studio/signin/signed-out", "es-CR,es;q=0.9");
        assertThat(spanish.body()).contains("<html lang=\"es\">").contains("<h1>Sesión cerrada</h1>").contains("Volver a iniciar sesión");
        HttpResponse<String> english = get("/studio/signin/signed-out", "en-GB");
        assertThat(english.body()).contains("<html lang=\"en\">").contains("<h1>Signed out</h1>");

        HttpResponse<String> refused = get("/studio/signin/signed-out?jakarta.faces.ViewState=stolen", "es");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Language")).contains("es");
        assertThat(refused.body()).startsWith("Esta dirección lleva un formulario del estudio").contains("no se cambió nada");
    }

    private HttpResponse<String> get(String path, String languages) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(BASE + path)).header("Accept-Language", languages).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String post(String path, String form) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(BASE + path))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    /** An axe violation only at PrimeFaces' buttons and tags (its theme's contrast) or its messages' list. */
    private static boolean primeFacesOwn(String violation) {
        if (violation.startsWith("list ")) {
            return violation.endsWith("> .ui-messages-info > ul") || violation.matches(".* at ([^ ]+ > \\.ui-messages-[a-z]+ > ul(, )?)+$");
        }
        if (!violation.startsWith("color-contrast ")) {
            return false;
        }
        return java.util.Arrays.stream(violation.substring(violation.indexOf(" at ") + 4).split(", "))
                .allMatch(target -> target.endsWith("> .ui-button-text.ui-c") || target.endsWith("> .ui-tag-value"));
    }

    private static String lang(Browser browser) {
        return browser.driver().findElement(By.tagName("html")).getAttribute("lang");
    }

    private static String text(Browser browser, String id) {
        return browser.await(By.id(id)).getText();
    }
}
