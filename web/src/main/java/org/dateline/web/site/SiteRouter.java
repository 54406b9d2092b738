package org.dateline.web.site;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.dateline.newsletters.boundary.Newsletters;
import org.dateline.placements.boundary.Placements;
import org.dateline.placements.boundary.SiteStamps;
import org.dateline.placements.boundary.SiteVersions;
import org.dateline.search.boundary.Search;
import org.dateline.tenancy.boundary.KnownOffices;
import org.dateline.tenancy.control.SiteAddresses;
import org.dateline.tenancy.entity.Office;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves which office's site a request is for, once, and hands the request to that site's page:
 * by the request's host name (each office's host names are its settings), else by the first path
 * segment ({@code /san-jose/…}, for localhost and the demo). Below a site's root: {@code /} (home),
 * {@code stories/{id}-{slug}} (a story), {@code topics/} and {@code topics/{slug}} (with its feeds),
 * {@code archive/} and {@code archive/{yyyy}/{mm}}, {@code newsletters/} and {@code newsletters/{id}-{slug}}
 * (the newsletter's archive and its issues, with a feed), {@code courses/} (filtered by its query), {@code images/…} (an image's renditions,
 * {@link SiteImages}), the site's feeds, sitemap and robots.txt. Every other address is the helpful
 * 404 page, branded as the office's site.
 * <p>
 * Pages are served from {@link SiteCache} while the site's version is the one they were rendered
 * at, and carry that version as their ETag (with the deployment, since templates change with it)
 * and the site's last change as Last-Modified, so that browsers and proxies revalidate cheaply.
 * Each route names its page's {@link PageKey}: the page's canonical address and the parameters it
 * reads, and the page is rendered seeing only those.
 * <p>
 * The request's host name may choose the site; it never goes into what the site writes. Absolute
 * URLs come from the office's configured address ({@link SiteAddresses}), and the one redirect
 * here sends a relative {@code Location}.
 */
@WebFilter(urlPatterns = "/*")
public class SiteRouter extends HttpFilter {

    static final String OFFICE = "dateline.office";
    static final String SITE_ROOT = "dateline.siteRoot";
    static final String SITE_URL = "dateline.siteUrl";
    static final String STORY_ID = "dateline.story";
    static final String STORY_SLUG = "dateline.slug";
    static final String TOPIC = "dateline.topic";
    static final String MONTH = "dateline.month";
    static final String ISSUE_ID = "dateline.issue";
    static final String ISSUE_SLUG = "dateline.issueSlug";

    private static final Pattern TOPIC_PAGE = Pattern.compile("^/topics/([a-z0-9-]{1,100})(/feed\\.rss|/feed\\.atom)?$");
    private static final Pattern ARCHIVE_MONTH = Pattern.compile("^/archive/(\\d{4})/(\\d{2})/?$");
    private static final Pattern NEWSLETTER = Pattern.compile("^/newsletters/(\\d{1,18})(?:-([a-z0-9-]*))?/?$");
    private static final Pattern SITEMAP = Pattern.compile("^/sitemap-([1-9]\\d{0,5})\\.xml$");

    /** Part of every ETag: a new deployment may render the same content differently. */
    private static final String DEPLOYMENT = Long.toString(System.currentTimeMillis(), 36);

    private final Map<SiteVersions.Stamp, Validators> validators = new ConcurrentHashMap<>();

    @Inject
    KnownOffices offices;

    @Inject
    SiteStamps siteVersions;

    @EJB
    Placements placements;

    @EJB
    Search search;

    @Inject
    SiteCache cache;

    @Inject
    SiteImages images;

    @Inject
    SiteAddresses addresses;

    @Inject
    Sitemaps sitemaps;

    @EJB
    Newsletters newsletters;

