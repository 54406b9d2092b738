package org.dateline.audit.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.dateline.audit.entity.AuditEvent;
import org.dateline.identity.control.Callers;
import org.dateline.identity.entity.Caller;
import org.dateline.identity.entity.Role;
import org.dateline.tenancy.control.Tenancy;

import java.util.EnumSet;
import java.util.List;

/** Reading an office's audit trail; writing it is {@link org.dateline.audit.control.Auditor}'s job. */
@Stateless
public class AuditTrail {

    @Inject
    Tenancy tenancy;

    @Inject
    Callers callers;

    public List<AuditEvent> ofStory(String office, long storyId) {
        Caller caller = callers.current();
        caller.require(office, EnumSet.of(Role.AUTHOR, Role.EDITOR, Role.ADMIN), "read the audit trail");
        return tenancy.of(office).createNamedQuery(AuditEvent.OF_STORY, AuditEvent.class)
                .setParameter("story", storyId).getResultList();
    }

    /** What happened to one of the office's newsletter issues, oldest first. */
    public List<AuditEvent> ofNewsletterIssue(String office, long issueId) {
        Caller caller = callers.current();
        caller.require(office, EnumSet.of(Role.AUTHOR, Role.EDITOR, Role.ADMIN), "read the audit trail");
        return tenancy.of(office).createNamedQuery(AuditEvent.OF_NEWSLETTER_ISSUE, AuditEvent.class)
                .setParameter("issue", "Newsletter issue " + issueId + ":%").getResultList();
    }

    /** The office's staff changes and refused attempts, newest first; for its admins. */
    public List<AuditEvent> ofStaff(String office, int max) {
        Caller caller = callers.current();
        caller.require(office, EnumSet.of(Role.ADMIN), "read the staff audit trail");
        return tenancy.of(office).createNamedQuery(AuditEvent.OF_STAFF, AuditEvent.class)
                .setMaxResults(max).getResultList();
    }
}
