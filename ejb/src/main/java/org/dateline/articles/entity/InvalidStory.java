package org.dateline.articles.entity;

import jakarta.ejb.ApplicationException;

import java.util.List;

/** What the author wrote cannot be saved as it is; each problem names the field. Nothing was changed. */
@ApplicationException(rollback = true)
public class InvalidStory extends RuntimeException {

    private final List<String> problems;

    public InvalidStory(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
