/**
 * The studio's page of a story's history ({@code studio/history.xhtml}): its comment thread, its
 * revisions, two of them compared word by word, restore, and its timeline. It only reads through the
 * boundaries ({@code History}, {@code Comments}) and changes through {@code Editorial} and
 * {@code Comments}; restore is offered only where the state machine would allow it.
 */
package org.dateline.web.studio.history;
