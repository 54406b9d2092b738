package org.dateline.web.site;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.dateline.newsletters.entity.IssuePage;
import org.dateline.placements.entity.Placement;
import org.dateline.tenancy.entity.Office;

import java.io.IOException;

/**
 * A story shown by the reader site's own story page before it is live there: the studio's preview
 * hands the page a placement that is not stored, with the office's site around it (branding, words,
 * links below the site's root), so that what the staff see is what readers will see. Never cached,
 * never indexed.
 */
public final class Previews {

    /** The request attribute carrying the previewed placement. */
    static final String PLACEMENT = "dateline.preview";
    /** The request attribute carrying the previewed newsletter issue. */
    static final String ISSUE = "dateline.preview.issue";

    private Previews() {
    }

    public static void show(Office office, String siteUrl, Placement placement, HttpServletRequest request,
                            HttpServletResponse response) throws ServletException, IOException {
        request.setAttribute(SiteRouter.OFFICE, office);
        request.setAttribute(SiteRouter.SITE_ROOT, request.getContextPath() + "/" + office.slug() + "/");
        request.setAttribute(SiteRouter.SITE_URL, siteUrl);
        request.setAttribute(PLACEMENT, placement);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        request.getRequestDispatcher("/site/story.xhtml").forward(request, response);
    }

    /** A newsletter issue in any state, as its page on the office's site will show it. */
    public static void show(Office office, String siteUrl, IssuePage issue, HttpServletRequest request,
                            HttpServletResponse response) throws ServletException, IOException {
        request.setAttribute(SiteRouter.OFFICE, office);
        request.setAttribute(SiteRouter.SITE_ROOT, request.getContextPath() + "/" + office.slug() + "/");
        request.setAttribute(SiteRouter.SITE_URL, siteUrl);
        request.setAttribute(ISSUE, issue);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        request.getRequestDispatcher("/site/newsletter.xhtml").forward(request, response);
    }
}
