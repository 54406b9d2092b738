/**
 * The studio's inbox ({@code studio/inbox.xhtml}) and the menu's entries of the conversation
 * ({@link org.dateline.web.studio.notifications.InboxNav}: the unread count, one counting query per
 * page); the person's choice of mail lives there too.
 */
package org.dateline.web.studio.notifications;
