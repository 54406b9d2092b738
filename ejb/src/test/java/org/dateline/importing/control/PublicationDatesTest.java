package org.dateline.importing.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.DateTimeException;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PublicationDatesTest {

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(delimiter = '|', value = {
            "11 / 06 / 2020|2020-06-11",
            "11/06/2020|2020-06-11",
            "1 / 6 / 2020|2020-06-01",
            "14 September, 2020|2020-09-14",
            "8 September, 2020|2020-09-08",
            "14 September 2020|2020-09-14",
            "September 14, 2020|2020-09-14",
            "May 2020|2020-05-01",
            "14 septiembre, 2020|2020-09-14",
            "14 de septiembre de 2020|2020-09-14",
            "3 setiembre 2020|2020-09-03",
            "mayo 2020|2020-05-01",
            "mayo de 2020|2020-05-01",
            "Diciembre 2019|2019-12-01",
    })
    void everyDateFormIsRecognisedAndRead(String line, LocalDate date) {
        assertThat(PublicationDates.looksLikeDate(line)).isTrue();
        assertThat(PublicationDates.parse(line)).isEqualTo(date);
    }

    @ParameterizedTest
    @ValueSource(strings = {"14 SEPTEMBER, 2020", "14 september, 2020", "MAY 2020", "14 SeptieMBRE, 2020"})
    void monthNamesAreCaseInsensitive(String line) {
        assertThat(PublicationDates.looksLikeDate(line)).isTrue();
        assertThat(PublicationDates.parse(line).getMonthValue()).isIn(5, 9);
    }

    @Test
    void surroundingAndNoBreakSpacesAreIgnored() {
        assertThat(PublicationDates.parse("  11\u00A0/ 06 /\u00A02020 \t")).isEqualTo(LocalDate.of(2020, 6, 11));
        assertThat(PublicationDates.parse("8\u00A0September,\u00A02020\u00A0")).isEqualTo(LocalDate.of(2020, 9, 8));
    }

    @Test
    void numericDatesAreDayFirst() {
        assertThat(PublicationDates.parse("05 / 06 / 2020")).isEqualTo(LocalDate.of(2020, 6, 5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31 / 02 / 2020", "13 / 13 / 2020", "00 / 06 / 2020", "29 / 02 / 2021", "31 September, 2020",
            "32 mayo 2020"})
    void impossibleDatesStillLookLikeDatesButAreRefused(String line) {
        assertThat(PublicationDates.looksLikeDate(line)).isTrue();
        assertThatThrownBy(() -> PublicationDates.parse(line))
                .isInstanceOf(DateTimeException.class)
                .hasMessageStartingWith("'" + line + "' is not a valid date");
    }

    @Test
    void refusalSaysWhatIsWrongWithTheDate() {
        assertThatThrownBy(() -> PublicationDates.parse("31 / 02 / 2020"))
                .hasMessage("'31 / 02 / 2020' is not a valid date: February 2020 has 29 days");
        assertThatThrownBy(() -> PublicationDates.parse("13 / 13 / 2020"))
                .hasMessage("'13 / 13 / 2020' is not a valid date: there is no month 13");
    }

    @Test
    void leapDaysAreValidInLeapYears() {
        assertThat(PublicationDates.parse("29 / 02 / 2020")).isEqualTo(LocalDate.of(2020, 2, 29));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Media Requests", "Receive more updates", "Watch video", "Vision 2030", "May the best win 2020",
            "IOM launches survey in 2020", "2020", "11 / 06", "14 Septembre 2020", "Geneva - The impact of COVID-19", ""})
    void otherLinesDoNotLookLikeDates(String line) {
        assertThat(PublicationDates.looksLikeDate(line)).isFalse();
        assertThatThrownBy(() -> PublicationDates.parse(line))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a date line");
    }

    @Test
    void nullIsNoDate() {
        assertThat(PublicationDates.looksLikeDate(null)).isFalse();
        assertThatThrownBy(() -> PublicationDates.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyAMonthAndYearDateANewsletter() {
        assertThat(PublicationDates.isMonthOnly("May 2020")).isTrue();
        assertThat(PublicationDates.isMonthOnly("mayo de 2020")).isTrue();
        assertThat(PublicationDates.isMonthOnly("14 May 2020")).isFalse();
        assertThat(PublicationDates.isMonthOnly("11 / 05 / 2020")).isFalse();
    }
}
