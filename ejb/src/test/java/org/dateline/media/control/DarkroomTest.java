package org.dateline.media.control;

import org.dateline.media.entity.ImagesBusy;
import org.dateline.media.entity.InvalidImage;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DarkroomTest {

    private static Darkroom darkroom(int atOnce, int waitSeconds) {
        Darkroom darkroom = new Darkroom();
        darkroom.atOnce = atOnce;
        darkroom.waitSeconds = waitSeconds;
        darkroom.open();
        return darkroom;
    }

    private static Uploads.Checked upload(int width, int height) throws IOException {
        return Uploads.check(UploadsTest.encoded(RenditionsTest.picture(width, height, false), "jpeg"), "A picture", null);
    }

    @Test
    void anUploadIsDevelopedIntoItsRenditions() throws IOException {
        Darkroom.Developed developed = darkroom(2, 1).develop(upload(2000, 1000));
        assertThat(developed.width()).isEqualTo(2000);
        assertThat(developed.height()).isEqualTo(1000);
        assertThat(developed.type()).isEqualTo("image/jpeg");
        assertThat(developed.renditions()).extracting(Renditions.Rendered::width).containsExactly(480, 960, 1600);
    }

    @Test
    void anUploadThatDoesNotGetItsTurnInTimeIsRefusedAsBusyAndTheNextOneIsServed() throws Exception {
        Darkroom darkroom = darkroom(1, 1);
        Uploads.Checked upload = upload(800, 400);
        darkroom.permits.acquire(); // another upload is being developed

        assertThatThrownBy(() -> darkroom.develop(upload)).isInstanceOfSatisfying(ImagesBusy.class, busy -> {
            assertThat(busy).hasMessage("The server is busy making other images; try again in a minute. Nothing was stored.");
            assertThat(busy.retryAfterSeconds()).isEqualTo(1);
        });

        darkroom.permits.release();
        assertThat(darkroom.develop(upload).renditions()).isNotEmpty();
        assertThat(darkroom.permits.availablePermits()).as("the turn is given back").isEqualTo(1);
    }

    @Test
    void aFileDamagedPastItsHeaderGivesItsTurnBack() {
        Darkroom darkroom = darkroom(1, 0);
        byte[] png = PixelBombs.png(400, 300, 8, PixelBombs.RGBA, 200); // the header is whole, the picture cut short
        Uploads.Checked checked = Uploads.check(png, "A picture", null);

        assertThatThrownBy(() -> darkroom.develop(checked)).isInstanceOf(InvalidImage.class)
                .hasMessage("The file starts like a PNG image but cannot be read as one: it may be damaged or cut short.");
        assertThat(darkroom.permits.availablePermits()).isEqualTo(1);
    }
}
