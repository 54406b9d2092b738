package org.dateline.courses.entity;

import org.dateline.identity.entity.Role;

import java.util.EnumSet;
import java.util.Set;

import static org.dateline.courses.entity.CourseState.DRAFT;
import static org.dateline.courses.entity.CourseState.IN_REVIEW;
import static org.dateline.courses.entity.CourseState.PUBLISHED;

/**
 * What the newsroom does to a course: for each action, the states it may start from, the state it
 * leads to and who may take it. Authors draft and submit; editors also revise what is in review or
 * live, publish, unpublish and import.
 */
public enum CourseAction {
    CREATE("create a course", EnumSet.noneOf(CourseState.class), DRAFT, EnumSet.of(Role.AUTHOR, Role.EDITOR)),
    REVISE("revise the course", EnumSet.of(DRAFT), null, EnumSet.of(Role.AUTHOR, Role.EDITOR)),
    REVISE_IN_REVIEW("revise a course under review", EnumSet.of(IN_REVIEW), null, EnumSet.of(Role.EDITOR)),
    REVISE_PUBLISHED("revise a published course", EnumSet.of(PUBLISHED), null, EnumSet.of(Role.EDITOR)),
    SUBMIT("submit the course for review", EnumSet.of(DRAFT), IN_REVIEW, EnumSet.of(Role.AUTHOR, Role.EDITOR)),
    WITHDRAW("withdraw the course from review", EnumSet.of(IN_REVIEW), DRAFT, EnumSet.of(Role.AUTHOR, Role.EDITOR)),
    PUBLISH("publish the course", EnumSet.of(IN_REVIEW), PUBLISHED, EnumSet.of(Role.EDITOR)),
    UNPUBLISH("unpublish the course", EnumSet.of(PUBLISHED), DRAFT, EnumSet.of(Role.EDITOR)),
    IMPORT("import a published course", EnumSet.of(DRAFT), PUBLISHED, EnumSet.of(Role.EDITOR));

    private final String description;
    private final Set<CourseState> from;
    private final CourseState to;
    private final Set<Role> roles;

    CourseAction(String description, Set<CourseState> from, CourseState to, Set<Role> roles) {
        this.description = description;
        this.from = from;
        this.to = to;
        this.roles = roles;
    }

    public String description() {
        return description;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean startsFrom(CourseState state) {
        return from.contains(state);
    }

    /** The state the action leads to; the same state for a revision. */
    public CourseState leadsFrom(CourseState state) {
        return to == null ? state : to;
    }

    /** The revision a person may make of a course in this state. */
    public static CourseAction revisionIn(CourseState state) {
        return switch (state) {
            case DRAFT -> REVISE;
            case IN_REVIEW -> REVISE_IN_REVIEW;
            case PUBLISHED -> REVISE_PUBLISHED;
        };
    }

    /** Whether taking the action changes what the office's site shows. */
    public boolean changesTheSite(CourseState from) {
        return from == PUBLISHED || leadsFrom(from) == PUBLISHED;
    }
}
