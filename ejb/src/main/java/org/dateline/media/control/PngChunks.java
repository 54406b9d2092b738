package org.dateline.media.control;

import java.io.ByteArrayOutputStream;
import java.util.Set;

/**
 * Rebuilds a PNG from the chunks that make its picture (PNG 1.2, section 4): the header, the
 * palette and its transparency, the image data and the end. Everything else is metadata this server
 * never keeps (renditions are made from the pixels), and some of it is compressed: the JDK's reader
 * inflates {@code zTXt} and {@code iTXt} text of a palette image with no bound, whatever the read is
 * told about metadata, so a few hundred kilobytes of text chunk become gigabytes of heap. Animation
 * chunks ({@code acTL}, {@code fcTL}, {@code fdAT}) go too: a frame may claim any size the header
 * does not.
 */
final class PngChunks {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a};
    private static final Set<String> PICTURE = Set.of("IHDR", "PLTE", "tRNS", "IDAT", "IEND");

    private PngChunks() {
    }

    static boolean isPng(byte[] b) {
        if (b.length < SIGNATURE.length) {
            return false;
        }
        for (int i = 0; i < SIGNATURE.length; i++) {
            if (b[i] != SIGNATURE[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The PNG with only its picture's chunks, in their order; null when its chunks do not add up
     * (a length past the end, a first chunk other than IHDR, no IEND).
     */
    static byte[] picture(byte[] png) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(png.length);
        out.write(png, 0, SIGNATURE.length);
        int at = SIGNATURE.length;
        boolean first = true;
        while (at + 12 <= png.length) {
            long length = Integer.toUnsignedLong(readInt(png, at));
            String type = new String(png, at + 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
            long end = at + 12 + length;
            if (end > png.length || (first && !type.equals("IHDR"))) {
                return null;
            }
            first = false;
            if (PICTURE.contains(type)) {
                out.write(png, at, (int) (end - at));
            }
            if (type.equals("IEND")) {
                return out.toByteArray();
            }
            at = (int) end;
        }
        return null;
    }

    private static int readInt(byte[] b, int at) {
        return (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | (b[at + 3] & 0xff);
    }
}
