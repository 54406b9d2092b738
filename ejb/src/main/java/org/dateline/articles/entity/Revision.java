package org.dateline.articles.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.dateline.tenancy.entity.Office;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One saved state of a story. Immutable: it has no setters, and nothing updates its row.
 */
@Entity
@Table(name = "revision")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "office_id", contextProperty = Office.TENANT_PROPERTY)
@NamedQuery(name = Revision.OF_STORY, query = "SELECT r FROM Revision r WHERE r.story = :story ORDER BY r.number")
@NamedQuery(name = Revision.HIGHEST_NUMBER, query = "SELECT MAX(r.number) FROM Revision r WHERE r.story = :story")
public class Revision {

    public static final String OF_STORY = "Revision.ofStory";
    public static final String HIGHEST_NUMBER = "Revision.highestNumber";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revision_seq")
    @SequenceGenerator(name = "revision_seq", sequenceName = "revision_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "story_id", nullable = false, updatable = false)
    private Story story;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(nullable = false, updatable = false)
    private String title;

    @Column(updatable = false)
    private String dateline;

    @Column(name = "publication_date", updatable = false)
    private LocalDate publicationDate;

    @Column(updatable = false)
    private String lead;

    @Column(nullable = false, updatable = false)
    private String body;

    @Column(nullable = false, updatable = false)
    private String language;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "revision_topic",
            joinColumns = @JoinColumn(name = "revision_id"),
            inverseJoinColumns = @JoinColumn(name = "topic_id"))
    @OrderBy("name")
    private List<Topic> topics = new ArrayList<>();

    @Column(name = "hero_image_id", updatable = false)
    private Long heroImageId;

    @Column(nullable = false, updatable = false)
    private String author;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** The notice of a correction, shown to readers at the top of the story; null when it corrects nothing. */
    @Column(name = "correction_notice", updatable = false)
    private String correctionNotice;

    /** Why this revision exists when it is not a plain save ("restored from revision 2", a conflict). */
    @Column(updatable = false)
    private String note;

    protected Revision() {
    }

    Revision(Story story, int number, Content content, List<Topic> topics, String author, Instant at, String note) {
        this.story = story;
        this.number = number;
        this.title = content.title();
        this.dateline = content.dateline();
        this.publicationDate = content.publicationDate();
        this.lead = content.lead();
        this.body = content.body();
        this.language = content.language();
        this.topics = new ArrayList<>(topics);
        this.heroImageId = content.heroImageId();
        this.correctionNotice = content.correction();
        this.author = author;
        this.createdAt = at;
        this.note = note;
    }

    public Long id() {
        return id;
    }

    public Story story() {
        return story;
    }

    public int number() {
        return number;
    }

    public String title() {
        return title;
    }

    public String dateline() {
        return dateline;
    }

    public LocalDate publicationDate() {
        return publicationDate;
    }

    public String lead() {
        return lead;
    }

    public String body() {
        return body;
    }

    public String language() {
        return language;
    }

    public List<Topic> topics() {
        return List.copyOf(topics);
    }

    /** The office's image shown at the top of the story, or null. */
    public Long heroImageId() {
        return heroImageId;
    }

    public String correctionNotice() {
        return correctionNotice;
    }

    public String author() {
        return author;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String note() {
        return note;
    }

    public Content content() {
        return new Content(title, dateline, publicationDate, lead, body, language,
                topics.stream().map(Topic::name).toList(), heroImageId, correctionNotice);
    }
}