    @Inject
    Subscriptions subscriptions;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String context = request.getContextPath();
        String path = request.getRequestURI().substring(context.length());
        if (request.getDispatcherType() != jakarta.servlet.DispatcherType.REQUEST || isOwnResource(path)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Office> byHost = offices.byHost(request.getServerName());
        if (byHost.isPresent()) {
            site(byHost.get(), context + "/", path, request, response);
            return;
        }
        if (path.isEmpty() || path.equals("/")) {
            serve("/site/network.xhtml", PageKey.of("network"), siteVersions.network(), request, response);
            return;
        }
        int officeEnd = SitePaths.officeEnd(path);
        Optional<Office> byPath = officeEnd < 0 ? Optional.empty() : offices.bySlug(path.substring(1, officeEnd));
        if (byPath.isEmpty()) {
            notFound(response);
        } else if (officeEnd == path.length()) {
            // set by hand: sendRedirect would make the address absolute with the request's Host
            response.setStatus(HttpServletResponse.SC_FOUND);
            response.setHeader("Location", context + path + "/");
        } else {
            site(byPath.get(), context + "/" + byPath.get().slug() + "/", path.substring(officeEnd), request, response);
        }
    }

    /** A page of one office's site; {@code path} is below the site's root. */
    private void site(Office office, String root, String path, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        request.setAttribute(OFFICE, office);
        request.setAttribute(SITE_ROOT, root);
        String siteUrl = addresses.of(office);
        request.setAttribute(SITE_URL, siteUrl);
        SiteVersions.Stamp version = siteVersions.of(office.slug());
        // the same path is another page on the office's own host name ("/") than beside the others ("/san-jose/")
        String site = office.slug() + " " + root;
        if (path.isEmpty() || path.equals("/")) {
            serve("/site/home.xhtml", PageKey.listing(site, request), version, request, response);
            return;
        }
        if (images.serve(office, path, request, response)) {
            return;
        }
        SitePaths.StoryPath story = SitePaths.story(path);
        if (story != null) {
            request.setAttribute(STORY_ID, story.id());
            request.setAttribute(STORY_SLUG, story.slug());
            serve("/site/story.xhtml", PageKey.of(site + "stories/" + story.id() + "-" + (story.slug() == null ? "" : story.slug())),
                    version, request, response);
            return;
        }
        if (topic(office, site, siteUrl, path, version, request, response) || archive(site, path, version, request, response)
                || newsletters(office, site, siteUrl, path, version, request, response)
                || sitemap(office, site, siteUrl, path, version, request, response)) {
            return;
        }
        switch (path) {
            case "/courses/", "/courses" -> serve("/site/courses.xhtml",
                    PageKey.courses(site + "courses/", request, LocalDate.now(office.zone())), version, request, response);
            case "/feed.rss" -> serve(() -> new Rendered("application/rss+xml;charset=UTF-8",
                    SiteDocuments.feed("rss_2.0", office, siteUrl, placements.latest(office.slug(), SiteDocuments.FEED_SIZE))),
                    PageKey.of(site + "feed.rss"), version, request, response);
            case "/feed.atom" -> serve(() -> new Rendered("application/atom+xml;charset=UTF-8",
                    SiteDocuments.feed("atom_1.0", office, siteUrl, placements.latest(office.slug(), SiteDocuments.FEED_SIZE))),
                    PageKey.of(site + "feed.atom"), version, request, response);
            // cached under the version the site's search index has reached, which may trail the site's by a moment
            case "/search" -> serve("/site/search.xhtml", PageKey.search(site + "search", request), search.version(office.slug()),
                    request, response);
            case "/robots.txt" -> serve(() -> new Rendered("text/plain;charset=UTF-8", SiteDocuments.robots(siteUrl)),
                    PageKey.of(site + "robots.txt"), version, request, response);
            default -> notFound(response);
        }
    }

    /** The sitemap index and its sitemaps; false if the path is neither. */
    private boolean sitemap(Office office, String site, String siteUrl, String path, SiteVersions.Stamp version,
                            HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        if (path.equals("/sitemap.xml")) {
            serve(() -> new Rendered("application/xml;charset=UTF-8", sitemaps.index(office, siteUrl, version.version())),
                    PageKey.of(site + "sitemap.xml"), version, request, response);
            return true;
        }
        Matcher sitemap = SITEMAP.matcher(path);
        if (!sitemap.matches()) {
            return false;
        }
        int page = Integer.parseInt(sitemap.group(1));
        if (page > sitemaps.pages(office, version.version())) {
            notFound(response);
            return true;
        }
        serve(() -> new Rendered("application/xml;charset=UTF-8", sitemaps.page(office, siteUrl, version.version(), page)),
                PageKey.of(site + SiteDocuments.sitemapPath(page)), version, request, response);
        return true;
    }

