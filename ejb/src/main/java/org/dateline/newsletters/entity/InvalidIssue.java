package org.dateline.newsletters.entity;

import jakarta.ejb.ApplicationException;

import java.util.List;

/** The issue as given cannot be kept; each problem is said in the newsroom's words. Nothing was changed. */
@ApplicationException(rollback = true)
public class InvalidIssue extends RuntimeException {

    private final List<String> problems;

    public InvalidIssue(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
