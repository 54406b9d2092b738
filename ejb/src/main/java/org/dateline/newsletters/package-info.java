/**
 * An office's newsletter: monthly issues of headed sections of short items, each with an optional
 * "Read more" link to a story on the office's site or to an external https address, key resources
 * and a contact block. Issues go through the editorial workflow of stories (authors draft and
 * submit, editors publish) and are kept apart per office like every office-owned entity.
 */
package org.dateline.newsletters;
