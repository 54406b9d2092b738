package org.dateline.importing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.dateline.tenancy.entity.Office;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import java.time.Instant;

/** The record that a listing was imported into an office; its key makes a second import a no-op. */
@Entity
@Table(name = "listing_import")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "office_id", contextProperty = Office.TENANT_PROPERTY, primaryKey = true)
public class ListingImport {

    @Id
    @Column(name = "listing_key")
    private String key;

    @Column(name = "imported_by", nullable = false)
    private String importedBy;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Column(name = "story_count", nullable = false)
    private int storyCount;

    protected ListingImport() {
    }

    public ListingImport(String key, String importedBy, Instant importedAt, int storyCount) {
        this.key = key;
        this.importedBy = importedBy;
        this.importedAt = importedAt;
        this.storyCount = storyCount;
    }

    public String key() {
        return key;
    }

    public int storyCount() {
        return storyCount;
    }

    public Instant importedAt() {
        return importedAt;
    }
}
