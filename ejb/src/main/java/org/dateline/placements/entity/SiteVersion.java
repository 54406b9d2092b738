package org.dateline.placements.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * How far an office's site has changed: a counter bumped with every placement that appears,
 * changes or goes. Pages rendered at one version stay valid until the next.
 */
@Entity
@Table(name = "site_version")
@NamedQuery(name = SiteVersion.ALL, query = "SELECT v FROM SiteVersion v")
@NamedQuery(name = SiteVersion.OF, query = "SELECT v.version FROM SiteVersion v WHERE v.office = :office")
@NamedQuery(name = SiteVersion.BUMP, query = "UPDATE SiteVersion v SET v.version = v.version + 1, v.changedAt = :at WHERE v.office = :office")
public class SiteVersion {

    public static final String ALL = "SiteVersion.all";
    public static final String BUMP = "SiteVersion.bump";
    public static final String OF = "SiteVersion.of";

    @Id
    @Column(name = "office_id")
    private String office;

    @Column(nullable = false)
    private long version;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected SiteVersion() {
    }

    public String office() {
        return office;
    }

    public long version() {
        return version;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
