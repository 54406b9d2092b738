package org.dateline.it;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import org.dateline.courses.boundary.Courses;
import org.dateline.courses.entity.Course;
import org.dateline.courses.entity.CourseConflict;
import org.dateline.courses.entity.CourseContent;
import org.dateline.courses.entity.CourseFormat;
import org.dateline.courses.entity.CourseNotFound;
import org.dateline.courses.entity.CourseState;
import org.dateline.courses.entity.IllegalCourseTransition;
import org.dateline.courses.entity.InvalidCourse;
import org.dateline.identity.entity.NotAllowed;
import org.dateline.importing.boundary.Listings;
import org.dateline.importing.entity.ImportReport;
import org.dateline.placements.boundary.Placements;
import org.dateline.placements.entity.Placement;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Courses through their boundary, on the reader site and in the read API: written by the office's
 * authors, published by its editors, refused to anyone else without a change, kept inside their
 * office, filtered on the site by what the reader's query asks, and imported from seed 002.
 */
@ExtendWith(ArquillianExtension.class)
class CoursesIT {

    static final String SAN_JOSE = "san-jose";
    static final String GEORGETOWN = "georgetown";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.dateline(CoursesIT.class);
    }

    @EJB
    Courses courses;

    @EJB
    Listings listings;

    @EJB
    Placements placements;

    @Inject
    HttpServletRequest request;

    @Resource(lookup = "jdbc/dateline")
    DataSource database;

    SignedIn signedIn;
    Site site;

    @BeforeEach
    void setUp() {
        signedIn = new SignedIn(request);
        site = new Site(request);
    }

    static CourseContent content(String title, String language, CourseFormat format, List<String> topics, LocalDate start,
                                 LocalDate end) {
        return new CourseContent(title, "IOM", "A course for officials on " + title + ".", language, topics, format,
                "https://www.example.org/courses/" + UUID.randomUUID(), start, end, start == null);
    }

    static CourseContent content(String title) {
        return content(title, "en", CourseFormat.ONLINE, List.of("Migration governance"), null, null);
    }

    private Course draft(CourseContent content) {
        return signedIn.as("ana.author", () -> courses.create(SAN_JOSE, content));
    }

    private Course published(CourseContent content) {
        Course draft = draft(content);
        Course submitted = signedIn.as("ana.author", () -> courses.submitForReview(SAN_JOSE, draft.id(), draft.version()));
        return signedIn.as("eli.editor", () -> courses.publish(SAN_JOSE, submitted.id(), submitted.version()));
    }

    private Course reload(Course course) {
        return signedIn.as("eli.editor", () -> courses.course(SAN_JOSE, course.id()));
    }

    private List<String> audited(long courseId) throws SQLException {
        List<String> actions = new ArrayList<>();
        try (Connection c = database.getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT action, actor FROM audit_event WHERE office_id = ? AND comment LIKE ? ORDER BY id")) {
            select.setString(1, SAN_JOSE);
            select.setString(2, "Course " + courseId + ":%");
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    actions.add(rows.getString(1) + " by " + rows.getString(2));
                }
            }
        }
        return actions;
    }

    @Test
    void authorDraftsEditorPublishesAndReadersSeeItUntilItIsUnpublished() throws SQLException {
        String title = Newsroom.unique("Migration data for officials");
        Course course = draft(content(title));
        assertThat(course.state()).isEqualTo(CourseState.DRAFT);
        assertThat(site.get("/san-jose/courses/").html()).doesNotContain(title);

        Course submitted = signedIn.as("ana.author", () -> courses.submitForReview(SAN_JOSE, course.id(), course.version()));
        Course live = signedIn.as("eli.editor", () -> courses.publish(SAN_JOSE, submitted.id(), submitted.version()));

        assertThat(live.state()).isEqualTo(CourseState.PUBLISHED);
        Site.Page page = site.get("/san-jose/courses/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains(title).contains("Self-paced").contains("Online").contains("Certificate");
        assertThat(page.header("Cache-Control")).contains("public");
        assertThat(page.setCookie()).isNull();

        signedIn.as("eli.editor", () -> courses.unpublish(SAN_JOSE, live.id(), live.version()));
        assertThat(site.get("/san-jose/courses/").html()).doesNotContain(title);
        assertThat(reload(course).state()).isEqualTo(CourseState.DRAFT);
        assertThat(audited(course.id())).containsExactly("COURSE_CREATE by ana.author", "COURSE_SUBMIT by ana.author",
                "COURSE_PUBLISH by eli.editor", "COURSE_UNPUBLISH by eli.editor");
    }

    @Test
    void anAuthorCannotPublishAndAStaleVersionIsRefusedChangingNothing() throws SQLException {
        Course course = draft(content(Newsroom.unique("Border management")));
        Course submitted = signedIn.as("ana.author", () -> courses.submitForReview(SAN_JOSE, course.id(), course.version()));

        assertThatThrownBy(() -> signedIn.as("ana.author", () -> courses.publish(SAN_JOSE, submitted.id(), submitted.version())))
                .isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> signedIn.as("eli.editor", () -> courses.publish(SAN_JOSE, submitted.id(), course.version())))
                .isInstanceOf(CourseConflict.class);
        assertThatThrownBy(() -> signedIn.as("eli.editor", () -> courses.unpublish(SAN_JOSE, submitted.id(), submitted.version())))
                .isInstanceOf(IllegalCourseTransition.class);
        assertThatThrownBy(() -> signedIn.as("eli.editor", () -> courses.revise(SAN_JOSE, submitted.id(), submitted.version(),
                new CourseContent("", "", "", "fr", List.of(), null, "ftp://x", null, null, false))))
                .isInstanceOfSatisfying(InvalidCourse.class, invalid -> assertThat(invalid.problems()).hasSize(6));
        assertThatThrownBy(() -> signedIn.as("ana.author", () -> courses.revise(SAN_JOSE, submitted.id(), submitted.version(),
                content("Rewritten by the author")))).isInstanceOf(NotAllowed.class);

        Course after = reload(course);
        assertThat(after.state()).isEqualTo(CourseState.IN_REVIEW);
        assertThat(after.version()).isEqualTo(submitted.version());
        assertThat(after.title()).isEqualTo(course.title());
        assertThat(audited(course.id())).containsExactly("COURSE_CREATE by ana.author", "COURSE_SUBMIT by ana.author");
        assertThat(site.get("/san-jose/courses/").html()).doesNotContain(course.title());
    }

    @Test
    void georgetownCanNeitherSeeNorChangeSanJosesCourses() {
        Course course = published(content(Newsroom.unique("San José only course")));

        assertThatThrownBy(() -> signedIn.as("grace.editor", () -> courses.course(SAN_JOSE, course.id()))).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> signedIn.as("grace.editor", () -> courses.course(GEORGETOWN, course.id())))
                .isInstanceOf(CourseNotFound.class);
        assertThatThrownBy(() -> signedIn.as("grace.editor", () -> courses.unpublish(GEORGETOWN, course.id(), course.version())))
                .isInstanceOf(CourseNotFound.class);
        assertThatThrownBy(() -> signedIn.as("grace.editor", () -> courses.revise(GEORGETOWN, course.id(), course.version(),
                content("Taken over")))).isInstanceOf(CourseNotFound.class);
        assertThat(signedIn.as("grace.editor", () -> courses.courses(GEORGETOWN, null, 0, 200)))
                .noneMatch(c -> c.id().equals(course.id()));

        assertThat(reload(course).state()).isEqualTo(CourseState.PUBLISHED);
        assertThat(reload(course).title()).isEqualTo(course.title());
        assertThat(site.get("/san-jose/courses/").html()).contains(course.title());
        assertThat(site.get("/georgetown/courses/").html()).doesNotContain(course.title());
        assertThat(site.get("/api/v1/georgetown/courses/" + course.id()).status()).isEqualTo(404);
        assertThat(json(site.get("/api/v1/georgetown/courses")).asJsonArray())
                .noneMatch(c -> c.asJsonObject().getString("title").equals(course.title()));
    }

    @Test
    void theReaderPageFiltersByTopicFormatLanguageAndPeriod() {
        String topic = Newsroom.unique("Filter topic");
        String slug = topic.toLowerCase().replace(' ', '-');
        LocalDate today = LocalDate.now();
        Course online = published(content(Newsroom.unique("Online self-paced"), "en", CourseFormat.ONLINE, List.of(topic), null, null));
        Course inPerson = published(content(Newsroom.unique("Curso presencial"), "es", CourseFormat.IN_PERSON, List.of(topic),
                today.plusDays(10), today.plusDays(12)));
        Course past = published(content(Newsroom.unique("Blended past"), "en", CourseFormat.BLENDED, List.of(topic),
                LocalDate.of(2020, 3, 2), LocalDate.of(2020, 3, 20)));
        Course otherTopic = published(content(Newsroom.unique("Other topic"), "en", CourseFormat.ONLINE, List.of("Elsewhere"), null, null));

        String current = site.get("/san-jose/courses/?topic=" + slug).html();
        assertThat(current).contains(online.title(), inPerson.title()).doesNotContain(past.title(), otherTopic.title());
        assertThat(current).contains(LocalDate.now().plusDays(10).format(java.time.format.DateTimeFormatter.ofPattern("dd / MM / yyyy")));

        assertThat(site.get("/san-jose/courses/?topic=" + slug + "&format=in-person").html())
                .contains(inPerson.title()).doesNotContain(online.title(), past.title());
        assertThat(site.get("/san-jose/courses/?topic=" + slug + "&language=es").html())
                .contains(inPerson.title()).doesNotContain(online.title(), past.title());
        String pastPage = site.get("/san-jose/courses/?topic=" + slug + "&when=past").html();
        assertThat(pastPage).contains(past.title(), "02 / 03 / 2020", "20 / 03 / 2020").doesNotContain(online.title(), inPerson.title());
        assertThat(site.get("/san-jose/courses/?topic=" + slug + "&when=past&format=online").html()).doesNotContain(past.title());
        assertThat(pastPage).contains("aria-current=\"true\">Past</a>", "aria-current=\"true\">" + topic + "</a>");
        assertThat(pastPage.split("aria-current=", -1)).as("one choice current in each of the four filters").hasSize(5);

        // the filters are links that carry the whole filter, and an unreadable parameter is no filter
        assertThat(current).contains("courses/?topic=" + slug + "&amp;format=blended");
        assertThat(site.get("/san-jose/courses/?topic=" + slug + "&format=zeppelin&language=klingon").html())
                .contains(online.title(), inPerson.title());
        assertThat(site.get("/san-jose/").html()).contains("courses/\">Courses</a>");
    }

    @Test
    void theApiListsPublishedCoursesAsJsonAndIsDocumented() {
        String topic = Newsroom.unique("Api topic");
        String slug = topic.toLowerCase().replace(' ', '-');
        Course course = published(content(Newsroom.unique("API course"), "en", CourseFormat.BLENDED, List.of(topic),
                LocalDate.now().plusDays(3), LocalDate.now().plusDays(30)));
        Course hidden = draft(content(Newsroom.unique("API draft"), "en", CourseFormat.BLENDED, List.of(topic), null, null));

        Site.Page listed = site.get("/api/v1/san-jose/courses?topic=" + slug);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.header("ETag")).isNotBlank();
        JsonArray items = json(listed).asJsonArray();
        assertThat(items).hasSize(1);
        JsonObject item = items.getJsonObject(0);
        assertThat(item.getJsonNumber("id").longValue()).isEqualTo(course.id());
        assertThat(item.getString("title")).isEqualTo(course.title());
        assertThat(item.getString("provider")).isEqualTo("IOM");
        assertThat(item.getString("format")).isEqualTo("BLENDED");
        assertThat(item.getString("language")).isEqualTo("en");
        assertThat(item.getString("startsOn")).isEqualTo(LocalDate.now().plusDays(3).toString());
        assertThat(item.getBoolean("selfPaced")).isFalse();
        assertThat(item.getBoolean("certificate")).isFalse();
        assertThat(item.getString("link")).startsWith("https://www.example.org/courses/");
        assertThat(item.getJsonArray("topics").getString(0)).isEqualTo(topic);
        assertThat(item.getString("url")).endsWith("/san-jose/courses/");
        assertThat(site.get("/api/v1/san-jose/courses?topic=" + slug, "If-None-Match", listed.header("ETag")).status()).isEqualTo(304);

        JsonObject one = json(site.get("/api/v1/san-jose/courses/" + course.id())).asJsonObject();
        assertThat(one.getString("summary")).isEqualTo(course.summary());
        assertThat(site.get("/api/v1/san-jose/courses/" + hidden.id()).status()).isEqualTo(404);
        assertThat(site.get("/api/v1/san-jose/courses?topic=" + slug + "&format=online").html()).isEqualTo("[]");
        assertThat(site.get("/api/v1/atlantis/courses").status()).isEqualTo(404);

        JsonObject openapi = json(site.get("/openapi?format=JSON")).asJsonObject();
        JsonObject paths = openapi.getJsonObject("paths");
        assertThat(paths.keySet()).contains("/api/v1/{office}/courses", "/api/v1/{office}/courses/{id}", "/api/v1/{office}/stories");
        assertThat(paths.getJsonObject("/api/v1/{office}/courses").getJsonObject("get").getJsonArray("parameters"))
                .extracting(p -> p.asJsonObject().getString("name")).contains("office", "topic", "language", "format", "when");
        assertThat(openapi.getJsonObject("components").getJsonObject("schemas").keySet()).contains("CourseJson");
    }

    @Test
    void seed002sTwoELearningItemsImportAsPublishedCoursesNotStories() {
        String key = "courses-" + UUID.randomUUID() + "-002_a215a4392d632653.txt";
        ImportReport report = signedIn.as("eli.editor", () -> listings.importListing(SAN_JOSE, key,
                seed("002_a215a4392d632653.txt"), java.time.LocalDate.of(2020, 5, 15)));

        assertThat(report.created()).isEqualTo(5);
        assertThat(report.courseIds()).hasSize(2);
        List<String> storyTitles = report.storyIds().stream().map(id -> placements.live(SAN_JOSE, id).orElseThrow())
                .map(Placement::title).toList();
        assertThat(storyTitles).doesNotContain("The IADB and IOM offer specialized virtual courses on migration governance and management",
                "Counter Trafficking in Persons (CTiP) in Humanitarian Settings");
        assertThat(storyTitles).contains("Guatemala raises awareness about recruitment scams");

        Course iadb = signedIn.as("eli.editor", () -> courses.course(SAN_JOSE, report.courseIds().get(0)));
        Course ctip = signedIn.as("eli.editor", () -> courses.course(SAN_JOSE, report.courseIds().get(1)));
        assertThat(iadb.title()).isEqualTo("The IADB and IOM offer specialized virtual courses on migration governance and management");
        assertThat(iadb.state()).isEqualTo(CourseState.PUBLISHED);
        assertThat(iadb.provider()).isEqualTo("IADB and IOM");
        assertThat(iadb.format()).isEqualTo(CourseFormat.ONLINE);
        assertThat(iadb.certificate()).isTrue();
        assertThat(iadb.selfPaced()).isTrue();
        assertThat(ctip.title()).isEqualTo("Counter Trafficking in Persons (CTiP) in Humanitarian Settings");
        assertThat(ctip.provider()).isEqualTo("IOM");
        assertThat(ctip.certificate()).isFalse();

        String page = site.get("/san-jose/courses/").html();
        assertThat(page).contains("The IADB and IOM offer specialized virtual courses on migration governance and management")
                .contains("Counter Trafficking in Persons (CTiP) in Humanitarian Settings").contains("IADB and IOM");
    }

    static String seed(String file) {
        try (java.io.InputStream in = CoursesIT.class.getResourceAsStream("/demo/listings/" + file)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonValue json(Site.Page page) {
        return Json.createReader(new StringReader(page.html())).readValue();
    }
}
