package org.dateline.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.dateline.articles.entity.InvalidStory;
import org.dateline.articles.entity.StoryNotFound;
import org.dateline.crossposting.entity.IllegalCrossPost;
import org.dateline.workflow.entity.StoryLocked;
import org.dateline.identity.entity.NotAllowed;
import org.dateline.tenancy.boundary.UnknownOffice;
import org.dateline.workflow.entity.IllegalTransition;
import org.dateline.workflow.entity.StoryConflict;

import java.util.Map;

/**
 * The boundaries' refusals as JSON errors with their status. The message says what happened; nothing
 * was changed (except that a conflicting text was kept as a revision, as the message then says).
 */
public final class WorkflowRefusals {

    private WorkflowRefusals() {
    }

    static Response refusal(Response.Status status, RuntimeException e) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(Map.of("error", String.valueOf(e.getMessage()))).build();
    }

    @Provider
    public static class Forbidden implements ExceptionMapper<NotAllowed> {
        @Override
        public Response toResponse(NotAllowed e) {
            return refusal(Response.Status.FORBIDDEN, e);
        }
    }

    @Provider
    public static class NoSuchStory implements ExceptionMapper<StoryNotFound> {
        @Override
        public Response toResponse(StoryNotFound e) {
            return refusal(Response.Status.NOT_FOUND, e);
        }
    }

    @Provider
    public static class NoSuchOffice implements ExceptionMapper<UnknownOffice> {
        @Override
        public Response toResponse(UnknownOffice e) {
            return refusal(Response.Status.NOT_FOUND, e);
        }
    }

    @Provider
    public static class Conflict implements ExceptionMapper<StoryConflict> {
        @Override
        public Response toResponse(StoryConflict e) {
            return refusal(Response.Status.CONFLICT, e);
        }
    }

    @Provider
    public static class NotNow implements ExceptionMapper<IllegalTransition> {
        @Override
        public Response toResponse(IllegalTransition e) {
            return refusal(Response.Status.CONFLICT, e);
        }
    }

    @Provider
    public static class CrossPostNotNow implements ExceptionMapper<IllegalCrossPost> {
        @Override
        public Response toResponse(IllegalCrossPost e) {
            return refusal(Response.Status.CONFLICT, e);
        }
    }

    @Provider
    public static class Locked implements ExceptionMapper<StoryLocked> {
        @Override
        public Response toResponse(StoryLocked e) {
            return refusal(Response.Status.CONFLICT, e);
        }
    }

    @Provider
    public static class Invalid implements ExceptionMapper<InvalidStory> {
        @Override
        public Response toResponse(InvalidStory e) {
            return refusal(Response.Status.BAD_REQUEST, e);
        }
    }
}
