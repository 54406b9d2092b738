package org.dateline.web.site;

/**
 * The reader sites' two most asked-for address shapes read without a regular expression: every
 * request goes through the office's path, and most through a story's, so these run on each cached
 * answer (a {@link java.util.regex.Matcher} would be allocated for each). They accept exactly what
 * {@code ^/([a-z0-9-]+)(/.*)?$} and {@code ^/stories/(\d{1,18})(?:-([a-z0-9-]*))?/?$} accept (a test
 * holds them to it).
 */
final class SitePaths {

    /** A story's address: its id, and its slug when the address has one (possibly empty). */
    record StoryPath(long id, String slug) {
    }

    private static final String STORIES = "/stories/";

    private SitePaths() {
    }

    /**
     * Where the office's slug ends in {@code /slug[/rest]}: the index of the slash after it, or the
     * path's length when nothing follows; -1 when the path is not of that shape.
     */
    static int officeEnd(String path) {
        int length = path.length();
        if (length < 2 || path.charAt(0) != '/') {
            return -1;
        }
        int i = 1;
        while (i < length && slugChar(path.charAt(i))) {
            i++;
        }
        if (i == 1 || i < length && path.charAt(i) != '/') {
            return -1;
        }
        for (int j = i; j < length; j++) {
            if (lineTerminator(path.charAt(j))) {
                return -1;
            }
        }
        return i;
    }

    /** The story a site path names ({@code /stories/42-slug}), or null. */
    static StoryPath story(String path) {
        if (!path.startsWith(STORIES)) {
            return null;
        }
        int length = path.length();
        int start = STORIES.length();
        int i = start;
        while (i < length && i - start <= 18 && Character.isDigit(path.charAt(i)) && path.charAt(i) < 128) {
            i++;
        }
        if (i == start || i - start > 18) {
            return null;
        }
        long id = Long.parseLong(path, start, i, 10);
        String slug = null;
        if (i < length && path.charAt(i) == '-') {
            int from = ++i;
            while (i < length && slugChar(path.charAt(i))) {
                i++;
            }
            slug = path.substring(from, i);
        }
        if (i < length && path.charAt(i) == '/') {
            i++;
        }
        return i == length ? new StoryPath(id, slug) : null;
    }

    private static boolean slugChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-';
    }

    /** What {@code .} of a regular expression does not match. */
    private static boolean lineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
