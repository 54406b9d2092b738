/**
 * The office desk, the studio's start page: what waits for the person in their office, panel by
 * panel with counts, read in one boundary call ({@code Stories.desk}); times in the office's zone
 * and date format ({@link org.dateline.web.studio.OfficeTime}), people by name.
 */
package org.dateline.web.studio.desk;
