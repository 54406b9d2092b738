package org.dateline.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.dateline.audit.entity.AuditEvent;
import org.dateline.tenancy.control.Tenancy;

import java.time.Instant;

/** Writes audit events into the caller's transaction, so they commit or roll back with the change. */
@ApplicationScoped
public class Auditor {

    private static final int MAX_COMMENT = 2000;

    @Inject
    Tenancy tenancy;

    public void record(String office, Long storyId, String actor, Instant at, String action, Object from, Object to,
                       Integer revisionNumber, String comment) {
        tenancy.of(office).persist(new AuditEvent(storyId, actor, at, action,
                from == null ? null : from.toString(), to == null ? null : to.toString(), revisionNumber, comment));
    }

    /**
     * Records a change to the office's staff in the caller's transaction, and writes it out at once:
     * the change itself happens in Keycloak, which takes no part in the transaction, so the event
     * must be known to be storable before it is made.
     */
    public void recordStaffChange(String office, String actor, Instant at, String action, String staffMember,
                                  Object fromRole, Object toRole, String comment) {
        var em = tenancy.of(office);
        em.persist(AuditEvent.ofStaff(actor, at, action, staffMember, text(fromRole), text(toRole), clip(comment, MAX_COMMENT)));
        em.flush();
    }

    /**
     * Records a staff change that was refused, in a transaction of its own: the refusal rolls the
     * caller's transaction back, and the attempt must stay on record.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordRefusedStaffChange(String office, String actor, Instant at, String staffMember, Object role,
                                         String reason) {
        tenancy.of(office).persist(AuditEvent.ofStaff(actor, at, "STAFF_CHANGE_REFUSED", clip(staffMember, 200), null,
                clip(text(role), 20), clip(reason, MAX_COMMENT)));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
