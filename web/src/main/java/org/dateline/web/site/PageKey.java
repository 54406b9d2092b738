package org.dateline.web.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.dateline.courses.entity.CourseFilter;
import org.dateline.search.entity.SearchRequest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a reader page is cached under: the site (office and root), the page's address in its one
 * canonical form, and the parameters that page reads, in their parsed form. Listing pages (home,
 * topic, archive month) read only the {@code before} cursor, and an unreadable cursor is the first
 * page; search reads {@code q}, {@code topic}, {@code year}, {@code language} and {@code page} as
 * {@link SearchRequest} cleans them; the courses page reads {@code topic}, {@code language},
 * {@code format} and {@code when} as {@link CourseFilter} cleans them, and is cached per day in the
 * office's zone (a course is current or past by that day); every other page reads none. So {@code ?x=<random>}, a
 * garbage cursor or {@code ?q=a&q=b} map to a page already cached instead of a new entry.
 * <p>
 * What must stay true: a page may read nothing that is not in its key, or one reader's parameter
 * could change the page cached for everyone. {@link #shownTo} enforces it: the rendering sees a
 * request that carries only this key's parameters (no {@code jakarta.faces.ViewState} either, so
 * a cached page is never a postback).
 *
 * @param text       the cache key
 * @param search     whether the page belongs in the search pages' cache
 * @param parameters the parameters the page may read, as the reader sent them
 */
record PageKey(String text, boolean search, Map<String, String> parameters) {

    static final String CURSOR = "before";

    /** A page that reads no parameter. */
    static PageKey of(String address) {
        return new PageKey(address, false, Map.of());
    }

    /** A keyset-paged listing: the first page, or the page after a readable {@code before} cursor. */
    static PageKey listing(String address, HttpServletRequest request) {
        String before = parameter(request, CURSOR);
        Optional<Cursor> cursor = Cursor.parse(before);
        return cursor.isEmpty() ? of(address)
                : new PageKey(address + "?" + CURSOR + "=" + cursor.get().form(), false, Map.of(CURSOR, before));
    }

    /** A search page, by the request as the search will read it. */
    static PageKey search(String address, HttpServletRequest request) {
        Map<String, String> kept = new LinkedHashMap<>();
        for (String name : new String[]{"q", "topic", "year", "language", "page"}) {
            String value = parameter(request, name);
            if (value != null) {
                kept.put(name, value);
            }
        }
        SearchRequest asked = SearchRequest.of(kept.get("q"), kept.get("topic"), kept.get("year"), kept.get("language"),
                kept.get("page"), SearchView.PAGE_SIZE);
        StringBuilder text = new StringBuilder(address).append("?q=").append(encode(asked.words()));
        if (asked.topic() != null) {
            text.append("&topic=").append(encode(asked.topic()));
        }
        if (asked.year() != null) {
            text.append("&year=").append(asked.year());
        }
        if (asked.language() != null) {
            text.append("&language=").append(asked.language());
        }
        return new PageKey(text.append("&page=").append(asked.page()).toString(), true, Map.copyOf(kept));
    }

    /** The courses page, by the filter as the page will read it, on {@code today} in the office's zone. */
    static PageKey courses(String address, HttpServletRequest request, LocalDate today) {
        CourseFilter filter = CourseFilter.of(parameter(request, "topic"), parameter(request, "language"),
                parameter(request, "format"), parameter(request, "when"));
        Map<String, String> kept = new LinkedHashMap<>();
        if (filter.topic() != null) {
            kept.put("topic", filter.topic());
        }
        if (filter.language() != null) {
            kept.put("language", filter.language());
        }
        if (filter.format() != null) {
            kept.put("format", CourseFilter.parameter(filter.format()));
        }
        if (filter.period() != CourseFilter.CURRENT.period()) {
            kept.put("when", "past");
        }
        return new PageKey(address + filter.query() + "#" + today, false, Map.copyOf(kept));
    }

    /** The request as the page's rendering sees it: with this key's parameters and no other. */
    HttpServletRequest shownTo(HttpServletRequest request) {
        return new KeptParameters(request, parameters);
    }

    /**
     * A parameter as the reader sent it (the first, if sent more than once); none when the query
     * cannot be read at all (a broken %-escape), as the page would then read none either.
     */
    private static String parameter(HttpServletRequest request, String name) {
        try {
            return request.getParameter(name);
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static final class KeptParameters extends HttpServletRequestWrapper {

        private final Map<String, String> kept;
        private final Map<String, String[]> map;
        private final String query;

        KeptParameters(HttpServletRequest request, Map<String, String> kept) {
            super(request);
            this.kept = kept;
            Map<String, String[]> values = new LinkedHashMap<>();
            StringBuilder text = new StringBuilder();
            kept.forEach((name, value) -> {
                values.put(name, new String[]{value});
                text.append(text.isEmpty() ? "" : "&").append(encode(name)).append('=').append(encode(value));
            });
            this.map = Collections.unmodifiableMap(values);
            this.query = text.isEmpty() ? null : text.toString();
        }

        @Override
        public String getParameter(String name) {
            return kept.get(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return map;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(map.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            String value = kept.get(name);
            return value == null ? null : new String[]{value};
        }

        @Override
        public String getQueryString() {
            return query;
        }
    }
}
