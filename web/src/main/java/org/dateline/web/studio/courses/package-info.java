/**
 * The studio's courses: the office's list, a page at a time, and the editor of one course with
 * every field and the workflow's buttons the person's role and the course's state allow. Every
 * change is a POST from the page, refused by the courses boundary when the role, the state or the
 * version the page was loaded at does not allow it.
 */
package org.dateline.web.studio.courses;
