package org.dateline.crossposting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dateline.articles.entity.Revision;
import org.dateline.articles.entity.Story;
import org.dateline.audit.control.Auditor;
import org.dateline.identity.control.OfficePeople;
import org.dateline.identity.entity.Role;
import org.dateline.notifications.control.Notifier;
import org.dateline.notifications.entity.NotificationKind;
import org.dateline.crossposting.entity.CrossPost;
import org.dateline.crossposting.entity.CrossPostAction;
import org.dateline.crossposting.entity.CrossPostState;
import org.dateline.placements.control.Placing;
import org.dateline.tenancy.control.Tenancy;
import org.dateline.tenancy.entity.Office;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The copies of a story on other offices' sites follow their origin, inside the origin's
 * transaction: a new live revision at the origin refreshes every live copy, taking the story off at
 * the origin takes every copy off with it (a kill), and putting it live again offers the killed
 * copies to their sites again without putting them live (their editors decide). A copy is a
 * placement of the target's site made from the origin's live revision, dated as the origin dates
 * it; the story's translation comes along where the target publishes in its language. This is,
 * with the cross-posting boundary, the one place that writes into one office's site from another's.
 */
@ApplicationScoped
public class Copies {

    public static final String SERVER = "server";

    @Inject
    Tenancy tenancy;

    @Inject
    Placing placing;

    @Inject
    Auditor auditor;

    @Inject
    Notifier notifier;

    @Inject
    OfficePeople people;

    /** The origin's story is live with a new revision (published, released or republished). */
    public void originLive(Office origin, Story story, Instant now) {
        for (CrossPost copy : ofStory(origin.slug(), story.id())) {
            switch (copy.state()) {
                case LIVE -> show(copy, story, now);
                case APPROVED -> {
                    if (copy.isDue(now)) {
                        goLive(copy, story, CrossPostAction.GO_LIVE, SERVER, now);
                    }
                }
                case WITHDRAWN -> {
                    if (copy.killed()) {
                        move(copy, CrossPostAction.REVIVE, SERVER, now, "The origin put the story live again");
                    }
                }
                default -> {
                }
            }
        }
        // the story may be the translation of a story that is live elsewhere: its copies gain the pair
        if (story.translationId() != null) {
            Story pair = tenancy.of(origin.slug()).find(Story.class, story.translationId());
            for (CrossPost copy : ofStory(origin.slug(), story.translationId())) {
                if (copy.state() == CrossPostState.LIVE && pair != null && pair.isLive()) {
                    show(copy, pair, now);
                }
            }
        }
    }

    /** The origin took its story off its site: every live copy comes off too. */
    public void originOff(Office origin, Story story, Instant now) {
        for (CrossPost copy : ofStory(origin.slug(), story.id())) {
            if (copy.state() == CrossPostState.LIVE) {
                move(copy, CrossPostAction.KILL, SERVER, now, "The origin took the story off its site");
                hide(copy, story, now);
                notifier.tell(copy.targetOffice(), people.withRole(copy.targetOffice(), Role.EDITOR), story.id(),
                        story.working().title(), NotificationKind.COPY_TAKEN_OFF, SERVER, now, null);
            }
        }
        if (story.translationId() != null) {
            for (CrossPost copy : ofStory(origin.slug(), story.translationId())) {
                if (copy.state() == CrossPostState.LIVE && !hasOwnLiveCopy(copy.originOffice(), story.id(), copy.targetOffice())) {
                    placing.withdraw(copy.targetOffice(), copy.originOffice(), story.id(), now);
                    placing.linkTranslations(copy.targetOffice(), copy.originOffice(), story.translationId(), null, now);
                }
            }
        }
    }

