package org.dateline.tenancy.control;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SiteAddressesTest {

    @Test
    void anOfficeWithoutAnAddressOfItsOwnIsBelowTheNetworksAddress() {
        String network = SiteAddresses.network("http://localhost:9080");
        assertThat(SiteAddresses.address(network, "san-jose", null)).isEqualTo("http://localhost:9080/san-jose/");
        assertThat(SiteAddresses.address(SiteAddresses.network("https://news.example.org/dateline/"), "georgetown", null))
                .isEqualTo("https://news.example.org/dateline/georgetown/");
    }

    @Test
    void anOfficesOwnAddressIsItsSitesRootEndingInASlash() {
        assertThat(SiteAddresses.address("http://localhost:9080", "san-jose", "https://sanjose.example.org"))
                .isEqualTo("https://sanjose.example.org/");
        assertThat(SiteAddresses.address("http://localhost:9080", "san-jose", " https://example.org/r&d/ "))
                .isEqualTo("https://example.org/r&d/");
    }

    @Test
    void anUnusableOfficeAddressGivesWayToTheNetworksAddress() {
        for (String wrong : new String[]{"sanjose.example.org", "/san-jose/", "javascript:alert(1)", "ftp://example.org/",
                "https://example.org/?q=1", "https://example.org/#top", "https://user@example.org/", "http://exa mple.org/"}) {
            assertThat(SiteAddresses.address("http://localhost:9080", "san-jose", wrong)).as(wrong)
                    .isEqualTo("http://localhost:9080/san-jose/");
        }
    }

    @Test
    void aWrongNetworkAddressStopsTheStart() {
        assertThatThrownBy(() -> SiteAddresses.network("localhost:9080")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("DATELINE_SITE_URL");
        assertThatThrownBy(() -> SiteAddresses.network("")).isInstanceOf(IllegalStateException.class);
        assertThat(SiteAddresses.network("https://news.example.org/")).isEqualTo("https://news.example.org");
    }
}
