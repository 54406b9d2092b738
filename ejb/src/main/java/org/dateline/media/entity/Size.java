package org.dateline.media.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * One rendition of an image as a page refers to it: its width and height in pixels and its file
 * name, the digest of its bytes with the type's extension (so the address changes whenever the
 * bytes do).
 */
public record Size(int width, int height, String file) {

    /** {@code 480x270:3f2a….jpg,960x540:…}, as images and placements store their sizes. */
    public static String encode(List<Size> sizes) {
        return String.join(",", sizes.stream().map(s -> s.width + "x" + s.height + ":" + s.file).toList());
    }

    public static List<Size> decode(String encoded) {
        List<Size> sizes = new ArrayList<>();
        if (encoded == null || encoded.isBlank()) {
            return sizes;
        }
        for (String one : encoded.split(",")) {
            int x = one.indexOf('x');
            int colon = one.indexOf(':');
            sizes.add(new Size(Integer.parseInt(one.substring(0, x)), Integer.parseInt(one.substring(x + 1, colon)),
                    one.substring(colon + 1)));
        }
        return sizes;
    }

    /** A rendition's file name: its digest (shortened) and its type's extension. */
    public static String file(String digest, String mediaType) {
        return digest.substring(0, 20) + ("image/png".equals(mediaType) ? ".png" : ".jpg");
    }

    /** The address of this rendition below the site's root. */
    public String path(long imageId) {
        return "images/" + imageId + "/" + width + "/" + file;
    }
}
