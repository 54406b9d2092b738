package org.dateline.web.site;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.dateline.placements.boundary.Placements;

/**
 * An office's home page: its live stories, newest first, a page at a time. "Older stories" pages
 * by the last story shown (its time and id), not by an offset.
 */
@Named("home")
@RequestScoped
public class OfficeHomeView extends SitePage {

    @EJB
    Placements placements;

    @PostConstruct
    void load() {
        if (!resolveOffice()) {
            return;
        }
        listPage(() -> placements.latest(office.slug(), PAGE_SIZE + 1),
                cursor -> placements.olderThan(office.slug(), cursor.publishedAt(), cursor.id(), PAGE_SIZE + 1));
    }

    public String getOlderLink() {
        return olderLink(getSiteRoot());
    }
}
