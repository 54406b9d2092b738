/**
 * The studio's review queue ({@code studio/review.xhtml}) for an office's editors: a lazy table of
 * the stories in review and the bulk actions, whose outcome it says story by story in the editor's
 * language ({@code Reviews} takes each story on its own).
 */
package org.dateline.web.studio.review;
