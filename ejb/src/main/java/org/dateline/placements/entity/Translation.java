package org.dateline.placements.entity;

/**
 * The live translation of a story on the same site, as its page links to it.
 *
 * @param path the translation's page below the site's root
 */
public record Translation(long storyId, String language, String path) {
}
