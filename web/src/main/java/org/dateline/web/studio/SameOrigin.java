package org.dateline.web.studio;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * The studio only takes changes sent from its own pages. A browser says where a form or a script
 * request comes from ({@code Origin}, or else {@code Referer}); a POST to the studio from another
 * site (a page that signs the person out, or submits a form in their name) is refused with 403 and
 * changes nothing. Faces' view state is no guard against that here: it is kept on the client and
 * is not tied to a session. The studio's cookies are also SameSite=Lax (server.xml), which covers
 * other sites but not sibling host names of the same site, such as the offices' reader sites.
 * Requests without either header (not from a browser) pass.
 */
@WebFilter(urlPatterns = "/studio/*")
public class SameOrigin extends HttpFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE.contains(request.getMethod()) || fromHere(request.getHeader("Origin"), request.getHeader("Referer"),
                request.getHeader("Host"))) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().print("This was sent to the studio from another site, so nothing was changed. "
                + "Open the studio itself and try again.");
    }

    /**
     * Whether a request with these headers comes from a page of the host it was sent to: the
     * origin's host and port against the Host header (which a proxy in front keeps), the scheme
     * left aside since TLS may end at that proxy.
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
