package org.dateline.web.studio;

import org.dateline.tenancy.entity.Office;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A moment as an office writes it: its own date format, in its time zone, with the time of day
 * ("11 / 06 / 2020, 14:05" in San José), month names in the person's language.
 */
public record OfficeClock(String datePattern, ZoneId zone, Locale locale) implements Serializable {

    public static OfficeClock of(Office office, Locale locale) {
        return new OfficeClock(office.datePattern(), office.zone(), locale);
    }

    public String when(Instant instant) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime local = instant.atZone(zone);
        return DateTimeFormatter.ofPattern(datePattern, locale).format(local) + ", "
                + DateTimeFormatter.ofPattern("HH:mm", locale).format(local);
    }

    /** The same moment in a machine-readable form, for {@code <time datetime>}. */
    public String iso(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
    }
}