    /** The topics index, a topic's page and its feeds; false if the path is none of them. */
    private boolean topic(Office office, String site, String siteUrl, String path, SiteVersions.Stamp version,
                          HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        if (path.equals("/topics/") || path.equals("/topics")) {
            serve("/site/topics.xhtml", PageKey.of(site + "topics/"), version, request, response);
            return true;
        }
        Matcher topic = TOPIC_PAGE.matcher(path);
        if (!topic.matches()) {
            return false;
        }
        request.setAttribute(TOPIC, topic.group(1));
        String topicPath = "topics/" + topic.group(1);
        if (topic.group(2) == null) {
            serve("/site/topic.xhtml", PageKey.listing(site + topicPath, request), version, request, response);
            return true;
        }
        boolean rss = topic.group(2).endsWith(".rss");
        String topicUrl = siteUrl + topicPath;
        // the topic is looked up only when the feed is rendered: a cached feed costs no query
        serve(() -> placements.topicName(office.slug(), topic.group(1)).map(name -> new Rendered(
                        rss ? "application/rss+xml;charset=UTF-8" : "application/atom+xml;charset=UTF-8",
                        SiteDocuments.topicFeed(rss ? "rss_2.0" : "atom_1.0", office, siteUrl, name, topicUrl,
                                placements.latestOnTopic(office.slug(), topic.group(1), SiteDocuments.FEED_SIZE)))).orElse(null),
                PageKey.of(site + topicPath + topic.group(2)), version, request, response);
        return true;
    }

    /**
     * The newsletter archive, an issue's page and the archive's feed, and what readers do with the
     * newsletter (sign up, confirm, unsubscribe: {@link Subscriptions}, never cached); false if the
     * path is none of them.
     */
    private boolean newsletters(Office office, String site, String siteUrl, String path, SiteVersions.Stamp version,
                                HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        if (!path.startsWith("/newsletters")) {
            return false;
        }
        if (subscriptions.handle(office, path, request, response)) {
            return true;
        }
        if (path.equals("/newsletters/") || path.equals("/newsletters")) {
            serve("/site/newsletters.xhtml", PageKey.of(site + "newsletters/"), version, request, response);
            return true;
        }
        if (path.equals("/newsletters/feed.atom")) {
            serve(() -> new Rendered("application/atom+xml;charset=UTF-8",
                            SiteDocuments.issueFeed(office, siteUrl, newsletters.published(office.slug()))),
                    PageKey.of(site + "newsletters/feed.atom"), version, request, response);
            return true;
        }
        Matcher issue = NEWSLETTER.matcher(path);
        if (!issue.matches()) {
            return false;
        }
        long id = Long.parseLong(issue.group(1));
        request.setAttribute(ISSUE_ID, id);
        request.setAttribute(ISSUE_SLUG, issue.group(2));
        serve("/site/newsletter.xhtml", PageKey.of(site + "newsletters/" + id + "-" + (issue.group(2) == null ? "" : issue.group(2))),
                version, request, response);
        return true;
    }

    /** The archive's index and its months; false if the path is neither. */
    private boolean archive(String site, String path, SiteVersions.Stamp version, HttpServletRequest request,
                            HttpServletResponse response) throws IOException, ServletException {
        if (path.equals("/archive/") || path.equals("/archive")) {
            serve("/site/archive.xhtml", PageKey.of(site + "archive/"), version, request, response);
            return true;
        }
        Matcher month = ARCHIVE_MONTH.matcher(path);
        if (!month.matches()) {
            return false;
        }
        int number = Integer.parseInt(month.group(2));
        if (number < 1 || number > 12) {
            notFound(response);
            return true;
        }
        YearMonth asked = YearMonth.of(Integer.parseInt(month.group(1)), number);
        request.setAttribute(MONTH, asked);
        serve("/site/archive-month.xhtml", PageKey.listing(site + ArchiveMonthView.path(asked), request), version, request, response);
        return true;
    }

