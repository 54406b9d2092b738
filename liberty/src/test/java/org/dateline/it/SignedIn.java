package org.dateline.it;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import java.util.concurrent.Callable;

/**
 * Runs test code as one of the staff accounts of the server's registry (password "dateline"),
 * signed in for the duration of the call.
 */
public final class SignedIn {

    public static final String PASSWORD = "dateline";

    private final HttpServletRequest request;

    public SignedIn(HttpServletRequest request) {
        this.request = request;
    }

    public <T> T as(String user, Callable<T> work) {
        try {
            request.login(user, PASSWORD);
        } catch (ServletException e) {
            throw new IllegalStateException("cannot sign in as " + user, e);
        }
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            try {
                request.logout();
            } catch (ServletException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    public void run(String user, Runnable work) {
        as(user, () -> {
            work.run();
            return null;
        });
    }
}
