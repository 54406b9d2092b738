package org.dateline.web.site;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.dateline.tenancy.boundary.Offices;
import org.dateline.tenancy.entity.Office;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves which office's site a request is for, once, and hands the request to that site's page.
 * Paths: {@code /{office}/} (home) and {@code /{office}/stories/{id}-{slug}} (a story).
 */
@WebFilter(urlPatterns = "/*")
public class SiteRouter extends HttpFilter {

    static final String OFFICE = "dateline.office";
    static final String STORY_ID = "dateline.story";
    static final String STORY_SLUG = "dateline.slug";

    private static final Pattern HOME = Pattern.compile("^/([a-z0-9-]+)/?$");
    private static final Pattern STORY = Pattern.compile("^/([a-z0-9-]+)/stories/(\\d{1,18})(?:-([a-z0-9-]*))?/?$");

    @EJB
    Offices offices;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getDispatcherType() != jakarta.servlet.DispatcherType.REQUEST || isOwnResource(path)) {
            chain.doFilter(request, response);
            return;
        }
        if (path.isEmpty() || path.equals("/")) {
            forward("/site/network.xhtml", request, response);
            return;
        }
        Matcher story = STORY.matcher(path);
        if (story.matches()) {
            Optional<Office> office = offices.find(story.group(1));
            if (office.isPresent()) {
                request.setAttribute(OFFICE, office.get());
                request.setAttribute(STORY_ID, Long.parseLong(story.group(2)));
                request.setAttribute(STORY_SLUG, story.group(3));
                forward("/site/story.xhtml", request, response);
                return;
            }
        }
        Matcher home = HOME.matcher(path);
        if (home.matches()) {
            Optional<Office> office = offices.find(home.group(1));
            if (office.isPresent()) {
                if (!path.endsWith("/")) {
                    response.sendRedirect(request.getContextPath() + path + "/");
                    return;
                }
                request.setAttribute(OFFICE, office.get());
                forward("/site/home.xhtml", request, response);
                return;
            }
        }
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    private static boolean isOwnResource(String path) {
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/") || path.startsWith("/site/")
                || path.startsWith("/studio/") || path.startsWith("/api/") || path.startsWith("/health")
                || path.equals("/favicon.ico");
    }

    private static void forward(String page, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        request.getRequestDispatcher(page).forward(request, response);
    }
}
