package org.dateline.importing.control;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the date lines of listings. Recognising the shape is kept apart from reading the
 * date so that a mistyped date ("31 / 02 / 2020") is still seen as a date line, and reported,
 * instead of silently becoming a title or a paragraph. Numeric dates are day first.
 */
public final class PublicationDates {

    /**
     * Every run possessive (a month name is one run of letters: giving any back never helps a
     * match), and a month name taken only from the start of its word, so that a search, not only a
     * whole-line match, reads a long word once and not once for each of its letters.
     */
    static final Pattern NUMERIC = Pattern.compile("(\\d{1,2}) ?/ ?(\\d{1,2}) ?/ ?(\\d{4})");
    static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2}) (?:de )?(\\p{L}++)\\.?,? (?:de |del )?(\\d{4})");
    static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?<!\\p{L})(\\p{L}++)\\.? (\\d{1,2}),? (\\d{4})");
    static final Pattern MONTH_YEAR = Pattern.compile("(?<!\\p{L})(\\p{L}++)\\.?,? (?:de |del )?(\\d{4})");

    private static final Map<String, Month> MONTHS = Map.ofEntries(
            Map.entry("january", Month.JANUARY), Map.entry("february", Month.FEBRUARY), Map.entry("march", Month.MARCH),
            Map.entry("april", Month.APRIL), Map.entry("may", Month.MAY), Map.entry("june", Month.JUNE),
            Map.entry("july", Month.JULY), Map.entry("august", Month.AUGUST), Map.entry("september", Month.SEPTEMBER),
            Map.entry("october", Month.OCTOBER), Map.entry("november", Month.NOVEMBER), Map.entry("december", Month.DECEMBER),
            Map.entry("enero", Month.JANUARY), Map.entry("febrero", Month.FEBRUARY), Map.entry("marzo", Month.MARCH),
            Map.entry("abril", Month.APRIL), Map.entry("mayo", Month.MAY), Map.entry("junio", Month.JUNE),
            Map.entry("julio", Month.JULY), Map.entry("agosto", Month.AUGUST), Map.entry("septiembre", Month.SEPTEMBER),
            Map.entry("setiembre", Month.SEPTEMBER), Map.entry("octubre", Month.OCTOBER),
            Map.entry("noviembre", Month.NOVEMBER), Map.entry("diciembre", Month.DECEMBER));

    private PublicationDates() {
    }

    /** Whether the line has the shape of a date line, valid or not. */
    public static boolean looksLikeDate(String line) {
        if (line == null) {
            return false;
        }
        String text = ListingText.normalize(line);
        return NUMERIC.matcher(text).matches()
                || namesMonth(DAY_MONTH_YEAR, text, 2)
                || namesMonth(MONTH_DAY_YEAR, text, 1)
                || namesMonth(MONTH_YEAR, text, 1);
    }

    /**
     * The date of a date line; a month alone ("May 2020") gives the first of that month.
     *
     * @throws IllegalArgumentException when the line is not shaped like a date
     * @throws DateTimeException        when it is, but names no real day ("31 / 02 / 2020")
     */
    public static LocalDate parse(String line) {
        String text = line == null ? "" : ListingText.normalize(line);
        Matcher m = NUMERIC.matcher(text);
        if (m.matches()) {
            return date(text, number(m.group(3)), number(m.group(2)), number(m.group(1)));
        }
        m = DAY_MONTH_YEAR.matcher(text);
        if (m.matches() && month(m.group(2)) != null) {
            return date(text, number(m.group(3)), month(m.group(2)).getValue(), number(m.group(1)));
        }
        m = MONTH_DAY_YEAR.matcher(text);
        if (m.matches() && month(m.group(1)) != null) {
            return date(text, number(m.group(3)), month(m.group(1)).getValue(), number(m.group(2)));
        }
        m = MONTH_YEAR.matcher(text);
        if (m.matches() && month(m.group(1)) != null) {
            return date(text, number(m.group(2)), month(m.group(1)).getValue(), 1);
        }
        throw new IllegalArgumentException("'" + text + "' is not a date line: expected a form such as '11 / 06 / 2020', "
                + "'14 September, 2020', '14 septiembre, 2020' or 'May 2020'");
    }

    /** Whether the line is a month without a day ("May 2020"), as newsletters are dated. */
    static boolean isMonthOnly(String line) {
        return line != null && namesMonth(MONTH_YEAR, ListingText.normalize(line), 1);
    }

    private static boolean namesMonth(Pattern pattern, String text, int monthGroup) {
        Matcher m = pattern.matcher(text);
        return m.matches() && month(m.group(monthGroup)) != null;
    }

    private static Month month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT));
    }

    private static int number(String digits) {
        return Integer.parseInt(digits);
    }

    private static LocalDate date(String text, int year, int month, int day) {
        if (month < 1 || month > 12) {
            throw new DateTimeException("'" + text + "' is not a valid date: there is no month " + month);
        }
        YearMonth yearMonth = YearMonth.of(year, month);
        if (day < 1 || day > yearMonth.lengthOfMonth()) {
            throw new DateTimeException("'" + text + "' is not a valid date: "
                    + yearMonth.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year + " has "
                    + yearMonth.lengthOfMonth() + " days");
        }
        return yearMonth.atDay(day);
    }
}
