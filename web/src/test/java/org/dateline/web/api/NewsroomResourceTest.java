package org.dateline.web.api;

import org.dateline.articles.entity.InvalidStory;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NewsroomResourceTest {

    @Test
    void aPublicationTimeIsReadAsTheOfficesLocalTime() {
        assertThat(NewsroomResource.localTime(" 2026-11-24T09:30 ")).isEqualTo(LocalDateTime.of(2026, 11, 24, 9, 30));
        assertThat(NewsroomResource.localTime("")).isNull();
    }

    @Test
    void aMalformedPublicationTimeIsRefusedWithWhatWasExpected() {
        assertThatThrownBy(() -> NewsroomResource.localTime("tomorrow at nine"))
                .isInstanceOf(InvalidStory.class)
                .hasMessageContaining("'tomorrow at nine' is not a date and time")
                .hasMessageContaining("2026-11-24T09:30");
    }
}
