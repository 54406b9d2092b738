package org.dateline.media.control;

import org.dateline.media.entity.Size;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;

/**
 * Makes the renditions of an image that reader pages offer in their {@code srcset}: at
 * {@link #WIDTHS} that are narrower than the original, plus the original's own width when it is
 * narrower than the widest of them, so that no rendition is ever upscaled. Downscaling halves the
 * image step by step, each step bilinear, before a last bilinear step of less than half (one big
 * bilinear or bicubic step skips pixels and aliases; Java 2D's bicubic costs five times as much
 * and is no better for a last step of less than half). Images with transparency stay PNG;
 * everything else becomes JPEG.
 * <p>
 * Memory is what bounds how many uploads a node can take at once ({@link Darkroom}): the decoded
 * original is the big piece, so the first halving is drawn straight from it into the working type,
 * not from a full-size copy (which would double the heap an upload needs). Encoders write to memory
 * streams, never to ImageIO's disk cache, and are disposed.
 */
public final class Renditions {

    public static final List<Integer> WIDTHS = List.of(480, 960, 1600);
    static final float JPEG_QUALITY = 0.85f;

    /** One rendition, encoded. */
    public record Rendered(int width, int height, String mediaType, String digest, byte[] bytes) {

        /** The rendition's file name: its digest (shortened) and its type's extension. */
        public String file() {
            return Size.file(digest, mediaType);
        }
    }

    private Renditions() {
    }

    /** The widths to render an image of this width at, narrowest first; none wider than the image. */
    public static List<Integer> widthsFor(int originalWidth) {
        if (originalWidth < 1) {
            throw new IllegalArgumentException("an image is at least one pixel wide");
        }
        TreeSet<Integer> widths = new TreeSet<>();
        for (int width : WIDTHS) {
            if (width < originalWidth) {
                widths.add(width);
            }
        }
        widths.add(Math.min(originalWidth, WIDTHS.get(WIDTHS.size() - 1)));
        return List.copyOf(widths);
    }

    /** The height at the given width, keeping the aspect ratio; at least one pixel. */
    public static int heightAt(int width, int originalWidth, int originalHeight) {
        return Math.max(1, (int) Math.round((double) originalHeight * width / originalWidth));
    }

    public static List<Rendered> of(BufferedImage original) {
        boolean transparent = hasTransparency(original);
        List<Integer> widths = widthsFor(original.getWidth());
        int widest = widths.get(widths.size() - 1);
        BufferedImage source = start(original, transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB,
                widest, heightAt(widest, original.getWidth(), original.getHeight()));
        List<Rendered> renditions = new ArrayList<>();
        for (int width : widths) {
            int height = heightAt(width, original.getWidth(), original.getHeight());
            BufferedImage scaled = scale(source, width, height);
            byte[] bytes = transparent ? png(scaled) : jpeg(scaled);
            renditions.add(new Rendered(width, height, transparent ? "image/png" : "image/jpeg", sha256(bytes), bytes));
        }
        return renditions;
    }

    static BufferedImage scale(BufferedImage source, int width, int height) {
        BufferedImage current = source;
        int w = source.getWidth();
        int h = source.getHeight();
        while (w / 2 >= width && h / 2 >= height) {
            w /= 2;
            h /= 2;
            current = draw(current, w, h, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        }
        if (w == width && h == height) {
            return current;
        }
        return draw(current, width, height, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    }

    private static BufferedImage draw(BufferedImage from, int width, int height, Object interpolation) {
        BufferedImage to = new BufferedImage(width, height, from.getType());
        Graphics2D g = to.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_ALPHA_INTERPOLATION, RenderingHints.VALUE_ALPHA_INTERPOLATION_QUALITY);
            g.drawImage(from, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return to;
    }

    /**
     * The image in a type that scales and encodes predictably (JPEG has no alpha: transparent pixels
     * would turn black), already halved when even the widest rendition takes a halving step; that
     * step is the first of every rendition's chain in {@link #scale}.
     */
    private static BufferedImage start(BufferedImage image, int type, int widest, int widestHeight) {
        boolean halve = image.getWidth() / 2 >= widest && image.getHeight() / 2 >= widestHeight;
        int width = halve ? image.getWidth() / 2 : image.getWidth();
        int height = halve ? image.getHeight() / 2 : image.getHeight();
        BufferedImage copy = new BufferedImage(width, height, type);
        Graphics2D g = copy.createGraphics();
        try {
            if (type == BufferedImage.TYPE_INT_RGB) {
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, width, height);
            }
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_ALPHA_INTERPOLATION, RenderingHints.VALUE_ALPHA_INTERPOLATION_QUALITY);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return copy;
    }

    static boolean hasTransparency(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return false;
        }
        WritableRaster alpha = image.getAlphaRaster();
        if (alpha == null) {
            return image.getTransparency() != java.awt.Transparency.OPAQUE;
        }
        int max = (1 << image.getColorModel().getComponentSize(image.getColorModel().getNumComponents() - 1)) - 1;
        int[] row = new int[alpha.getWidth()];
        for (int y = 0; y < alpha.getHeight(); y++) {
            alpha.getSamples(0, y, alpha.getWidth(), 1, 0, row);
            for (int a : row) {
                if (a < max) {
                    return true;
                }
            }
        }
        return false;
    }

    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(JPEG_QUALITY);
        return encode(writer, image, param);
    }

    private static byte[] png(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        return encode(writer, image, writer.getDefaultWriteParam());
    }

    private static byte[] encode(ImageWriter writer, BufferedImage image, ImageWriteParam param) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
