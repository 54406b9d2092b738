/**
 * The studio's newsletter pages: the office's issues, a page at a time, and the builder of one
 * issue (its sections and items in the order the person puts them, items linked to a live story of
 * the office's site found by its title, or to an https address). The pages decide nothing: each
 * write goes through the newsletters boundary with the version the person loaded, and the page
 * offers only what the boundary says the person may do now.
 */
package org.dateline.web.studio.newsletters;
