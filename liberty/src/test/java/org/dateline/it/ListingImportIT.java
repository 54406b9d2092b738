package org.dateline.it;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.dateline.articles.boundary.Stories;
import org.dateline.articles.entity.Revision;
import org.dateline.identity.entity.NotAllowed;
import org.dateline.importing.boundary.Listings;
import org.dateline.importing.entity.ImportReport;
import org.dateline.newsletters.boundary.Newsletters;
import org.dateline.newsletters.entity.Issue;
import org.dateline.newsletters.entity.IssueSection;
import org.dateline.newsletters.entity.IssueState;
import org.dateline.newsletters.entity.KeyResource;
import org.dateline.importing.entity.ListingRefused;
import org.dateline.placements.boundary.Placements;
import org.dateline.placements.entity.Placement;
import org.dateline.workflow.entity.EditorialState;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Imports the offices' real listings through the boundary, as their editors would, and checks
 * what was stored and what readers see. Each seed is imported by one test only.
 */
@ExtendWith(ArquillianExtension.class)
class ListingImportIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.dateline(ListingImportIT.class);
    }

    @EJB
    Listings listings;

    @EJB
    Newsletters newsletters;

    @EJB
    Stories stories;

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

    static String seed(String file) {
        try (InputStream in = ListingImportIT.class.getResourceAsStream("/demo/listings/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private ImportReport importAs(String editor, String office, String file) {
        return signedIn.as(editor, () -> listings.importListing(office, file, seed(file)));
    }

    private Placement placed(String office, long storyId) {
        return placements.live(office, storyId).orElseThrow();
    }

    @Test
    void sanJoseListingsBecomePublishedStoriesWithTheirDatesAndDatelines() {
        ImportReport first = importAs("eli.editor", "san-jose", "000_323cd48798e38a8b.txt");
        ImportReport second = importAs("eli.editor", "san-jose", "001_a1439d935b7ea92c.txt");
        assertThat(first.created()).isEqualTo(10);
        assertThat(second.created()).isEqualTo(9);

        long opening = first.storyIds().get(0);
        assertThat(signedIn.as("eli.editor", () -> stories.find("san-jose", opening)).state()).isEqualTo(EditorialState.PUBLISHED);
        Revision revision = signedIn.as("eli.editor", () -> stories.working("san-jose", opening));
        assertThat(revision.title()).startsWith("Enhancing Access to Services for Migrants");
        assertThat(revision.publicationDate()).isEqualTo(LocalDate.of(2020, 6, 11));
        assertThat(revision.dateline()).isEqualTo("Geneva");
        assertThat(revision.lead()).startsWith("The impact of COVID-19 has highlighted");

        Placement tablets = placed("san-jose", second.storyIds().get(6));
        assertThat(tablets.dateline()).isEqualTo("Port-of-Spain, Trinidad");
        assertThat(tablets.publicationDate()).isEqualTo(LocalDate.of(2021, 2, 23));

        Site.Page page = site.get("/san-jose/" + placed("san-jose", opening).path());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("11 / 06 / 2020").contains("Geneva").contains("Enhancing Access to Services for Migrants");
    }

    @Test
    void anUndatedListingIsRefusedUntilTheOfficeSaysWhichDateItsItemsCarry() {
        int before = signedIn.as("eli.editor", () -> stories.recent("san-jose", 1000)).size();
        String key = "undated-" + UUID.randomUUID() + ".txt";
        assertThatThrownBy(() -> signedIn.run("eli.editor", () -> listings.importListing("san-jose", key,
                seed("002_a215a4392d632653.txt")))).isInstanceOfSatisfying(ListingRefused.class, e -> assertThat(e.problems())
                .as("its five stories; its two courses are self-paced").hasSize(5)
                .allSatisfy(p -> assertThat(p).endsWith("has no date; say which date the listing's undated items carry"))
                .anySatisfy(p -> assertThat(p).startsWith("line 1: \"IOM Releases Guidance for Employers")));
        assertThat(signedIn.as("eli.editor", () -> stories.recent("san-jose", 1000))).as("nothing imported").hasSize(before);
    }

    @Test
    void anUndatedListingKeepsItsOrderAndCarriesTheDateTheOfficeChose() {
        LocalDate chosen = LocalDate.of(2020, 5, 15);
        ImportReport report = signedIn.as("tom.two-offices", () -> listings.importListing("san-jose", "002_a215a4392d632653.txt",
                seed("002_a215a4392d632653.txt"), chosen));
        // its two e-learning items are courses, not stories (CoursesIT)
        assertThat(report.created()).isEqualTo(5);
        assertThat(report.courseIds()).hasSize(2);
        assertThat(report.notes()).hasSize(5).allSatisfy(n -> assertThat(n).contains("has no date in the listing; it carries 2020-05-15"));
        List<Placement> placed = report.storyIds().stream().map(id -> placed("san-jose", id)).toList();
        assertThat(placed.get(1).dateline()).isEqualTo("San José");
        assertThat(placed).allSatisfy(p -> assertThat(p.publicationDate()).as("never the day of the import").isEqualTo(chosen));
        for (int i = 1; i < placed.size(); i++) {
            assertThat(placed.get(i).publishedAt()).isBefore(placed.get(i - 1).publishedAt());
        }
        assertThat(site.get("/san-jose/" + placed.get(0).path()).html()).contains("15 / 05 / 2020");
    }

    @Test
    void georgetownStoriesShowGeorgetownDates() {
        ImportReport report = importAs("grace.editor", "georgetown", "003_742b0562d7c32d84.txt");
        assertThat(report.created()).isEqualTo(10);
        Placement opening = placed("georgetown", report.storyIds().get(0));
        assertThat(opening.publicationDate()).isEqualTo(LocalDate.of(2020, 9, 14));
        assertThat(opening.dateline()).isEqualTo("Georgetown");
        assertThat(placed("georgetown", report.storyIds().get(9)).dateline()).isEqualTo("Georgetown, Guyana");
        Site.Page page = site.get("/georgetown/" + opening.path());
        assertThat(page.html()).contains("14 September, 2020");
        Site.Page home = site.get("/georgetown/");
        assertThat(home.html()).contains("IOM concludes capacity-building workshop");
    }

    @Test
    void theWashingtonNewsletterIsImportedAsOnePublishedIssueWithItsSections() {
        int before = signedIn.as("will.editor", () -> stories.recent("washington", 1000)).size();
        ImportReport report = importAs("will.editor", "washington", "004_48c31dc8e6580005.txt");
        assertThat(report.storyIds()).as("no loose stories").isEmpty();
        assertThat(report.issueId()).isNotNull();
        assertThat(signedIn.as("will.editor", () -> stories.recent("washington", 1000))).hasSize(before);

        Issue issue = signedIn.as("will.editor", () -> newsletters.issue("washington", report.issueId()));
        assertThat(issue.state()).isEqualTo(IssueState.PUBLISHED);
        assertThat(issue.title()).isEqualTo("IOM Scales Up COVID-19 Response");
        assertThat(issue.month()).isEqualTo(YearMonth.of(2020, 5));
        assertThat(issue.publishedAt()).as("published when the office sent it, not today")
                .isEqualTo(LocalDate.of(2020, 5, 1).atTime(12, 0).atZone(ZoneId.of("America/New_York")).toInstant());
        assertThat(issue.sections()).extracting(IssueSection::heading).startsWith("Assisting Displaced Populations",
                "Health-Proofing Mobility Systems", "Private Sector Engagement");
        assertThat(issue.resources()).extracting(KeyResource::label).contains("Situation Reports", "Issue Briefs");
        assertThat(issue.contact()).startsWith("For media inquiries");
        assertThat(report.notes()).as("the listing's Read more links all went to '#'")
                .anySatisfy(note -> assertThat(note).startsWith("line 15: its \"Read more\" link had no address"));

        Site.Page archive = site.get("/washington/newsletters/");
        assertThat(archive.html()).contains("May 2020</span> — IOM Scales Up COVID-19 Response");
        Site.Page page = site.get("/washington/newsletters/" + report.issueId());
        assertThat(page.html()).contains("Assisting Displaced Populations").contains("Health-Proofing Mobility Systems")
                .contains("The 16,000-square-meter warehouse in Gaziantep");
        assertThat(importAs("will.editor", "washington", "004_48c31dc8e6580005.txt").alreadyImported()).isTrue();
    }

    @Test
    void importingTheSameListingAgainChangesNothing() {
        String listing = "A one-off\n\n02 / 03 / 2021\n\nSan José - Only once.\n";
        ImportReport first = signedIn.as("eli.editor", () -> listings.importListing("san-jose", "once.txt", listing));
        ImportReport again = signedIn.as("eli.editor", () -> listings.importListing("san-jose", "once.txt", listing));
        assertThat(first.created()).isEqualTo(1);
        assertThat(again.alreadyImported()).isTrue();
        assertThat(again.created()).isZero();
        assertThat(signedIn.as("eli.editor", () -> stories.recent("san-jose", 500)))
                .filteredOn(s -> s.id().equals(first.storyIds().get(0))).hasSize(1);
    }

    @Test
    void aMalformedListingIsRefusedWholeWithLineNumbers() {
        String listing = "Good story\n\n01 / 03 / 2021\n\nText.\n\nBad story\n\n30 / 02 / 2021\n\nMore.\n";
        int before = signedIn.as("eli.editor", () -> stories.recent("san-jose", 1000)).size();
        assertThatThrownBy(() -> signedIn.run("eli.editor", () -> listings.importListing("san-jose", "bad.txt", listing)))
                .isInstanceOfSatisfying(ListingRefused.class, e -> assertThat(e.problems())
                        .containsExactly("line 9: '30 / 02 / 2021' is not a valid date"));
        assertThat(signedIn.as("eli.editor", () -> stories.recent("san-jose", 1000))).hasSize(before);
        ImportReport fixed = signedIn.as("eli.editor",
                () -> listings.importListing("san-jose", "bad.txt", listing.replace("30 / 02", "28 / 02")));
        assertThat(fixed.alreadyImported()).isFalse();
        assertThat(fixed.created()).isEqualTo(2);
    }

    @Test
    void theHomePageWalksBackThroughEveryStoryOnceNewestFirst() {
        StringBuilder listing = new StringBuilder();
        for (int day = 1; day <= 45; day++) {
            listing.append("Archive story ").append(day).append(" of 1999\n\n")
                    .append(String.format("%02d / %02d / 1999", day % 28 + 1, day % 12 + 1)).append("\n\nText.\n\n");
        }
        ImportReport report = signedIn.as("will.editor", () -> listings.importListing("washington", "archive-1999.txt", listing.toString()));
        assertThat(report.created()).isEqualTo(45);

        List<String> titles = new java.util.ArrayList<>();
        String next = "/washington/";
        for (int page = 0; next != null && page < 100; page++) {
            String html = site.get(next).html();
            java.util.regex.Matcher title = java.util.regex.Pattern.compile("<h2><a href=\"[^\"]+\">([^<]+)</a></h2>").matcher(html);
            while (title.find()) {
                titles.add(title.group(1));
            }
            java.util.regex.Matcher older = java.util.regex.Pattern.compile("href=\"([^\"]*\\?before=[^\"]+)\" rel=\"next\"").matcher(html);
            next = older.find() ? older.group(1) : null;
        }
        List<String> archive = titles.stream().filter(t -> t.startsWith("Archive story ")).toList();
        assertThat(archive).hasSize(45).doesNotHaveDuplicates();
        assertThat(titles).doesNotHaveDuplicates();
        List<LocalDate> dates = report.storyIds().stream().map(id -> placed("washington", id).publicationDate()).toList();
        List<String> expectedOrder = report.storyIds().stream()
                .sorted(java.util.Comparator.comparing((Long id) -> placed("washington", id).publishedAt()).reversed())
                .map(id -> placed("washington", id).title()).toList();
        assertThat(archive).containsExactlyElementsOf(expectedOrder);
        assertThat(dates).allSatisfy(d -> assertThat(d.getYear()).isEqualTo(1999));
    }

    @Test
    void onlyEditorsOfTheOfficeImport() {
        assertThatThrownBy(() -> signedIn.run("ana.author", () -> listings.importListing("san-jose", "x.txt", "T\n\n01 / 01 / 2021\n\nText.")))
                .isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> signedIn.run("grace.editor", () -> listings.importListing("san-jose", "x.txt", "T\n\n01 / 01 / 2021\n\nText.")))
                .isInstanceOf(NotAllowed.class);
    }

    /** Rows of the office in a table, counted in the database (a page of recent stories would stop counting at its size). */
    private long rows(String table, String office) {
        try (Connection c = database.getConnection();
             PreparedStatement query = c.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE office_id = ?")) {
            query.setString(1, office);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aListingTooLargeToImportIsRefusedWhereItGoesPastAndNothingOfItIsImported() {
        StringBuilder manyStories = new StringBuilder();
        for (int i = 1; i <= 501; i++) {
            manyStories.append("Flood report ").append(i).append("\n01 / 03 / 2021\nGeorgetown – Water level ").append(i).append(".\n\n");
        }
        String manyLines = "Flood report\n\n01 / 03 / 2021\n\nGeorgetown – The water rose.\n" + "\n".repeat(20_000);
        String manyBytes = "Flood report\n\n01 / 03 / 2021\n\n" + ("Georgetown – " + "The water rose. ".repeat(500) + "\n\n").repeat(270);
        String longLine = "Flood report\n\n01 / 03 / 2021\n\nGeorgetown – " + "[".repeat(60_000) + "\n";
        long stories = rows("story", "georgetown");
        long imports = rows("listing_import", "georgetown");
        long placed = rows("placement", "georgetown");

        assertThat(refusal("many-stories.txt", manyStories.toString())).containsExactly(
                "line 2001: the listing has more than 500 stories; at most 500 are imported at once: split it into several listings");
        assertThat(refusal("many-lines.txt", manyLines)).containsExactly(
                "line 20001: the listing has more than 20000 lines; at most 20000 are imported at once: split it into several listings");
        assertThat(refusal("many-bytes.txt", manyBytes)).singleElement().asString()
                .matches("line \\d+: the listing is larger than 2 MB from here on; at most 2 MB are imported at once:"
                        + " split it into several listings");
        assertThat(refusal("long-line.txt", longLine)).containsExactly(
                "line 5: the line is 60013 characters long, at most 10000 are allowed");

        assertThat(rows("story", "georgetown")).as("stories").isEqualTo(stories);
        assertThat(rows("placement", "georgetown")).as("placements").isEqualTo(placed);
        assertThat(rows("listing_import", "georgetown")).as("imports recorded").isEqualTo(imports);
        assertThat(site.get("/georgetown/").html()).doesNotContain("Flood report");
    }

    private List<String> refusal(String key, String listing) {
        try {
            signedIn.run("grace.editor", () -> listings.importListing("georgetown", key, listing));
        } catch (ListingRefused refused) {
            assertThat(refused).hasMessageStartingWith("The listing '" + key + "' was not imported: ");
            return refused.problems();
        }
        throw new AssertionError("the listing " + key + " was imported");
    }
}
