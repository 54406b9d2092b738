package org.dateline.tenancy.entity;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How an office's site looks: the name and tagline in its masthead, its logo and two colours. A
 * colour is only used where it keeps WCAG 2.1 AA contrast (4.5:1 for text): the brand colour under
 * the masthead's white text, the accent colour for links on the white page; a setting that would
 * fall short gives way to the house colour, so no office setting can make a site hard to read.
 */
public record Branding(String siteName, String tagline, String logo, String brandColour, String accentColour) {

    /** The house ink: the masthead's and the text's colour when an office's own will not do. */
    public static final String INK = "#1d2433";
    /** The house link colour. */
    public static final String LINK = "#0b5cad";
    public static final String PAPER = "#ffffff";
    /** WCAG 2.1 AA, normal text. */
    static final double AA = 4.5;

    private static final Pattern HEX = Pattern.compile("^#[0-9a-fA-F]{6}$");

    /** The masthead's background: the brand colour if white text on it is readable. */
    public String masthead() {
        return readable(brandColour, PAPER) ? brandColour.toLowerCase(Locale.ROOT) : INK;
    }

    /** The links' colour: the accent colour if it is readable on the white page. */
    public String links() {
        return readable(accentColour, PAPER) ? accentColour.toLowerCase(Locale.ROOT) : LINK;
    }

    public boolean hasLogo() {
        return logo != null && !logo.isBlank();
    }

    static boolean readable(String colour, String on) {
        return colour != null && HEX.matcher(colour).matches() && contrast(colour, on) >= AA;
    }

    /** The WCAG contrast ratio of two {@code #rrggbb} colours, from 1 (none) to 21 (black on white). */
    public static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String colour) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
