package org.dateline.web.site;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class CursorTest {

    @Test
    void aCursorIsTheLastStorysTimeAndId() {
        assertThat(Cursor.parse("1591876800000-1234")).contains(new Cursor(Instant.ofEpochMilli(1591876800000L), 1234));
    }

    @Test
    void anythingElseStartsAtTheTop() {
        assertThat(Cursor.parse(null)).isEmpty();
        assertThat(Cursor.parse("")).isEmpty();
        assertThat(Cursor.parse("yesterday")).isEmpty();
        assertThat(Cursor.parse("1-2-3")).isEmpty();
        assertThat(Cursor.parse("9999999999999999999-1")).isEmpty();
    }
}
