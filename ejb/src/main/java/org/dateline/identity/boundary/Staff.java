package org.dateline.identity.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.dateline.audit.control.Auditor;
import org.dateline.identity.control.Callers;
import org.dateline.identity.control.CurrentGroups;
import org.dateline.identity.control.KeycloakRealm;
import org.dateline.identity.control.OfficePeople;
import org.dateline.identity.control.PersonNames;
import org.dateline.identity.control.StaffChanges;
import org.dateline.identity.control.StaffDirectory.Account;
import org.dateline.identity.entity.Caller;
import org.dateline.identity.entity.Invitation;
import org.dateline.identity.entity.InvitationNotSent;
import org.dateline.identity.entity.NotAllowed;
import org.dateline.identity.entity.OfficeGroup;
import org.dateline.identity.entity.OfficeStaff;
import org.dateline.identity.entity.Role;
import org.dateline.identity.entity.StaffMember;
import org.dateline.identity.entity.StaffRefused;
import org.dateline.tenancy.boundary.Offices;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * An office's staff, administered by the office's admins: who works there with which role,
 * inviting a person, granting and revoking author, editor and admin. The people and their groups
 * live in Keycloak; this boundary is where the office's rules hold: only an admin of the office,
 * only that office's groups, never a regional role, never without a last admin. Changes to one
 * office's staff happen one at a time ({@link StaffChanges}), so those rules hold under concurrent
 * admins on any number of nodes. Each change is
 * audited in the office's trail before Keycloak is asked to make it (so an audit that cannot be
 * written stops the change), and each refused change is audited too; a refused change changes
 * nothing in Keycloak.
 */
@Stateless
public class Staff {

    private static final Logger LOG = Logger.getLogger(Staff.class.getName());
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final int MAX_NAME = 100;
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    @Inject
    Callers callers;

    @Inject
    KeycloakRealm keycloak;

    @Inject
    Auditor auditor;

    @Inject
    Offices offices;

    @Inject
    StaffChanges changes;

    @Inject
    CurrentGroups currentGroups;

    @Inject
    PersonNames names;

    @Inject
    OfficePeople people;

    Clock clock = Clock.systemUTC();

    /** Everyone with a role in the office, sorted by name. */
    public OfficeStaff of(String office) {
        Caller caller = callers.current();
        offices.get(office);
        caller.require(office, EnumSet.of(Role.ADMIN), "administer staff");
        return keycloak.staffOf(office);
    }

    /**
     * Invites a person into the office with one role: a new, enabled account with no password, in
     * the office's group, to which Keycloak e-mails a one-time link to set a password and confirm
     * the address. Someone who already has an account (say in another office) is only given the
     * role. When the e-mail cannot be sent the account stays, and the invitation tells why: the
     * admin sends it again ({@link #resendInvitation}) once mail works. The invitation, and what
     * Keycloak writes to the new account afterwards, is in {@code language} (an ISO 639 code the
     * realm supports), or in the realm's default language when that is null; someone who already
     * has an account keeps their own.
     */
    public Invitation invite(String office, String email, String firstName, String lastName, String roleName, String language) {
        Caller caller = callers.current();
        offices.get(office);
        String address = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        return refusalsAudited(caller, office, address, roleName, () -> {
            caller.require(office, EnumSet.of(Role.ADMIN), "invite staff");
            OfficeGroup group = OfficeGroup.of(office, roleName);
            if (!EMAIL.matcher(address).matches()) {
                throw new StaffRefused(StaffRefused.Reason.NOT_AN_EMAIL, "'" + email + "' is not an e-mail address.", String.valueOf(email));
            }
            if (language != null && !LANGUAGE.matcher(language).matches()) {
                throw new StaffRefused(StaffRefused.Reason.NOT_A_LANGUAGE, "'" + language + "' is not a language code.", language);
            }
            String first = name(firstName, "first name", StaffRefused.Reason.FIRST_NAME_MISSING, StaffRefused.Reason.FIRST_NAME_TOO_LONG);
            String last = name(lastName, "last name", StaffRefused.Reason.LAST_NAME_MISSING, StaffRefused.Reason.LAST_NAME_TOO_LONG);
            changes.lock(office);
            Optional<Account> existing = keycloak.findByEmail(address).or(() -> keycloak.findByUsername(address));
            if (existing.isPresent()) {
                Account user = existing.get();
                keycloak.staffOf(office).member(user.username()).ifPresent(member -> {
                    throw new StaffRefused(StaffRefused.Reason.ALREADY_STAFF, member.name() + " already works in " + office
                            + "; grant them the role instead.", member.name());
                });
                auditor.recordStaffChange(office, caller.name(), clock.instant(), "STAFF_ROLE_GRANTED",
                        user.username(), null, group.role(), "invited with an existing account " + address);
                keycloak.join(user.id(), group);
                currentGroups.forget(user.username());
                staffChanged(office);
                return new Invitation(office, user.username(), address, group.role(), false, false, 0, null);
            }
            auditor.recordStaffChange(office, caller.name(), clock.instant(), "STAFF_INVITED", address, null,
                    group.role(), first + " " + last + " <" + address + ">");
            String id = keycloak.createInvited(address, address, first, last, language, group);
            staffChanged(office);
            try {
                keycloak.sendInvitation(id);
                return new Invitation(office, address, address, group.role(), true, true, keycloak.invitationDays(), null);
            } catch (InvitationNotSent e) {
                auditor.recordStaffChange(office, caller.name(), clock.instant(), "STAFF_INVITATION_NOT_SENT", address,
                        null, null, e.getMessage());
                return new Invitation(office, address, address, group.role(), true, false, 0, e.getMessage());
            }
        });
    }

