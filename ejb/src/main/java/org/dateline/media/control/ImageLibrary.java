package org.dateline.media.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dateline.audit.control.Auditor;
import org.dateline.media.entity.Image;
import org.dateline.media.entity.Rendition;
import org.dateline.media.entity.Size;
import org.dateline.tenancy.control.Tenancy;

import java.time.Instant;
import java.util.List;

/** Stores a developed upload and its renditions in an office, with an audit event, in the caller's transaction. */
@ApplicationScoped
public class ImageLibrary {

    @Inject
    Tenancy tenancy;

    @Inject
    Auditor auditor;

    public Image keep(String office, Darkroom.Developed developed, String by, Instant now) {
        List<Renditions.Rendered> renditions = developed.renditions();
        EntityManager em = tenancy.of(office);
        Image image = new Image(developed.type(), developed.width(), developed.height(), developed.alt(),
                developed.credit(), renditions.stream().map(r -> new Size(r.width(), r.height(), r.file())).toList(), by, now);
        em.persist(image);
        for (Renditions.Rendered r : renditions) {
            em.persist(new Rendition(image.id(), r.width(), r.height(), r.mediaType(), r.digest(), r.bytes()));
        }
        // The rows are written now: a revision of this transaction may refer to the image, and the
        // commit does not know to insert the image first (no mapped relationship says so).
        em.flush();
        auditor.record(office, null, by, now, "UPLOAD_IMAGE", null, null, null,
                "Image " + image.id() + " (" + image.width() + " × " + image.height() + ", " + developed.type() + ")");
        return image;
    }
}
