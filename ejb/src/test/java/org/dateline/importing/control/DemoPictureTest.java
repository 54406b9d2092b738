package org.dateline.importing.control;

import org.dateline.media.control.Uploads;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoPictureTest {

    @Test
    void theDemoPictureIsAnImageTheUploadChecksAccept() {
        Uploads.Checked checked = Uploads.check(DemoPicture.coastAtDusk(1920, 1080), "A coast at dusk", null);
        assertThat(checked.type()).isEqualTo("image/png");
        assertThat(checked.width()).isEqualTo(1920);
        assertThat(checked.height()).isEqualTo(1080);
    }
}
