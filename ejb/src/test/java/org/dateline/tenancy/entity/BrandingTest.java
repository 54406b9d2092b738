package org.dateline.tenancy.entity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BrandingTest {

    @Test
    void contrastIsMeasuredAsWcagDefinesIt() {
        assertThat(Branding.contrast("#000000", "#ffffff")).isCloseTo(21.0, within(0.01));
        assertThat(Branding.contrast("#ffffff", "#ffffff")).isCloseTo(1.0, within(0.01));
        assertThat(Branding.contrast("#767676", "#ffffff")).isCloseTo(4.54, within(0.01));
    }

    @Test
    void theThreeOfficesColoursAreReadableAndUsedAsTheyAre() {
        for (String[] office : new String[][]{{"#005f73", "#0e6e8c"}, {"#14532d", "#166534"}, {"#1f3a5f", "#9b2226"}}) {
            Branding branding = new Branding("Site", null, null, office[0], office[1]);
            assertThat(branding.masthead()).isEqualTo(office[0]);
            assertThat(branding.links()).isEqualTo(office[1]);
            assertThat(Branding.contrast(office[0], Branding.PAPER)).isGreaterThanOrEqualTo(4.5);
            assertThat(Branding.contrast(office[1], Branding.PAPER)).isGreaterThanOrEqualTo(4.5);
        }
    }

    @Test
    void aColourTooPaleForTheTextOnItGivesWayToTheHouseColours() {
        Branding pale = new Branding("Site", null, null, "#ffd166", "#88bbee");
        assertThat(pale.masthead()).isEqualTo(Branding.INK);
        assertThat(pale.links()).isEqualTo(Branding.LINK);
    }

    @Test
    void anythingButAHexColourIsNeverWrittenIntoTheStylesheet() {
        Branding odd = new Branding("Site", null, null, "red;}body{display:none", "#00000");
        assertThat(odd.masthead()).isEqualTo(Branding.INK);
        assertThat(odd.links()).isEqualTo(Branding.LINK);
        assertThat(new Branding("Site", null, " ", Branding.INK, Branding.LINK).hasLogo()).isFalse();
    }
}
