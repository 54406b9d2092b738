package org.dateline.web.studio.newsletters;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.dateline.identity.entity.NotAllowed;
import org.dateline.newsletters.boundary.Newsletters;
import org.dateline.newsletters.control.IssueMail;
import org.dateline.newsletters.entity.IssueNotFound;
import org.dateline.newsletters.entity.IssuePage;
import org.dateline.tenancy.boundary.OfficeDirectory;
import org.dateline.tenancy.control.SiteAddresses;
import org.dateline.tenancy.entity.Office;
import org.dateline.web.site.Previews;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The previews of a newsletter issue in any state, for the office's staff: at
 * {@code /studio/preview-newsletter/<office>/<id>} the reader site's own page of the issue with the
 * office's branding, at {@code …/<id>/mail} the e-mail its subscribers will get (its HTML part; the
 * unsubscribe link goes nowhere here). Anyone without a role in the office is told it is not found.
 */
@WebServlet("/studio/preview-newsletter/*")
public class NewsletterPreview extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("^/([a-z0-9-]{1,60})/(\\d{1,18})(/mail)?$");

    @EJB
    Newsletters newsletters;

    @EJB
    OfficeDirectory offices;

    @Inject
    SiteAddresses addresses;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Matcher path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        Optional<Office> office = path.matches() ? offices.bySlug(path.group(1)) : Optional.empty();
        if (office.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        IssuePage page;
        try {
            page = newsletters.preview(office.get().slug(), Long.parseLong(path.group(2)));
        } catch (IssueNotFound | NotAllowed e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBException e) {
            if (e.getCause() instanceof IssueNotFound || e.getCause() instanceof NotAllowed) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            throw e;
        }
        String siteUrl = addresses.of(office.get());
        if (path.group(3) == null) {
            Previews.show(office.get(), siteUrl, page, request, response);
            return;
        }
        byte[] html = IssueMail.render(office.get(), siteUrl, page, IssueMail.path(page.issue())).htmlFor("#unsubscribe")
                .getBytes(StandardCharsets.UTF_8);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        // the e-mail as mail clients show it: no scripts, nothing from the studio
        response.setHeader("Content-Security-Policy", "default-src 'none'; img-src * data:; style-src 'unsafe-inline'; frame-ancestors 'self'");
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(html.length);
        response.getOutputStream().write(html);
    }
}
