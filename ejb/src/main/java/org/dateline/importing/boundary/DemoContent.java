package org.dateline.importing.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dateline.articles.entity.Revision;
import org.dateline.articles.entity.Story;
import org.dateline.importing.control.DemoPicture;
import org.dateline.importing.control.StoryImporter;
import org.dateline.media.control.Darkroom;
import org.dateline.media.control.ImageLibrary;
import org.dateline.media.control.Uploads;
import org.dateline.media.entity.Image;
import org.dateline.workflow.control.Publishing;
import org.dateline.tenancy.control.Tenancy;
import org.dateline.tenancy.entity.Office;
import org.dateline.importing.entity.ImportReport;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The demo run's content: the offices' real listings, imported on the first start (when
 * {@code dateline.demo-content} is true) and left alone on every later one.
 */
@Singleton
@Startup
@DependsOn("Migrations")
public class DemoContent {

    private static final Logger LOG = Logger.getLogger(DemoContent.class.getName());
    private static final String ACTOR = "demo-import";

    /** The listing whose first story gets a hero image drawn for the demo. */
    static final String ILLUSTRATED = "000_323cd48798e38a8b.txt";

    /** Listing file → office. */
    static final Map<String, String> LISTINGS = new LinkedHashMap<>();

    static {
        LISTINGS.put("000_323cd48798e38a8b.txt", "san-jose");
        LISTINGS.put("001_a1439d935b7ea92c.txt", "san-jose");
        LISTINGS.put("002_a215a4392d632653.txt", "san-jose");
        LISTINGS.put("003_742b0562d7c32d84.txt", "georgetown");
        LISTINGS.put("004_48c31dc8e6580005.txt", "washington");
    }

    @Inject
    @ConfigProperty(name = "dateline.demo-content", defaultValue = "false")
    boolean enabled;

    @Inject
    StoryImporter importer;

    @Inject
    ImageLibrary images;

    @Inject
    Publishing publishing;

    @Inject
    Darkroom darkroom;

    @Inject
    Tenancy tenancy;

    @PostConstruct
    void importOnFirstStart() {
        if (!enabled) {
            return;
        }
        LISTINGS.forEach((file, office) -> {
            ImportReport report = importer.importItems(office, file, Listings.parse(file, read(file)), ACTOR, Instant.now());
            LOG.info(() -> report.alreadyImported() ? "Demo listing " + file + " is already in " + office
                    : "Imported " + report.created() + " demo stories into " + office + " from " + file);
            if (file.equals(ILLUSTRATED) && !report.storyIds().isEmpty()) {
                illustrate(office, report.storyIds().get(0), Instant.now());
            }
        });
    }

    /**
     * Gives a story a hero image drawn here (the demo ships no photographs): a new live revision of
     * the story with the image, as an editor's edit and publication would make it.
     */
    private void illustrate(String office, long storyId, Instant now) {
        Image image = images.keep(office, darkroom.develop(Uploads.check(DemoPicture.coastAtDusk(1920, 1080),
                "Drawing of a coast at dusk: dark hills over the sea, the sun low above the water", "Illustration: Dateline demo")),
                ACTOR, now);
        EntityManager em = tenancy.of(office);
        Story story = em.find(Story.class, storyId);
        Revision live = em.find(Revision.class, story.liveRevisionId());
        Revision illustrated = story.addRevision(live.content().withHeroImage(image.id()), live.topics(), ACTOR, now,
                "Demo hero image added");
        em.persist(illustrated);
        story.workOn(illustrated);
        publishing.putLive(em.find(Office.class, office), story, now, now);
        LOG.info(() -> "Gave demo story " + storyId + " of " + office + " a hero image");
    }

    static String read(String file) {
        try (InputStream in = DemoContent.class.getResourceAsStream("/demo/listings/" + file)) {
            if (in == null) {
                throw new IllegalStateException("demo listing missing: " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
