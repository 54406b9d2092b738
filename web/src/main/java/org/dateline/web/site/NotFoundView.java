package org.dateline.web.site;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.dateline.articles.control.Slugs;
import org.dateline.placements.boundary.Placements;
import org.dateline.placements.entity.Placement;
import org.dateline.tenancy.boundary.OfficeDirectory;
import org.dateline.tenancy.entity.Office;

import java.util.List;

/**
 * The page for an address that has nothing: it says so, and offers what the reader may have been
 * looking for. On an office's site: its home, topics, archive, search and latest stories; anywhere
 * else: the offices and the network's latest stories.
 */
@Named("notFound")
@RequestScoped
public class NotFoundView {

    static final int LATEST = 5;
    static final int TOPICS = 8;

    @EJB
    Placements placements;

    @EJB
    OfficeDirectory offices;

    private Office office;
    private String root;
    private List<Placement> latest = List.of();
    private List<String> topics = List.of();

    @PostConstruct
    void load() {
        var request = FacesContext.getCurrentInstance().getExternalContext();
        office = (Office) request.getRequestMap().get(SiteRouter.OFFICE);
        if (office != null) {
            root = (String) request.getRequestMap().get(SiteRouter.SITE_ROOT);
            latest = placements.latest(office.slug(), LATEST);
            // the topics of the latest stories: a 404 is never cached, so it must stay as cheap as its one indexed query
            topics = latest.stream().flatMap(story -> story.topics().stream()).distinct().limit(TOPICS).toList();
        } else {
            root = request.getRequestContextPath() + "/";
            latest = placements.latestOfEach(offices.all().stream().map(Office::slug).toList(), LATEST);
        }
    }

    public Office getOffice() {
        return office;
    }

    public String getRoot() {
        return root;
    }

    public List<Office> getOffices() {
        return offices.all();
    }

    public List<Placement> getLatest() {
        return latest;
    }

    /** The topics of the latest stories, by name. */
    public List<String> getTopics() {
        return topics;
    }

    /** A story's address: on this office's site, or on its own office's site from the network's pages. */
    public String topicLink(String name) {
        return root + "topics/" + Slugs.of(name);
    }

    public String link(Placement story) {
        return (office != null ? root : root + story.site() + "/") + story.path();
    }

    public String officeLink(Office other) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/" + other.slug() + "/";
    }

    /** The name of the office whose site shows the story. */
    public String officeName(Placement story) {
        return offices.bySlug(story.site()).map(Office::name).orElse(story.site());
    }

    public String date(Placement story) {
        Office shownBy = office != null ? office : offices.bySlug(story.site()).orElse(null);
        return shownBy == null ? story.publicationDate().toString() : shownBy.formatDate(story.publicationDate(), story.language());
    }
}
