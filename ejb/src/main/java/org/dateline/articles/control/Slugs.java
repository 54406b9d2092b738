package org.dateline.articles.control;

import java.text.Normalizer;
import java.util.Locale;

/** URL slugs from titles: lower case ASCII words joined by hyphens, at most 80 characters. */
public final class Slugs {

    private static final int MAX = 80;

    private Slugs() {
    }

    public static String of(String title) {
        String ascii = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (ascii.length() > MAX) {
            ascii = ascii.substring(0, MAX);
            int cut = ascii.lastIndexOf('-');
            if (cut > MAX / 2) {
                ascii = ascii.substring(0, cut);
            }
        }
        return ascii.isEmpty() ? "story" : ascii;
    }
}