    /** The 404 page (web.xml's error page, branded by the office already resolved, if any); never cached. */
    private static void notFound(HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    /** A document rendered without Faces. */
    record Rendered(String contentType, byte[] body) {
    }

    @FunctionalInterface
    interface Renderer {
        /** The document, or null when there is none (the 404 page, not cached). */
        Rendered render();
    }

    private static boolean isOwnResource(String path) {
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/") || path.startsWith("/site/")
                || path.startsWith("/studio/") || path.startsWith("/api/") || path.startsWith("/health")
                || path.equals("/favicon.ico");
    }

    /** A Faces page of the site, rendered seeing only the parameters of its key. */
    private void serve(String page, PageKey key, SiteVersions.Stamp site, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        serve(key, site, request, response, () -> {
            CapturedResponse captured = new CapturedResponse(response);
            request.getRequestDispatcher(page).forward(key.shownTo(request), captured);
            return captured;
        });
    }

    /** A document of the site that needs no page template. */
    private void serve(Renderer renderer, PageKey key, SiteVersions.Stamp site, HttpServletRequest request,
                       HttpServletResponse response) throws ServletException, IOException {
        serve(key, site, request, response, () -> {
            Rendered rendered = renderer.render();
            if (rendered == null) {
                // no validators on what is not there (Servlet 6: a null value removes the header)
                response.setHeader("ETag", null);
                response.setHeader("Last-Modified", null);
                notFound(response);
                return null;
            }
            CapturedResponse captured = new CapturedResponse(response);
            captured.setContentType(rendered.contentType());
            captured.getOutputStream().write(rendered.body());
            return captured;
        });
    }

    @FunctionalInterface
    private interface Capture {
        /** The rendered response, or null when it has been answered already (not found). */
        CapturedResponse run() throws ServletException, IOException;
    }

    /** Answers from the cache or with a 304 when it can, and renders when it must. */
    private void serve(PageKey key, SiteVersions.Stamp site, HttpServletRequest request, HttpServletResponse response,
                       Capture render) throws ServletException, IOException {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        boolean gzip = AcceptEncoding.takesGzip(request.getHeader("Accept-Encoding"));
        Validators validators = validators(site);
        // each encoding is its own representation, with its own strong validator
        response.setHeader("ETag", gzip ? validators.gzip() : validators.plain());
        response.setHeader("Last-Modified", validators.lastModified());
        response.setHeader("Cache-Control", "public, no-cache");
        response.setHeader("Vary", "Accept-Encoding");
        if (notModified(request, validators)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        SiteCache.Page cached = cache.get(key, site.version());
        if (cached == null) {
            CapturedResponse captured = render.run();
            if (captured == null) {
                return;
            }
            byte[] body = captured.body();
            if (captured.getStatus() != HttpServletResponse.SC_OK) {
                response.setHeader("Cache-Control", "no-store");
                response.setHeader("ETag", null);
                send(response, body, request);
                return;
            }
            cached = SiteCache.Page.of(site.version(), captured.getContentType(), body);
            cache.put(key, cached);
        }
        response.setContentType(cached.contentType());
        if (gzip) {
            response.setHeader("Content-Encoding", "gzip");
            send(response, cached.gzipped(), request);
        } else {
            send(response, cached.body(), request);
        }
    }

    /**
     * A site version's validators, made once per version rather than for each request: its ETags
     * (with the deployment, since templates change with it) and its Last-Modified date.
     */
    record Validators(String plain, String gzip, long lastModifiedMillis, String lastModified) {

        private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
                .withZone(ZoneOffset.UTC);

        static Validators of(String deployment, SiteVersions.Stamp site) {
            String version = deployment + "-" + site.version();
            Instant lastModified = site.changedAt().truncatedTo(ChronoUnit.SECONDS);
            return new Validators("\"" + version + "\"", "\"" + version + "-gz\"", lastModified.toEpochMilli(),
                    HTTP_DATE.format(lastModified));
        }
    }

    private Validators validators(SiteVersions.Stamp site) {
        Validators known = validators.get(site);
        if (known == null) {
            if (validators.size() > 1_000) {
                validators.clear(); // old versions: a few per site are ever asked for again
            }
            known = Validators.of(DEPLOYMENT, site);
            validators.put(site, known);
        }
        return known;
    }

    /** Whether the client's copy is this version, in either encoding, or not older than the site's last change. */
    private static boolean notModified(HttpServletRequest request, Validators validators) {
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            return ifNoneMatch.contains(validators.plain()) || ifNoneMatch.contains(validators.gzip())
                    || ifNoneMatch.strip().equals("*");
        }
        try {
            long since = request.getDateHeader("If-Modified-Since");
            return since >= 0 && validators.lastModifiedMillis() <= since;
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
