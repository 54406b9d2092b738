package org.dateline.media.entity;

import jakarta.ejb.ApplicationException;

import java.util.List;

/** The upload cannot be kept as it is; each problem says what to change. Nothing was stored. */
@ApplicationException(rollback = true)
public class InvalidImage extends RuntimeException {

    private final List<String> problems;

    public InvalidImage(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
