/**
 * The studio's staff pages: an office admin lists the office's staff, invites people and grants
 * and revokes their roles. Every rule is the {@link org.dateline.identity.boundary.Staff}
 * boundary's; the page only shows its answers and refusals where the admin is, in the admin's
 * studio language.
 */
package org.dateline.web.identity;
