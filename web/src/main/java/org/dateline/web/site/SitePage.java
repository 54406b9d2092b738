package org.dateline.web.site;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import org.dateline.placements.entity.Placement;
import org.dateline.tenancy.entity.Office;

/** What every reader page knows: the office whose site it is, and how that office writes dates. */
abstract class SitePage {

    protected Office office;
    private boolean found = true;

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

    /** The site's root as an absolute URL, for canonical links and social cards. */
    public String getSiteUrl() {
        return (String) requestAttribute(SiteRouter.SITE_URL);
    }

    public String date(Placement placement) {
        return office.formatDate(placement.publicationDate(), placement.language());
    }

    public String link(Placement placement) {
        return getSiteRoot() + placement.path();
    }
}
