package org.dateline.media.control;

import org.dateline.media.entity.InvalidImage;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Checks an upload before anything of it is kept: its type by its content (never by its name or
 * the type the browser claims), its size, its dimensions (read from the header, before decoding, so
 * that a small file cannot ask for gigabytes of pixels), and the alt text and credit that go with it.
 */
public final class Uploads {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_SIDE = 12_000;
    public static final long MAX_PIXELS = 50_000_000L;
    public static final int MAX_ALT = 500;
    public static final int MAX_CREDIT = 200;

    /** An upload that passed the checks, decoded. */
    public record Checked(String type, BufferedImage image, String alt, String credit) {
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
        BufferedImage image = null;
        String type = null;
        if (file == null || file.length == 0) {
            problems.add("The file is empty.");
        } else if (file.length > MAX_BYTES) {
            problems.add("The file is " + megabytes(file.length) + "; images of at most " + megabytes(MAX_BYTES) + " are accepted.");
        } else {
            type = typeOf(file);
            if (type == null) {
                problems.add("The file is not a JPEG, PNG or WebP image" + describe(file) + ".");
            } else {
                image = decode(file, type, problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidImage(problems);
        }
        return new Checked(type, image, cleanAlt, cleanCredit);
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

    private static BufferedImage decode(byte[] file, String type, List<String> problems) {
        String name = switch (type) {
            case "image/jpeg" -> "JPEG";
            case "image/png" -> "PNG";
            default -> "WebP";
        };
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type);
        if (!readers.hasNext()) {
            problems.add("This server cannot read " + name + " images; upload a JPEG or PNG instead.");
            return null;
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(file))) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width > MAX_SIDE || height > MAX_SIDE || (long) width * height > MAX_PIXELS) {
                problems.add("The image is " + width + " × " + height + " pixels; at most " + MAX_SIDE + " pixels a side and "
                        + MAX_PIXELS / 1_000_000 + " megapixels are accepted.");
                return null;
            }
            BufferedImage image = reader.read(0);
            if (image.getWidth() < 1 || image.getHeight() < 1) {
                problems.add("The image has no pixels.");
                return null;
            }
            return image;
        } catch (IOException | RuntimeException unreadable) {
            problems.add("The file starts like a " + name + " image but cannot be read as one: it may be damaged or cut short.");
            return null;
        } finally {
            reader.dispose();
        }
    }

    private static String describe(byte[] b) {
        String start = new String(b, 0, Math.min(b.length, 8), java.nio.charset.StandardCharsets.ISO_8859_1);
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
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
