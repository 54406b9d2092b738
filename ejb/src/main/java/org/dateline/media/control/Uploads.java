package org.dateline.media.control;

import org.dateline.media.entity.InvalidImage;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Checks an upload before anything of it is kept or decoded: its type by its content (never by its
 * name or the type the browser claims), its size, and the alt text and credit that go with it; and
 * what decoding it would cost, from its header alone, so that a small file cannot ask for gigabytes.
 * A header says how many pixels an image has and how many bits each takes (a 16-bit PNG within the
 * pixel limit still decodes to 400 MB), and a progressive JPEG may repeat its scans thousands of
 * times, each a pass over every pixel (measured: 500 scans in 62 kB, 14 s of a core). So the pixels,
 * the decoded bytes and a JPEG's scans are bounded. Decoding itself ({@link #decode}) is left to
 * {@link Darkroom}, which does a few at a time.
 * <p>
 * What must stay true of the reading: readers are always told to ignore metadata, since the JDK 17
 * PNG reader that reads it inflates {@code zTXt} and {@code iTXt} text without a bound (measured:
 * 200 MB of heap from a 200 kB file); told so, it skips those chunks, and ImageIO reads no APNG frame
 * at all. ImageIO is always given in-memory streams: {@code ImageIO.createImageInputStream} would put
 * a copy of every upload into a temporary file (its disk cache), and switching that cache off with
 * {@code ImageIO.setUseCache} would change it for everything else in the server's JVM. Every reader
 * is disposed.
 */
public final class Uploads {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_SIDE = 12_000;
    public static final long MAX_PIXELS = 50_000_000L;
    /** What the decoded picture may take in memory: 50 megapixels at 8 bits a channel with alpha; fewer at 16 bits. */
    public static final long MAX_DECODED_BYTES = 200L * 1024 * 1024;
    /**
     * Progressive JPEGs as cameras and encoders write them have about ten scans; the JDK's decoder
     * goes over every pixel for each one, so a file of repeated scans costs minutes of a core.
     */
    public static final int MAX_SCANS = 64;
    public static final int MAX_ALT = 500;
    public static final int MAX_CREDIT = 200;

    /** An upload that passed the checks, not yet decoded: its type, its size as its header says, its texts, its file. */
    public record Checked(String type, int width, int height, String alt, String credit, byte[] file) {
    }

    private Uploads() {
    }

    /**
     * @throws InvalidImage naming every problem found, when the upload cannot be kept
     */
    public static Checked check(byte[] file, String alt, String credit) {
        List<String> problems = new ArrayList<>();
        String cleanAlt = alt == null ? "" : alt.strip().replaceAll("\\s+", " ");
        String cleanCredit = credit == null || credit.isBlank() ? null : credit.strip().replaceAll("\\s+", " ");
        if (cleanAlt.isEmpty()) {
            problems.add("Describe the image in its alt text: readers who cannot see it need it.");
        } else if (cleanAlt.length() > MAX_ALT) {
            problems.add("The alt text is " + cleanAlt.length() + " characters long; at most " + MAX_ALT + " fit.");
        }
        if (cleanCredit != null && cleanCredit.length() > MAX_CREDIT) {
            problems.add("The credit is " + cleanCredit.length() + " characters long; at most " + MAX_CREDIT + " fit.");
        }
        Checked checked = null;
        if (file == null || file.length == 0) {
            problems.add("The file is empty.");
        } else if (file.length > MAX_BYTES) {
            problems.add("The file is " + megabytes(file.length) + "; images of at most " + megabytes(MAX_BYTES) + " are accepted.");
        } else {
            String type = typeOf(file);
            if (type == null) {
                problems.add("The file is not a JPEG, PNG or WebP image" + describe(file) + ".");
            } else {
                checked = inspect(file, type, cleanAlt, cleanCredit, problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidImage(problems);
        }
        return checked;
    }

    /**
     * Decodes a checked upload. Memory and time are bounded by the checks, but not small: call it
     * through {@link Darkroom}, which bounds how many run at once.
     *
     * @throws InvalidImage when the file turns out to be damaged past its header
     */
    static BufferedImage decode(Checked checked) {
        ImageReader reader = readerFor(checked.type());
        BufferedImage image;
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(checked.file()))) {
            reader.setInput(in, true, true);
            image = reader.read(0);
        } catch (IOException | RuntimeException unreadable) {
            throw new InvalidImage(List.of(damaged(checked.type())));
        } finally {
            reader.dispose();
        }
        if (image.getWidth() != checked.width() || image.getHeight() != checked.height()) {
            throw new InvalidImage(List.of("The file's header says " + checked.width() + " × " + checked.height()
                    + " pixels, but its picture is " + image.getWidth() + " × " + image.getHeight() + "."));
        }
        return image;
    }

