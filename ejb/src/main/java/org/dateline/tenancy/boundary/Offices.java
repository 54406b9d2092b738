package org.dateline.tenancy.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.dateline.tenancy.entity.Office;

import java.util.Optional;

/**
 * The offices of the network. Offices are not office-owned data, so any caller may read them.
 */
@Stateless
public class Offices {

    @PersistenceContext(unitName = "dateline")
    EntityManager em;

    public Optional<Office> find(String slug) {
        if (slug == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(Office.class, slug));
    }

    public Office get(String slug) {
        return find(slug).orElseThrow(() -> new UnknownOffice(slug));
    }
}
