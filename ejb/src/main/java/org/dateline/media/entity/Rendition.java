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

/** The bytes of an image at one width. Never changed once written: its address carries its digest. */
@Entity
@Table(name = "rendition")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "office_id", contextProperty = Office.TENANT_PROPERTY)
@NamedQuery(name = Rendition.OF_IMAGE, query = "SELECT r FROM Rendition r WHERE r.imageId = :image AND r.width = :width")
@NamedQuery(name = Rendition.ALL_OF_IMAGE, query = "SELECT r FROM Rendition r WHERE r.imageId = :image ORDER BY r.width")
public class Rendition {

    public static final String OF_IMAGE = "Rendition.ofImage";
    public static final String ALL_OF_IMAGE = "Rendition.allOfImage";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rendition_seq")
    @SequenceGenerator(name = "rendition_seq", sequenceName = "rendition_seq", allocationSize = 50)
    private Long id;

    @Column(name = "image_id", nullable = false, updatable = false)
    private long imageId;

    @Column(nullable = false, updatable = false)
    private int width;

    @Column(nullable = false, updatable = false)
    private int height;

    @Column(name = "media_type", nullable = false, updatable = false)
    private String mediaType;

    /** SHA-256 of the bytes, hexadecimal. */
    @Column(nullable = false, updatable = false)
    private String digest;

    @Column(nullable = false, updatable = false)
    private byte[] bytes;

    protected Rendition() {
    }

    public Rendition(long imageId, int width, int height, String mediaType, String digest, byte[] bytes) {
        this.imageId = imageId;
        this.width = width;
        this.height = height;
        this.mediaType = mediaType;
        this.digest = digest;
        this.bytes = bytes.clone();
    }

    public long imageId() {
        return imageId;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public String mediaType() {
        return mediaType;
    }

    public String digest() {
        return digest;
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    /** Its file name in its address, as {@link Size#file}. */
    public String file() {
        return Size.file(digest, mediaType);
    }

    public int length() {
        return bytes.length;
    }
}
