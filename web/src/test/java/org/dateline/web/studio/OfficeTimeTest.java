package org.dateline.web.studio;

import org.dateline.tenancy.entity.Office;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class OfficeTimeTest {

    private static final Office SAN_JOSE = new Office("san-jose", "San José", "americas", "en,es", "America/Costa_Rica",
            "dd / MM / yyyy", "");
    private static final Office GEORGETOWN = new Office("georgetown", "Georgetown", "americas", "en", "America/Guyana",
            "d MMMM, yyyy", "");

    @Test
    void aMomentIsShownAtTheOfficesLocalTimeInItsDateFormat() {
        Instant utc = Instant.parse("2020-06-11T20:05:00Z");
        assertThat(OfficeTime.of(SAN_JOSE, Locale.ENGLISH).when(utc)).isEqualTo("11 / 06 / 2020, 14:05");
        assertThat(OfficeTime.of(GEORGETOWN, Locale.ENGLISH).when(utc)).isEqualTo("11 June, 2020, 16:05");
        assertThat(OfficeTime.of(GEORGETOWN, Locale.forLanguageTag("es")).when(utc)).isEqualTo("11 junio, 2020, 16:05");
        assertThat(OfficeTime.of(SAN_JOSE, Locale.ENGLISH).iso(utc)).isEqualTo("2020-06-11T14:05:00-06:00");
        assertThat(OfficeTime.of(SAN_JOSE, Locale.ENGLISH).when(null)).isEmpty();
    }

    @Test
    void theOffsetIsSaidAsUtcPlusOrMinus() {
        assertThat(OfficeTime.of(SAN_JOSE, Locale.ENGLISH).offset()).isEqualTo("UTC\u221206:00");
        assertThat(OfficeTime.of(new Office("x", "X", "r", "en", "UTC", "yyyy", ""), Locale.ENGLISH).offset()).isEqualTo("UTC");
    }
}
