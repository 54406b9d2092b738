package org.dateline.web.studio;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import org.dateline.articles.entity.InvalidStory;
import org.dateline.articles.entity.StoryNotFound;
import org.dateline.courses.entity.CourseConflict;
import org.dateline.courses.entity.CourseNotFound;
import org.dateline.courses.entity.IllegalCourseTransition;
import org.dateline.courses.entity.InvalidCourse;
import org.dateline.identity.entity.NotAllowed;
import org.dateline.media.entity.ImageNotFound;
import org.dateline.media.entity.ImagesBusy;
import org.dateline.media.entity.InvalidImage;
import org.dateline.newsletters.entity.IllegalIssueTransition;
import org.dateline.newsletters.entity.InvalidIssue;
import org.dateline.newsletters.entity.IssueConflict;
import org.dateline.newsletters.entity.IssueNotFound;
import org.dateline.workflow.entity.IllegalTransition;
import org.dateline.workflow.entity.StoryConflict;
import org.dateline.workflow.entity.StoryLocked;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The one place where the studio says why a boundary refused: each refusal (an illegal transition,
 * a conflicting save, a story someone else is editing, an invalid story or image, a missing role)
 * — and a course's refusals likewise — becomes Faces messages in the person's language, so every page reports the same refusal the same
 * way. A refusal that concerns one field (a title, the body's images, the hero image) is shown next
 * to that field when the page says where it is.
 */
@RequestScoped
public class Refusals {

    @Inject
    StudioLanguage language;

    /**
     * Says why {@code refusal} happened.
     *
     * @param zone  the office's time zone, for times in the message
     * @param field where a problem of a field is shown: the client id of the field's message, or null for the page's messages
     * @return whether it was a refusal (anything else is rethrown by the caller)
     */
    public boolean show(RuntimeException refusal, ZoneId zone, Function<String, String> field) {
        if (refusal instanceof StoryConflict conflict) {
            error(null, conflict.keptAsRevision() == null ? language.text("refusal.conflict")
                    : language.text("refusal.conflictKept", conflict.keptAsRevision()));
        } else if (refusal instanceof StoryLocked locked) {
            error(null, language.text("refusal.locked", locked.holder(), language.when(locked.since(), zone)));
        } else if (refusal instanceof IllegalTransition illegal) {
            error(null, language.text("refusal.transition", language.text("action." + illegal.action().name()),
                    language.text("state." + illegal.state().name()).toLowerCase(language.getLocale())));
        } else if (refusal instanceof InvalidStory invalid) {
            problems(invalid.problems(), field);
        } else if (refusal instanceof InvalidImage invalid) {
            invalid.problems().forEach(problem -> error(field.apply("hero"), problem));
        } else if (refusal instanceof ImagesBusy) {
            error(field.apply("hero"), language.text("refusal.imagesBusy"));
        } else if (refusal instanceof IssueConflict) {
            error(null, language.text("refusal.newsletterConflict"));
        } else if (refusal instanceof IllegalIssueTransition illegal) {
            error(null, language.text("refusal.newsletterTransition", language.text("newsletter.action." + illegal.action().name()),
                    language.text("newsletter.state." + illegal.state().name()).toLowerCase(language.getLocale())));
        } else if (refusal instanceof InvalidIssue invalid) {
            invalid.found().forEach(problem -> error(field.apply(problem.field()), language.text("newsletter.problem." + problem.field()
                    .replaceAll(":\\d+", "").replace(':', '.') + "." + problem.kind().name(), problem.arguments().toArray())));
        } else if (refusal instanceof IssueNotFound) {
            error(null, language.text("refusal.newsletterNotFound"));
        } else if (refusal instanceof NotAllowed) {
            error(null, language.text("refusal.notAllowed"));
        } else if (refusal instanceof StoryNotFound || refusal instanceof ImageNotFound) {
            error(null, language.text("refusal.notFound"));
        } else if (refusal instanceof CourseConflict) {
            error(null, language.text("course.refusal.conflict"));
        } else if (refusal instanceof IllegalCourseTransition illegal) {
            error(null, language.text("course.refusal.transition", language.text("course.action." + illegal.action().name()),
                    language.text("course.state." + illegal.state().name()).toLowerCase(language.getLocale())));
        } else if (refusal instanceof InvalidCourse invalid) {
            invalid.problems().forEach(problem -> error(null, problem));
        } else if (refusal instanceof CourseNotFound) {
            error(null, language.text("course.refusal.notFound"));
        } else {
            return false;
        }
        return true;
    }

    /** A story's problems, each next to the field it is about when the page has that field. */
    private void problems(List<String> problems, Function<String, String> field) {
        for (String problem : problems) {
            String about = fieldOf(problem);
            error(about == null ? null : field.apply(about), about != null && about.equals("title") && problem.startsWith("The title is required")
                    ? language.text("refusal.titleRequired") : problem);
        }
    }

    /** Which field a problem the editorial boundary names is about (its words begin with the field's name). */
    static String fieldOf(String problem) {
        String p = problem.toLowerCase(Locale.ROOT);
        if (p.startsWith("the title")) {
            return "title";
        } else if (p.startsWith("the dateline")) {
            return "dateline";
        } else if (p.startsWith("the correction")) {
            return "correction";
        } else if (p.startsWith("the text shows")) {
            return "body";
        } else if (p.startsWith("the office publishes in")) {
            return "language";
        } else if (p.contains("to show at the top of the story")) {
            return "hero";
        } else if (p.startsWith("say what should change")) {
            return "comment";
        } else if (p.startsWith("the publication time") || p.startsWith("choose the date") || p.startsWith("the time ")) {
            return "when";
        }
        return null;
    }

    private static void error(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }
}
