package org.dateline.comments.entity;

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
import org.dateline.articles.entity.InvalidStory;
import org.dateline.tenancy.entity.Office;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import java.time.Instant;
import java.util.List;

/** One comment in a story's thread: who wrote what, when. Immutable once written. */
@Entity
@Table(name = "story_comment")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "office_id", contextProperty = Office.TENANT_PROPERTY)
@NamedQuery(name = Comment.OF_STORY, query = "SELECT c FROM Comment c WHERE c.storyId = :story ORDER BY c.id")
@NamedQuery(name = Comment.COUNT_OF_STORY, query = "SELECT COUNT(c) FROM Comment c WHERE c.storyId = :story")
@NamedQuery(name = Comment.PARTICIPANTS, query = "SELECT DISTINCT c.author FROM Comment c WHERE c.storyId = :story")
public class Comment {

    public static final String OF_STORY = "Comment.ofStory";
    public static final String COUNT_OF_STORY = "Comment.countOfStory";
    public static final String PARTICIPANTS = "Comment.participants";
    public static final int MAX_TEXT = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "story_comment_seq")
    @SequenceGenerator(name = "story_comment_seq", sequenceName = "story_comment_seq", allocationSize = 50)
    private Long id;

    @Column(name = "story_id", nullable = false, updatable = false)
    private long storyId;

    @Column(nullable = false, updatable = false)
    private String author;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private CommentKind kind;

    @Column(nullable = false, updatable = false)
    private String text;

    protected Comment() {
    }

    /**
     * A comment with its text stripped.
     *
     * @throws InvalidStory when there is no text, or more than {@link #MAX_TEXT} characters of it
     */
    public Comment(long storyId, String author, Instant at, CommentKind kind, String text) {
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            throw new InvalidStory(List.of("The comment is empty."));
        }
        if (clean.length() > MAX_TEXT) {
            throw new InvalidStory(List.of("The comment is " + clean.length() + " characters long; at most " + MAX_TEXT + " fit."));
        }
        this.storyId = storyId;
        this.author = author;
        this.writtenAt = at;
        this.kind = kind;
        this.text = clean;
    }

    public Long id() {
        return id;
    }

    public long storyId() {
        return storyId;
    }

    public String author() {
        return author;
    }

    public Instant writtenAt() {
        return writtenAt;
    }

    public CommentKind kind() {
        return kind;
    }

    public String text() {
        return text;
    }
}
