package org.dateline.media.control;

/**
 * Counts the scans of a JPEG (ITU T.81, annex B) without decoding it, the way the decoder walks it:
 * marker segments are skipped by their length, entropy-coded data up to the next marker (a 0xFF in
 * it is always followed by 0x00 or a restart marker), and stray bytes up to the next 0xFF, as libjpeg
 * does. Only the first image counts (up to its EOI): that is the one the reader decodes.
 */
final class JpegScans {

    private static final int SOS = 0xda;
    private static final int EOI = 0xd9;

    private JpegScans() {
    }

    /** The number of start-of-scan markers, counted up to {@code limit + 1} at most. */
    static int count(byte[] jpeg, int limit) {
        int scans = 0;
        int at = 2;
        while (at + 1 < jpeg.length && scans <= limit) {
            if ((jpeg[at] & 0xff) != 0xff) {
                at++;
                continue;
            }
            int marker = jpeg[at + 1] & 0xff;
            if (marker == 0xff || marker == 0x00 || marker == 0x01 || marker == 0xd8 || (marker >= 0xd0 && marker <= 0xd7)) {
                at += marker == 0xff ? 1 : 2;
                continue;
            }
            if (marker == EOI || at + 3 >= jpeg.length) {
                break;
            }
            int length = (jpeg[at + 2] & 0xff) << 8 | (jpeg[at + 3] & 0xff);
            at += 2 + length;
            if (marker == SOS) {
                scans++;
                at = afterEntropyCodedData(jpeg, at);
            }
        }
        return scans;
    }

    private static int afterEntropyCodedData(byte[] jpeg, int at) {
        while (at + 1 < jpeg.length) {
            if ((jpeg[at] & 0xff) == 0xff) {
                int next = jpeg[at + 1] & 0xff;
                if (next != 0x00 && !(next >= 0xd0 && next <= 0xd7)) {
                    return at;
                }
                at += 2;
            } else {
                at++;
            }
        }
        return jpeg.length;
    }
}
