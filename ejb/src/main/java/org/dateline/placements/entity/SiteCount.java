package org.dateline.placements.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.dateline.tenancy.entity.Office;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * How many live stories a site has under one topic or in one month, kept up to date by every change
 * of its placements in the same transaction (a publication, an unpublication, a cross-post going live
 * or down), so that the topics index and the archive index read a few rows instead of counting a
 * million. The key is {@code topic:<slug>} or {@code month:<yyyymm>}.
 */
@Entity
@Table(name = "site_count")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "office_id", contextProperty = Office.TENANT_PROPERTY)
@NamedQuery(name = SiteCount.TOPICS, query = "SELECT NEW org.dateline.placements.entity.TopicCount(c.slug, c.name, c.stories)"
        + " FROM SiteCount c WHERE c.kind = 'topic' AND c.stories > 0 ORDER BY c.name")
@NamedQuery(name = SiteCount.MONTHS, query = "SELECT c FROM SiteCount c WHERE c.kind = 'month' AND c.stories > 0 ORDER BY c.slug DESC")
public class SiteCount {

    public static final String TOPICS = "SiteCount.topics";
    public static final String MONTHS = "SiteCount.months";

    @Id
    @Column(name = "count_key")
    private String key;

    @Column(nullable = false)
    private String kind;

    /** The topic's slug, or the month as yyyymm. */
    @Column(nullable = false)
    private String slug;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private long stories;

    protected SiteCount() {
    }

    /** The month of an archive row. */
    public ArchiveMonth month() {
        int month = Integer.parseInt(slug);
        return new ArchiveMonth(java.time.YearMonth.of(month / 100, month % 100), stories);
    }
}
