/**
 * Who is acting. A person's memberships are group paths ({@code /offices/san-jose/editors},
 * {@code /regions/americas/regional-editors}) delivered by the identity provider;
 * {@link org.dateline.identity.entity.Memberships} is the one place that turns them into
 * (office, role) pairs, and {@link org.dateline.identity.entity.Caller#require} is what every
 * boundary asks before it acts. {@link org.dateline.identity.boundary.Identities} tells the studio
 * who is signed in. Passwords never reach this code: people sign in with Keycloak.
 */
package org.dateline.identity;
