package org.dateline.importing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dateline.articles.control.HtmlSanitizer;
import org.dateline.articles.control.Topics;
import org.dateline.articles.entity.Content;
import org.dateline.articles.entity.Revision;
import org.dateline.articles.entity.Story;
import org.dateline.audit.control.Auditor;
import org.dateline.courses.control.CourseShelf;
import org.dateline.courses.entity.CourseContent;
import org.dateline.importing.entity.ImportReport;
import org.dateline.importing.entity.ListingImport;
import org.dateline.workflow.control.Publishing;
import org.dateline.tenancy.control.Tenancy;
import org.dateline.tenancy.entity.Office;
import org.dateline.workflow.entity.EditorialAction;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes parsed listing items as published stories of one office, in the caller's transaction.
 * A story keeps its real date; stories of one listing and one date keep the listing's order
 * (the first listed is the newest). Undated items carry the date the office chose for them, in listing order.
 * Items that are courses ({@link CourseItems}) become published courses of the office instead.
 */
@ApplicationScoped
public class StoryImporter {

    private static final LocalTime LISTING_TIME = LocalTime.NOON;

    @Inject
    Tenancy tenancy;

    @Inject
    Topics topics;

    @Inject
    Publishing publishing;

    @Inject
    Auditor auditor;

    @Inject
    CourseShelf courses;

    /**
     * Imports the items; those the listing gives no date carry {@code undatedOn}, the date the
     * office chose for them (the caller has made sure there is one when any item is undated), and
     * the report names each of them.
     */
    public ImportReport importItems(String office, String listingKey, List<ListingItem> items, LocalDate undatedOn, String actor,
                                    Instant now) {
        EntityManager em = tenancy.of(office);
        if (em.find(ListingImport.class, listingKey) != null) {
            return ImportReport.storiesAlreadyImported(office, listingKey);
        }
        Office where = em.find(Office.class, office);
        List<Long> created = new ArrayList<>();
        List<Long> courseIds = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        String listingProvider = CourseItems.mostNamed(items).orElse(where.name());
        for (int i = 0; i < items.size(); i++) {
            ListingItem item = items.get(i);
            Optional<CourseContent> course = CourseItems.course(item, where.mainLanguage(), listingProvider);
            if (course.isPresent()) {
                courseIds.add(courses.importPublished(office, course.get(), actor, now).id());
                continue;
            }
            List<String> rest = item.paragraphs().subList(1, item.paragraphs().size());
            LocalDate date = item.publishedOn() != null ? item.publishedOn() : undatedOn;
            if (item.publishedOn() == null) {
                notes.add("line " + item.line() + ": \"" + item.title() + "\" has no date in the listing; it carries "
                        + (undatedOn == null ? "the day of the import" : undatedOn) + ", the date the office chose");
            }
            Content content = new Content(item.title(), item.dateline(), date, item.lead(),
                    HtmlSanitizer.paragraphs(rest), where.mainLanguage(),
                    item.section() == null ? List.of() : List.of(item.section()));
            Instant publishedAt = (date == null ? now : date.atTime(LISTING_TIME).atZone(where.zone()).toInstant()).minusSeconds(i);

            Story story = Story.imported(listingKey + "#" + item.line(), actor, now);
            em.persist(story);
            Revision revision = story.addRevision(content, topics.named(office, content.topics()), actor, now,
                    "Imported from " + listingKey + ", line " + item.line()
                            + (item.publishedOn() == null ? "; undated in the listing, dated " + date + " by the office" : ""));
            em.persist(revision);
            story.workOn(revision);
            story.apply(EditorialAction.IMPORT, actor, now);
            publishing.putLive(where, story, publishedAt, now);
            auditor.record(office, story.id(), actor, now, EditorialAction.IMPORT.name(), null, story.state(), revision.number(),
                    "From " + listingKey + ", line " + item.line());
            created.add(story.id());
        }
        em.persist(new ListingImport(listingKey, actor, now, created.size()));
        return ImportReport.stories(office, listingKey, created, courseIds, notes);
    }
}
