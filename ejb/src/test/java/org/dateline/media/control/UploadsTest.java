package org.dateline.media.control;

import org.dateline.media.entity.InvalidImage;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UploadsTest {

    static byte[] encoded(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    @Test
    void aJpegWithAltTextPasses() throws IOException {
        Uploads.Checked checked = Uploads.check(encoded(RenditionsTest.picture(640, 480, false), "jpeg"),
                "  Two people at a   border post ", " Photo: IOM ");
        assertThat(checked.type()).isEqualTo("image/jpeg");
        assertThat(checked.image().getWidth()).isEqualTo(640);
        assertThat(checked.alt()).isEqualTo("Two people at a border post");
        assertThat(checked.credit()).isEqualTo("Photo: IOM");
    }

    @Test
    void thTypeComesFromTheContentNotTheName() throws IOException {
        assertThat(Uploads.typeOf(encoded(RenditionsTest.picture(20, 10, true), "png"))).isEqualTo("image/png");
        assertThat(Uploads.typeOf(encoded(RenditionsTest.picture(20, 10, false), "jpeg"))).isEqualTo("image/jpeg");
        assertThat(Uploads.typeOf("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo("image/webp");
        assertThat(Uploads.typeOf(encoded(RenditionsTest.picture(20, 10, false), "gif"))).isNull();
        assertThat(Uploads.typeOf("%PDF-1.7".getBytes(StandardCharsets.US_ASCII))).isNull();
    }

    @Test
    void aFileThatIsNoImageIsRefusedSayingWhatItIs() {
        assertThatThrownBy(() -> Uploads.check("%PDF-1.7 a report".getBytes(StandardCharsets.US_ASCII), "A report", null))
                .isInstanceOf(InvalidImage.class)
                .hasMessage("The file is not a JPEG, PNG or WebP image (it is a PDF document).");
        assertThatThrownBy(() -> Uploads.check("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.US_ASCII), "Logo", null))
                .hasMessageContaining("not a JPEG, PNG or WebP image (it looks like text or SVG)");
    }

    @Test
    void aGifIsRefused() throws IOException {
        byte[] gif = encoded(RenditionsTest.picture(20, 10, false), "gif");
        assertThatThrownBy(() -> Uploads.check(gif, "A chart", null)).hasMessage("The file is not a JPEG, PNG or WebP image (it is a GIF).");
    }

    @Test
    void aDamagedImageIsRefused() throws IOException {
        byte[] png = encoded(RenditionsTest.picture(200, 100, false), "png");
        byte[] cut = Arrays.copyOf(png, 40);
        assertThatThrownBy(() -> Uploads.check(cut, "A picture", null))
                .hasMessage("The file starts like a PNG image but cannot be read as one: it may be damaged or cut short.");
    }

    @Test
    void anEmptyOrOversizedFileIsRefused() {
        assertThatThrownBy(() -> Uploads.check(new byte[0], "x", null)).hasMessage("The file is empty.");
        byte[] big = new byte[Uploads.MAX_BYTES + 1];
        big[0] = (byte) 0xff;
        big[1] = (byte) 0xd8;
        big[2] = (byte) 0xff;
        assertThatThrownBy(() -> Uploads.check(big, "x", null)).hasMessage("The file is 10.0 MB; images of at most 10.0 MB are accepted.");
    }

    @Test
    void altTextIsRequiredAndEveryProblemIsNamedAtOnce() {
        assertThatThrownBy(() -> Uploads.check(new byte[0], "   ", "c".repeat(201)))
                .isInstanceOfSatisfying(InvalidImage.class, e -> assertThat(e.problems()).containsExactly(
                        "Describe the image in its alt text: readers who cannot see it need it.",
                        "The credit is 201 characters long; at most 200 fit.",
                        "The file is empty."));
    }

    @Test
    void anImageAskingForTooManyPixelsIsRefusedBeforeItIsDecoded() throws IOException {
        // A valid PNG header that claims 20,000 × 20,000 pixels: refused from the header alone.
        byte[] png = encoded(RenditionsTest.picture(1, 1, false), "png");
        png[16] = 0; png[17] = 0; png[18] = (byte) 0x4e; png[19] = 0x20;
        png[20] = 0; png[21] = 0; png[22] = (byte) 0x4e; png[23] = 0x20;
        assertThatThrownBy(() -> Uploads.check(png, "Huge", null))
                .hasMessageStartingWith("The image is 20000 × 20000 pixels; at most 12000 pixels a side");
    }

    @Test
    void webPIsAcceptedOnlyWhenTheServerCanReadIt() {
        byte[] webp = "RIFF\0\0\0\0WEBPVP8 \0\0\0\0".getBytes(StandardCharsets.ISO_8859_1);
        if (Uploads.readsWebP()) {
            assertThatThrownBy(() -> Uploads.check(webp, "x", null)).hasMessageContaining("cannot be read as one");
        } else {
            assertThatThrownBy(() -> Uploads.check(webp, "x", null))
                    .hasMessage("This server cannot read WebP images; upload a JPEG or PNG instead.");
        }
    }
}
