package org.dateline.media.control;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Files an attacker would upload, made byte by byte: well-formed as far as any reader checks (chunk
 * CRCs, zlib streams, JPEG markers), so that what refuses them is the limit under test and nothing else.
 */
final class PixelBombs {

    static final int RGBA = 6;
    static final int PALETTE = 3;

    private PixelBombs() {
    }

    /**
     * A PNG whose header claims the given size; its image data is the start of a zlib stream of
     * zeros, cut after {@code idatBytes}, or whole when that is 0.
     */
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
            if (colourType == PALETTE) {
                chunk(out, "PLTE", new byte[]{0, 0, 0, (byte) 255, (byte) 255, (byte) 255});
            }
            for (byte[] extra : extraChunks) {
                chunk(out, new String(extra, 0, 4, StandardCharsets.ISO_8859_1), Arrays.copyOfRange(extra, 4, extra.length));
            }
            int channels = switch (colourType) {
                case RGBA -> 4;
                case 2 -> 3;
                default -> 1;
            };
            long row = 1 + ((long) width * channels * bitDepth + 7) / 8;
            chunk(out, "IDAT", zeros(row * height, idatBytes));
            chunk(out, "IEND", new byte[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A chunk's type and data, to pass to {@link #png}: a zTXt whose text inflates to {@code size} bytes. */
    static byte[] compressedText(long size) {
        ByteArrayOutputStream chunk = new ByteArrayOutputStream();
        chunk.writeBytes("zTXtComment".getBytes(StandardCharsets.ISO_8859_1));
        chunk.write(0);
        chunk.write(0);
        chunk.writeBytes(zeros(size, 0));
        return chunk.toByteArray();
    }

    /** Any chunk, to pass to {@link #png}. */
    static byte[] chunkOf(String type, byte[] data) {
        byte[] chunk = Arrays.copyOf(type.getBytes(StandardCharsets.ISO_8859_1), 4 + data.length);
        System.arraycopy(data, 0, chunk, 4, data.length);
        return chunk;
    }

    /** A progressive JPEG of the picture whose last scan is repeated {@code repeats} more times. */
    static byte[] progressiveJpeg(java.awt.image.BufferedImage picture, int repeats) {
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

    /** A JPEG whose frame header is changed to claim the given size (the rest is a small picture). */
    static byte[] jpegClaiming(byte[] jpeg, int width, int height) {
        byte[] bomb = jpeg.clone();
        for (int i = 2; i + 8 < bomb.length; i++) {
            int marker = bomb[i + 1] & 0xff;
            if ((bomb[i] & 0xff) == 0xff && (marker == 0xc0 || marker == 0xc2)) {
                bomb[i + 5] = (byte) (height >> 8);
                bomb[i + 6] = (byte) height;
                bomb[i + 7] = (byte) (width >> 8);
                bomb[i + 8] = (byte) width;
                return bomb;
            }
        }
        throw new IllegalArgumentException("no frame header");
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

    /** {@code count} zero bytes, deflated; cut after {@code limit} compressed bytes unless it is 0. */
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
