package org.dateline.newsletters.entity;

import jakarta.ejb.ApplicationException;

import java.util.List;

/** The issue as given cannot be kept; each problem says where it is and, in the newsroom's words, what. Nothing was changed. */
@ApplicationException(rollback = true)
public class InvalidIssue extends RuntimeException {

    private final List<IssueProblem> found;

    public InvalidIssue(List<IssueProblem> found) {
        super(String.join(" ", found.stream().map(IssueProblem::text).toList()));
        this.found = List.copyOf(found);
    }

    /** Each problem in the newsroom's English. */
    public List<String> problems() {
        return found.stream().map(IssueProblem::text).toList();
    }

    /** Each problem with the field it is about. */
    public List<IssueProblem> found() {
        return found;
    }
}
