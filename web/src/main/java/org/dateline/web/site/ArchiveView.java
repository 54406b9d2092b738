package org.dateline.web.site;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.dateline.placements.boundary.Placements;
import org.dateline.placements.entity.ArchiveMonth;

import java.util.ArrayList;
import java.util.List;

/** An office's archive: the months that have stories, newest first, grouped by year, with counts. */
@Named("archive")
@RequestScoped
public class ArchiveView extends SitePage {

    /** One year of the archive and its months, newest first. */
    public record Year(int year, List<ArchiveMonth> months) {
    }

    @EJB
    Placements placements;

    private final List<Year> years = new ArrayList<>();

    @PostConstruct
    void load() {
        if (!resolveOffice()) {
            return;
        }
        for (ArchiveMonth month : placements.months(office.slug())) {
            int year = month.month().getYear();
            if (years.isEmpty() || years.get(years.size() - 1).year() != year) {
                years.add(new Year(year, new ArrayList<>()));
            }
            years.get(years.size() - 1).months().add(month);
        }
    }

    public List<Year> getYears() {
        return years;
    }

    public String link(ArchiveMonth month) {
        return getSiteRoot() + ArchiveMonthView.path(month.month());
    }
}
