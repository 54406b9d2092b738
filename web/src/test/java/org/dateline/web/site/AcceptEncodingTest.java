package org.dateline.web.site;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AcceptEncodingTest {

    @Test
    void browsersAndToolsThatTakeGzipGetIt() {
        assertThat(AcceptEncoding.takesGzip("gzip, deflate, br, zstd")).isTrue();
        assertThat(AcceptEncoding.takesGzip("gzip")).isTrue();
        assertThat(AcceptEncoding.takesGzip("br;q=1.0, GZIP;q=0.8")).isTrue();
        assertThat(AcceptEncoding.takesGzip("deflate, x-gzip")).isTrue();
        assertThat(AcceptEncoding.takesGzip("*")).isTrue();
    }

    @Test
    void clientsThatDoNotOrThatRefuseItGetThePageAsItIs() {
        assertThat(AcceptEncoding.takesGzip(null)).isFalse();
        assertThat(AcceptEncoding.takesGzip("")).isFalse();
        assertThat(AcceptEncoding.takesGzip("identity")).isFalse();
        assertThat(AcceptEncoding.takesGzip("br, deflate")).isFalse();
        assertThat(AcceptEncoding.takesGzip("gzip;q=0")).isFalse();
        assertThat(AcceptEncoding.takesGzip("gzip; q=0.000, br")).isFalse();
        assertThat(AcceptEncoding.takesGzip("*, gzip;q=0")).isFalse();
        assertThat(AcceptEncoding.takesGzip("*;q=0")).isFalse();
        assertThat(AcceptEncoding.takesGzip("gzipped")).isFalse();
    }
}
