package org.dateline.importing.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dateline.articles.control.HtmlSanitizer;
import org.dateline.articles.entity.Content;
import org.dateline.articles.entity.Revision;
import org.dateline.crossposting.control.Copies;
import org.dateline.crossposting.entity.CrossPost;
import org.dateline.crossposting.entity.CrossPostAction;
import org.dateline.workflow.entity.EditorialAction;
import org.dateline.articles.entity.Story;
import org.dateline.importing.control.DemoPicture;
import org.dateline.importing.control.IssueImporter;
import org.dateline.importing.control.NewsletterListing;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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

    static final String SAN_JOSE = "san-jose";
    static final String WASHINGTON = "washington";
    static final String GEORGETOWN = "georgetown";

    @Inject
    Copies copies;

    /** The listing whose first story gets a hero image drawn for the demo. */
    static final String ILLUSTRATED = "000_323cd48798e38a8b.txt";

    /**
     * The date the office chose for a listing's undated items: San José's undated listing is of its
     * COVID-19 guidance of spring 2020 (the items say so; the listing gives no dates).
     */
    static final Map<String, LocalDate> UNDATED_ON = Map.of("002_a215a4392d632653.txt", LocalDate.of(2020, 5, 15));

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
    IssueImporter issues;

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
        List<Long> sanJose = new ArrayList<>();
        List<Map.Entry<String, String>> newsletters = new ArrayList<>();
        LISTINGS.forEach((file, office) -> {
            String listing = read(file);
            if (NewsletterListing.isNewsletter(listing)) {
                newsletters.add(Map.entry(file, office));
                return;
            }
            ImportReport report = importer.importItems(office, file, Listings.parse(file, listing), UNDATED_ON.get(file), ACTOR,
                    Instant.now());
            LOG.info(() -> report.alreadyImported() ? "Demo listing " + file + " is already in " + office
                    : "Imported " + report.created() + " demo stories and " + report.courseIds().size() + " courses into " + office
                    + (report.notes().isEmpty() ? "" : " (" + String.join("; ", report.notes()) + ")")
                    + " from " + file);
            if (file.equals(ILLUSTRATED) && !report.storyIds().isEmpty()) {
                illustrate(office, report.storyIds().get(0), Instant.now());
            }
            if (office.equals(SAN_JOSE)) {
                sanJose.addAll(report.storyIds());
            }
        });
        if (!sanJose.isEmpty()) {
            crossPost(sanJose, Instant.now());
        }
        // after the cross-posts: an issue's "Read more" links may point to the stories live on its site
        for (Map.Entry<String, String> newsletter : newsletters) {
            String file = newsletter.getKey();
            String office = newsletter.getValue();
            ImportReport report = issues.importIssue(office, file, Listings.newsletter(file, read(file)), ACTOR, Instant.now());
            LOG.info(() -> report.alreadyImported() ? "Demo newsletter " + file + " is already in " + office
                    : "Imported newsletter issue " + report.issueId() + " into " + office + " from " + file
                    + (report.notes().isEmpty() ? "" : "; " + String.join("; ", report.notes())));
        }
    }

    /**
     * The demo's cross-posts, as the regional editor would have approved them: San José's stories
     * datelined Washington live on Washington's site (one of them with a Spanish translation at San
     * José), and one request waiting in the regional editor's queue.
     */
    private void crossPost(List<Long> sanJose, Instant now) {
        EntityManager em = tenancy.of(SAN_JOSE);
        Office origin = em.find(Office.class, SAN_JOSE);
        List<Story> aboutWashington = new ArrayList<>();
        Story waiting = null;
        for (Long id : sanJose) {
            Story story = em.find(Story.class, id);
            String dateline = story.live().dateline();
            if (dateline != null && dateline.startsWith("Washington")) {
                aboutWashington.add(story);
            } else if (waiting == null && story.live().title().startsWith("IOM launches survey")) {
                waiting = story;
            }
        }
        for (Story story : aboutWashington) {
            if (story.live().title().startsWith("IOM Welcomes President Joe Biden")) {
                translate(origin, story, now);
            }
            CrossPost copy = new CrossPost(origin.region(), SAN_JOSE, story.id(), WASHINGTON);
            copy.requested(CrossPost.Direction.PUSH, "eli.editor", now, "A story about Washington, for Washington's readers");
            em.persist(copy);
            copies.record(copy, CrossPostAction.REQUEST.name(), "eli.editor", now, null, copy.requestNote());
            copies.move(copy, CrossPostAction.APPROVE, "rita.regional", now, "Demo");
            copies.goLive(copy, story, CrossPostAction.GO_LIVE, Copies.SERVER, now);
        }
        if (waiting != null) {
            CrossPost request = new CrossPost(origin.region(), SAN_JOSE, waiting.id(), GEORGETOWN);
            request.requested(CrossPost.Direction.PUSH, "eli.editor", now, "The survey asks about the Caribbean too");
            em.persist(request);
            copies.record(request, CrossPostAction.REQUEST.name(), "eli.editor", now, null, request.requestNote());
        }
        LOG.info(() -> "Cross-posted " + aboutWashington.size() + " demo stories to " + WASHINGTON + "; one request waits for the region");
    }

    /** A Spanish version of the story, published and linked with it, as an editor would have written it. */
    private void translate(Office office, Story english, Instant now) {
        EntityManager em = tenancy.of(office.slug());
        Revision text = english.live();
        Story spanish = new Story(ACTOR, now);
        em.persist(spanish);
        Content content = new Content("La OIM celebra las acciones ejecutivas del presidente Joe Biden sobre migración", "Washington",
                text.publicationDate(), "La Organización Internacional para las Migraciones (OIM) aplaude los planes del presidente"
                + " Joe Biden para atender las causas de la migración y promover una migración segura, ordenada y regular en la región.",
                HtmlSanitizer.paragraphs(List.of("Estas medidas darán un marco para ampliar el reasentamiento de refugiados y los mecanismos"
                        + " de asilo y protección en Norteamérica y Centroamérica.", "El gobierno también expuso su compromiso de atender"
                        + " las causas profundas de la migración irregular y el desplazamiento, buscar opciones humanas para las poblaciones"
                        + " vulnerables y ampliar las vías regulares de migración hacia los Estados Unidos.")),
                "es", text.content().topics(), null);
        Revision first = spanish.addRevision(content, text.topics(), ACTOR, now, "Demo translation of story " + english.id());
        em.persist(first);
        spanish.workOn(first);
        spanish.apply(EditorialAction.IMPORT, ACTOR, now);
        // the new story's row first: the English one is about to point at it
        em.flush();
        spanish.translatedAs(english.id());
        english.translatedAs(spanish.id());
        publishing.putLive(office, spanish, english.firstPublishedAt() == null ? now : english.firstPublishedAt(), now);
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
