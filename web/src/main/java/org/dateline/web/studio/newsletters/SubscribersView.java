package org.dateline.web.studio.newsletters;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.dateline.identity.control.Callers;
import org.dateline.identity.entity.Caller;
import org.dateline.identity.entity.Role;
import org.dateline.newsletters.boundary.Subscribers;
import org.dateline.newsletters.entity.Subscriber;
import org.dateline.newsletters.entity.SubscriberCount;
import org.dateline.tenancy.boundary.Offices;
import org.dateline.tenancy.entity.Office;
import org.dateline.web.studio.LazyRows;
import org.dateline.web.studio.OfficeClock;
import org.dateline.web.studio.StudioLanguage;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The office's newsletter list, for its admins only ({@code /studio/newsletters/subscribers.xhtml}):
 * how many addresses each language has, the addresses a page at a time, and the CSV export.
 */
@Named
@ViewScoped
public class SubscribersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Subscribers subscribers;

    @EJB
    Offices offices;

    @Inject
    Callers callers;

    @Inject
    StudioLanguage language;

    private String office;
    private String officeName = "";
    private OfficeClock clock;
    private boolean admin;
    private List<SubscriberCount> counts = List.of();
    private LazyRows<Subscriber> list;

    public void load() {
        Caller caller = callers.current();
        if (office == null || office.isBlank() || !caller.has(office, Role.ADMIN)) {
            office = caller.offices().stream().filter(o -> caller.has(o, Role.ADMIN)).findFirst().orElse(office);
        }
        admin = office != null && caller.has(office, Role.ADMIN);
        if (!admin) {
            language.error("subscribers.adminsOnly");
            return;
        }
        Office where = offices.get(office);
        officeName = where.name();
        clock = OfficeClock.of(where, language.getLocale());
        counts = subscribers.counts(office);
        String in = office;
        long total = counts.stream().mapToLong(c -> c.confirmed() + c.pending()).sum();
        list = new LazyRows<>(() -> (int) total, (first, size) -> subscribers.list(in, first, size), s -> String.valueOf(s.id()));
    }

    public String when(Instant at) {
        return at == null ? "" : clock.when(at);
    }

    public String iso(Instant at) {
        return at == null ? "" : clock.iso(at);
    }

    public String languageName(String tag) {
        return language.text("newsletterLanguage." + tag);
    }

    public String stateLabel(Subscriber subscriber) {
        return language.text("subscribers.state." + subscriber.state().name());
    }

    public String getOffice() {
        return office;
    }

    public void setOffice(String office) {
        this.office = office;
    }

    public String getOfficeName() {
        return officeName;
    }

    public boolean isAdmin() {
        return admin;
    }

    public List<SubscriberCount> getCounts() {
        return counts;
    }

    public LazyRows<Subscriber> getList() {
        return list;
    }
}
