package org.dateline.tenancy.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dateline.tenancy.entity.Office;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Logger;

/**
 * Where each office's reader site is published, as an absolute URL: the office's own site address
 * when it has one, else the network's address ({@code dateline.site.url}) followed by
 * {@code /<office>/}. Every absolute URL the server writes for readers (canonical links, social
 * cards, feeds, sitemaps, robots.txt, the API's {@code url} fields, links between offices) starts
 * with one of these, and nothing of a request goes into it: a forged {@code Host} header (or an
 * absolute request line, or {@code X-Forwarded-Host}) may still choose which site is served, but
 * it can never put its own host name into a page that is cached and served to everyone.
 */
@ApplicationScoped
public class SiteAddresses {

    private static final Logger LOG = Logger.getLogger(SiteAddresses.class.getName());

    /** The network's address: where the path-routed sites, the network's front page and the API are. */
    @Inject
    @ConfigProperty(name = "dateline.site.url", defaultValue = "http://localhost:9080")
    String siteUrl;

    private String network;

    /** An office's address, kept by the setting it was made from: the office directory re-reads offices every minute. */
    private final ConcurrentMap<String, Resolved> resolved = new ConcurrentHashMap<>();

    private record Resolved(String setting, String address) {
    }

    @PostConstruct
    void check() {
        network = network(siteUrl);
    }

    /** The root of the office's site, ending in {@code /}. */
    public String of(Office office) {
        String setting = office.siteAddress().orElse(null);
        Resolved known = resolved.get(office.slug());
        if (known == null || !java.util.Objects.equals(known.setting(), setting)) {
            known = new Resolved(setting, address(network, office.slug(), setting));
            resolved.put(office.slug(), known);
        }
        return known.address();
    }

    /** The network's address without a trailing slash ({@code https://news.example.org}). */
    public String network() {
        return network;
    }

    /**
     * The network's address as configured, checked: an absolute http(s) URL with a host and no
     * query or fragment. A wrong setting stops the application at start rather than writing
     * broken links into every page.
     */
    static String network(String configured) {
        return absolute(configured).map(address -> address.substring(0, address.length() - 1)).orElseThrow(
                () -> new IllegalStateException("dateline.site.url (DATELINE_SITE_URL) must be an absolute http or https URL"
                        + " without query or fragment, such as https://news.example.org; it is '" + configured + "'"));
    }

    /**
     * An office's site root: its own address when that is a usable absolute URL (a wrong one is
     * told in the log and ignored), else the network's address and the office's slug.
     */
    static String address(String network, String office, String own) {
        if (own != null) {
            Optional<String> checked = absolute(own);
            if (checked.isPresent()) {
                return checked.get();
            }
            LOG.warning(() -> "The site address of office " + office + " is not an absolute http(s) URL and is ignored: " + own);
        }
        return network + "/" + office + "/";
    }

    /** The address normalised to end in {@code /}, if it is an absolute http(s) URL with a host and no query or fragment. */
    private static Optional<String> absolute(String address) {
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(address.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getRawQuery() != null
                    || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
                return Optional.empty();
            }
            String text = uri.toString();
            return Optional.of(text.endsWith("/") ? text : text + "/");
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
