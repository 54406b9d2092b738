package org.dateline.web.site;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.dateline.media.boundary.Images;
import org.dateline.media.entity.Rendition;
import org.dateline.tenancy.entity.Office;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves the renditions of an office's images on its site, at
 * {@code images/{image}/{width}/{digest}.{jpg|png}}. The address names the bytes (their digest), so
 * they never change under it: browsers and proxies may keep them for a year without asking again.
 * An image of another office is not found on this site, whatever its id.
 */
@ApplicationScoped
public class SiteImages {

    static final Pattern IMAGE = Pattern.compile("^/images/(\\d{1,18})/(\\d{1,5})/([0-9a-f]{20}\\.(?:jpg|png))$");
    static final String FOREVER = "public, max-age=31536000, immutable";

    @EJB
    Images images;

    /** Answers the request when {@code path} (below the site's root) is an image's; false when it is not. */
    boolean serve(Office office, String path, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!path.startsWith("/images/")) {
            return false;
        }
        Matcher address = IMAGE.matcher(path);
        Optional<Rendition> found = address.matches()
                ? images.served(office.slug(), Long.parseLong(address.group(1)), Integer.parseInt(address.group(2)), address.group(3))
                : Optional.empty();
        if (found.isEmpty()) {
            response.setHeader("Cache-Control", "no-store");
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return true;
        }
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return true;
        }
        Rendition rendition = found.get();
        String etag = "\"" + rendition.digest() + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", FOREVER);
        response.setHeader("X-Content-Type-Options", "nosniff");
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.strip().equals("*"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return true;
        }
        response.setContentType(rendition.mediaType());
        byte[] bytes = rendition.bytes();
        response.setContentLength(bytes.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(bytes);
        }
        return true;
    }
}
