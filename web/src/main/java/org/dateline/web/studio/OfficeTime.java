package org.dateline.web.studio;

import org.dateline.tenancy.entity.Office;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Moments as the studio shows them in an office: at the office's local time, the date as the office
 * writes it ({@code 11 / 06 / 2020} in San José, {@code 14 September, 2020} in Georgetown, month
 * names in the person's language) and the time on the 24-hour clock. Every studio page that shows a
 * time takes it from here, so that a time means the same on each.
 */
public final class OfficeTime implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final ZoneId zone;
    private final String datePattern;
    private final Locale locale;
    private transient DateTimeFormatter date;

    private OfficeTime(ZoneId zone, String datePattern, Locale locale) {
        this.zone = zone;
        this.datePattern = datePattern;
        this.locale = locale;
    }

    /** The office's time for a person who reads the studio in the given language. */
    public static OfficeTime of(Office office, Locale locale) {
        return new OfficeTime(office.zone(), office.datePattern(), locale);
    }

    /** Date and time ("02 / 12 / 2026, 14:05"); empty for no moment. */
    public String when(Instant instant) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime local = instant.atZone(zone);
        return dateFormat().format(local) + ", " + CLOCK.format(local);
    }

    /** The date alone, as the office writes it. */
    public String date(Instant instant) {
        return instant == null ? "" : dateFormat().format(instant.atZone(zone));
    }

    /** The moment as a machine reads it ({@code <time datetime>}), with the office's offset. */
    public String iso(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone).withNano(0));
    }

    /**
     * The office's offset from UTC now ("UTC−06:00"), to say beside the office's name which time its
     * times are: a zone's generic name ("Central Time") names several places, and no JDK names it by
     * its city in every language.
     */
    public String offset() {
        String offset = zone.getRules().getOffset(Instant.now()).getId();
        return "UTC" + ("Z".equals(offset) ? "" : offset.replace('-', '\u2212'));
    }

    public ZoneId zone() {
        return zone;
    }

    private DateTimeFormatter dateFormat() {
        if (date == null) {
            date = DateTimeFormatter.ofPattern(datePattern, locale);
        }
        return date;
    }
}
