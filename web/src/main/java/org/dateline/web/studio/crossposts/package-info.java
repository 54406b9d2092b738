/**
 * The studio's cross-posting pages ({@code /studio/crossposts/}): the regional editor's queue and
 * the region's history, a story's cross-posts with "Share with other offices", asking for another
 * office's story, and what other offices share with the office. One view per page; every action
 * goes through {@link org.dateline.crossposting.boundary.CrossPosts}, which decides who may do what,
 * and {@link org.dateline.web.studio.crossposts.CrossPostWords} says its refusals in the person's
 * language. The pages offer only what the boundary would allow.
 */
package org.dateline.web.studio.crossposts;
