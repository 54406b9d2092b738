package org.dateline.web.site;

import org.dateline.tenancy.entity.Office;

/**
 * Where another office's site is, seen from this one: a site reached by its own host name links to
 * the other office's host name (same scheme and port); a site reached by path ({@code /san-jose/})
 * links to the other office's path on the same host.
 */
final class OriginAddress {

    private OriginAddress() {
    }

    /**
     * The root of {@code other}'s site as an absolute URL.
     *
     * @param siteUrl  this site's root as an absolute URL ({@code http://localhost:9080/san-jose/})
     * @param siteRoot this site's root as a path ({@code /san-jose/}, or {@code /} on its own host)
     * @param office   this site's office
     */
    static String of(Office other, String siteUrl, String siteRoot, String office) {
        String byPath = "/" + office + "/";
        if (siteRoot.endsWith(byPath)) {
            return siteUrl.substring(0, siteUrl.length() - byPath.length()) + "/" + other.slug() + "/";
        }
        if (other.hostNames().isEmpty()) {
            return siteUrl.replaceFirst("^(https?://[^/]+).*$", "$1") + "/" + other.slug() + "/";
        }
        // this site is on its own host name: swap the host, keep scheme, port and context path
        return siteUrl.replaceFirst("^(https?://)[^/:]+", "$1" + other.hostNames().get(0));
    }
}
