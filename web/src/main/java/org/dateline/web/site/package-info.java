/**
 * The reader sites. {@link org.dateline.web.site.SiteRouter} resolves the office of a request once
 * and forwards to that site's page; the pages are transient Faces views over the read side
 * (placements) that never create a session, so any node can serve any reader.
 */
package org.dateline.web.site;
