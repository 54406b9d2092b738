package org.dateline.it;

import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs test code inside the server as one of the realm's demo staff, signed in with an access
 * token that the test run's Keycloak issued for them (password grant, {@link Keycloak#accessToken}).
 * The server takes nothing on trust from the test: the work is handed to {@link SignedInWork}, a
 * request that carries the token as a Bearer token, and Liberty's OpenID Connect client checks it
 * and puts the person and their groups into the request's subject exactly as for the newsroom
 * API. The test thread waits for that request and gets the work's result or its exception. The
 * work runs on that request's thread: it may call any bean, but not the request it was handed from
 * (read its parameters first).
 */
public final class SignedIn {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();
    static final Map<String, Work> WORK = new ConcurrentHashMap<>();

    private final int port;

    /** For the server the request came to; usable from any thread afterwards. */
    public SignedIn(HttpServletRequest request) {
        this.port = request.getLocalPort();
    }

    public <T> T as(String user, Callable<T> work) {
        String id = UUID.randomUUID().toString();
        Work handed = new Work(work);
        WORK.put(id, handed);
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/test/signed-in?work=" + id))
                    .header("Authorization", "Bearer " + token(user))
                    .timeout(Duration.ofMinutes(5))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200 || !handed.done) {
                throw new IllegalStateException("the server did not run the work as " + user + " with their Keycloak token: HTTP "
                        + response.statusCode() + " " + response.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot hand work to the server as " + user, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            WORK.remove(id);
        }
        if (handed.failure instanceof RuntimeException e) {
            throw e;
        }
        if (handed.failure instanceof Error e) {
            throw e;
        }
        if (handed.failure != null) {
            throw new IllegalStateException(handed.failure);
        }
        @SuppressWarnings("unchecked")
        T result = (T) handed.result;
        return result;
    }

    public void run(String user, Runnable work) {
        as(user, () -> {
            work.run();
            return null;
        });
    }

    /** A token of the person's with at least a minute left (Keycloak's access tokens live five minutes). */
    private static String token(String user) {
        Token token = TOKENS.get(user);
        if (token == null || token.expires.isBefore(Instant.now().plusSeconds(60))) {
            var answer = Keycloak.tokens(user);
            token = new Token(answer.getString("access_token"), Instant.now().plusSeconds(answer.getInt("expires_in")));
            TOKENS.put(user, token);
        }
        return token.value;
    }

    private record Token(String value, Instant expires) {
    }

    /** Work handed over to the signed-in request, and what came of it. */
    static final class Work {
        final Callable<?> callable;
        volatile Object result;
        volatile Throwable failure;
        volatile boolean done;

        Work(Callable<?> callable) {
            this.callable = callable;
        }

        void run() {
            try {
                result = callable.call();
            } catch (Throwable e) {
                failure = e;
            } finally {
                done = true;
            }
        }
    }
}
