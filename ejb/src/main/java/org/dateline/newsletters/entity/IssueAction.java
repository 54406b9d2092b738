package org.dateline.newsletters.entity;

import org.dateline.identity.entity.Role;

import java.util.EnumSet;
import java.util.Set;

import static org.dateline.newsletters.entity.IssueState.DRAFT;
import static org.dateline.newsletters.entity.IssueState.IN_REVIEW;
import static org.dateline.newsletters.entity.IssueState.PUBLISHED;

/** What the newsroom does to an issue: the same rules as for stories (authors draft, editors publish). */
public enum IssueAction {
    CREATE("create a newsletter issue", EnumSet.noneOf(IssueState.class), DRAFT, EnumSet.of(Role.AUTHOR, Role.EDITOR)),
    REVISE("revise the newsletter issue", EnumSet.of(DRAFT), null, EnumSet.of(Role.AUTHOR, Role.EDITOR)),
    REVISE_IN_REVIEW("revise a newsletter issue under review", EnumSet.of(IN_REVIEW), null, EnumSet.of(Role.EDITOR)),
    SUBMIT("submit the newsletter issue for review", EnumSet.of(DRAFT), IN_REVIEW, EnumSet.of(Role.AUTHOR, Role.EDITOR)),
    WITHDRAW("withdraw the newsletter issue from review", EnumSet.of(IN_REVIEW), DRAFT, EnumSet.of(Role.AUTHOR, Role.EDITOR)),
    PUBLISH("publish the newsletter issue", EnumSet.of(IN_REVIEW), PUBLISHED, EnumSet.of(Role.EDITOR)),
    IMPORT("import a published newsletter issue", EnumSet.of(DRAFT), PUBLISHED, EnumSet.of(Role.EDITOR));

    private final String description;
    private final Set<IssueState> from;
    private final IssueState to;
    private final Set<Role> roles;

    IssueAction(String description, Set<IssueState> from, IssueState to, Set<Role> roles) {
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

    public boolean startsFrom(IssueState state) {
        return from.contains(state);
    }

    /**
     * What someone with these roles may do to an issue in this state, as a page offers it: a
     * revision, the workflow's steps; never the creation or an import, which start no existing issue.
     */
    public static Set<IssueAction> open(IssueState state, Set<Role> roles) {
        Set<IssueAction> open = EnumSet.noneOf(IssueAction.class);
        for (IssueAction action : values()) {
            if (action != CREATE && action != IMPORT && action.startsFrom(state) && !java.util.Collections.disjoint(action.roles, roles)) {
                open.add(action);
            }
        }
        return open;
    }

    /** The state the action leads to; the same state for a revision. */
    public IssueState leadsFrom(IssueState state) {
        return to == null ? state : to;
    }
}
