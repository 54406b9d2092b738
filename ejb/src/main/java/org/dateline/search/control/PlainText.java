package org.dateline.search.control;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The text a reader reads in a story's (sanitized) HTML: tags dropped, entities decoded, spaces collapsed. */
public final class PlainText {

    private static final Pattern BLOCK = Pattern.compile("(?i)</?(p|br|li|h[1-6]|div|blockquote|tr)\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos|nbsp);");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private PlainText() {
    }

    public static String of(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        String text = TAG.matcher(BLOCK.matcher(html).replaceAll(" ")).replaceAll("");
        Matcher entity = ENTITY.matcher(text);
        StringBuilder decoded = new StringBuilder(text.length());
        while (entity.find()) {
            entity.appendReplacement(decoded, Matcher.quoteReplacement(decode(entity.group(1))));
        }
        entity.appendTail(decoded);
        return SPACE.matcher(decoded).replaceAll(" ").strip();
    }

    private static String decode(String entity) {
        return switch (entity) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> " ";
            default -> {
                int codePoint = entity.charAt(1) == 'x' || entity.charAt(1) == 'X'
                        ? Integer.parseInt(entity.substring(2), 16) : Integer.parseInt(entity.substring(1));
                yield Character.isValidCodePoint(codePoint) ? new String(Character.toChars(codePoint)) : " ";
            }
        };
    }
}
