package org.dateline.placements.entity;

import java.time.Instant;

/**
 * Where a live placement stands in its site's listing order (publication time, then id, both
 * descending): the keyset that pages start after.
 */
public record PlacementKey(Instant publishedAt, long id) {
}
