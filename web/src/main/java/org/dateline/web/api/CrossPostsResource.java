package org.dateline.web.api;

import jakarta.ejb.EJB;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.dateline.articles.entity.InvalidStory;
import org.dateline.crossposting.boundary.CrossPosts;
import org.dateline.crossposting.entity.CrossPost;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;

/**
 * Cross-posting as JSON, for signed-in staff with a Bearer token: the same actions as the studio,
 * through the same boundary, which checks for each the caller's part (an editor of the origin or of
 * the target, a regional editor of the region). Refusals: 403 (no part in it), 404 (no such story),
 * 409 (not possible where it stands, or changed meanwhile), 400 (a malformed request).
 */
@Path("newsroom/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cross-posting", description = "A story of one office on another office's site, approved by the region's regional editor.")
public class CrossPostsResource {

    /** A cross-post as its parties see it. Times are UTC; the release time is a local time of the target office when asked for. */
    public record CrossPostView(long id, int version, String state, String originOffice, long storyId, String targetOffice,
                                String direction, String requestedBy, Instant requestedAt, String requestNote, String decidedBy,
                                Instant decidedAt, String decisionNote, Instant releaseAt, Instant liveSince, String endedBy,
                                Instant endedAt, String endNote, boolean killed, List<String> targetTopics) {

        static CrossPostView of(CrossPost c) {
            return new CrossPostView(c.id(), c.version(), c.state().name(), c.originOffice(), c.storyId(), c.targetOffice(),
                    c.direction().name(), c.requestedBy(), c.requestedAt(), c.requestNote(), c.decidedBy(), c.decidedAt(),
                    c.decisionNote(), c.releaseAt(), c.liveSince(), c.endedBy(), c.endedAt(), c.endNote(), c.killed(), c.targetTopics());
        }
    }

    @EJB
    CrossPosts crossPosts;

    @POST
    @Path("offices/{office}/cross-posts")
    @Operation(summary = "Ask for another office's published story for this office's site (pull)",
            description = "Body: {\"origin\": \"san-jose\", \"storyId\": 123, \"note\": \"…\"}. An editor of the office.")
    public CrossPostView ask(@PathParam("office") String office, JsonObject body) {
        if (body == null || !body.containsKey("storyId") || body.get("storyId").getValueType() != JsonValue.ValueType.NUMBER) {
            throw new InvalidStory(List.of("Say which story: \"storyId\" is the number of the story at its office."));
        }
        return CrossPostView.of(crossPosts.ask(office, text(body, "origin"), body.getJsonNumber("storyId").longValue(), text(body, "note")));
    }

    @GET
    @Path("cross-posts/queue")
    @Operation(summary = "The requests waiting for the caller's decision, in the regions they are regional editor of")
    public List<CrossPostView> queue() {
        return crossPosts.queue().stream().map(CrossPostView::of).toList();
    }

    @POST
    @Path("cross-posts/{id}/approve")
    @Operation(summary = "Approve a request (a regional editor); at once or at a local time of the target office (yyyy-MM-ddTHH:mm)")
    public CrossPostView approve(@PathParam("id") long id, @QueryParam("version") int version, @QueryParam("releaseAt") String releaseAt,
                                 @QueryParam("note") String note) {
        return CrossPostView.of(crossPosts.approve(id, version, NewsroomResource.localTime(releaseAt), note));
    }

    @POST
    @Path("cross-posts/{id}/decline")
    @Operation(summary = "Decline a request (a regional editor)")
    public CrossPostView decline(@PathParam("id") long id, @QueryParam("version") int version, @QueryParam("note") String note) {
        return CrossPostView.of(crossPosts.decline(id, version, note));
    }

    @POST
    @Path("cross-posts/{id}/withdraw")
    @Operation(summary = "Take the copy off the target's site (the origin's editors, the target's, or the region's)")
    public CrossPostView withdraw(@PathParam("id") long id, @QueryParam("version") int version, @QueryParam("note") String note) {
        return CrossPostView.of(crossPosts.withdraw(id, version, note));
    }

    @POST
    @Path("cross-posts/{id}/put-live-again")
    @Operation(summary = "Put a copy live again after the origin took its story off and back (the target's editors)")
    public CrossPostView putLiveAgain(@PathParam("id") long id, @QueryParam("version") int version) {
        return CrossPostView.of(crossPosts.putLiveAgain(id, version));
    }

    @PUT
    @Path("cross-posts/{id}/topics")
    @Operation(summary = "File the copy under the target's own topics (the target's editors); an empty list: the origin's again",
            description = "Body: [\"Health\", \"Labour migration\"].")
    public CrossPostView topics(@PathParam("id") long id, @QueryParam("version") int version, List<String> topics) {
        return CrossPostView.of(crossPosts.fileUnder(id, version, topics == null ? List.of() : topics));
    }

    @POST
    @Path("cross-posts/decisions")
    @Operation(summary = "Approve or decline several requests at once, each on its own",
            description = "Body: {\"approve\": true, \"note\": \"…\", \"decisions\": [{\"id\": 1, \"version\": 0}]}; the answer says which were done and why not the others.")
    public List<CrossPosts.Outcome> decide(JsonObject body) {
        if (body == null || !(body.get("decisions") instanceof JsonArray decisions)) {
            throw new InvalidStory(List.of("Send the \"decisions\": a list of {\"id\", \"version\"}."));
        }
        List<CrossPosts.Decision> list = decisions.getValuesAs(JsonObject.class).stream()
                .map(d -> new CrossPosts.Decision(d.getJsonNumber("id").longValue(), d.getInt("version"))).toList();
        return body.getBoolean("approve", true) ? crossPosts.approveAll(list, text(body, "note")) : crossPosts.declineAll(list, text(body, "note"));
    }

    static String text(JsonObject body, String name) {
        return body != null && body.get(name) instanceof JsonString s ? s.getString() : null;
    }

    static List<String> strings(JsonObject body, String name) {
        return body != null && body.get(name) instanceof JsonArray array ? names(array) : List.of();
    }

    private static List<String> names(JsonArray array) {
        return array.stream().filter(JsonString.class::isInstance).map(v -> ((JsonString) v).getString()).toList();
    }
}
