package org.dateline.web.site;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.dateline.placements.boundary.Placements;

import java.time.YearMonth;

/**
 * One month of an office's archive: the live stories dated in it, newest first, keyset-paged like
 * the home page. A month without stories is an empty page, not an error: the archive may be asked
 * for any month.
 */
@Named("archiveMonth")
@RequestScoped
public class ArchiveMonthView extends SitePage {

    @EJB
    Placements placements;

    private YearMonth month;

    static String path(YearMonth month) {
        return "archive/" + month.getYear() + "/" + String.format("%02d", month.getMonthValue());
    }

    @PostConstruct
    void load() {
        if (!resolveOffice()) {
            return;
        }
        month = (YearMonth) requestAttribute(SiteRouter.MONTH);
        if (month == null) {
            notFound();
            return;
        }
        listPage(() -> placements.latestOfMonth(office.slug(), month, PAGE_SIZE + 1),
                cursor -> placements.olderOfMonth(office.slug(), month, cursor.publishedAt(), cursor.id(), PAGE_SIZE + 1));
    }

    /** The month as the office writes it ("June 2020"). */
    public String getTitle() {
        return monthName(month);
    }

    public String getOlderLink() {
        return olderLink(getSiteRoot() + path(month));
    }
}
