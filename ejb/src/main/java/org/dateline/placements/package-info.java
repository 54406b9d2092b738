/**
 * The read side: what an office's reader site shows. A placement is a render-ready snapshot of
 * one published revision on one office's site, owned by that site's office; the origin office's
 * site gets one when a story is published, and a cross-post will be a placement on another
 * office's site. A reader page reads only its own office's placements, with one indexed query,
 * and never touches the write side. A live placement is filed under its topics (one row per topic,
 * gone when it is withdrawn) and carries its publication month, so that topic pages and the monthly
 * archive are keyset-paged from an index like the home page. A placement carries what its page
 * needs of the revision's hero image (id, alt text, credit, renditions) and of the story's
 * translation when that is live on the same site; publishing or unpublishing either story of a
 * pair refreshes both placements.
 */
package org.dateline.placements;
