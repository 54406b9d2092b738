package org.dateline.importing.control;

import java.util.List;

/**
 * A listing refused as a whole. It carries every problem found, not just the first, so that the
 * listing can be fixed in one go; each problem starts with "line N: " and they come in line order.
 */
public final class MalformedListingException extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public MalformedListingException(List<String> problems) {
        super(String.join("; ", problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a malformed listing has at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
