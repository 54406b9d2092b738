package org.dateline.articles.entity;

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

/** A subject an office files its stories under ("Labour migration", "Counter-trafficking"). */
@Entity
@Table(name = "topic")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "office_id", contextProperty = Office.TENANT_PROPERTY)
@NamedQuery(name = Topic.BY_SLUG, query = "SELECT t FROM Topic t WHERE t.slug = :slug")
@NamedQuery(name = Topic.ALL, query = "SELECT t FROM Topic t ORDER BY t.name")
public class Topic {

    public static final String BY_SLUG = "Topic.bySlug";
    public static final String ALL = "Topic.all";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "topic_seq")
    @SequenceGenerator(name = "topic_seq", sequenceName = "topic_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private String slug;

    @Column(nullable = false)
    private String name;

    protected Topic() {
    }

    public Topic(String slug, String name) {
        this.slug = slug;
        this.name = name;
    }

    public Long id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public String name() {
        return name;
    }
}
