package org.dateline.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dateline.tenancy.control.Tenancy;

/**
 * One staff change at a time per office, on every node: the office's row of {@code staff_lock} is
 * locked by the changing transaction until it ends. Keycloak takes no part in transactions, so
 * without it two admins removing each other at the same moment would both see the other as a
 * second admin and leave the office with none.
 */
@ApplicationScoped
public class StaffChanges {

    @Inject
    Tenancy tenancy;

    /** Waits until no other transaction is changing the office's staff, then holds the office until this one ends. */
    public void lock(String office) {
        var em = tenancy.of(office);
        int locked = em.createNativeQuery("UPDATE staff_lock SET changes = changes + 1 WHERE office_id = ?1")
                .setParameter(1, office).executeUpdate();
        if (locked == 0) {
            em.createNativeQuery("INSERT INTO staff_lock (office_id, changes) VALUES (?1, 1)").setParameter(1, office)
                    .executeUpdate();
        }
    }
}
