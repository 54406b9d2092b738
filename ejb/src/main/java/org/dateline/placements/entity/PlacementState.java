package org.dateline.placements.entity;

public enum PlacementState {
    LIVE,
    WITHDRAWN
}
