/**
 * The stories list: every story of the office, a page at a time by cursor (one boundary call for
 * the page's lines, one for the count), filtered by state, author, topic, language, age and title.
 * Filters may come in the address (the desk's "see all" links); the list never changes anything.
 */
package org.dateline.web.studio.stories;
