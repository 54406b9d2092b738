/**
 * An office's courses: trainings it lists for its readers (title, provider, summary, language,
 * topics, format, an https link, dates or self-paced, whether a certificate is given), a content
 * type of their own beside stories. A course goes through the editorial workflow (authors draft and
 * submit, editors publish, unpublish and import), each write checked for role, state and the version
 * the caller saw before anything changes, and audited in the same transaction. A course is kept
 * apart per office like every office-owned entity; publishing or unpublishing one changes what the
 * office's site shows, so it bumps the site's version in the same transaction.
 */
package org.dateline.courses;
