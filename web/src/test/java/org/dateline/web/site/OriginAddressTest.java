package org.dateline.web.site;

import org.dateline.tenancy.entity.Office;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OriginAddressTest {

    private static final Office SAN_JOSE = new Office("san-jose", "San José", "americas", "en,es", "America/Costa_Rica",
            "dd / MM / yyyy", "sanjose.dateline.localhost");

    @Test
    void aSiteReachedByPathLinksToTheOriginBesideItOnTheSameHost() {
        assertThat(OriginAddress.of(SAN_JOSE, "http://localhost:9080/georgetown/", "/georgetown/", "georgetown"))
                .isEqualTo("http://localhost:9080/san-jose/");
    }

    @Test
    void aSiteOnItsOwnHostNameLinksToTheOriginsHostNameWithTheSameSchemeAndPort() {
        assertThat(OriginAddress.of(SAN_JOSE, "https://georgetown.dateline.localhost:9443/", "/", "georgetown"))
                .isEqualTo("https://sanjose.dateline.localhost:9443/");
        assertThat(OriginAddress.of(SAN_JOSE, "http://georgetown.dateline.localhost/", "/", "georgetown"))
                .isEqualTo("http://sanjose.dateline.localhost/");
    }
}
