package org.dateline.web.site;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.dateline.tenancy.entity.Branding;
import org.dateline.tenancy.entity.Office;

/**
 * What the site template shows around every reader page: the office's name, logo and colours when
 * the request is for an office's site, the network's otherwise (its front page, an unknown
 * address). The colours come from {@link Branding}, which only lets readable ones through.
 */
@Named("branding")
@RequestScoped
public class SiteBranding {

    /** The network's own: its tagline is a word of the page's language (the site template's {@code network.tagline}). */
    private static final Branding NETWORK = new Branding("Dateline", null, null, Branding.INK, Branding.LINK);

    private Office office;
    private Branding branding;
    private String root;
    private String context;

    @PostConstruct
    void load() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        context = external.getRequestContextPath();
        office = (Office) external.getRequestMap().get(SiteRouter.OFFICE);
        branding = office == null ? NETWORK : office.branding();
        root = office == null ? context + "/" : (String) external.getRequestMap().get(SiteRouter.SITE_ROOT);
    }

    /** The office whose site this is, or null on the network's own pages. */
    public Office getOffice() {
        return office;
    }

    public String getName() {
        return branding.siteName();
    }

    public String getTagline() {
        return branding.tagline();
    }

    /** The logo's address, or null when there is none. */
    public String getLogo() {
        if (!branding.hasLogo()) {
            return null;
        }
        return logoAddress(context, branding.logo());
    }

    /** A logo setting as an address: absolute ones as they are, others below the application's root. */
    static String logoAddress(String context, String logo) {
        return logo.startsWith("https://") || logo.startsWith("http://") || logo.startsWith("/") ? logo : context + "/" + logo;
    }

    /** The site's root: the office's home, or the network's front page. */
    public String getRoot() {
        return root;
    }

    /** The stylesheet variables of the office's colours (checked hex values only); html:root outranks the stylesheet's defaults. */
    public String getColours() {
        return "html:root{--brand:" + branding.masthead() + ";--accent:" + branding.links() + "}";
    }
}
