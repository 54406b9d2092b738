package org.dateline.web.identity;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.dateline.audit.boundary.AuditTrail;
import org.dateline.audit.entity.AuditEvent;
import org.dateline.identity.boundary.Staff;
import org.dateline.identity.control.Callers;
import org.dateline.identity.entity.Caller;
import org.dateline.identity.entity.IdentityProviderUnavailable;
import org.dateline.identity.entity.Invitation;
import org.dateline.identity.entity.InvitationNotSent;
import org.dateline.identity.entity.NotAllowed;
import org.dateline.identity.entity.Role;
import org.dateline.identity.entity.StaffMember;
import org.dateline.identity.entity.StaffRefused;
import org.dateline.tenancy.boundary.Offices;
import org.dateline.tenancy.boundary.UnknownOffice;
import org.dateline.tenancy.entity.Office;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.Serializable;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The office's staff page ({@code /studio/staff/}): the table of people and their roles, the
 * invitation dialog, and the grant and revoke buttons. The office is the {@code office} request
 * parameter, or the first office the signed-in person administers.
 */
@Named
@ViewScoped
public class StaffView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int RECENT_CHANGES = 20;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    @EJB
    Staff staff;

    @EJB
    AuditTrail audit;

    @EJB
    Offices offices;

    @Inject
    Callers callers;

    private String office;
    private List<StaffMember> members = List.of();
    private transient List<AuditEvent> changes = List.of();
    private boolean administering;
    /** The office's time zone, for the times of its changes. */
    private ZoneId zone = ZoneOffset.UTC;

    private String email;
    private String firstName;
    private String lastName;
    private String role = "author";
    private Invitation invitation;

    /** Called by the page's view action, once the {@code office} parameter is set. */
    public void load() {
        if (office == null || office.isBlank()) {
            Caller caller = callers.current();
            office = caller.offices().stream().filter(o -> caller.has(o, Role.ADMIN)).findFirst()
                    .orElse(caller.offices().stream().findFirst().orElse(null));
        }
        if (office == null) {
            administering = false;
            error("Staff administration is for office admins; you are not an admin of any office.");
            return;
        }
        refresh();
    }

    public void invite() {
        Invitation done = attempt(() -> staff.invite(office, email, firstName, lastName, role));
        if (done == null) {
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        invitation = done;
        if (!done.newAccount()) {
            info(done.email() + " already had an account; they are now " + roleName(done.role()) + " in " + office + ".");
        } else if (done.mailed()) {
            info("Invited " + done.email() + " as " + roleName(done.role()) + ". They have been e-mailed a link to set "
                    + "their password, valid for " + days(done.validDays()) + ".");
        } else {
            warn("The account of " + done.email() + " was created with the " + label(done.role()).toLowerCase(Locale.ROOT)
                    + " role, but the invitation e-mail could not be sent: " + done.problem() + " Check the realm's e-mail "
                    + "settings in Keycloak, then choose \"Resend invitation\" below.");
        }
        email = null;
        firstName = null;
        lastName = null;
        role = "author";
        refresh();
    }

    public void resendInvitation(StaffMember member) {
        Invitation sent = attempt(() -> staff.resendInvitation(office, member.username()));
        if (sent != null) {
            invitation = sent;
            info("A new invitation went to " + sent.email() + ", valid for " + days(sent.validDays()) + ".");
        }
        refresh();
    }

    public void grant(StaffMember member, Role granted) {
        if (attempt(() -> {
            staff.grant(office, member.username(), granted.name());
            return Boolean.TRUE;
        }) != null) {
            info(member.name() + " is now " + roleName(granted) + " in " + office + ".");
        }
        refresh();
    }

    public void revoke(StaffMember member, Role revoked) {
        if (attempt(() -> {
            staff.revoke(office, member.username(), revoked.name());
            return Boolean.TRUE;
        }) != null) {
            info(member.name() + " is no longer " + roleName(revoked) + " in " + office + ".");
        }
        refresh();
    }

    private void refresh() {
        var found = attempt(() -> staff.of(office));
        administering = found != null;
        members = found == null ? List.of() : found.members();
        changes = administering ? attempt(() -> audit.ofStaff(office, RECENT_CHANGES)) : List.of();
        if (changes == null) {
            changes = List.of();
        }
        zone = offices.find(office).map(Office::zone).orElse(ZoneOffset.UTC);
    }

    /** Runs a boundary call and turns its refusals into messages for the admin; null when refused. */
    private <T> T attempt(Supplier<T> call) {
        try {
            return call.get();
        } catch (StaffRefused | NotAllowed | UnknownOffice e) {
            error(e.getMessage());
        } catch (InvitationNotSent e) {
            error("The invitation e-mail could not be sent: " + e.getMessage() + " Check the realm's e-mail settings in "
                    + "Keycloak and try again.");
        } catch (IdentityProviderUnavailable e) {
            error("Keycloak, where the staff accounts live, cannot be reached just now; nothing was changed. "
                    + "Try again in a moment.");
        } catch (EJBException e) {
            error("The change could not be made; nothing was changed.");
        }
        return null;
    }

    private static String roleName(Role role) {
        return "an " + role.name().toLowerCase(Locale.ROOT);
    }

    private static void info(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    private static String days(int days) {
        return days == 1 ? "1 day" : days + " days";
    }

    private static void warn(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, message, null));
    }

    private static void error(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    /** When a change was made, in the office's time zone. */
    public String when(AuditEvent change) {
        return WHEN.format(change.at().atZone(zone));
    }

    /** A change of the trail in words. */
    public String what(AuditEvent change) {
        return switch (change.action()) {
            case "STAFF_INVITED" -> "Invited as " + roleWord(change.toState());
            case "STAFF_ROLE_GRANTED" -> "Made " + roleWord(change.toState());
            case "STAFF_ROLE_REVOKED" -> "No longer " + roleWord(change.fromState());
            case "STAFF_INVITATION_SENT" -> "Invitation sent again";
            case "STAFF_INVITATION_NOT_SENT" -> "Invitation e-mail not sent";
            case "STAFF_CHANGE_REFUSED" -> "Refused" + (change.toState() == null ? "" : " (" + roleWord(change.toState()) + ")");
            default -> change.action();
        };
    }

    private static String roleWord(String role) {
        return role == null ? "" : role.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    public List<Role> getRoles() {
        return List.of(Role.values());
    }

    public String label(Role role) {
        return role.name().charAt(0) + role.name().substring(1).toLowerCase(Locale.ROOT);
    }

    public String getOffice() {
        return office;
    }

    public void setOffice(String office) {
        this.office = office;
    }

    public boolean isAdministering() {
        return administering;
    }

    public List<StaffMember> getMembers() {
        return members;
    }

    public List<AuditEvent> getChanges() {
        return changes == null ? List.of() : changes;
    }

    /**
     * Where this server's outgoing mail can be read when it goes to a mailbox instead of the world
     * (the demo's): {@code dateline.mailbox.url}, unset in production.
     */
    public String getMailbox() {
        return ConfigProvider.getConfig().getOptionalValue("dateline.mailbox.url", String.class)
                .filter(m -> !m.isBlank()).orElse(null);
    }

    public Invitation getInvitation() {
        return invitation;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }
}
