package org.dateline.it;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.dateline.media.boundary.Images;
import org.dateline.media.entity.Image;
import org.dateline.media.entity.InvalidImage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import javax.sql.DataSource;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Uploads as an attacker would make them, by a real author of the office signed in with Keycloak,
 * in the running server: files of a few kilobytes whose headers ask for more memory or time than
 * the server has. Each is refused, or kept without what made it dangerous, and the office's image
 * library and the server's heap stay as they were; what each upload allocated is measured on the
 * thread that ran it. The test server has a 768 MB heap; the first file would decode to 1.6 GB.
 */
@ExtendWith(ArquillianExtension.class)
class PixelBombIT {

    static final String OFFICE = "georgetown";
    static final long MB = 1024 * 1024;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.dateline(PixelBombIT.class);
    }

    @EJB
    Images images;

    @Inject
    HttpServletRequest request;

    @Resource(lookup = "jdbc/dateline")
    DataSource database;

    SignedIn signedIn;

    @BeforeEach
    void setUp() {
        signedIn = new SignedIn(request);
        // the first signed-in call of a deployment sets up what every later one uses (the person's
        // current groups are asked of Keycloak through its admin client): not part of an upload's cost
        signedIn.as("gabe.author", () -> {
            try {
                return images.find(OFFICE, Long.MAX_VALUE);
            } catch (RuntimeException noSuchImage) {
                return null;
            }
        });
    }

    @Test
    void aFewKilobytesClaimingTwentyThousandPixelsASideAreRefusedAndTheHeapDoesNotMove() {
        byte[] bomb = png(20_000, 20_000, 8, 6, 4_000);
        assertThat(bomb.length).isLessThan(5_000);
        long[] library = library();

        long before = heapUsed();
        long[] allocated = new long[1];
        assertThatThrownBy(() -> signedIn.as("gabe.author", () -> measured(allocated, () -> images.upload(OFFICE, bomb, "A field", null))))
                .isInstanceOf(InvalidImage.class)
                .hasMessage("The image is 20000 × 20000 pixels; at most 12000 pixels a side and 50 megapixels are accepted.");
        long after = heapUsed();

        System.out.println(String.format("PixelBombIT: a %,d-byte PNG claiming 20000 × 20000 pixels (1.6 GB decoded): heap used"
                        + " %,d MB before, %,d MB after (after System.gc()), %+,d MB; the upload allocated %,d kB",
                bomb.length, before / MB, after / MB, (after - before) / MB, allocated[0] / 1024));
        assertThat(after - before).as("heap growth in bytes").isLessThan(50 * MB);
        assertThat(allocated[0]).as("bytes the upload allocated").isLessThan(50 * MB);
        assertThat(library()).as("the office's images and renditions").containsExactly(library);
    }

    @Test
    void aFewKilobytesWithinThePixelLimitButSixteenBitsDeepAreRefusedBeforeTheirRasterIsMade() {
        // 7,000 × 7,000 is 49 megapixels, under the limit; 16 bits a channel with alpha make 392 MB decoded.
        byte[] bomb = png(7_000, 7_000, 16, 6, 4_000);
        long[] library = library();

        long[] allocated = new long[1];
        assertThatThrownBy(() -> signedIn.as("gabe.author", () -> measured(allocated, () -> images.upload(OFFICE, bomb, "Deep", null))))
                .isInstanceOf(InvalidImage.class)
                .hasMessage("The image is 7000 × 7000 pixels at 64 bits a pixel; at that depth at most 26 megapixels are accepted."
                        + " Save it with 8 bits a colour channel, or smaller.");

        System.out.println(String.format("PixelBombIT: a %,d-byte 16-bit PNG of 7000 × 7000 pixels (392 MB decoded): the upload"
                + " allocated %,d kB", bomb.length, allocated[0] / 1024));
        assertThat(allocated[0]).as("bytes the upload allocated").isLessThan(50 * MB);
        assertThat(library()).containsExactly(library);
    }

    @Test
    void aPngCarryingHalfAGigabyteOfCompressedTextIsKeptWithoutReadingTheText() {
        // A palette image of 100 × 100 pixels: the JDK's PNG reader inflates the text of such an image, unbounded, if it reads metadata.
        byte[] bomb = png(100, 100, 8, 3, 0, compressedText(512 * MB));
        assertThat(bomb.length).isLessThan(1024 * 1024);
        long[] library = library();

        long before = heapUsed();
        long[] allocated = new long[1];
        Image image = signedIn.as("gabe.author", () -> measured(allocated, () -> images.upload(OFFICE, bomb, "A black square", null)));
        long after = heapUsed();

        System.out.println(String.format("PixelBombIT: a %,d-byte PNG with 512 MB of compressed text: heap used %,d MB before,"
                + " %,d MB after (after System.gc()); the upload allocated %,d kB", bomb.length, before / MB, after / MB,
                allocated[0] / 1024));
        assertThat(image.width()).isEqualTo(100);
        assertThat(image.height()).isEqualTo(100);
        assertThat(library()).containsExactly(library[0] + 1, library[1] + image.sizes().size());
        assertThat(after - before).as("heap growth in bytes").isLessThan(50 * MB);
        assertThat(allocated[0]).as("bytes the upload allocated").isLessThan(64 * MB);
    }

    @Test
    void aJpegOfThousandsOfScansIsRefusedBeforeItIsDecoded() {
        byte[] bomb = progressiveJpegRepeatingItsLastScan(1_000);
        assertThat(bomb.length).isLessThan(1024 * 1024);
        long[] library = library();

        assertThatThrownBy(() -> signedIn.run("gabe.author", () -> images.upload(OFFICE, bomb, "A gradient", null)))
                .isInstanceOf(InvalidImage.class)
                .hasMessage("The JPEG is saved in more than 64 progressive scans; at most 64 are accepted."
                        + " Save it again as a baseline or ordinary progressive JPEG.");
        assertThat(library()).containsExactly(library);
    }

    // ---- what is stored, what the heap holds ----

    /** The office's image rows and rendition rows. */
    private long[] library() {
        return new long[]{count("image"), count("rendition")};
    }

    private long count(String table) {
        try (Connection c = database.getConnection();
             PreparedStatement query = c.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE office_id = ?")) {
            query.setString(1, OFFICE);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs the upload on this thread and keeps what it allocated (the server's own bookkeeping of
     * the thread): unlike the heap after a collection, it shows a raster made and dropped.
     */
    private static <T> T measured(long[] allocated, java.util.concurrent.Callable<T> upload) throws Exception {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long start = threads.getThreadAllocatedBytes(id);
        try {
            return upload.call();
        } finally {
            allocated[0] = threads.getThreadAllocatedBytes(id) - start;
        }
    }

    private static long heapUsed() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    // ---- the files, made byte by byte (valid CRCs and zlib streams, so only the limits refuse them) ----

    /** A PNG whose header claims the size; its image data zeros, deflated, cut after {@code idatBytes} unless 0. */
    static byte[] png(int width, int height, int bitDepth, int colourType, int idatBytes, byte[]... extraChunks) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a});
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            DataOutputStream h = new DataOutputStream(header);
            h.writeInt(width);
            h.writeInt(height);
            h.write(new byte[]{(byte) bitDepth, (byte) colourType, 0, 0, 0});
            chunk(out, "IHDR", header.toByteArray());
            if (colourType == 3) {
                chunk(out, "PLTE", new byte[]{0, 0, 0, (byte) 255, (byte) 255, (byte) 255});
            }
            for (byte[] extra : extraChunks) {
                chunk(out, new String(extra, 0, 4, StandardCharsets.ISO_8859_1), Arrays.copyOfRange(extra, 4, extra.length));
            }
            long row = 1 + (long) width * (colourType == 6 ? 4 : 1) * bitDepth / 8;
            chunk(out, "IDAT", zeros(row * height, idatBytes));
            chunk(out, "IEND", new byte[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] compressedText(long size) {
        ByteArrayOutputStream chunk = new ByteArrayOutputStream();
        chunk.writeBytes("zTXtComment".getBytes(StandardCharsets.ISO_8859_1));
        chunk.write(0);
        chunk.write(0);
        chunk.writeBytes(zeros(size, 0));
        return chunk.toByteArray();
    }

    static byte[] progressiveJpegRepeatingItsLastScan(int repeats) {
        BufferedImage picture = new BufferedImage(200, 150, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        g.setPaint(new java.awt.GradientPaint(0, 0, Color.BLUE, 200, 150, Color.ORANGE));
        g.fillRect(0, 0, 200, 150);
        g.dispose();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            writer.write(null, new IIOImage(picture, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        byte[] jpeg = out.toByteArray();
        int last = -1;
        for (int i = 2; i + 1 < jpeg.length; i++) {
            if ((jpeg[i] & 0xff) == 0xff && (jpeg[i + 1] & 0xff) == 0xda) {
                last = i;
            }
        }
        byte[] scan = Arrays.copyOfRange(jpeg, last, jpeg.length - 2);
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        bomb.write(jpeg, 0, jpeg.length - 2);
        for (int i = 0; i < repeats; i++) {
            bomb.writeBytes(scan);
        }
        bomb.write(0xff);
        bomb.write(0xd9);
        return bomb.toByteArray();
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.ISO_8859_1);
        out.writeInt(data.length);
        out.write(name);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }

    private static byte[] zeros(long count, int limit) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] zeros = new byte[1 << 16];
        byte[] buffer = new byte[1 << 16];
        long left = count;
        while (left > 0 && (limit == 0 || out.size() < limit)) {
            int n = (int) Math.min(left, zeros.length);
            deflater.setInput(zeros, 0, n);
            left -= n;
            int c;
            while ((c = deflater.deflate(buffer, 0, buffer.length, Deflater.NO_FLUSH)) > 0) {
                out.write(buffer, 0, c);
            }
        }
        if (left == 0) {
            deflater.finish();
            int c;
            while ((c = deflater.deflate(buffer)) > 0) {
                out.write(buffer, 0, c);
            }
        }
        deflater.end();
        byte[] all = out.toByteArray();
        return limit == 0 ? all : Arrays.copyOf(all, Math.min(all.length, limit));
    }
}
