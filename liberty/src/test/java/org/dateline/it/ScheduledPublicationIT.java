package org.dateline.it;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.dateline.articles.boundary.Stories;
import org.dateline.articles.entity.Story;
import org.dateline.audit.boundary.AuditTrail;
import org.dateline.audit.entity.AuditEvent;
import org.dateline.placements.boundary.Placements;
import org.dateline.workflow.boundary.Editorial;
import org.dateline.workflow.entity.EditorialState;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@ExtendWith(ArquillianExtension.class)
class ScheduledPublicationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.dateline(ScheduledPublicationIT.class);
    }

    @EJB
    Editorial editorial;

    @EJB
    Stories stories;

    @EJB
    Placements placements;

    @EJB
    AuditTrail audit;

    @Inject
    HttpServletRequest request;

    @Test
    void aScheduledStoryIsPublishedAtItsTimeByTheScheduler() throws InterruptedException {
        SignedIn signedIn = new SignedIn(request);
        String title = Newsroom.unique("Published by the timer");
        Story draft = signedIn.as("gabe.author", () -> editorial.create("georgetown", Newsroom.story(title)));
        Story submitted = signedIn.as("gabe.author", () -> editorial.submitForReview("georgetown", draft.id(), draft.version()));
        LocalDateTime inAFewSeconds = LocalDateTime.now(ZoneId.of("America/Guyana")).plusSeconds(4);
        signedIn.run("grace.editor", () -> editorial.schedule("georgetown", draft.id(), submitted.version(), inAFewSeconds));
        assertThat(placements.live("georgetown", draft.id())).isEmpty();

        Story story = draft;
        for (int i = 0; i < 60 && story.state() != EditorialState.PUBLISHED; i++) {
            Thread.sleep(1000);
            story = signedIn.as("grace.editor", () -> stories.find("georgetown", draft.id()));
        }
        assertThat(story.state()).isEqualTo(EditorialState.PUBLISHED);
        assertThat(placements.live("georgetown", draft.id())).get().satisfies(p -> assertThat(p.title()).isEqualTo(title));
        assertThat(signedIn.as("grace.editor", () -> audit.ofStory("georgetown", draft.id())))
                .extracting(AuditEvent::action, AuditEvent::actor, AuditEvent::toState)
                .endsWith(tuple("SCHEDULE", "grace.editor", "SCHEDULED"), tuple("RELEASE", "scheduler", "PUBLISHED"));
        assertThat(new Site(request).get("/georgetown/").html()).contains(title);
    }

    @Test
    void aScheduledTakeDownTakesALiveStoryOffTheSiteAtItsTime() throws InterruptedException {
        SignedIn signedIn = new SignedIn(request);
        String title = Newsroom.unique("Taken down by the timer");
        Story live = Newsroom.published(editorial, signedIn, "georgetown", "gabe.author", "grace.editor", title);
        LocalDateTime inAFewSeconds = LocalDateTime.now(ZoneId.of("America/Guyana")).plusSeconds(4);
        Story scheduled = signedIn.as("grace.editor",
                () -> editorial.scheduleUnpublish("georgetown", live.id(), live.version(), inAFewSeconds, "The offer ends"));
        assertThat(scheduled.state()).isEqualTo(EditorialState.PUBLISHED);
        assertThat(scheduled.unpublishAt()).isNotNull();
        assertThat(placements.live("georgetown", live.id())).isPresent();

        Story story = scheduled;
        for (int i = 0; i < 60 && story.state() != EditorialState.UNPUBLISHED; i++) {
            Thread.sleep(1000);
            story = signedIn.as("grace.editor", () -> stories.find("georgetown", live.id()));
        }
        assertThat(story.state()).isEqualTo(EditorialState.UNPUBLISHED);
        assertThat(story.unpublishAt()).isNull();
        assertThat(placements.live("georgetown", live.id())).isEmpty();
        assertThat(signedIn.as("grace.editor", () -> audit.ofStory("georgetown", live.id())))
                .extracting(AuditEvent::action, AuditEvent::actor, AuditEvent::toState)
                .endsWith(tuple("SCHEDULE_UNPUBLISH", "grace.editor", "PUBLISHED"), tuple("TAKE_DOWN", "scheduler", "UNPUBLISHED"));
        assertThat(new Site(request).get("/georgetown/").html()).doesNotContain(title);
    }

    @Test
    void aCancelledTakeDownLeavesTheStoryLive() throws InterruptedException {
        SignedIn signedIn = new SignedIn(request);
        Story live = Newsroom.published(editorial, signedIn, "georgetown", "gabe.author", "grace.editor", Newsroom.unique("Stays up"));
        LocalDateTime inAFewSeconds = LocalDateTime.now(ZoneId.of("America/Guyana")).plusSeconds(3);
        Story scheduled = signedIn.as("grace.editor",
                () -> editorial.scheduleUnpublish("georgetown", live.id(), live.version(), inAFewSeconds, null));
        Story cancelled = signedIn.as("grace.editor", () -> editorial.cancelUnpublish("georgetown", live.id(), scheduled.version()));
        assertThat(cancelled.unpublishAt()).isNull();

        Thread.sleep(6000);
        assertThat(signedIn.as("grace.editor", () -> stories.find("georgetown", live.id())).state()).isEqualTo(EditorialState.PUBLISHED);
        assertThat(placements.live("georgetown", live.id())).isPresent();
    }
}
