package org.dateline.web.site;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.dateline.placements.boundary.Placements;
import org.dateline.placements.entity.TopicCount;

import java.util.List;

/** The topics of an office's site that have live stories, by name, with their counts. */
@Named("topics")
@RequestScoped
public class TopicsView extends SitePage {

    @EJB
    Placements placements;

    private List<TopicCount> all = List.of();

    @PostConstruct
    void load() {
        if (resolveOffice()) {
            all = placements.topics(office.slug());
        }
    }

    public List<TopicCount> getAll() {
        return all;
    }

    public String link(TopicCount topic) {
        return getSiteRoot() + "topics/" + topic.slug();
    }
}
