package org.dateline.courses.entity;

import jakarta.ejb.ApplicationException;

import java.util.List;

/** The course as given cannot be kept; each problem is said in the newsroom's words. Nothing was changed. */
@ApplicationException(rollback = true)
public class InvalidCourse extends RuntimeException {

    private final List<String> problems;

    public InvalidCourse(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
