package org.dateline.newsletters.entity;

import jakarta.ejb.ApplicationException;

/** The action is not possible in the issue's current state. Nothing was changed. */
@ApplicationException(rollback = true)
public class IllegalIssueTransition extends RuntimeException {

    private final IssueState state;
    private final IssueAction action;

    public IllegalIssueTransition(IssueState state, IssueAction action) {
        super("Cannot " + action.description() + ": it is " + state.name().toLowerCase().replace('_', ' ') + ".");
        this.state = state;
        this.action = action;
    }

    public IssueAction action() {
        return action;
    }

    public IssueState state() {
        return state;
    }
}