    /** Puts an approved copy live on its site now; the origin's story must be live. */
    public void goLive(CrossPost copy, Story story, CrossPostAction action, String by, Instant now) {
        move(copy, action, by, now, null);
        show(copy, story, now);
        // the one who asked for it at approval has just heard of the approval
        List<String> told = people.withRole(copy.targetOffice(), Role.EDITOR).stream()
                .filter(p -> SERVER.equals(by) || !p.equals(copy.requestedBy())).toList();
        notifier.tell(copy.targetOffice(), told, story.id(), story.working().title(), NotificationKind.COPY_LIVE, by, now,
                office(copy.originOffice()).name());
    }

    /** Takes a copy off its site (its cross-post was withdrawn or killed). */
    public void hide(CrossPost copy, Story story, Instant now) {
        placing.withdraw(copy.targetOffice(), copy.originOffice(), copy.storyId(), now);
        Long pair = story.translationId();
        if (pair != null && !hasOwnLiveCopy(copy.originOffice(), pair, copy.targetOffice())) {
            placing.withdraw(copy.targetOffice(), copy.originOffice(), pair, now);
        }
        placing.linkTranslations(copy.targetOffice(), copy.originOffice(), copy.storyId(), null, now);
    }

    /** Shows the origin's live revision on the copy's site, and its live translation where the site publishes in its language. */
    public void show(CrossPost copy, Story story, Instant now) {
        Office origin = office(copy.originOffice());
        Office target = office(copy.targetOffice());
        placing.placeCopy(target.slug(), origin.slug(), story.live(), copy.liveSince(), shownDate(origin, story),
                copy.targetTopics(), now);
        Long pairId = story.translationId();
        Story pair = pairId == null ? null : tenancy.of(origin.slug()).find(Story.class, pairId);
        if (pair != null && pair.isLive() && target.publishesIn(pair.live().language())) {
            placing.placeCopy(target.slug(), origin.slug(), pair.live(), copy.liveSince(), shownDate(origin, pair), List.of(), now);
            placing.linkTranslations(target.slug(), origin.slug(), story.id(), pairId, now);
        } else {
            placing.linkTranslations(target.slug(), origin.slug(), story.id(), null, now);
        }
    }

    /** Moves the cross-post and writes the step into the trails of both offices. */
    public void move(CrossPost copy, CrossPostAction action, String by, Instant now, String note) {
        CrossPostState from = copy.apply(action, by, now, note);
        record(copy, action.name(), by, now, from, note);
    }

    /** Writes a step of the cross-post into the trails of both offices it touches. */
    public void record(CrossPost copy, String action, String by, Instant now, CrossPostState from, String note) {
        String comment = "Cross-post of " + copy.originOffice() + "'s story " + copy.storyId() + " to " + copy.targetOffice()
                + (note == null || note.isBlank() ? "" : ": " + note);
        auditor.record(copy.originOffice(), copy.storyId(), by, now, "CROSS_POST_" + action, from, copy.state(), null, comment);
        auditor.record(copy.targetOffice(), null, by, now, "CROSS_POST_" + action, from, copy.state(), null, comment);
    }

    /** The date the origin shows the story under (its own publication date, else the day it first went live there). */
    private static LocalDate shownDate(Office origin, Story story) {
        Revision live = story.live();
        if (live.publicationDate() != null) {
            return live.publicationDate();
        }
        Instant first = story.firstPublishedAt() == null ? Instant.now() : story.firstPublishedAt();
        return LocalDate.ofInstant(first, origin.zone());
    }

    private boolean hasOwnLiveCopy(String origin, long storyId, String target) {
        return ofStory(origin, storyId).stream().anyMatch(c -> c.targetOffice().equals(target) && c.state() == CrossPostState.LIVE);
    }

    /** The cross-posts of one story of the origin, every target. */
    public List<CrossPost> ofStory(String origin, long storyId) {
        return em(origin).createNamedQuery(CrossPost.OF_STORY, CrossPost.class).setParameter("origin", origin)
                .setParameter("story", storyId).getResultList();
    }

    private Office office(String slug) {
        return em(slug).find(Office.class, slug);
    }

    private EntityManager em(String office) {
        return tenancy.of(office);
    }
}
