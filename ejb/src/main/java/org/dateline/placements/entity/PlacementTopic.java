package org.dateline.placements.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.dateline.tenancy.entity.Office;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import java.time.Instant;

/**
 * A live placement filed under one topic of its site. It exists only while the placement is live
 * and carries the placement's publication time, so that a topic page is read like the home page:
 * one index range scan (site, topic, time, placement), keyset-paged, that yields the placements'
 * ids (a join in the same query let H2 plan page 500 of a million as a two-minute scan). Its rows belong to
 * {@link Placement}, which keeps them in step.
 */
@Entity
@Table(name = "placement_topic")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "office_id", contextProperty = Office.TENANT_PROPERTY)
@NamedQuery(name = PlacementTopic.LATEST, query = "SELECT t.placementId FROM PlacementTopic t WHERE t.topicSlug = :topic"
        + " ORDER BY t.site, t.topicSlug, t.publishedAt DESC, t.placementId DESC")
@NamedQuery(name = PlacementTopic.OLDER_THAN, query = "SELECT t.placementId FROM PlacementTopic t WHERE t.topicSlug = :topic"
        + " AND t.publishedAt <= :at AND (t.publishedAt < :at OR t.placementId < :id)"
        + " ORDER BY t.site, t.topicSlug, t.publishedAt DESC, t.placementId DESC")
@NamedQuery(name = PlacementTopic.ALL, query = "SELECT NEW org.dateline.placements.entity.TopicCount(t.topicSlug, t.topicName, COUNT(t))"
        + " FROM PlacementTopic t GROUP BY t.topicSlug, t.topicName ORDER BY t.topicName")
@NamedQuery(name = PlacementTopic.NAMED, query = "SELECT t.topicName FROM PlacementTopic t WHERE t.topicSlug = :topic")
public class PlacementTopic {

    public static final String LATEST = "PlacementTopic.latest";
    public static final String OLDER_THAN = "PlacementTopic.olderThan";
    public static final String ALL = "PlacementTopic.all";
    public static final String NAMED = "PlacementTopic.named";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "placement_topic_seq")
    @SequenceGenerator(name = "placement_topic_seq", sequenceName = "placement_topic_seq", allocationSize = 50)
    private Long id;

    /** The site's office: the tenant column, mapped read-only so that queries can order by it. */
    @Column(name = "office_id", insertable = false, updatable = false)
    private String site;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "placement_id", nullable = false, updatable = false)
    private Placement placement;

    /** The placement's id, mapped read-only for the keyset order. */
    @Column(name = "placement_id", insertable = false, updatable = false)
    private Long placementId;

    @Column(name = "topic_slug", nullable = false, updatable = false)
    private String topicSlug;

    @Column(name = "topic_name", nullable = false)
    private String topicName;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    protected PlacementTopic() {
    }

    PlacementTopic(Placement placement, String topicSlug, String topicName, Instant publishedAt) {
        this.placement = placement;
        this.topicSlug = topicSlug;
        this.topicName = topicName;
        this.publishedAt = publishedAt;
    }

    void refresh(String topicName, Instant publishedAt) {
        this.topicName = topicName;
        this.publishedAt = publishedAt;
    }

    public String topicSlug() {
        return topicSlug;
    }

    public String topicName() {
        return topicName;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}
