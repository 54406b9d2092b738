package org.dateline.web.site;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import org.dateline.articles.control.Slugs;
import org.dateline.placements.entity.Placement;
import org.dateline.tenancy.entity.Office;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/** What every reader page knows: the office whose site it is, and how that office writes dates. */
abstract class SitePage {

    /** How many stories a listing page shows. */
    static final int PAGE_SIZE = 20;

    protected Office office;
    private boolean found = true;
    private List<Placement> stories = List.of();
    private boolean more;

    protected boolean resolveOffice() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        office = (Office) context.getRequestMap().get(SiteRouter.OFFICE);
        if (office == null) {
            notFound();
            return false;
        }
        return true;
    }

    protected void notFound() {
        found = false;
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
    }

    /** A permanent redirect to the page's one address (a story's title, and so its slug, may change). */
    protected void movedTo(String path) {
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpServletResponse response = (HttpServletResponse) faces.getExternalContext().getResponse();
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader("Location", path);
        faces.responseComplete();
    }

    protected Object requestAttribute(String name) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestMap().get(name);
    }

    public boolean isFound() {
        return found;
    }

    public Office getOffice() {
        return office;
    }

    /** The base of the office's site: {@code /} on its own host name, {@code /san-jose/} on a shared one. */
    public String getSiteRoot() {
        return (String) requestAttribute(SiteRouter.SITE_ROOT);
    }

    /** The site's configured address (never the request's host), for canonical links and social cards. */
    public String getSiteUrl() {
        return (String) requestAttribute(SiteRouter.SITE_URL);
    }

    public String date(Placement placement) {
        return office.formatDate(placement.publicationDate(), placement.language());
    }

    public String link(Placement placement) {
        return getSiteRoot() + placement.path();
    }

    /** A month as the office names it in its main language ("June 2020", "Junio 2020"). */
    public String monthName(YearMonth month) {
        Locale language = Locale.forLanguageTag(office.mainLanguage());
        String name = DateTimeFormatter.ofPattern("LLLL yyyy", language).format(month);
        return name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }

    /** The address of the topic page of a topic of this site, by the topic's name. */
    public String topicLink(String topicName) {
        return getSiteRoot() + "topics/" + Slugs.of(topicName);
    }

    /**
     * Loads one page of a keyset-paged listing: the first page, or the one after the reader's
     * {@code before} cursor. One story more than a page is asked for, to know whether there are more.
     */
    protected void listPage(Supplier<List<Placement>> first, Function<Cursor, List<Placement>> after) {
        Optional<Cursor> cursor = Cursor.parse(parameter("before"));
        List<Placement> page = cursor.isPresent() ? after.apply(cursor.get()) : first.get();
        more = page.size() > PAGE_SIZE;
        stories = more ? page.subList(0, PAGE_SIZE) : page;
    }

    protected String parameter(String name) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    }

    public List<Placement> getStories() {
        return stories;
    }

    public boolean isMore() {
        return more;
    }

    /** The next page of the listing at {@code address}. */
    protected String olderLink(String address) {
        return address + "?before=" + Cursor.after(stories.get(stories.size() - 1));
    }
}
