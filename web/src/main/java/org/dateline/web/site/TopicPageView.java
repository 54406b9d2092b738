package org.dateline.web.site;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.dateline.placements.boundary.Placements;

/**
 * A topic of an office's site: the live stories filed under it, newest first, keyset-paged like
 * the home page. A topic with no live story on this site is not found.
 */
@Named("topicPage")
@RequestScoped
public class TopicPageView extends SitePage {

    @EJB
    Placements placements;

    private String slug;
    private String name;

    @PostConstruct
    void load() {
        if (!resolveOffice()) {
            return;
        }
        slug = (String) requestAttribute(SiteRouter.TOPIC);
        name = slug == null ? null : placements.topicName(office.slug(), slug).orElse(null);
        if (name == null) {
            notFound();
            return;
        }
        listPage(() -> placements.latestOnTopic(office.slug(), slug, PAGE_SIZE + 1),
                cursor -> placements.olderOnTopic(office.slug(), slug, cursor.publishedAt(), cursor.id(), PAGE_SIZE + 1));
    }

    public String getName() {
        return name;
    }

    /** The topic page's address below the site's root. */
    public String getPath() {
        return "topics/" + slug;
    }

    public String getOlderLink() {
        return olderLink(getSiteRoot() + getPath());
    }
}
