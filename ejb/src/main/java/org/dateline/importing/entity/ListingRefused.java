package org.dateline.importing.entity;

import jakarta.ejb.ApplicationException;

import java.util.List;

/** The listing is malformed; each problem starts with its line number. Nothing was imported. */
@ApplicationException(rollback = true)
public class ListingRefused extends RuntimeException {

    private final List<String> problems;

    public ListingRefused(String listingKey, List<String> problems) {
        super("The listing '" + listingKey + "' was not imported: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
