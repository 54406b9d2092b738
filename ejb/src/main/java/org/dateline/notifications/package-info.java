/**
 * What the studio tells a person about the work that concerns them: their story had changes
 * requested or was published, a story awaits their review (the office's editors), someone took
 * over their editing, someone commented on their story. A notification is written in the
 * transaction of the change it tells of, so a change that rolls back tells nobody; the e-mail of
 * it goes out only after that transaction committed ({@link org.dateline.notifications.control.Mailer}),
 * in the person's language, unless they turned mail off. Nobody is told of their own doing.
 * Notifications belong to an office (a person in two offices has an inbox in each) and only their
 * person reads them.
 */
package org.dateline.notifications;
