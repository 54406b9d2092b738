package org.dateline.identity.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.dateline.identity.control.Callers;
import org.dateline.identity.control.OfficePeople;
import org.dateline.identity.entity.Role;

import java.util.EnumSet;
import java.util.Map;

/** The names of the people one works with in an office, for pages that show who did what. */
@Stateless
public class Colleagues {

    @Inject
    Callers callers;

    @Inject
    OfficePeople people;

    /** Username → name of everyone with a role in the office; for anyone with a role there. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Map<String, String> namesIn(String office) {
        callers.current().require(office, EnumSet.allOf(Role.class), "see who works in the office");
        return people.names(office);
    }
}
