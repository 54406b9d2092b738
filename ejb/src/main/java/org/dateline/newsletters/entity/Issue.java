package org.dateline.newsletters.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.dateline.tenancy.entity.Office;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/** One issue of an office's newsletter, with its place in the office's workflow. */
@Entity
@Table(name = "newsletter_issue")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "office_id", contextProperty = Office.TENANT_PROPERTY)
@NamedQuery(name = Issue.IN_STATE, query = "SELECT i FROM Issue i WHERE i.state = :state ORDER BY i.month DESC, i.id DESC")
@NamedQuery(name = Issue.COUNT, query = "SELECT COUNT(i) FROM Issue i")
@NamedQuery(name = Issue.ALL, query = "SELECT i FROM Issue i ORDER BY i.updatedAt DESC, i.id DESC")
public class Issue {

    public static final String IN_STATE = "Issue.inState";
    public static final String ALL = "Issue.all";
    public static final String COUNT = "Issue.count";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "newsletter_issue_seq")
    @SequenceGenerator(name = "newsletter_issue_seq", sequenceName = "newsletter_issue_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private String title;

    /** YYYY-MM. */
    @Column(name = "issue_month", nullable = false)
    private String month;

    @Column(nullable = false)
    private String language;

    private String intro;

    @Column(nullable = false)
    private String sections;

    @Column(nullable = false)
    private String resources;

    private String contact;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IssueState state;

    @Version
    private int version;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    protected Issue() {
    }

    public Issue(IssueContent content, String by, Instant at) {
        this.state = IssueState.DRAFT;
        this.createdBy = by;
        write(content.validated(), by, at);
    }

    /**
     * An issue of the office's past, published when the office sent it ({@code publishedAt}), as
     * an import of its newsletter writes it.
     */
    public static Issue imported(IssueContent content, String by, Instant at, Instant publishedAt) {
        Issue issue = new Issue(content, by, at);
        issue.take(IssueAction.IMPORT, by, at);
        issue.publishedAt = publishedAt;
        return issue;
    }

    /** Whether the action may be taken in the issue's state. */
    public void requireAllows(IssueAction action) {
        if (!action.startsFrom(state)) {
            throw new IllegalIssueTransition(state, action);
        }
    }

    /** Refuses unless the caller saw the issue's current version. */
    public void requireVersion(int expected) {
        if (expected != version) {
            throw new IssueConflict(id, expected, version, updatedBy);
        }
    }

    public void revise(IssueContent content, String by, Instant at) {
        write(content.validated(), by, at);
    }

    public void take(IssueAction action, String by, Instant at) {
        requireAllows(action);
        this.state = action.leadsFrom(state);
        this.updatedBy = by;
        this.updatedAt = at;
        if (state == IssueState.PUBLISHED) {
            this.publishedAt = at;
        }
    }

    private void write(IssueContent content, String by, Instant at) {
        this.title = content.title();
        this.month = content.month().toString();
        this.language = content.language();
        this.intro = content.intro();
        this.sections = IssueDocument.sections(content.sections());
        this.resources = IssueDocument.resources(content.resources());
        this.contact = content.contact();
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public IssueContent content() {
        return new IssueContent(title, month(), language, intro, sections(), resources(), contact);
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public YearMonth month() {
        return YearMonth.parse(month);
    }

    public String language() {
        return language;
    }

    public String intro() {
        return intro;
    }

    public List<IssueSection> sections() {
        return IssueDocument.sections(sections);
    }

    public List<KeyResource> resources() {
        return IssueDocument.resources(resources);
    }

    public String contact() {
        return contact;
    }

    public IssueState state() {
        return state;
    }

    public int version() {
        return version;
    }

    public String createdBy() {
        return createdBy;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}
