package org.dateline.importing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dateline.audit.control.Auditor;
import org.dateline.importing.entity.ImportReport;
import org.dateline.importing.entity.ListingImport;
import org.dateline.newsletters.entity.Issue;
import org.dateline.newsletters.entity.IssueAction;
import org.dateline.newsletters.entity.IssueContent;
import org.dateline.newsletters.entity.IssueItem;
import org.dateline.newsletters.entity.IssueSection;
import org.dateline.newsletters.entity.KeyResource;
import org.dateline.placements.control.Placing;
import org.dateline.placements.entity.Placement;
import org.dateline.tenancy.control.Tenancy;
import org.dateline.tenancy.entity.Office;

import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes a newsletter listing as one published issue of the office, in the caller's transaction.
 * An item's "Read more" link that the listing gives no address for points to the story live on the
 * office's site (its own or a cross-post) that the item is about, when one is clearly so: most of
 * the story title's words are in the item's text. Every other such link is left out, and the report
 * says which items they were.
 */
@ApplicationScoped
public class IssueImporter {

    /** Of a story title's words that say something, this share must be in the item for the item to be about it. */
    private static final double MATCH = 0.6;
    private static final int MIN_WORDS = 3;
    /** How many of the site's latest live stories an import looks at for "Read more" links. */
    private static final int CANDIDATES = 2_000;
    private static final Set<String> LITTLE_WORDS = Set.of("the", "and", "for", "with", "from", "into", "that", "this", "their",
            "its", "are", "was", "has", "have", "will", "about", "after", "amid", "over", "more", "los", "las", "del", "para",
            "con", "una", "por");

    @Inject
    Tenancy tenancy;

    @Inject
    Auditor auditor;

    @Inject
    Placing placing;

    public ImportReport importIssue(String office, String listingKey, NewsletterListing listing, String actor, Instant now) {
        EntityManager em = tenancy.of(office);
        if (em.find(ListingImport.class, listingKey) != null) {
            return ImportReport.issueAlreadyImported(office, listingKey);
        }
        Office where = em.find(Office.class, office);
        List<Placement> live = em.createNamedQuery(Placement.LATEST, Placement.class).setMaxResults(CANDIDATES).getResultList();
        List<String> notes = new ArrayList<>();
        List<IssueSection> sections = new ArrayList<>();
        for (NewsletterListing.Section section : listing.sections()) {
            List<IssueItem> items = new ArrayList<>();
            for (NewsletterListing.Item item : section.items()) {
                Long story = null;
                if (item.readMore() && item.readMoreUrl() == null) {
                    story = aboutWhich(item.text(), live);
                    if (story == null) {
                        notes.add("line " + item.line() + ": its \"Read more\" link had no address and no story of the site is"
                                + " about it; the item is shown without the link");
                    }
                }
                items.add(new IssueItem(item.text(), story, item.readMoreUrl(), null));
            }
            if (section.items().isEmpty()) {
                notes.add("the section \"" + section.heading() + "\" has no items in the listing");
            }
            sections.add(new IssueSection(section.heading(), items));
        }
        List<KeyResource> resources = listing.resources().stream().map(r -> new KeyResource(r.label(), r.text(), r.url())).toList();
        IssueContent content = new IssueContent(listing.title(), listing.month(), where.mainLanguage(), listing.intro(), sections,
                resources, listing.contact());
        // published, as far as the listing says, on the first day of its month
        Instant publishedAt = listing.month().atDay(1).atTime(LocalTime.NOON).atZone(where.zone()).toInstant();
        Issue issue = Issue.imported(content, actor, now, publishedAt);
        em.persist(issue);
        em.flush();
        auditor.record(office, null, actor, now, "NEWSLETTER_" + IssueAction.IMPORT.name(), null, issue.state(), issue.version(),
                "Newsletter issue " + issue.id() + " imported from " + listingKey);
        em.persist(new ListingImport(listingKey, actor, now, 1));
        placing.touched(office, now);
        return ImportReport.issue(office, listingKey, issue.id(), notes);
    }

    /** The live story the item is about, or null when none clearly is. */
    static Long aboutWhich(String itemText, List<Placement> live) {
        Set<String> said = words(itemText);
        Long best = null;
        double bestShare = 0;
        for (Placement placement : live) {
            Set<String> title = words(placement.title());
            if (title.size() < MIN_WORDS) {
                continue;
            }
            long found = title.stream().filter(said::contains).count();
            double share = (double) found / title.size();
            if (share >= MATCH && share > bestShare) {
                best = placement.storyId();
                bestShare = share;
            }
        }
        return best;
    }

    static Set<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() >= 3 && !LITTLE_WORDS.contains(w)).collect(Collectors.toSet());
    }
}
