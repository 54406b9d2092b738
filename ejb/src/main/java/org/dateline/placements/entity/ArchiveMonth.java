package org.dateline.placements.entity;

import java.time.YearMonth;

/** A month of a site's archive and how many live stories it holds. */
public record ArchiveMonth(YearMonth month, long stories) {

    /** From the stored form, year * 100 + month (202006 for June 2020). */
    public ArchiveMonth(Integer yearAndMonth, Long stories) {
        this(YearMonth.of(yearAndMonth / 100, yearAndMonth % 100), stories);
    }

    /** The stored form of a month: year * 100 + month. */
    public static int key(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }
}
