package org.dateline.web.site;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.dateline.search.boundary.Search;
import org.dateline.search.entity.SearchRequest;
import org.dateline.search.entity.SearchResults;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An office's search page ({@code search?q=…}): the site's stories that match, with highlighted
 * snippets, facets that narrow the results (each a plain link, so the page stays cacheable and
 * works without script), and numbered pages. Whatever a reader types gives this page, never an
 * error.
 */
@Named("search")
@RequestScoped
public class SearchView extends SitePage {

    static final int PAGE_SIZE = 10;

    @EJB
    Search search;

    @Inject
    SiteWords words;

    private SearchRequest request = new SearchRequest("", null, null, null, 1, PAGE_SIZE);
    private SearchResults results = SearchResults.none(request, 0);

    @PostConstruct
    void load() {
        if (!resolveOffice()) {
            return;
        }
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        request = SearchRequest.of(params.get("q"), params.get("topic"), params.get("year"), params.get("language"),
                params.get("page"), PAGE_SIZE);
        results = search.find(office.slug(), request);
    }

    public SearchResults getResults() {
        return results;
    }

    public String getWords() {
        return request.words();
    }

    public boolean isSearched() {
        return request.hasWords();
    }

    public boolean isNarrowed() {
        return request.topic() != null || request.year() != null || request.language() != null;
    }

    /*
     * Not overloads of SitePage's link(Placement) and date(Placement): EL tries each method of the
     * name, and a failed coercion of a hit to a Placement builds an error message (the hit's whole
     * toString) that is thrown away, twice per hit and page.
     */
    public String hitLink(SearchResults.Hit hit) {
        return getSiteRoot() + hit.path();
    }

    public String hitDate(SearchResults.Hit hit) {
        return office.formatDate(hit.date(), hit.language());
    }

    /** A language's own name ("English", "Español"), for the language facet. */
    public String languageName(String code) {
        Locale locale = Locale.forLanguageTag(code);
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    /** A facet's heading, in the page's language. */
    public String dimensionLabel(String dimension) {
        return switch (dimension) {
            case "topic", "year", "language" -> words.get("search." + dimension);
            default -> dimension;
        };
    }

    public String facetLabel(String dimension, String value) {
        return "language".equals(dimension) ? languageName(value) : value;
    }

    public boolean selected(String dimension, String value) {
        return value.equals(filter(dimension));
    }

    /** The results narrowed to a facet value, or widened again when that value is the one selected. */
    public String facetLink(String dimension, String value) {
        String chosen = selected(dimension, value) ? null : value;
        return address(1, "topic".equals(dimension) ? chosen : request.topic(), "year".equals(dimension) ? chosen : request.year(),
                "language".equals(dimension) ? chosen : request.language());
    }

    public String getWidenLink() {
        return address(1, null, null, null);
    }

    public String pageLink(int page) {
        return address(page, request.topic(), request.year(), request.language());
    }

    public List<Integer> getPageNumbers() {
        int first = Math.max(1, request.page() - 4);
        int last = Math.min(results.pages(), first + 8);
        return java.util.stream.IntStream.rangeClosed(first, last).boxed().toList();
    }

    private String filter(String dimension) {
        return switch (dimension) {
            case "topic" -> request.topic();
            case "year" -> request.year();
            case "language" -> request.language();
            default -> null;
        };
    }

    private String address(int page, String topic, String year, String language) {
        StringBuilder link = new StringBuilder(getSiteRoot()).append("search?q=").append(encode(request.words()));
        if (topic != null) {
            link.append("&topic=").append(encode(topic));
        }
        if (year != null) {
            link.append("&year=").append(year);
        }
        if (language != null) {
            link.append("&language=").append(language);
        }
        if (page > 1) {
            link.append("&page=").append(page);
        }
        return link.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
