/**
 * Stories, the write side of an office's news: the story (owned by its origin office), its
 * immutable revisions and its topics. A story points at two revisions: the working one being
 * written and reviewed, and the live one its site shows; editing a live story makes a new
 * working revision and leaves the live one alone until an editor publishes the new one. A
 * revision is never changed once written; restoring an old one writes a new one. Bodies are
 * sanitized HTML by the time they are stored. A revision may carry a hero image (an image of the
 * same office, see {@code org.dateline.media}). A story may be linked with its translation, another
 * story of the same office in another language; both point at each other, and each story is in at
 * most one pair.
 */
package org.dateline.articles;
