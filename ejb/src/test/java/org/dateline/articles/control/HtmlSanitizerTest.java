package org.dateline.articles.control;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlSanitizerTest {

    @Test
    void scriptsHandlersAndStylesAreRemovedFormattingStays() {
        String clean = HtmlSanitizer.sanitize("<p onclick=\"x()\" style=\"color:red\">Hello <b>world</b>"
                + "<script>alert(1)</script></p><a href=\"javascript:alert(1)\">bad</a><a href=\"https://example.org\">ok</a>", "san-jose").html();
        assertThat(clean).doesNotContain("script").doesNotContain("onclick").doesNotContain("style").doesNotContain("javascript")
                .contains("<b>world</b>").contains("href=\"https://example.org\"").contains("rel=\"nofollow\"");
    }

    @Test
    void anImageOfTheOfficesLibraryStays() {
        HtmlSanitizer.Sanitized clean = HtmlSanitizer.sanitize(
                "<p><img src=\"/san-jose/images/17/960/0123456789abcdef0123.jpg\" alt=\"A shelter\" width=\"960\"></p>", "san-jose");

        assertThat(clean.html()).isEqualTo("<p><img src=\"/san-jose/images/17/960/0123456789abcdef0123.jpg\" alt=\"A shelter\" width=\"960\" /></p>");
        assertThat(clean.imageIds()).containsExactly(17L);
        assertThat(clean.refusedImages()).isEmpty();
    }

    @Test
    void anImageThatCouldActInTheReadersNameIsRefusedAndSaidSo() {
        String[] addresses = {
                "/studio/staff/index.xhtml?office=san-jose&invite:role_input=admin&jakarta.faces.ViewState=x",
                "/api/newsroom/v1/offices/san-jose/stories", "/oidcclient/redirect/studio", "https://tracker.example/pixel.gif",
                "/georgetown/images/17/960/0123456789abcdef0123.jpg", "//evil.example/x.png",
                "/san-jose/images/17/960/0123456789abcdef0123.jpg?then=/studio/", "javascript:alert(1)"};
        for (String address : addresses) {
            HtmlSanitizer.Sanitized clean = HtmlSanitizer.sanitize("<p>Text<img src=\"" + address + "\" alt=\"x\"></p>", "san-jose");
            assertThat(clean.html()).as(address).isEqualTo("<p>Text</p>");
            assertThat(clean.refusedImages()).as(address).hasSize(1);
            assertThat(clean.imageIds()).as(address).isEmpty();
        }
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
