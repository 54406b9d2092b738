package org.dateline.media.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.dateline.identity.control.Callers;
import org.dateline.identity.entity.Caller;
import org.dateline.identity.entity.Role;
import org.dateline.media.control.Darkroom;
import org.dateline.media.control.ImageLibrary;
import org.dateline.media.control.Uploads;
import org.dateline.media.entity.Image;
import org.dateline.media.entity.ImageNotFound;
import org.dateline.media.entity.Rendition;
import org.dateline.placements.entity.Placement;
import org.dateline.tenancy.boundary.Offices;
import org.dateline.tenancy.control.Tenancy;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * An office's images: its staff upload them (checked, then stored with their renditions, or
 * refused with nothing stored), and its reader site serves their renditions. Every read and write
 * goes through the office's own EntityManager, so no office reaches another's images.
 */
@Stateless
public class Images {

    @Inject
    Tenancy tenancy;

    @Inject
    Callers callers;

    @Inject
    ImageLibrary library;

    @Inject
    Darkroom darkroom;

    @Inject
    Offices offices;

    Clock clock = Clock.systemUTC();

    /**
     * Keeps an uploaded image and its renditions. The file is checked from its header first, so a
     * refusal costs nothing; only then does it wait for its turn in the {@link Darkroom}.
     *
     * @throws org.dateline.media.entity.InvalidImage when the file is no image this server keeps, or the alt text is missing
     * @throws org.dateline.media.entity.ImagesBusy    when the node is making other images and this one's turn did not come in time
     */
    public Image upload(String office, byte[] file, String alt, String credit) {
        Caller caller = callers.current();
        offices.get(office);
        caller.require(office, EnumSet.of(Role.AUTHOR, Role.EDITOR), "upload images");
        Uploads.Checked checked = Uploads.check(file, alt, credit);
        return library.keep(office, darkroom.develop(checked), caller.name(), clock.instant());
    }

    /** An image of the office, for its staff. */
    public Image find(String office, long id) {
        callers.current().require(office, EnumSet.allOf(Role.class), "see the office's images");
        Image image = tenancy.of(office).find(Image.class, id);
        if (image == null) {
            throw new ImageNotFound(office, id);
        }
        return image;
    }

    /** The office's latest images, for its staff to pick from (the editor's library). */
    public List<Image> library(String office, int limit) {
        callers.current().require(office, EnumSet.allOf(Role.class), "see the office's images");
        return tenancy.of(office).createNamedQuery(Image.LIBRARY, Image.class).setMaxResults(Math.min(Math.max(limit, 1), 200))
                .getResultList();
    }

    /** The stored renditions of an image of the office, narrowest first (for its staff). */
    public List<Rendition> renditions(String office, long id) {
        find(office, id);
        return tenancy.of(office).createNamedQuery(Rendition.ALL_OF_IMAGE, Rendition.class).setParameter("image", id).getResultList();
    }

    /**
     * A rendition as the office's reader site serves it: found only by the image's id, its width
     * and its file name (digest and extension), in the office's own images — or in the images of
     * the office whose story a live copy on this site shows with it (a cross-post).
     */
    public Optional<Rendition> served(String office, long imageId, int width, String file) {
        Optional<Rendition> own = rendition(office, imageId, width, file);
        if (own.isPresent()) {
            return own;
        }
        // a copy of another office's story shows that office's image on this site, while it is live here
        return tenancy.of(office).createNamedQuery(Placement.ORIGIN_OF_LIVE_IMAGE, String.class).setParameter("image", imageId)
                .setMaxResults(1).getResultStream().findFirst()
                .flatMap(origin -> rendition(origin, imageId, width, file));
    }

    private Optional<Rendition> rendition(String office, long imageId, int width, String file) {
        return tenancy.of(office).createNamedQuery(Rendition.OF_IMAGE, Rendition.class)
                .setParameter("image", imageId).setParameter("width", width).getResultStream()
                .filter(r -> r.file().equals(file))
                .findFirst();
    }
}
