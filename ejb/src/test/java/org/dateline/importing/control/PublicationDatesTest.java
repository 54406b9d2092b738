package org.dateline.importing.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PublicationDatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "11 / 06 / 2020|2020-06-11",
            "1/6/2020|2020-06-01",
            "14 September, 2020|2020-09-14",
            "8 September, 2020|2020-09-08",
            "14 September 2020|2020-09-14",
            "May 2020|2020-05-01",
            "14 septiembre, 2020|2020-09-14",
            "3 de mayo de 2021|2021-05-03",
            "mayo 2020|2020-05-01",
    })
    void everyFormOfTheListingsIsRead(String line, LocalDate date) {
        assertThat(PublicationDates.looksLikeDate(line)).isTrue();
        assertThat(PublicationDates.parse(line)).isEqualTo(date);
    }

    @Test
    void impossibleDatesLookLikeDatesButAreRefused() {
        assertThat(PublicationDates.looksLikeDate("31 / 02 / 2020")).isTrue();
        assertThatThrownBy(() -> PublicationDates.parse("31 / 02 / 2020")).hasMessage("'31 / 02 / 2020' is not a valid date");
        assertThatThrownBy(() -> PublicationDates.parse("32 September, 2020")).hasMessageContaining("not a valid date");
    }

    @Test
    void titlesAndSentencesAreNotDates() {
        assertThat(PublicationDates.looksLikeDate("Media Requests")).isFalse();
        assertThat(PublicationDates.looksLikeDate("May the best win 2020")).isFalse();
        assertThat(PublicationDates.looksLikeDate("Watch video")).isFalse();
        assertThat(PublicationDates.isMonthOnly("May 2020")).isTrue();
        assertThat(PublicationDates.isMonthOnly("14 May 2020")).isFalse();
    }
}
