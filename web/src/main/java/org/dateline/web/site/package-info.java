/**
 * The reader sites. {@link org.dateline.web.site.SiteRouter} resolves the office of a request once
 * and forwards to that site's page; the pages are transient Faces views over the read side
 * (placements) that never create a session, so any node can serve any reader. Their own words
 * ({@link org.dateline.web.site.SiteWords}, {@code #{words['…']}}) are in the page's language: a
 * story page its story's, every other page its office's main language, the same for every reader,
 * so a cached page is right for anyone.
 */
package org.dateline.web.site;
