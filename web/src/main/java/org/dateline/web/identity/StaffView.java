package org.dateline.web.identity;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
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
import org.dateline.web.studio.StudioLanguage;
import org.dateline.web.studio.StudioLanguages;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.Serializable;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The office's staff page ({@code /studio/staff/}): the table of people and their roles, the
 * invitation dialog, and the grant and revoke buttons. The office is the {@code office} request
 * parameter, or the first office the signed-in person administers. Everything it says is in the
 * admin's studio language ({@link StudioLanguage}), refusals included, and its times are the
 * office's local times.
 */
@Named
@ViewScoped
public class StaffView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int RECENT_CHANGES = 20;

    @EJB
    Staff staff;

    @EJB
    AuditTrail audit;

    @EJB
    Offices offices;

    @Inject
    Callers callers;

    @Inject
    StudioLanguage language;

    private String office;
    /** The office's name, for the page (its slug when there is no such office). */
    private String officeName;
    private List<StaffMember> members = List.of();
    private transient List<AuditEvent> changes = List.of();
    private boolean administering;
    /** The office's time zone, for the times of its changes. */
    private ZoneId zone = ZoneOffset.UTC;

    private String email;
    private String firstName;
    private String lastName;
    private String role = "author";
    /** The language of the invitation e-mail: the admin's own studio language unless they choose another. */
    private String invitationLanguage;
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
            officeName = "";
            language.error("staff.noOffice");
            return;
        }
        invitationLanguage = language.getTag();
        refresh();
    }

    public void invite() {
        Invitation done = attempt(() -> staff.invite(office, email, firstName, lastName, role, invitationLanguage));
        if (done == null) {
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        invitation = done;
        if (!done.newAccount()) {
            language.info("staff.existing", done.email(), language.roleWord(done.role()), officeName);
        } else if (done.mailed()) {
            language.info("staff.invited", done.email(), language.roleWord(done.role()), days(done.validDays()));
        } else {
            language.warn("staff.notMailed", done.email(), language.roleWord(done.role()), done.problem());
        }
        email = null;
        firstName = null;
        lastName = null;
        role = "author";
        invitationLanguage = language.getTag();
        refresh();
    }

    public void resendInvitation(StaffMember member) {
        Invitation sent = attempt(() -> staff.resendInvitation(office, member.username()));
        if (sent != null) {
            invitation = sent;
            language.info("staff.resent", sent.email(), days(sent.validDays()));
        }
        refresh();
    }

    public void grant(StaffMember member, Role granted) {
        if (attempt(() -> {
            staff.grant(office, member.username(), granted.name());
            return Boolean.TRUE;
        }) != null) {
            language.info("staff.granted", member.name(), language.roleWord(granted), officeName);
        }
        refresh();
    }

    public void revoke(StaffMember member, Role revoked) {
        if (attempt(() -> {
            staff.revoke(office, member.username(), revoked.name());
            return Boolean.TRUE;
        }) != null) {
            language.info("staff.revoked", member.name(), language.roleWord(revoked), officeName);
        }
        refresh();
    }

    private void refresh() {
        Office shown = offices.find(office).orElse(null);
        officeName = shown == null ? office : shown.name();
        zone = shown == null ? ZoneOffset.UTC : shown.zone();
        var found = attempt(() -> staff.of(office));
        administering = found != null;
        members = found == null ? List.of() : found.members();
        changes = administering ? attempt(() -> audit.ofStaff(office, RECENT_CHANGES)) : List.of();
        if (changes == null) {
            changes = List.of();
        }
    }

    /**
     * Runs a boundary call and turns its refusals into messages for the admin, in their language;
     * null when refused.
     */
    private <T> T attempt(Supplier<T> call) {
        try {
            return call.get();
        } catch (StaffRefused e) {
            language.error("refused." + e.reason().name(), refusalArguments(e));
        } catch (NotAllowed e) {
            language.error("staff.notAdmin", officeName);
        } catch (UnknownOffice e) {
            language.error("staff.unknownOffice", office);
        } catch (InvitationNotSent e) {
            language.error("staff.notSent", e.getMessage());
        } catch (IdentityProviderUnavailable e) {
            language.error("staff.keycloakDown");
        } catch (EJBException e) {
            language.error("staff.failed");
        }
        return null;
    }

    /** What a refusal's message is given: the office's name first, then the refusal's details, roles in words. */
    private Object[] refusalArguments(StaffRefused refused) {
        List<Object> arguments = new ArrayList<>();
        arguments.add(officeName);
        for (Object detail : refused.details()) {
            arguments.add(detail instanceof Role r ? language.roleWord(r) : detail);
        }
        return arguments.toArray();
    }

    private String days(int days) {
        return language.text("staff.days", days);
    }

    /** When a change was made, in the office's time zone and the admin's language. */
    public String when(AuditEvent change) {
        return language.when(change.at(), zone);
    }

    /** A change of the trail in words. */
    public String what(AuditEvent change) {
        return switch (change.action()) {
            case "STAFF_INVITED", "STAFF_ROLE_GRANTED" -> language.text("audit." + change.action(), roleWord(change.toState()));
            case "STAFF_ROLE_REVOKED" -> language.text("audit." + change.action(), roleWord(change.fromState()));
            case "STAFF_INVITATION_SENT", "STAFF_INVITATION_NOT_SENT" -> language.text("audit." + change.action());
            case "STAFF_CHANGE_REFUSED" -> change.toState() == null ? language.text("audit.STAFF_CHANGE_REFUSED")
                    : language.text("audit.STAFF_CHANGE_REFUSED.role", roleWord(change.toState()));
            default -> change.action();
        };
    }

    /** A role as the trail keeps it ({@code EDITOR}, or as a refused request named it) in the admin's words. */
    private String roleWord(String role) {
        if (role == null) {
            return "";
        }
        String name = role.trim().toUpperCase(Locale.ROOT);
        for (Role known : Role.values()) {
            if (known.name().equals(name) || known.group().toUpperCase(Locale.ROOT).equals(name)) {
                return language.roleWord(known);
            }
        }
        return role;
    }

    public List<Role> getRoles() {
        return List.of(Role.values());
    }

    /** A role as a tag of the table ("Editor"). */
    public String label(Role role) {
        return language.roleLabel(role);
    }

    /** The button that gives a person a role ("Make editor"). */
    public String makeLabel(Role role) {
        return language.text("staff.make", language.roleWord(role));
    }

    /** The button that takes a role away ("Remove editor"). */
    public String removeLabel(Role role) {
        return language.text("staff.remove", language.roleWord(role));
    }

    /** What the admin is asked before a role goes ("Remove Eli Editor as editor?"). */
    public String removeQuestion(StaffMember member, Role role) {
        return language.text("staff.removeQuestion", member.name(), language.roleWord(role));
    }

    public String getOffice() {
        return office;
    }

    public String getOfficeName() {
        return officeName;
    }

    /** The languages an invitation e-mail can be written in: the studio's. */
    public List<StudioLanguage.Choice> getInvitationLanguages() {
        return language.getChoices();
    }

    public String getInvitationLanguage() {
        return invitationLanguage;
    }

    public void setInvitationLanguage(String invitationLanguage) {
        this.invitationLanguage = StudioLanguages.isSupported(invitationLanguage) ? invitationLanguage : language.getTag();
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
     * (the demo's, {@code dateline.mailbox.url}, unset in production): the studio's page of it.
     */
    public String getMailbox() {
        return ConfigProvider.getConfig().getOptionalValue("dateline.mailbox.url", String.class)
                .filter(m -> !m.isBlank())
                .map(m -> FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/studio/mailbox.xhtml")
                .orElse(null);
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
