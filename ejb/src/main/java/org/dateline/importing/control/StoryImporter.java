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
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes parsed listing items as published stories of one office, in the caller's transaction.
 * A story keeps its real date; stories of one listing and one date keep the listing's order
 * (the first listed is the newest). Undated items are dated by the import, in listing order.
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

    public ImportReport importItems(String office, String listingKey, List<ListingItem> items, String actor, Instant now) {
        EntityManager em = tenancy.of(office);
        if (em.find(ListingImport.class, listingKey) != null) {
            return ImportReport.storiesAlreadyImported(office, listingKey);
        }
        Office where = em.find(Office.class, office);
        List<Long> created = new ArrayList<>();
        List<Long> courseIds = new ArrayList<>();
        String listingProvider = CourseItems.mostNamed(items).orElse(where.name());
        for (int i = 0; i < items.size(); i++) {
            ListingItem item = items.get(i);
            Optional<CourseContent> course = CourseItems.course(item, where.mainLanguage(), listingProvider);
            if (course.isPresent()) {
                courseIds.add(courses.importPublished(office, course.get(), actor, now).id());
                continue;
            }
            List<String> rest = item.paragraphs().subList(1, item.paragraphs().size());
            Content content = new Content(item.title(), item.dateline(), item.publishedOn(), item.lead(),
                    HtmlSanitizer.paragraphs(rest), where.mainLanguage(),
                    item.section() == null ? List.of() : List.of(item.section()));
            Instant publishedAt = (item.publishedOn() == null ? now
                    : item.publishedOn().atTime(LISTING_TIME).atZone(where.zone()).toInstant()).minusSeconds(i);

            Story story = Story.imported(listingKey + "#" + item.line(), actor, now);
            em.persist(story);
            Revision revision = story.addRevision(content, topics.named(office, content.topics()), actor, now,
                    "Imported from " + listingKey + ", line " + item.line());
            em.persist(revision);
            story.workOn(revision);
            story.apply(EditorialAction.IMPORT, actor, now);
            publishing.putLive(where, story, publishedAt, now);
            auditor.record(office, story.id(), actor, now, EditorialAction.IMPORT.name(), null, story.state(), revision.number(),
                    "From " + listingKey + ", line " + item.line());
            created.add(story.id());
        }
        em.persist(new ListingImport(listingKey, actor, now, created.size()));
        return ImportReport.stories(office, listingKey, created, courseIds, List.of());
    }
}
