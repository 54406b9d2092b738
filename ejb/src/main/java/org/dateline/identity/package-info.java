/**
 * Who is acting. A person's memberships are group paths ({@code /offices/san-jose/editors},
 * {@code /regions/americas/regional-editors}) delivered by the identity provider;
 * {@link org.dateline.identity.entity.Memberships} is the one place that turns them into
 * (office, role) pairs, and {@link org.dateline.identity.entity.Caller#require} is what every
 * boundary asks before it acts. The people and their groups live in Keycloak: an office's admins
 * administer the office's staff through {@link org.dateline.identity.boundary.Staff} (invite, grant
 * and revoke author, editor, admin), only in their own office's groups, never a regional role, and
 * never leaving the office without an admin, one change at a time per office
 * ({@link org.dateline.identity.control.StaffChanges}). An invited person gets Keycloak's e-mail
 * with a one-time link to set their password; the CMS never sets one; {@link org.dateline.identity.control.KeycloakRealm}
 * talks to Keycloak with the provisioning service account. {@link org.dateline.identity.boundary.Identities}
 * tells the studio who is signed in; {@link org.dateline.identity.boundary.PersonalSettings} keeps the
 * signed-in person's own settings (the studio's language), the same in every office, and only ever
 * theirs. A refused staff change says why in English for the record and by
 * {@link org.dateline.identity.entity.StaffRefused.Reason} for a page that speaks the admin's language.
 * Passwords never reach this code: people sign in with Keycloak.
 */
package org.dateline.identity;
