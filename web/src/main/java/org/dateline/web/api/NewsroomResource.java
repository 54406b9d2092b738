package org.dateline.web.api;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.dateline.articles.boundary.Stories;
import org.dateline.articles.entity.Topic;
import org.dateline.articles.entity.InvalidStory;
import org.dateline.articles.entity.Revision;
import org.dateline.articles.entity.Story;
import org.dateline.workflow.boundary.Editorial;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The editorial workflow for a signed-in person, as JSON: the studio's actions, for scripts and
 * tools. The caller sends their Keycloak access token as a Bearer token (the server's OpenID
 * Connect client checks it); each action goes through the same boundaries as the studio's pages,
 * which check the caller's role in the office. Refusals: 403 (no role for that in the office),
 * 404 (no such story in the office), 409 (changed meanwhile, or not possible in the story's
 * state), 400 (the text cannot be saved as it is).
 */
@Path("newsroom/v1/offices/{office}/stories")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Newsroom", description = "The editorial workflow, for signed-in staff (Bearer token from Keycloak).")
public class NewsroomResource {

    /** A story as the newsroom sees it: its state, version and working text with every field. */
    public record StoryView(long id, String state, int version, String title, String dateline, LocalDate publicationDate,
                            String lead, String body, String language, List<String> topics, Long heroImageId, String correction,
                            String updatedBy) {
    }

    @EJB
    Editorial editorial;

    @EJB
    Stories stories;

    @GET
    @Operation(summary = "The office's recent stories, drafts included")
    public List<StoryView> recent(@PathParam("office") String office) {
        return stories.recent(office, 50).stream().map(s -> view(office, s)).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A story with its working text")
    public StoryView story(@PathParam("office") String office, @PathParam("id") long id) {
        return view(office, stories.find(office, id));
    }

    @POST
    @Operation(summary = "Start a story (a draft)",
            description = "Fields: title, dateline, publicationDate (yyyy-MM-dd), lead, body (HTML), language, topics (names), heroImageId,"
                    + " correction (the notice readers see when the text corrects what was published).")
    public Response create(@PathParam("office") String office, JsonObject text) {
        return Response.status(Response.Status.CREATED).entity(view(office, editorial.create(office, StoryFields.edit(text).values())))
                .build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Save a new revision over the given version",
            description = "Only the fields sent change; every field left out stays as it is (send null to clear one).")
    public StoryView revise(@PathParam("office") String office, @PathParam("id") long id, @QueryParam("version") int version,
                            JsonObject text) {
        return view(office, editorial.revise(office, id, version, StoryFields.edit(text)));
    }

    @POST
    @Path("{id}/submit")
    public StoryView submit(@PathParam("office") String office, @PathParam("id") long id, @QueryParam("version") int version) {
        return view(office, editorial.submitForReview(office, id, version));
    }

    @POST
    @Path("{id}/request-changes")
    public StoryView requestChanges(@PathParam("office") String office, @PathParam("id") long id, @QueryParam("version") int version,
                                    @QueryParam("comment") String comment) {
        return view(office, editorial.requestChanges(office, id, version, comment));
    }

    @POST
    @Path("{id}/publish")
    public StoryView publish(@PathParam("office") String office, @PathParam("id") long id, @QueryParam("version") int version) {
        return view(office, editorial.publish(office, id, version));
    }

    @POST
    @Path("{id}/schedule")
    @Operation(summary = "Schedule publication at a local time of the office (yyyy-MM-ddTHH:mm)")
    public StoryView schedule(@PathParam("office") String office, @PathParam("id") long id, @QueryParam("version") int version,
                              @QueryParam("at") String at) {
        return view(office, editorial.schedule(office, id, version, localTime(at)));
    }

    @POST
    @Path("{id}/cancel-schedule")
    public StoryView cancelSchedule(@PathParam("office") String office, @PathParam("id") long id, @QueryParam("version") int version) {
        return view(office, editorial.cancelSchedule(office, id, version));
    }

    @POST
    @Path("{id}/unpublish")
    public StoryView unpublish(@PathParam("office") String office, @PathParam("id") long id, @QueryParam("version") int version,
                               @QueryParam("comment") String comment) {
        return view(office, editorial.unpublish(office, id, version, comment));
    }

    @POST
    @Path("{id}/archive")
    public StoryView archive(@PathParam("office") String office, @PathParam("id") long id, @QueryParam("version") int version) {
        return view(office, editorial.archive(office, id, version));
    }

    @POST
    @Path("{id}/restore")
    public StoryView restore(@PathParam("office") String office, @PathParam("id") long id, @QueryParam("version") int version,
                             @QueryParam("revision") int revision) {
        return view(office, editorial.restore(office, id, version, revision));
    }

    /** The publication time as the office's staff write it; a malformed one is refused with what was expected. */
    static LocalDateTime localTime(String at) {
        if (at == null || at.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(at.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidStory(List.of("'" + at + "' is not a date and time: write it as 2026-11-24T09:30, in the office's time zone."));
        }
    }

    private StoryView view(String office, Story story) {
        Revision working = stories.working(office, story.id());
        return new StoryView(story.id(), story.state().name(), story.version(), working.title(), working.dateline(),
                working.publicationDate(), working.lead(), working.body(), working.language(),
                working.topics().stream().map(Topic::name).toList(), working.heroImageId(), working.correctionNotice(), story.updatedBy());
    }
}
