package org.dateline.web.site;

/** What a request's Accept-Encoding says the client takes. */
public final class AcceptEncoding {

    private AcceptEncoding() {
    }

    /**
     * Whether the client takes gzip: named in Accept-Encoding (or {@code *}) without {@code q=0}.
     * Reads the header without splitting it into new strings.
     */
    public static boolean takesGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        int length = acceptEncoding.length();
        int start = 0;
        boolean star = false;
        while (start < length) {
            int end = acceptEncoding.indexOf(',', start);
            if (end < 0) {
                end = length;
            }
            int semicolon = acceptEncoding.indexOf(';', start);
            int nameEnd = semicolon >= 0 && semicolon < end ? semicolon : end;
            int nameStart = start;
            while (nameStart < nameEnd && acceptEncoding.charAt(nameStart) == ' ') {
                nameStart++;
            }
            int trimmedEnd = nameEnd;
            while (trimmedEnd > nameStart && acceptEncoding.charAt(trimmedEnd - 1) == ' ') {
                trimmedEnd--;
            }
            boolean refused = nameEnd < end && zeroQuality(acceptEncoding, nameEnd + 1, end);
            int nameLength = trimmedEnd - nameStart;
            if (nameLength == 4 && acceptEncoding.regionMatches(true, nameStart, "gzip", 0, 4)
                    || nameLength == 6 && acceptEncoding.regionMatches(true, nameStart, "x-gzip", 0, 6)) {
                return !refused;
            }
            if (nameLength == 1 && acceptEncoding.charAt(nameStart) == '*') {
                star = !refused;
            }
            start = end + 1;
        }
        return star;
    }

    /** Whether the parameters between from and to say {@code q=0} (or 0.0, 0.00, 0.000). */
    private static boolean zeroQuality(String header, int from, int to) {
        String parameters = header.substring(from, to).replace(" ", "").toLowerCase(java.util.Locale.ROOT);
        return parameters.matches("(?:.*;)?q=0(?:\\.0{0,3})?(?:;.*)?");
    }
}
