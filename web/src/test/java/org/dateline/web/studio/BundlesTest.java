package org.dateline.web.studio;

import org.dateline.identity.entity.Role;
import org.dateline.identity.entity.StaffRefused;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The words of the studio ({@code web/studio/messages}) and of the reader sites
 * ({@code web/site/words}): every language has every word, none is empty, each pattern is one that
 * {@link MessageFormat} reads as meant, and every word a page or a view asks for is there.
 */
class BundlesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Path JAVA = Path.of("src/main/java");
    private static final List<String> OTHER_LANGUAGES = List.of("es");
    private static final Locale SERVER_DEFAULT = Locale.getDefault();

    @AfterEach
    void serverDefaultBack() {
        Locale.setDefault(SERVER_DEFAULT);
    }

    private static Properties file(String bundle, String suffix) throws IOException {
        Properties words = new Properties();
        try (Reader in = Files.newBufferedReader(RESOURCES.resolve(bundle + suffix + ".properties"), StandardCharsets.UTF_8)) {
            words.load(in);
        }
        return words;
    }

    @ParameterizedTest
    @ValueSource(strings = {"org/dateline/web/studio/messages", "org/dateline/web/site/words"})
    void everyLanguageHasExactlyTheKeysOfEnglish(String bundle) throws IOException {
        Set<String> english = new TreeSet<>(file(bundle, "").stringPropertyNames());
        assertThat(english).isNotEmpty();
        for (String language : OTHER_LANGUAGES) {
            Set<String> other = new TreeSet<>(file(bundle, "_" + language).stringPropertyNames());
            assertThat(other).as("%s_%s has every English word and no other", bundle, language).isEqualTo(english);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"org/dateline/web/studio/messages", "org/dateline/web/site/words"})
    void noWordIsEmptyInAnyLanguage(String bundle) throws IOException {
        for (String suffix : Stream.concat(Stream.of(""), OTHER_LANGUAGES.stream().map(l -> "_" + l)).toList()) {
            file(bundle, suffix).forEach((key, value) ->
                    assertThat(value.toString().strip()).as("%s%s: %s", bundle, suffix, key).isNotEmpty());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"org/dateline/web/studio/messages", "org/dateline/web/site/words"})
    void theEnglishFileOnlyMakesEnglishALanguageOfItsOwn(String bundle) throws IOException {
        assertThat(file(bundle, "_en")).as("English lives in the root file, once").isEmpty();
    }

    /** A pattern with arguments loses a lone apostrophe (MessageFormat's quote); one without is shown as it is. */
    @ParameterizedTest
    @ValueSource(strings = {"org/dateline/web/studio/messages", "org/dateline/web/site/words"})
    void everyPatternFormatsAsWritten(String bundle) throws IOException {
        for (String suffix : Stream.concat(Stream.of(""), OTHER_LANGUAGES.stream().map(l -> "_" + l)).toList()) {
            file(bundle, suffix).forEach((key, value) -> {
                String pattern = value.toString();
                if (pattern.contains("{")) {
                    assertThat(pattern).as("%s%s: %s has no lone apostrophe", bundle, suffix, key).doesNotContainPattern("(?<!')'(?!')");
                    String formatted = new MessageFormat(pattern, Locale.ENGLISH).format(new Object[]{1, 2, 3});
                    assertThat(formatted).as("%s%s: %s", bundle, suffix, key).doesNotContain("{");
                } else {
                    assertThat(pattern).as("%s%s: %s is shown as written", bundle, suffix, key).doesNotContain("''");
                }
            });
        }
    }

    @Test
    void englishStaysEnglishOnAServerWhoseDefaultIsSpanish() {
        Locale.setDefault(Locale.forLanguageTag("es-CR"));

        assertThat(StudioLanguages.bundle(Locale.ENGLISH).getString("signOut")).isEqualTo("Sign out");
        // as Faces reads #{msg}: without a Control of its own
        assertThat(ResourceBundle.getBundle(StudioLanguages.BUNDLE, Locale.ENGLISH).getString("signOut")).isEqualTo("Sign out");
        assertThat(StudioLanguages.bundle(Locale.forLanguageTag("es")).getString("signOut")).isEqualTo("Cerrar sesión");
        assertThat(StudioLanguages.bundle(Locale.FRENCH).getString("signOut")).as("a language the studio does not speak").isEqualTo("Sign out");
    }

    @Test
    void theStudioHasAFileForEachLanguageItSpeaksAndFacesKnowsThemAll() throws IOException {
        for (String language : StudioLanguages.SUPPORTED) {
            assertThat(RESOURCES.resolve("org/dateline/web/studio/messages_" + language + ".properties")).isRegularFile();
        }
        String faces = Files.readString(WEBAPP.resolve("WEB-INF/faces-config.xml"));
        List<String> configured = new ArrayList<>();
        Matcher locale = Pattern.compile("<(?:default|supported)-locale>([^<]+)</").matcher(faces);
        while (locale.find()) {
            configured.add(locale.group(1).strip());
        }
        assertThat(configured).as("faces-config.xml's <locale-config>").containsExactlyElementsOf(StudioLanguages.SUPPORTED);
    }

    @Test
    void everyRefusalEveryRoleAndEveryStaffChangeHasItsWords() throws IOException {
        Set<String> english = file("org/dateline/web/studio/messages", "").stringPropertyNames();
        for (StaffRefused.Reason reason : StaffRefused.Reason.values()) {
            assertThat(english).as("why a staff change was refused").contains("refused." + reason.name());
        }
        for (Role role : Role.values()) {
            assertThat(english).contains("role." + role.name(), "role." + role.name() + ".word");
        }
        assertThat(english).contains("audit.STAFF_INVITED", "audit.STAFF_ROLE_GRANTED", "audit.STAFF_ROLE_REVOKED",
                "audit.STAFF_INVITATION_SENT", "audit.STAFF_INVITATION_NOT_SENT", "audit.STAFF_CHANGE_REFUSED",
                "audit.STAFF_CHANGE_REFUSED.role");
    }

    @Test
    void everyWordAStudioPageOrViewAsksForIsInTheBundle() throws IOException {
        Properties english = file("org/dateline/web/studio/messages", "");
        Set<String> asked = new TreeSet<>();
        asked.addAll(keys(WEBAPP.resolve("WEB-INF/templates/studio.xhtml"), "msg\\['([^']+)'\\]"));
        for (Path page : files(WEBAPP.resolve("studio"), ".xhtml")) {
            asked.addAll(keys(page, "msg\\['([^']+)'\\]"));
        }
        for (Path view : files(JAVA.resolve("org/dateline/web"), ".java")) {
            asked.addAll(keys(view, "\\b(?:language|StudioLanguages)\\.(?:text|info|warn|error)\\((?:[a-z]+, )?\"([a-zA-Z]+(?:\\.[a-zA-Z]+)*)\"[,)]"));
            asked.addAll(keys(view, "text\\(words, \"([a-zA-Z.]+)\"\\)"));
            asked.addAll(keys(view, "refuse\\(request, response, \"[^\"]+\", \"([a-zA-Z.]+)\"\\)"));
        }
        assertThat(asked).as("the words the studio asks for").hasSizeGreaterThan(60);
        assertThat(asked).as("asked for, but not in the studio's bundle").filteredOn(key -> !english.containsKey(key)).isEmpty();
    }

    @Test
    void everyWordAReaderPageOrViewAsksForIsInTheBundle() throws IOException {
        Properties english = file("org/dateline/web/site/words", "");
        Set<String> asked = new TreeSet<>();
        List<Path> pages = new ArrayList<>(files(WEBAPP.resolve("site"), ".xhtml"));
        pages.addAll(List.of(WEBAPP.resolve("WEB-INF/templates/site.xhtml"), WEBAPP.resolve("WEB-INF/templates/story-list.xhtml"),
                WEBAPP.resolve("WEB-INF/templates/not-found-message.xhtml")));
        for (Path page : pages) {
            asked.addAll(keys(page, "words\\['([^']+)'\\]"));
            asked.addAll(keys(page, "words\\.format\\('([^']+)'"));
        }
        for (Path view : files(JAVA.resolve("org/dateline/web/site"), ".java")) {
            asked.addAll(keys(view, "SiteWords\\.format\\([^,]+, \"([a-zA-Z.]+)\""));
        }
        assertThat(asked).as("the words the reader pages ask for").hasSizeGreaterThan(50);
        assertThat(asked).as("asked for, but not in the reader sites' bundle").filteredOn(key -> !english.containsKey(key)).isEmpty();
    }

    private static List<Path> files(Path directory, String ending) throws IOException {
        try (Stream<Path> all = Files.walk(directory)) {
            return all.filter(p -> p.toString().endsWith(ending)).toList();
        }
    }

    private static Set<String> keys(Path file, String regex) throws IOException {
        Set<String> keys = new TreeSet<>();
        Matcher found = Pattern.compile(regex).matcher(Files.readString(file));
        while (found.find()) {
            keys.add(found.group(1));
        }
        return keys;
    }
}
