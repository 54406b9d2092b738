package org.dateline.importing.control;

import java.util.List;

/** A listing that cannot be imported as it is; every problem names its line. */
public final class MalformedListingException extends Exception {

    private final List<String> problems;

    public MalformedListingException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
