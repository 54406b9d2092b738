package org.dateline.courses.entity;

import jakarta.ejb.ApplicationException;

/** The action is not possible in the course's current state. Nothing was changed. */
@ApplicationException(rollback = true)
public class IllegalCourseTransition extends RuntimeException {

    private final CourseState state;
    private final CourseAction action;

    public IllegalCourseTransition(CourseState state, CourseAction action) {
        super("Cannot " + action.description() + ": it is " + state.name().toLowerCase().replace('_', ' ') + ".");
        this.state = state;
        this.action = action;
    }

    public CourseState state() {
        return state;
    }

    public CourseAction action() {
        return action;
    }
}
