package org.dateline.workflow.entity;

import jakarta.ejb.ApplicationException;

/** The action is not possible in the story's current state. Nothing was changed. */
@ApplicationException(rollback = true)
public class IllegalTransition extends RuntimeException {

    private final EditorialState state;
    private final EditorialAction action;

    public IllegalTransition(EditorialState state, EditorialAction action, String why) {
        super("Cannot " + action.description() + ": " + why);
        this.state = state;
        this.action = action;
    }

    public EditorialState state() {
        return state;
    }

    public EditorialAction action() {
        return action;
    }
}
