package org.dateline.web.studio.stories;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.dateline.articles.boundary.Stories;
import org.dateline.articles.entity.StoryNotFound;
import org.dateline.identity.entity.NotAllowed;
import org.dateline.placements.entity.Placement;
import org.dateline.tenancy.boundary.OfficeDirectory;
import org.dateline.tenancy.control.SiteAddresses;
import org.dateline.tenancy.entity.Office;
import org.dateline.web.site.Previews;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The preview of a story's working revision, at {@code /studio/preview/<office>/<id>}: the reader
 * site's own story page with the office's branding, for the office's staff only (the studio's
 * sign-in guards the address, and {@link Stories#preview} refuses anyone without a role in the
 * office, who is told the story is not found).
 */
@WebServlet("/studio/preview/*")
public class StoryPreview extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("^/([a-z0-9-]{1,60})/(\\d{1,18})$");

    @EJB
    Stories stories;

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
        Placement preview;
        try {
            preview = stories.preview(office.get().slug(), Long.parseLong(path.group(2)));
        } catch (StoryNotFound | NotAllowed e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Previews.show(office.get(), addresses.of(office.get()), preview, request, response);
    }
}
