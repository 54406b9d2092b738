package org.dateline.media.entity;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What a story page needs of its hero image: the image's id, its alt text and credit, and its
 * renditions, narrowest first. Copied onto a placement at publication.
 */
public record HeroImage(long id, String alt, String credit, List<Size> sizes) {

    /** The width a page's {@code src} falls back to when the browser does not read {@code srcset}. */
    static final int FALLBACK_WIDTH = 960;

    public HeroImage {
        sizes = List.copyOf(sizes);
        if (sizes.isEmpty()) {
            throw new IllegalArgumentException("an image has at least one rendition");
        }
    }

    public Size largest() {
        return sizes.get(sizes.size() - 1);
    }

    /** The widest rendition no wider than {@value #FALLBACK_WIDTH} pixels (or the narrowest). */
    public Size fallback() {
        Size chosen = sizes.get(0);
        for (Size size : sizes) {
            if (size.width() <= FALLBACK_WIDTH) {
                chosen = size;
            }
        }
        return chosen;
    }

    /** {@code srcset} for the renditions, each addressed below {@code root}. */
    public String srcset(String root) {
        return sizes.stream().map(s -> root + s.path(id) + " " + s.width() + "w").collect(Collectors.joining(", "));
    }

    public String url(String root, Size size) {
        return root + size.path(id);
    }
}
