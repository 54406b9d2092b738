package org.dateline.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dateline.audit.entity.AuditEvent;
import org.dateline.tenancy.control.Tenancy;

import java.time.Instant;

/** Writes audit events into the caller's transaction, so they commit or roll back with the change. */
@ApplicationScoped
public class Auditor {

    @Inject
    Tenancy tenancy;

    public void record(String office, Long storyId, String actor, Instant at, String action, Object from, Object to,
                       Integer revisionNumber, String comment) {
        tenancy.of(office).persist(new AuditEvent(storyId, actor, at, action,
                from == null ? null : from.toString(), to == null ? null : to.toString(), revisionNumber, comment));
    }
}
