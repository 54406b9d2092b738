package org.dateline.web.studio;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.net.URI;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The one place that decides whether a request to the studio may change anything. Only a POST may,
 * and only one that comes from the studio's own pages: its {@code Origin} (or else {@code Referer})
 * is this host, and it carries the person's studio token ({@link StudioToken}), which only the
 * studio's pages of their own session know. A GET that carries Faces' view state or a form's
 * fields is refused outright: Faces would take it for a form sent, so a plain link or an image on
 * any page (a story, an e-mail) could act in the signed-in person's name. Faces' client-side view
 * state is no guard of its own: it is not tied to a session, and one person's copy works for anyone.
 * Every refusal is a 403 that changes nothing, logged with the person's name, and says why in the
 * studio language of the browser.
 * <p>
 * Every studio answer also says that no other site may frame it ({@code frame-ancestors 'none'}),
 * so that no page can lay the studio under its own buttons.
 */
@WebFilter(urlPatterns = "/studio/*")
public class StudioGuard extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(StudioGuard.class.getName());
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", "frame-ancestors 'none'");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        if (SAFE.contains(request.getMethod())) {
            if (carriesAForm(request.getParameterNames())) {
                refuse(request, response, "a link that carries a form", "guard.formInALink");
                return;
            }
            if (request.getUserPrincipal() != null) {
                StudioToken.of(request.getSession(true));
            }
            chain.doFilter(request, response);
            return;
        }
        if (!fromHere(request.getHeader("Origin"), request.getHeader("Referer"), request.getHeader("Host"))) {
            refuse(request, response, "a request from another site", "guard.fromAnotherSite");
            return;
        }
        HttpSession session = request.getSession(false);
        if (request.getUserPrincipal() != null && !StudioToken.matches(session, StudioToken.sent(request))) {
            response.setHeader(StudioToken.REFUSED_HEADER, "token");
            refuse(request, response, "a request without the studio's token", "guard.outOfDate");
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Whether a request's parameters are those of a Faces form: its view state or any other
     * {@code jakarta.faces.} parameter, or a component's field (Faces names fields
     * {@code form:field}; the studio's own addresses use plain names such as {@code id}).
     */
    static boolean carriesAForm(java.util.Enumeration<String> parameters) {
        for (String name : Collections.list(parameters)) {
            if (name.startsWith("jakarta.faces.") || name.startsWith("javax.faces.") || name.startsWith("primefaces.")
                    || name.contains(":")) {
                return true;
            }
        }
        return false;
    }

    /** A 403 that says why in the browser's studio language ({@link StudioLanguages#ofBrowser}): no Faces here. */
    private static void refuse(HttpServletRequest request, HttpServletResponse response, String what, String why)
            throws IOException {
        String language = StudioLanguages.ofBrowser(request);
        String who = request.getUserPrincipal() == null ? "someone not signed in" : request.getUserPrincipal().getName();
        LOG.warning(() -> "Refused " + what + " to " + request.getRequestURI() + " for " + who);
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("Content-Language", language);
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().print(StudioLanguages.text(StudioLanguages.bundle(Locale.forLanguageTag(language)), why));
    }

    /**
     * Whether a request with these headers comes from a page of the host it was sent to: the
     * origin's host and port against the Host header (which a proxy in front keeps), the scheme
     * left aside since TLS may end at that proxy. Requests with neither header (not from a
     * browser) pass this check; the token check still applies to them.
     */
    static boolean fromHere(String origin, String referer, String host) {
        String source = origin != null && !origin.isBlank() ? origin : referer;
        if (source == null || source.isBlank()) {
            return true;
        }
        if (host == null || source.equals("null")) {
            return false;
        }
        try {
            URI uri = URI.create(source.trim());
            if (uri.getHost() == null) {
                return false;
            }
            String authority = uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
            return authority.toLowerCase(Locale.ROOT).equals(withoutDefaultPort(host.trim().toLowerCase(Locale.ROOT), uri.getScheme()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String withoutDefaultPort(String host, String scheme) {
        if (host.endsWith(":80") && "http".equalsIgnoreCase(scheme)) {
            return host.substring(0, host.length() - 3);
        }
        if (host.endsWith(":443") && "https".equalsIgnoreCase(scheme)) {
            return host.substring(0, host.length() - 4);
        }
        return host;
    }
}
