package org.dateline.web.studio;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The studio's token of one signed-in session: a random value the studio's pages send with every
 * change ({@link #HEADER} on the studio's scripted requests, {@link #PARAMETER} in its forms) and
 * {@link StudioGuard} compares with the session's. Another site cannot read it, and a view state
 * or a form copied from another person's page carries theirs, not this person's.
 * {@code #{studioToken.value}} writes it into a page.
 */
@Named
@RequestScoped
public class StudioToken {

    public static final String PARAMETER = "dateline.token";
    public static final String HEADER = "X-Dateline-Token";
    /** Says why a change was refused, for the studio's scripts: the page must be reloaded. */
    static final String REFUSED_HEADER = "X-Dateline-Refused";

    private static final String ATTRIBUTE = StudioToken.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    HttpServletRequest request;

    public String getValue() {
        return of(request.getSession(true));
    }

    /** The session's token, made on first use. */
    static String of(HttpSession session) {
        synchronized (session) {
            String token = (String) session.getAttribute(ATTRIBUTE);
            if (token == null) {
                byte[] random = new byte[32];
                RANDOM.nextBytes(random);
                token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
                session.setAttribute(ATTRIBUTE, token);
            }
            return token;
        }
    }

    /** The token a request sent, if any: in the header or, for a form, in the form. */
    static String sent(HttpServletRequest request) {
        String header = request.getHeader(HEADER);
        return header != null ? header : request.getParameter(PARAMETER);
    }

    /** Whether {@code sent} is the session's token (compared in constant time). */
    static boolean matches(HttpSession session, String sent) {
        if (session == null || sent == null) {
            return false;
        }
        String token = (String) session.getAttribute(ATTRIBUTE);
        return token != null && MessageDigest.isEqual(token.getBytes(StandardCharsets.US_ASCII), sent.getBytes(StandardCharsets.US_ASCII));
    }
}
