package org.dateline.web.studio.crossposts;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.dateline.articles.entity.StoryNotFound;
import org.dateline.crossposting.boundary.CrossPosts;
import org.dateline.crossposting.entity.CrossPostAction;
import org.dateline.crossposting.entity.CrossPostLine;
import org.dateline.crossposting.entity.CrossPostState;
import org.dateline.crossposting.entity.IllegalCrossPost;
import org.dateline.identity.entity.NotAllowed;
import org.dateline.tenancy.boundary.OfficeDirectory;
import org.dateline.tenancy.boundary.UnknownOffice;
import org.dateline.web.studio.StudioLanguage;
import org.dateline.workflow.entity.StoryConflict;

import jakarta.ejb.EJB;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the cross-posting pages say, in the person's language: a cross-post's state, a time at an
 * office ("2 Dec 2026, 09:05, San José time"), and every refusal of the cross-posting boundary, in
 * one place, so that no page shows an English message of the boundary or a stack trace.
 */
@Named
@RequestScoped
public class CrossPostWords {

    private static final Logger LOG = Logger.getLogger(CrossPostWords.class.getName());

    @Inject
    StudioLanguage language;

    @EJB
    OfficeDirectory offices;

    /** The state of a cross-post in words ("Live", "Taken off with the original"). */
    public String state(CrossPostLine line) {
        if (line.state() == CrossPostState.WITHDRAWN && line.killed()) {
            return language.text("xp.state.KILLED");
        }
        if (line.state() == CrossPostState.APPROVED && line.killed()) {
            return language.text("xp.state.OFFERED_AGAIN");
        }
        if (line.state() == CrossPostState.APPROVED && !line.originLive()) {
            return language.text("xp.state.APPROVED.embargo");
        }
        return language.text("xp.state." + line.state().name());
    }

    public String stateWord(CrossPostState state) {
        return language.text("xp.state." + state.name() + ".word");
    }

    /** A moment at an office, in its time zone, saying which ("2 Dec 2026, 09:05, Washington time"). */
    public String at(Instant when, ZoneId zone, String officeName) {
        return when == null ? "" : language.text("xp.at", language.when(when, zone), officeName);
    }

    /** What the person is told when the boundary refuses. */
    public String refusal(RuntimeException refused) {
        Throwable e = refused instanceof EJBException && refused.getCause() != null ? refused.getCause() : refused;
        if (e instanceof IllegalCrossPost illegal) {
            return illegal(illegal.reason().name(), illegal.details().stream().map(String::valueOf).toList());
        }
        if (e instanceof NotAllowed) {
            return language.text("xp.refused.NOT_ALLOWED");
        }
        if (e instanceof StoryConflict) {
            return language.text("xp.refused.CHANGED");
        }
        if (e instanceof StoryNotFound) {
            return language.text("xp.refused.NO_SUCH_STORY");
        }
        if (e instanceof UnknownOffice) {
            return language.text("xp.refused.NO_SUCH_OFFICE");
        }
        LOG.log(Level.WARNING, "cross-posting failed", e);
        return language.text("xp.refused.FAILED");
    }

    /** Why one of several decisions taken at once was not done. */
    public String refusal(CrossPosts.Outcome outcome) {
        return switch (outcome.reason()) {
            case "NOT_ALLOWED", "CHANGED", "FAILED" -> language.text("xp.refused." + outcome.reason());
            default -> illegal(outcome.reason(), outcome.details());
        };
    }

    private String illegal(String reason, List<String> details) {
        return switch (IllegalCrossPost.Reason.valueOf(reason)) {
            case ALREADY -> language.text("xp.refused.ALREADY", stateWord(CrossPostState.valueOf(details.get(0))), officeName(details.get(1)));
            case NOT_NOW -> language.text("xp.refused.NOT_NOW", language.text("xp.action." + CrossPostAction.valueOf(details.get(0)).name()),
                    stateWord(CrossPostState.valueOf(details.get(1))), officeName(details.get(2)));
            case RELEASE_PASSED -> language.text("xp.refused.RELEASE_PASSED", details.get(0), details.get(1));
            case OWN_OFFICE, NOT_PUBLISHED -> language.text("xp.refused." + reason, details.get(0));
            case OTHER_REGION -> language.text("xp.refused.OTHER_REGION", details.get(0), details.get(1));
            default -> language.text("xp.refused." + reason);
        };
    }

    /** An office by name; its slug when there is no such office. */
    public String officeName(String slug) {
        return offices.bySlug(slug).map(o -> o.name()).orElse(slug);
    }
}
