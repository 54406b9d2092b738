package org.dateline.tenancy.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.dateline.tenancy.entity.Office;

import java.util.Map;

/**
 * The single choke point of tenant isolation. Every office-owned entity is read and written
 * through an EntityManager bound to one office here; EclipseLink then adds the office to every
 * query, insert and find-by-id. One EntityManager per office and transaction, joined to the
 * transaction and closed when it completes, so that one transaction may act in two offices (as
 * a cross-post approval does) without the two persistence contexts ever mixing.
 */
@ApplicationScoped
public class Tenancy {

    @PersistenceUnit(unitName = "dateline")
    EntityManagerFactory entityManagerFactory;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /**
     * The EntityManager of the office for the current transaction; there must be one (every
     * boundary method runs in one).
     */
    public EntityManager of(String office) {
        if (office == null || office.isBlank()) {
            throw new IllegalArgumentException("no office given");
        }
        String key = Tenancy.class.getName() + "/" + office;
        EntityManager em = (EntityManager) transactions.getResource(key);
        if (em == null) {
            EntityManager created = entityManagerFactory.createEntityManager(Map.of(Office.TENANT_PROPERTY, office));
            created.joinTransaction();
            transactions.putResource(key, created);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    created.close();
                }
            });
            em = created;
        }
        return em;
    }
}
