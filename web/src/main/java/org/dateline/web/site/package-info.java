/**
 * The reader sites. {@link org.dateline.web.site.SiteRouter} resolves the office of a request once
 * and forwards to that site's page; the pages are transient Faces views over the read side
 * (placements) that never create a session, so any node can serve any reader. Their own words
 * ({@link org.dateline.web.site.SiteWords}, {@code #{words['…']}}) are in the page's language: a
 * story page its story's, every other page its office's main language, the same for every reader,
 * so a cached page is right for anyone.
 * <p>
 * What must stay true: a cached page depends only on its {@link org.dateline.web.site.PageKey}
 * (the site, the page, the parameters it reads) and the site's version, so no reader's request can
 * change the page another reader gets; the cache is bounded in bytes whatever readers send; and
 * no absolute URL in a page, feed or sitemap comes from the request (the Host header included).
 */
package org.dateline.web.site;
