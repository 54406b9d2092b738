package org.dateline.placements.entity;

/** Fired in the transaction that changed what an office's site shows. */
public record SiteChanged(String office) {
}