    /**
     * Sends a person who has not yet set up their account a new invitation e-mail (a new link; the
     * old one keeps working until it expires).
     *
     * @throws InvitationNotSent when Keycloak did not send it
     */
    public Invitation resendInvitation(String office, String username) {
        Caller caller = callers.current();
        offices.get(office);
        return refusalsAudited(caller, office, username, null, () -> {
            caller.require(office, EnumSet.of(Role.ADMIN), "invite staff");
            changes.lock(office);
            StaffMember member = keycloak.staffOf(office).member(username)
                    .orElseThrow(() -> new StaffRefused(StaffRefused.Reason.NOT_STAFF, username + " does not work in " + office + ".", username));
            if (!member.invitationPending()) {
                throw new StaffRefused(StaffRefused.Reason.ALREADY_SET_UP, member.name() + " has already set up their account; there is nothing to resend.",
                        member.name());
            }
            String id = userId(member);
            auditor.recordStaffChange(office, caller.name(), clock.instant(), "STAFF_INVITATION_SENT", member.username(),
                    null, null, "sent again to " + member.email());
            keycloak.sendInvitation(id);
            return new Invitation(office, member.username(), member.email(), member.sortedRoles().iterator().next(), true,
                    true, keycloak.invitationDays(), null);
        });
    }

    public void grant(String office, String username, String roleName) {
        Caller caller = callers.current();
        offices.get(office);
        refusalsAudited(caller, office, username, roleName, () -> {
            caller.require(office, EnumSet.of(Role.ADMIN), "grant staff roles");
            OfficeGroup group = OfficeGroup.of(office, roleName);
            changes.lock(office);
            StaffMember member = keycloak.staffOf(office).requireGrantable(username, group.role());
            String id = userId(member);
            auditor.recordStaffChange(office, caller.name(), clock.instant(), "STAFF_ROLE_GRANTED", member.username(),
                    null, group.role(), null);
            keycloak.join(id, group);
            currentGroups.forget(member.username());
            staffChanged(office);
            return null;
        });
    }

    public void revoke(String office, String username, String roleName) {
        Caller caller = callers.current();
        offices.get(office);
        refusalsAudited(caller, office, username, roleName, () -> {
            caller.require(office, EnumSet.of(Role.ADMIN), "revoke staff roles");
            OfficeGroup group = OfficeGroup.of(office, roleName);
            changes.lock(office);
            StaffMember member = keycloak.staffOf(office).requireRevocable(username, group.role());
            String id = userId(member);
            auditor.recordStaffChange(office, caller.name(), clock.instant(), "STAFF_ROLE_REVOKED", member.username(),
                    group.role(), null, null);
            keycloak.leave(id, group);
            currentGroups.forget(member.username());
            staffChanged(office);
            return null;
        });
    }

    /** This node reads the office's staff (their names, who its editors are) again at once; other nodes within a minute. */
    private void staffChanged(String office) {
        names.forget(office);
        people.forget(office);
    }

    private String userId(StaffMember member) {
        return keycloak.findByUsername(member.username()).map(Account::id)
                .orElseThrow(() -> new StaffRefused(StaffRefused.Reason.NO_ACCOUNT, member.username() + " no longer has an account.",
                        member.username()));
    }

    /**
     * Runs a staff change; a refusal is put on record. Into the office's own trail only when the
     * caller works in the office: someone with no role there must not be able to fill its trail
     * (with any text they choose as the person's name), so their attempts go to the server's log.
     */
    private <T> T refusalsAudited(Caller caller, String office, String staffMember, String roleName, Supplier<T> change) {
        try {
            return change.get();
        } catch (NotAllowed | StaffRefused refused) {
            if (caller.rolesIn(office).isEmpty()) {
                LOG.warning(() -> "Refused a staff change in office '" + office + "' by " + caller.name()
                        + ", who has no role there: " + refused.getMessage());
            } else {
                auditor.recordRefusedStaffChange(office, caller.name(), clock.instant(),
                        staffMember == null || staffMember.isBlank() ? "?" : staffMember, roleName, refused.getMessage());
            }
            throw refused;
        }
    }

    private static String name(String value, String what, StaffRefused.Reason missing, StaffRefused.Reason tooLong) {
        String name = value == null ? "" : value.strip();
        if (name.isEmpty()) {
            throw new StaffRefused(missing, "The " + what + " is missing.");
        }
        if (name.length() > MAX_NAME) {
            throw new StaffRefused(tooLong, "The " + what + " is longer than " + MAX_NAME + " characters.", MAX_NAME);
        }
        return name;
    }
}
