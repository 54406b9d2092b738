package org.dateline.articles.control;

import org.owasp.html.AttributePolicy;
import org.owasp.html.HtmlChangeListener;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one policy for story HTML: text formatting, blocks, headings, lists, tables, links and
 * images survive; scripts, event handlers, styles and unknown elements do not. Links get
 * {@code rel="nofollow"}: a story does not vouch for the pages it links to.
 * <p>
 * An image may only show a picture of the story's own office, at the address its site serves it
 * ({@code /<office>/images/<id>/<width>/<digest>.jpg}): a story is read by signed-in staff too,
 * and an image address is fetched without a click, so one that pointed at the studio, the API,
 * sign-in or another site could act or track in the reader's name. Other image addresses are
 * refused, and said so ({@link Sanitized#refusedImages}), rather than silently dropped.
 */
public final class HtmlSanitizer {

    /** An image of an office's library as its site serves it; group 1 is the office, group 2 the image id. */
    private static final Pattern LIBRARY_IMAGE =
            Pattern.compile("^/([a-z0-9-]{1,60})/images/(\\d{1,18})/\\d{1,5}/[0-9a-f]{20}\\.(?:jpg|png)$");
    private static final Pattern SIZE = Pattern.compile("^\\d{1,4}$");

    private static final PolicyFactory TEXT = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("figure", "figcaption", "hr", "br")
                    .allowAttributes("lang").globally()
                    .toFactory());

    /**
     * Sanitized HTML, the office's images it shows, and the image addresses that were refused.
     *
     * @param imageIds      the ids of the office's images the text shows, in order
     * @param refusedImages the image addresses that are not the office's own, as written
     */
    public record Sanitized(String html, List<Long> imageIds, List<String> refusedImages) {
    }

    private HtmlSanitizer() {
    }

    /** Story HTML as the given office may show it. */
    public static Sanitized sanitize(String html, String office) {
        List<Long> images = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        AttributePolicy ownImage = (element, attribute, value) -> {
            Matcher matcher = LIBRARY_IMAGE.matcher(value == null ? "" : value.strip());
            if (matcher.matches() && matcher.group(1).equals(office)) {
                images.add(Long.parseLong(matcher.group(2)));
                return matcher.group();
            }
            refused.add(value);
            return null;
        };
        PolicyFactory policy = TEXT.and(new HtmlPolicyBuilder()
                // an image whose address was refused is no image at all
                .allowElements((element, attributes) -> hasSource(attributes) ? element : null, "img")
                .allowAttributes("src").matching(ownImage).onElements("img")
                .allowAttributes("alt").onElements("img")
                .allowAttributes("width", "height").matching(SIZE).onElements("img")
                .toFactory());
        // An image without an allowed address is dropped whole. Addresses with a scheme no URL may have
        // (javascript:) are dropped before the policy above sees them: counting the dropped images
        // reports those too.
        int[] droppedImages = {0};
        String clean = html == null ? "" : policy.sanitize(html, new HtmlChangeListener<>() {
            @Override
            public void discardedTag(Object context, String elementName) {
                if ("img".equals(elementName)) {
                    droppedImages[0]++;
                }
            }

            @Override
            public void discardedAttributes(Object context, String tagName, String... attributeNames) {
            }
        }, null).strip();
        while (refused.size() < droppedImages[0]) {
            refused.add("");
        }
        return new Sanitized(clean, List.copyOf(images), List.copyOf(refused));
    }

    /** Whether the attributes left on an element (names and values, alternating) include its address. */
    private static boolean hasSource(List<String> attributes) {
        for (int i = 0; i < attributes.size(); i += 2) {
            if (attributes.get(i).equals("src")) {
                return true;
            }
        }
        return false;
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
