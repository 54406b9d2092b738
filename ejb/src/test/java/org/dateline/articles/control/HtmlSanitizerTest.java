package org.dateline.articles.control;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlSanitizerTest {

    @Test
    void scriptsHandlersAndStylesAreRemovedFormattingStays() {
        String clean = HtmlSanitizer.sanitize("<p onclick=\"x()\" style=\"color:red\">Hello <b>world</b>"
                + "<script>alert(1)</script></p><a href=\"javascript:alert(1)\">bad</a><a href=\"https://example.org\">ok</a>");
        assertThat(clean).doesNotContain("script").doesNotContain("onclick").doesNotContain("style").doesNotContain("javascript")
                .contains("<b>world</b>").contains("href=\"https://example.org\"").contains("rel=\"nofollow\"");
    }

    @Test
    void plainTextBecomesEscapedParagraphs() {
        assertThat(HtmlSanitizer.paragraphs(List.of("Ciudad Juárez <border>", " ", "Second & last")))
                .isEqualTo("<p>Ciudad Juárez &lt;border&gt;</p>\n<p>Second &amp; last</p>");
    }

    @Test
    void slugsAreAsciiAndShort() {
        assertThat(Slugs.of("IOM, Partners Offer “Filter Hotel” to Migrants in Ciudad Juárez"))
                .isEqualTo("iom-partners-offer-filter-hotel-to-migrants-in-ciudad-juarez");
        assertThat(Slugs.of("¿?")).isEqualTo("story");
        assertThat(Slugs.of("word ".repeat(40))).hasSizeLessThanOrEqualTo(80).doesNotEndWith("-");
    }
}
