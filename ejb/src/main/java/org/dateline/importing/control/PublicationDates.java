package org.dateline.importing.control;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.Map.entry;

/**
 * The date lines of the offices' listings: "11 / 06 / 2020" (day / month / year), "14 September,
 * 2020", "May 2020" (a month: its first day), in English or Spanish.
 */
public final class PublicationDates {

    static final Map<String, Integer> MONTHS = Map.ofEntries(
            entry("january", 1), entry("february", 2), entry("march", 3), entry("april", 4), entry("may", 5),
            entry("june", 6), entry("july", 7), entry("august", 8), entry("september", 9), entry("october", 10),
            entry("november", 11), entry("december", 12),
            entry("enero", 1), entry("febrero", 2), entry("marzo", 3), entry("abril", 4), entry("mayo", 5),
            entry("junio", 6), entry("julio", 7), entry("agosto", 8), entry("septiembre", 9), entry("setiembre", 9),
            entry("octubre", 10), entry("noviembre", 11), entry("diciembre", 12));

    private static final String MONTH = "(\\p{L}+)";
    private static final Pattern NUMERIC = Pattern.compile("^(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*/\\s*(\\d{4})$");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("^(\\d{1,2})\\s+(?:de\\s+)?" + MONTH + ",?\\s+(?:de\\s+)?(\\d{4})$");
    private static final Pattern MONTH_YEAR = Pattern.compile("^" + MONTH + ",?\\s+(?:de\\s+)?(\\d{4})$");

    private PublicationDates() {
    }

    /** Whether the line has the shape of a date line, valid or not. */
    public static boolean looksLikeDate(String line) {
        String s = line.strip();
        if (NUMERIC.matcher(s).matches()) {
            return true;
        }
        Matcher m = DAY_MONTH_YEAR.matcher(s);
        if (m.matches()) {
            return isMonth(m.group(2));
        }
        m = MONTH_YEAR.matcher(s);
        return m.matches() && isMonth(m.group(1));
    }

    /** Whether the line names only a month ("May 2020"): a newsletter's issue date. */
    public static boolean isMonthOnly(String line) {
        Matcher m = MONTH_YEAR.matcher(line.strip());
        return m.matches() && isMonth(m.group(1));
    }

    public static LocalDate parse(String line) {
        String s = line.strip();
        try {
            Matcher m = NUMERIC.matcher(s);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            }
            m = DAY_MONTH_YEAR.matcher(s);
            if (m.matches() && isMonth(m.group(2))) {
                return LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
            }
            m = MONTH_YEAR.matcher(s);
            if (m.matches() && isMonth(m.group(1))) {
                return LocalDate.of(Integer.parseInt(m.group(2)), month(m.group(1)), 1);
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + s + "' is not a valid date", e);
        }
        throw new IllegalArgumentException("'" + s + "' is not a date");
    }

    static boolean isMonth(String word) {
        return MONTHS.containsKey(word.toLowerCase(Locale.ROOT));
    }

    private static int month(String word) {
        return MONTHS.get(word.toLowerCase(Locale.ROOT));
    }
}
