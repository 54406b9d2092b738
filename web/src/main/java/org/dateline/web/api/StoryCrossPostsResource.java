package org.dateline.web.api;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.dateline.crossposting.boundary.CrossPosts;
import org.dateline.web.api.CrossPostsResource.CrossPostView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * A story's cross-posts in the newsroom API: offering it to other offices and its ledger. Its root
 * is the stories' own ({@link NewsroomResource}), so that a request below a story is matched among
 * both resources' methods (one with a shorter root would never be reached: JAX-RS picks the root
 * that matches the most of the path first).
 */
@Path("newsroom/v1/offices/{office}/stories")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cross-posting")
public class StoryCrossPostsResource {

    @EJB
    CrossPosts crossPosts;

    @POST
    @Path("{id}/cross-posts")
    @Operation(summary = "Offer one of the office's stories to other offices' sites (push)",
            description = "Body: {\"targets\": [\"washington\"], \"note\": \"…\"}. An editor of the office.")
    public List<CrossPostView> offer(@PathParam("office") String office, @PathParam("id") long id, JsonObject body) {
        return crossPosts.offer(office, id, CrossPostsResource.strings(body, "targets"), CrossPostsResource.text(body, "note")).stream().map(CrossPostView::of).toList();
    }

    @GET
    @Path("{id}/cross-posts")
    @Operation(summary = "The story's ledger: where it is live, requested, declined or withdrawn")
    public List<CrossPostView> ledger(@PathParam("office") String office, @PathParam("id") long id) {
        return crossPosts.ledger(office, id).stream().map(CrossPostView::of).toList();
    }

}
