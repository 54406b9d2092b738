package org.dateline.web.api;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
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
import org.dateline.courses.boundary.Courses;
import org.dateline.courses.entity.Course;
import org.dateline.courses.entity.CourseFilter;
import org.dateline.placements.boundary.SiteVersions;
import org.dateline.tenancy.boundary.OfficeDirectory;
import org.dateline.tenancy.control.SiteAddresses;
import org.dateline.tenancy.entity.Office;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;

/**
 * An office's published courses as JSON, filtered as on the site's courses page, and answered
 * with the site's version as ETag like the stories: a course published or taken off changes it.
 */
@Path("v1/{office}/courses")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Courses")
public class CoursesResource {

    @EJB
    OfficeDirectory offices;

    @EJB
    Courses courses;

    @EJB
    SiteVersions siteVersions;

    @Context
    Request request;

    @Inject
    SiteAddresses addresses;

    /**
     * A published course: its dates are null when it is self-paced; its link (where one signs up)
     * is null when the office gave none; {@code url} is the office's courses page.
     */
    @JsonbNillable
    public record CourseJson(long id, String title, String provider, String summary, String language, List<String> topics,
                             @Schema(enumeration = {"ONLINE", "IN_PERSON", "BLENDED"}) String format, String link,
                             LocalDate startsOn, LocalDate endsOn, boolean selfPaced, boolean certificate, String url) {
    }

    @GET
    @Operation(summary = "The office's published courses: current ones (self-paced, running or to come) or past ones",
            description = "Current courses soonest first, self-paced ones after them; past courses the latest ended first.")
    @APIResponse(responseCode = "200", description = "The courses", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = CourseJson.class)))
    @APIResponse(responseCode = "404", description = "No such office")
    public Response list(@PathParam("office") String slug,
                         @Parameter(description = "a topic's slug: only its courses") @QueryParam("topic") String topic,
                         @Parameter(description = "only courses in this language",
                                 schema = @Schema(type = SchemaType.STRING, enumeration = {"en", "es"})) @QueryParam("language") String language,
                         @Parameter(description = "only courses of this format",
                                 schema = @Schema(type = SchemaType.STRING, enumeration = {"online", "in-person", "blended"}))
                         @QueryParam("format") String format,
                         @Parameter(description = "`past` for the courses that are over; current ones otherwise",
                                 schema = @Schema(type = SchemaType.STRING, enumeration = {"current", "past"})) @QueryParam("when") String when) {
        Office office = office(slug);
        CourseFilter filter = CourseFilter.of(topic, language, format, when);
        return cached(office, () -> courses.published(office.slug(), filter).stream().map(c -> json(office, c)).toList());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One published course of the office")
    @APIResponse(responseCode = "200", description = "The course", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CourseJson.class)))
    @APIResponse(responseCode = "404", description = "No such office, or no such published course in it")
    public Response course(@PathParam("office") String slug, @PathParam("id") long id) {
        Office office = office(slug);
        Course course = courses.publishedCourse(office.slug(), id)
                .orElseThrow(() -> new NotFoundException("No course " + id + " on this site."));
        return cached(office, () -> json(office, course));
    }

    private CourseJson json(Office office, Course c) {
        return new CourseJson(c.id(), c.title(), c.provider(), c.summary(), c.language(), c.topics(), c.format().name(), c.link(),
                c.startsOn(), c.endsOn(), c.selfPaced(), c.certificate(), addresses.of(office) + "courses/");
    }

    private Office office(String slug) {
        return offices.bySlug(slug).orElseThrow(() -> new NotFoundException("No office '" + slug + "'."));
    }

    /** Answers 304 when the client has the site's current version, and otherwise the body with it. */
    private Response cached(Office office, Supplier<Object> body) {
        SiteVersions.Stamp version = siteVersions.of(office.slug());
        EntityTag tag = new EntityTag("api-courses-" + version.version() + "-" + LocalDate.now(office.zone()));
        CacheControl control = new CacheControl();
        control.setNoCache(true);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.cacheControl(control).build();
        }
        return Response.ok(body.get()).tag(tag).lastModified(Date.from(version.changedAt())).cacheControl(control).build();
    }
}
