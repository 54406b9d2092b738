package org.dateline.web.site;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.dateline.placements.boundary.SiteVersions;
import org.dateline.tenancy.boundary.Offices;
import org.dateline.tenancy.entity.Office;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves which office's site a request is for, once, and hands the request to that site's page.
 * Paths: {@code /{office}/} (home) and {@code /{office}/stories/{id}-{slug}} (a story).
 * <p>
 * Pages are served from {@link SiteCache} while the site's version is the one they were rendered
 * at, and carry that version as their ETag (with the deployment, since templates change with it)
 * and the site's last change as Last-Modified, so that browsers and proxies revalidate cheaply.
 */
@WebFilter(urlPatterns = "/*")
public class SiteRouter extends HttpFilter {

    static final String OFFICE = "dateline.office";
    static final String STORY_ID = "dateline.story";
    static final String STORY_SLUG = "dateline.slug";

    private static final Pattern HOME = Pattern.compile("^/([a-z0-9-]+)/?$");
    private static final Pattern STORY = Pattern.compile("^/([a-z0-9-]+)/stories/(\\d{1,18})(?:-([a-z0-9-]*))?/?$");

    /** Part of every ETag: a new deployment may render the same content differently. */
    private static final String DEPLOYMENT = Long.toString(System.currentTimeMillis(), 36);

    @EJB
    Offices offices;

    @EJB
    SiteVersions siteVersions;

    @Inject
    SiteCache cache;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getDispatcherType() != jakarta.servlet.DispatcherType.REQUEST || isOwnResource(path)) {
            chain.doFilter(request, response);
            return;
        }
        if (path.isEmpty() || path.equals("/")) {
            serve("/site/network.xhtml", siteVersions.network(), request, response);
            return;
        }
        Matcher story = STORY.matcher(path);
        if (story.matches()) {
            Optional<Office> office = offices.find(story.group(1));
            if (office.isPresent()) {
                request.setAttribute(OFFICE, office.get());
                request.setAttribute(STORY_ID, Long.parseLong(story.group(2)));
                request.setAttribute(STORY_SLUG, story.group(3));
                serve("/site/story.xhtml", siteVersions.of(office.get().slug()), request, response);
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
                serve("/site/home.xhtml", siteVersions.of(office.get().slug()), request, response);
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

    /** Answers from the cache or with a 304 when it can, and renders the page when it must. */
    private void serve(String page, SiteVersions.Stamp site, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        String etag = "\"" + DEPLOYMENT + "-" + site.version() + "\"";
        Instant lastModified = site.changedAt().truncatedTo(ChronoUnit.SECONDS);
        response.setHeader("ETag", etag);
        response.setDateHeader("Last-Modified", lastModified.toEpochMilli());
        response.setHeader("Cache-Control", "public, no-cache");
        if (notModified(request, etag, lastModified)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        String address = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        SiteCache.Page cached = cache.get(address, site.version());
        if (cached == null) {
            CapturedResponse captured = new CapturedResponse(response);
            request.getRequestDispatcher(page).forward(request, captured);
            byte[] body = captured.body();
            if (captured.getStatus() != HttpServletResponse.SC_OK) {
                response.setHeader("Cache-Control", "no-store");
                send(response, body, request);
                return;
            }
            cached = new SiteCache.Page(site.version(), captured.getContentType(), body);
            cache.put(address, cached);
        }
        response.setContentType(cached.contentType());
        send(response, cached.body(), request);
    }

    private static boolean notModified(HttpServletRequest request, String etag, Instant lastModified) {
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            return ifNoneMatch.contains(etag) || ifNoneMatch.strip().equals("*");
        }
        try {
            long since = request.getDateHeader("If-Modified-Since");
            return since >= 0 && lastModified.toEpochMilli() <= since;
        } catch (IllegalArgumentException unreadableDate) {
            return false;
        }
    }

    private static void send(HttpServletResponse response, byte[] body, HttpServletRequest request) throws IOException {
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }
}
