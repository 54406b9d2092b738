package org.dateline.articles.control;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * The one policy for story HTML: text formatting, blocks, headings, lists, tables, links and
 * images survive; scripts, event handlers, styles and unknown elements do not. Links get
 * {@code rel="nofollow"}: a story does not vouch for the pages it links to.
 */
public final class HtmlSanitizer {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS)
            .and(Sanitizers.IMAGES)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("figure", "figcaption", "hr", "br")
                    .allowAttributes("lang").globally()
                    .toFactory());

    private HtmlSanitizer() {
    }

    public static String sanitize(String html) {
        return html == null ? "" : POLICY.sanitize(html).strip();
    }

    /** Plain text as HTML paragraphs, one per non-blank line. */
    public static String paragraphs(Iterable<String> lines) {
        StringBuilder html = new StringBuilder();
        for (String line : lines) {
            if (line != null && !line.isBlank()) {
                html.append("<p>").append(escape(line.strip())).append("</p>\n");
            }
        }
        return html.toString().strip();
    }

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&#34;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
