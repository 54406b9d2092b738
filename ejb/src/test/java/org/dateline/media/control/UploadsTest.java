package org.dateline.media.control;

import org.dateline.media.entity.InvalidImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

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
        assertThat(checked.width()).isEqualTo(640);
        assertThat(checked.height()).isEqualTo(480);
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
    void aPngOfTwentyThousandPixelsASideIsRefusedFromItsHeaderNamingTheLimit() {
        byte[] bomb = PixelBombs.png(20_000, 20_000, 8, PixelBombs.RGBA, 4_000);
        assertThat(bomb.length).as("a few kilobytes that would decode to 1.6 GB").isLessThan(5_000);

        assertThatThrownBy(() -> Uploads.check(bomb, "Huge", null)).isInstanceOf(InvalidImage.class)
                .hasMessage("The image is 20000 × 20000 pixels; at most 12000 pixels a side and 50 megapixels are accepted.");
    }

    @Test
    void aJpegClaimingTwentyThousandPixelsASideIsRefusedFromItsHeader() throws IOException {
        byte[] bomb = PixelBombs.jpegClaiming(encoded(RenditionsTest.picture(64, 64, false), "jpeg"), 20_000, 20_000);
        assertThatThrownBy(() -> Uploads.check(bomb, "Huge", null))
                .hasMessage("The image is 20000 × 20000 pixels; at most 12000 pixels a side and 50 megapixels are accepted.");
    }

    @Test
    void anImageWithinThePixelsButDeepEnoughToNeedGigabytesIsRefusedFromItsHeader() {
        // 7,000 × 7,000 is 49 megapixels, under the limit; at 16 bits a channel with alpha it decodes to 392 MB.
        byte[] deep = PixelBombs.png(7_000, 7_000, 16, PixelBombs.RGBA, 4_000);
        assertThatThrownBy(() -> Uploads.check(deep, "Deep", null))
                .hasMessage("The image is 7000 × 7000 pixels at 64 bits a pixel; at that depth at most 26 megapixels are accepted."
                        + " Save it with 8 bits a colour channel, or smaller.");
        assertThat(Uploads.check(PixelBombs.png(5_000, 5_000, 16, PixelBombs.RGBA, 4_000), "Deep", null).width())
                .as("25 megapixels at that depth fit").isEqualTo(5_000);
    }

    /** Bytes this thread has allocated so far: what a check or a decode cost, without the noise of other threads or the collector. */
    static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getThreadAllocatedBytes(Thread.currentThread().getId());
    }

    @Test
    void aPngCarryingCompressedTextIsReadWithoutInflatingIt() {
        // A palette image of 100 × 100 pixels with 256 MB of text: the JDK's PNG reader inflates it, unbounded, when it reads metadata.
        byte[] bomb = PixelBombs.png(100, 100, 8, PixelBombs.PALETTE, 0, PixelBombs.compressedText(256L << 20),
                PixelBombs.chunkOf("acTL", new byte[8]));
        assertThat(bomb.length).as("256 MB of text in a small file").isLessThan(300_000);

        long before = allocated();
        Uploads.Checked checked = Uploads.check(bomb, "A square", null);
        BufferedImage decoded = Uploads.decode(checked);
        long cost = allocated() - before;

        assertThat(decoded.getWidth()).isEqualTo(100);
        assertThat(decoded.getHeight()).isEqualTo(100);
        assertThat(cost).as("bytes allocated to check and decode it").isLessThan(16L << 20);
    }

    @Test
    void aJpegOfMoreScansThanAnyEncoderWritesIsRefusedBeforeItIsDecoded() {
        BufferedImage picture = RenditionsTest.picture(64, 64, false);
        assertThat(Uploads.check(PixelBombs.progressiveJpeg(picture, 0), "Progressive", null).width())
                .as("an ordinary progressive JPEG").isEqualTo(64);
        assertThat(JpegScans.count(PixelBombs.progressiveJpeg(picture, 0), Uploads.MAX_SCANS)).isBetween(2, 12);

        byte[] bomb = PixelBombs.progressiveJpeg(picture, 2_000);
        assertThatThrownBy(() -> Uploads.check(bomb, "Scans", null)).isInstanceOf(InvalidImage.class)
                .hasMessage("The JPEG is saved in more than 64 progressive scans; at most 64 are accepted."
                        + " Save it again as a baseline or ordinary progressive JPEG.");
    }

    @Test
    void imageIoWritesNoTemporaryFileForAnUpload(@TempDir Path cache) throws Exception {
        byte[] png = encoded(RenditionsTest.picture(2000, 1000, false), "png");
        File before = ImageIO.getCacheDirectory();
        boolean used = ImageIO.getUseCache();
        ImageIO.setUseCache(true);
        ImageIO.setCacheDirectory(cache.toFile());
        try (WatchService watch = FileSystems.getDefault().newWatchService()) {
            cache.register(watch, StandardWatchEventKinds.ENTRY_CREATE);
            Uploads.Checked checked = Uploads.check(png, "A picture", null);
            List<Renditions.Rendered> renditions = Renditions.of(Uploads.decode(checked));
            assertThat(renditions).isNotEmpty();
            Renditions.of(RenditionsTest.picture(600, 300, true));
            WatchKey key = watch.poll(200, TimeUnit.MILLISECONDS);
            assertThat(key == null ? List.of() : key.pollEvents().stream().map(e -> e.context().toString()).toList())
                    .as("files ImageIO created in its cache directory").isEmpty();
        } finally {
            ImageIO.setCacheDirectory(before);
            ImageIO.setUseCache(used);
        }
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
