package org.dateline.media.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.dateline.tenancy.entity.Office;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import java.time.Instant;
import java.util.List;

/**
 * An uploaded image of an office, with the sizes of its renditions (their bytes are
 * {@link Rendition}s, read only to serve them). Its alt text is required: a hero image without one
 * would leave readers of screen readers with nothing.
 */
@Entity
@Table(name = "image")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "office_id", contextProperty = Office.TENANT_PROPERTY)
@NamedQuery(name = Image.LIBRARY, query = "SELECT i FROM Image i ORDER BY i.uploadedAt DESC, i.id DESC")
public class Image {

    /** The office's images, latest first. */
    public static final String LIBRARY = "Image.library";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "image_seq")
    @SequenceGenerator(name = "image_seq", sequenceName = "image_seq", allocationSize = 50)
    private Long id;

    /** The type of the uploaded file, as its content showed it. */
    @Column(name = "original_type", nullable = false, updatable = false)
    private String originalType;

    @Column(nullable = false, updatable = false)
    private int width;

    @Column(nullable = false, updatable = false)
    private int height;

    @Column(nullable = false)
    private String alt;

    private String credit;

    /** {@link Size#encode}d, narrowest first. */
    @Column(nullable = false, updatable = false)
    private String renditions;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected Image() {
    }

    public Image(String originalType, int width, int height, String alt, String credit, List<Size> sizes,
                 String uploadedBy, Instant uploadedAt) {
        this.originalType = originalType;
        this.width = width;
        this.height = height;
        this.alt = alt;
        this.credit = credit;
        this.renditions = Size.encode(sizes);
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public HeroImage hero() {
        return new HeroImage(id, alt, credit, sizes());
    }

    public Long id() {
        return id;
    }

    public String originalType() {
        return originalType;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public String alt() {
        return alt;
    }

    public String credit() {
        return credit;
    }

    public List<Size> sizes() {
        return Size.decode(renditions);
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }
}
