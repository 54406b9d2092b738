package org.dateline.identity.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.dateline.identity.control.Callers;
import org.dateline.identity.entity.Caller;
import org.dateline.identity.entity.NotSignedIn;
import org.dateline.identity.entity.PersonSettings;

import java.time.Clock;

/**
 * The signed-in person's own settings (the studio's language, for now), and only theirs: there
 * is no way to name another person, so nobody reads or changes someone else's. They hold in every
 * office the person works in. Reading is on every studio page, so it runs without a transaction.
 */
@Stateless
public class PersonalSettings {

    @Inject
    Callers callers;

    @PersistenceContext(unitName = "dateline")
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /** The caller's settings; every default when they never changed one. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public PersonSettings mine() {
        String person = person("have settings");
        PersonSettings stored = em.find(PersonSettings.class, person);
        return stored != null ? stored : PersonSettings.defaults(person);
    }

    /**
     * Keeps the studio language the caller chose; null lets the studio follow their browser again.
     *
     * @throws IllegalArgumentException for anything but a language code
     */
    public PersonSettings chooseLanguage(String language) {
        String person = person("choose a language");
        PersonSettings settings = em.find(PersonSettings.class, person);
        if (settings == null) {
            settings = PersonSettings.defaults(person);
            settings.chooseLanguage(language, clock.instant());
            em.persist(settings);
        } else {
            settings.chooseLanguage(language, clock.instant());
        }
        return settings;
    }

    private String person(String what) {
        Caller caller = callers.current();
        if (caller.equals(Caller.ANONYMOUS) || caller.equals(Caller.SCHEDULER)) {
            throw new NotSignedIn(what);
        }
        return caller.name();
    }
}
