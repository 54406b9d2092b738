package org.dateline.web.site;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.dateline.placements.boundary.Placements;
import org.dateline.placements.entity.Placement;

import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An office's home page: its live stories, newest first, a page at a time. "Older stories" pages
 * by the last story shown (its time and id), not by an offset.
 */
@Named("home")
@RequestScoped
public class OfficeHomeView extends SitePage {

    static final int PAGE_SIZE = 20;
    private static final Pattern CURSOR = Pattern.compile("^(\\d{1,19})-(\\d{1,18})$");

    @EJB
    Placements placements;

    private List<Placement> stories = List.of();
    private boolean more;

    @PostConstruct
    void load() {
        if (!resolveOffice()) {
            return;
        }
        String before = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("before");
        Matcher cursor = before == null ? null : CURSOR.matcher(before);
        List<Placement> page = cursor != null && cursor.matches()
                ? placements.olderThan(office.slug(), Instant.ofEpochMilli(Long.parseLong(cursor.group(1))),
                Long.parseLong(cursor.group(2)), PAGE_SIZE + 1)
                : placements.latest(office.slug(), PAGE_SIZE + 1);
        more = page.size() > PAGE_SIZE;
        stories = more ? page.subList(0, PAGE_SIZE) : page;
    }

    public List<Placement> getStories() {
        return stories;
    }

    public boolean isMore() {
        return more;
    }

    public String getOlderLink() {
        Placement last = stories.get(stories.size() - 1);
        return getSiteRoot() + "?before=" + last.publishedAt().toEpochMilli() + "-" + last.id();
    }
}