    /** The image type the bytes start like, or null. */
    public static String typeOf(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return "image/jpeg";
        }
        if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G'
                && b[4] == 0x0d && b[5] == 0x0a && b[6] == 0x1a && b[7] == 0x0a) {
            return "image/png";
        }
        if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F'
                && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return "image/webp";
        }
        return null;
    }

    /** Whether this server can read WebP (the JDK alone cannot; an ImageIO plug-in can). */
    public static boolean readsWebP() {
        return ImageIO.getImageReadersByMIMEType("image/webp").hasNext();
    }

    /** Reads the header (never the pixels) and checks what decoding would cost. */
    private static Checked inspect(byte[] file, String type, String alt, String credit, List<String> problems) {
        if (!ImageIO.getImageReadersByMIMEType(type).hasNext()) {
            problems.add("This server cannot read " + name(type) + " images; upload a JPEG or PNG instead.");
            return null;
        }
        if (type.equals("image/jpeg")) {
            int scans = JpegScans.count(file, MAX_SCANS);
            if (scans > MAX_SCANS) {
                problems.add("The JPEG is saved in more than " + MAX_SCANS + " progressive scans; at most " + MAX_SCANS
                        + " are accepted. Save it again as a baseline or ordinary progressive JPEG.");
                return null;
            }
        }
        ImageReader reader = readerFor(type);
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(file))) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            long pixels = (long) width * height;
            if (width < 1 || height < 1) {
                problems.add("The image has no pixels.");
                return null;
            }
            if (width > MAX_SIDE || height > MAX_SIDE || pixels > MAX_PIXELS) {
                problems.add("The image is " + width + " × " + height + " pixels; at most " + MAX_SIDE + " pixels a side and "
                        + MAX_PIXELS / 1_000_000 + " megapixels are accepted.");
                return null;
            }
            Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
            int bits = types.hasNext() ? types.next().getColorModel().getPixelSize() : 32;
            long decoded = pixels * Math.max(bits, 8) / 8;
            if (decoded > MAX_DECODED_BYTES) {
                long fit = MAX_DECODED_BYTES * 8 / bits / 1_000_000;
                problems.add("The image is " + width + " × " + height + " pixels at " + bits + " bits a pixel; at that depth at most "
                        + fit + " megapixels are accepted. Save it with 8 bits a colour channel, or smaller.");
                return null;
            }
            return new Checked(type, width, height, alt, credit, file);
        } catch (IOException | RuntimeException unreadable) {
            problems.add(damaged(type));
            return null;
        } finally {
            reader.dispose();
        }
    }

    private static ImageReader readerFor(String type) {
        return ImageIO.getImageReadersByMIMEType(type).next();
    }

    private static String name(String type) {
        return switch (type) {
            case "image/jpeg" -> "JPEG";
            case "image/png" -> "PNG";
            default -> "WebP";
        };
    }

    private static String damaged(String type) {
        return "The file starts like a " + name(type) + " image but cannot be read as one: it may be damaged or cut short.";
    }

    private static String describe(byte[] b) {
        String start = new String(b, 0, Math.min(b.length, 8), StandardCharsets.ISO_8859_1);
        if (start.startsWith("GIF8")) {
            return " (it is a GIF)";
        }
        if (start.startsWith("%PDF")) {
            return " (it is a PDF document)";
        }
        if (start.startsWith("PK")) {
            return " (it looks like a ZIP archive or office document)";
        }
        if (start.startsWith("<")) {
            return " (it looks like text or SVG)";
        }
        return "";
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
