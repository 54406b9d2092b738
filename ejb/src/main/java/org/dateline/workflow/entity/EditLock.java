package org.dateline.workflow.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.dateline.tenancy.entity.Office;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Who is editing a story now. One holder per story; it lapses when the holder has not been seen
 * for a while (their editor page stopped asking: closed, or left alone), and anyone who may edit the
 * story can take it over, after which the first holder's page is told and keeps their unsaved text.
 */
@Entity
@Table(name = "edit_lock")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "office_id", contextProperty = Office.TENANT_PROPERTY)
public class EditLock {

    @Id
    @Column(name = "story_id")
    private long storyId;

    @Column(nullable = false)
    private String holder;

    @Column(nullable = false)
    private Instant since;

    @Column(name = "seen_at", nullable = false)
    private Instant seenAt;

    @Version
    private int version;

    protected EditLock() {
    }

    public EditLock(long storyId, String holder, Instant at) {
        this.storyId = storyId;
        heldBy(holder, at);
    }

    /** Whether the holder has been seen within {@code lapse}. */
    public boolean isHeld(Instant now, Duration lapse) {
        return seenAt.plus(lapse).isAfter(now);
    }

    public boolean isHeldBy(String person, Instant now, Duration lapse) {
        return holder.equals(person) && isHeld(now, lapse);
    }

    /** The person holds the lock from now on (taking it over, or taking a lapsed one). */
    public void heldBy(String person, Instant at) {
        this.holder = person;
        // as every database keeps it, so that the holder and the others are shown the same time
        this.since = at.truncatedTo(ChronoUnit.MILLIS);
        this.seenAt = since;
    }

    public void seen(Instant at) {
        this.seenAt = at;
    }

    public long storyId() {
        return storyId;
    }

    public String holder() {
        return holder;
    }

    public Instant since() {
        return since;
    }

    public Instant seenAt() {
        return seenAt;
    }
}
