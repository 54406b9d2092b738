package org.dateline.web.api;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.dateline.placements.boundary.Placements;
import org.dateline.placements.boundary.SiteVersions;
import org.dateline.media.entity.HeroImage;
import org.dateline.placements.entity.Placement;
import org.dateline.placements.entity.Translation;
import org.dateline.tenancy.boundary.OfficeDirectory;
import org.dateline.tenancy.control.SiteAddresses;
import org.dateline.tenancy.entity.Office;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An office's published stories, and the topics they are filed under, as JSON. */
@Path("v1/{office}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Stories")
public class StoriesResource {

    static final int MAX_LIMIT = 100;
    private static final Pattern CURSOR = Pattern.compile("^(\\d{1,19})-(\\d{1,18})$");

    @EJB
    OfficeDirectory offices;

    @EJB
    Placements placements;

    @EJB
    SiteVersions siteVersions;

    @Context
    Request request;

    @Inject
    SiteAddresses addresses;

    /** A story as listed. */
    public record Summary(long id, String title, String dateline, LocalDate date, Instant publishedAt, String lead,
                          List<String> topics, String language, String url) {
    }

    /**
     * A story with its text (sanitized HTML), its hero image and its live translation on the site
     * (each left out when there is none).
     */
    public record Story(long id, String title, String dateline, LocalDate date, Instant publishedAt, String lead, String body,
                        List<String> topics, String language, String url, Image image, TranslationLink translation) {
    }

    /** A hero image: its renditions, narrowest first, each at an address whose bytes never change. */
    public record Image(String alt, String credit, int width, int height, List<ImageRendition> renditions) {
    }

    public record ImageRendition(int width, int height, String url) {
    }

    /** The same story in another language, on the same site. */
    public record TranslationLink(long id, String language, String url) {
    }

    /**
     * A topic of the site: how many published stories it has, its page on the site, and the API's
     * list of its stories.
     */
    public record TopicSummary(String slug, String name, long stories, String url, String storiesUrl) {
    }

    /** One page of stories, newest first; {@code next} is the cursor of the following page, or null on the last. */
    @JsonbNillable
    public record Page(List<Summary> items, String next) {
    }

    @GET
    @Path("stories")
    @Operation(summary = "The office's published stories, newest first, all or those of one topic",
            description = "Pages of at most 100 stories; pass the previous page's `next` as `before` for the following one.")
    public Response list(@PathParam("office") String slug,
                         @Parameter(description = "cursor from the previous page") @QueryParam("before") String before,
                         @Parameter(description = "a topic's slug: only its stories") @QueryParam("topic") String topic,
                         @QueryParam("limit") @DefaultValue("20") int limit) {
        Office office = office(slug);
        if (topic != null && placements.topicName(office.slug(), topic).isEmpty()) {
            throw new NotFoundException("No topic '" + topic + "' on this site.");
        }
        int size = Math.max(1, Math.min(limit, MAX_LIMIT));
        return cached(office, () -> {
            Matcher cursor = before == null ? null : CURSOR.matcher(before);
            boolean after = cursor != null && cursor.matches();
            Instant at = after ? Instant.ofEpochMilli(Long.parseLong(cursor.group(1))) : null;
            long id = after ? Long.parseLong(cursor.group(2)) : 0;
            List<Placement> page = topic == null
                    ? (after ? placements.olderThan(office.slug(), at, id, size + 1) : placements.latest(office.slug(), size + 1))
                    : (after ? placements.olderOnTopic(office.slug(), topic, at, id, size + 1)
                            : placements.latestOnTopic(office.slug(), topic, size + 1));
            boolean more = page.size() > size;
            List<Placement> shown = more ? page.subList(0, size) : page;
            Placement last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
            return new Page(shown.stream().map(p -> summary(office, p)).toList(),
                    more ? last.publishedAt().toEpochMilli() + "-" + last.id() : null);
        });
    }

    @GET
    @Path("topics")
    @Tag(name = "Topics")
    @Operation(summary = "The office's topics that have published stories, by name, with how many each has")
    public Response topics(@PathParam("office") String slug) {
        Office office = office(slug);
        return cached(office, () -> placements.topics(office.slug()).stream()
                .map(t -> new TopicSummary(t.slug(), t.name(), t.stories(), site(office) + "topics/" + t.slug(),
                        addresses.network() + "/api/v1/" + office.slug() + "/stories?topic=" + t.slug()))
                .toList());
    }

    @GET
    @Path("stories/{id}")
    @Operation(summary = "One published story of the office, with its text")
    public Response story(@PathParam("office") String slug, @PathParam("id") long id) {
        Office office = office(slug);
        Placement p = placements.live(office.slug(), id).orElseThrow(() -> new NotFoundException("No story " + id + " on this site."));
        return cached(office, () -> new Story(p.storyId(), p.title(), p.dateline(), p.publicationDate(), p.publishedAt(), p.lead(),
                p.body(), p.topics(), p.language(), url(office, p), image(office, p.heroImage()), translation(office, p.translation())));
    }

    private Image image(Office office, HeroImage hero) {
        if (hero == null) {
            return null;
        }
        return new Image(hero.alt(), hero.credit(), hero.largest().width(), hero.largest().height(), hero.sizes().stream()
                .map(s -> new ImageRendition(s.width(), s.height(), site(office) + s.path(hero.id()))).toList());
    }

    private TranslationLink translation(Office office, Translation translation) {
        return translation == null ? null
                : new TranslationLink(translation.storyId(), translation.language(), site(office) + translation.path());
    }

    /** The office's site root at its configured address: nothing of the request goes into a URL. */
    private String site(Office office) {
        return addresses.of(office);
    }

    private Office office(String slug) {
        return offices.bySlug(slug).orElseThrow(() -> new NotFoundException("No office '" + slug + "'."));
    }

    /** Answers 304 when the client has the site's current version, and otherwise the body with it. */
    private Response cached(Office office, Supplier<Object> body) {
        SiteVersions.Stamp version = siteVersions.of(office.slug());
        EntityTag tag = new EntityTag("api-" + version.version());
        CacheControl control = new CacheControl();
        control.setNoCache(true);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.cacheControl(control).build();
        }
        return Response.ok(body.get()).tag(tag).lastModified(Date.from(version.changedAt())).cacheControl(control).build();
    }

    private Summary summary(Office office, Placement p) {
        return new Summary(p.storyId(), p.title(), p.dateline(), p.publicationDate(), p.publishedAt(), p.lead(), p.topics(),
                p.language(), url(office, p));
    }

    private String url(Office office, Placement p) {
        return site(office) + p.path();
    }
}
