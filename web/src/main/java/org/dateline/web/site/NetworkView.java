package org.dateline.web.site;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.dateline.placements.boundary.Placements;
import org.dateline.placements.entity.Placement;
import org.dateline.tenancy.boundary.OfficeDirectory;
import org.dateline.tenancy.entity.Office;

import java.util.List;

/** The network's front page: the offices and their sites, and the latest stories of them all. */
@Named("network")
@RequestScoped
public class NetworkView {

    static final int LATEST = 12;

    @EJB
    OfficeDirectory offices;

    @EJB
    Placements placements;

    private List<Office> all;
    private List<Placement> latest;

    @PostConstruct
    void load() {
        all = offices.all();
        latest = placements.latestOfEach(all.stream().map(Office::slug).toList(), LATEST);
    }

    public List<Office> getOffices() {
        return all;
    }

    public List<Placement> getLatest() {
        return latest;
    }

    public String siteOf(Office office) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/" + office.slug() + "/";
    }

    /** The office whose site shows the story. */
    public Office officeOf(Placement story) {
        return offices.bySlug(story.site()).orElseThrow();
    }

    public String link(Placement story) {
        return siteOf(officeOf(story)) + story.path();
    }

    /** The logo of an office, or null when it has none. */
    public String logoOf(Office office) {
        return office.branding().hasLogo()
                ? SiteBranding.logoAddress(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath(), office.branding().logo())
                : null;
    }

    public String date(Placement story) {
        return officeOf(story).formatDate(story.publicationDate(), story.language());
    }
}
