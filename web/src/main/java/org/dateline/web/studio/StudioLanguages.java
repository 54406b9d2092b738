package org.dateline.web.studio;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The languages the studio speaks, and the choice of one where there is no Faces and perhaps no
 * signed-in person (sign-in's own pages, {@link StudioGuard}'s refusals). The studio's words are
 * the bundle {@value #BUNDLE} ({@code #{msg[…]}} in its pages, {@link StudioLanguage} in its Java
 * code); a language is spoken when that bundle has a file for it and {@link #SUPPORTED} and
 * faces-config.xml's {@code <locale-config>} name it.
 * <p>
 * A person's choice is stored with their settings; this browser also keeps a copy in the cookie
 * {@value #COOKIE} (the language and nothing else), so that the pages a person sees before the
 * studio knows who they are, Keycloak's sign-in page included, are in that language too.
 */
public final class StudioLanguages {

    /** The studio's bundle: {@code messages.properties} (English) and one file per other language. */
    public static final String BUNDLE = "org.dateline.web.studio.messages";
    /** Language tags, the first being the language of last resort. */
    public static final List<String> SUPPORTED = List.of("en", "es");
    static final String COOKIE = "dateline.language";

    /** Never the server's default locale in place of a missing language: the root file is English. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final int A_YEAR = 365 * 24 * 3600;

    private StudioLanguages() {
    }

    public static boolean isSupported(String tag) {
        return tag != null && SUPPORTED.contains(tag);
    }

    /**
     * The studio language an {@code Accept-Language} header asks for most among those it speaks
     * ("es-CR, en;q=0.5" is Spanish), else English; a header that cannot be read counts as none.
     */
    public static String ofAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return SUPPORTED.get(0);
        }
        try {
            String tag = Locale.lookupTag(Locale.LanguageRange.parse(header), SUPPORTED);
            return tag == null ? SUPPORTED.get(0) : tag;
        } catch (IllegalArgumentException unreadable) {
            return SUPPORTED.get(0);
        }
    }

    /**
     * The language for a page where the person may not be known: the one this browser last had in
     * the studio ({@value #COOKIE}), else the browser's own.
     */
    public static String ofBrowser(HttpServletRequest request) {
        return remembered(request).orElseGet(() -> ofAcceptLanguage(request.getHeader("Accept-Language")));
    }

    /** The studio language this browser remembers, if it remembers a spoken one. */
    static Optional<String> remembered(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName()) && isSupported(cookie.getValue())) {
                    return Optional.of(cookie.getValue());
                }
            }
        }
        return Optional.empty();
    }

    /** Has the browser remember a person's chosen language, or with null forget it. */
    static void remember(HttpServletRequest request, HttpServletResponse response, String tag) {
        Cookie cookie = new Cookie(COOKIE, tag == null ? "" : tag);
        cookie.setPath(request.getContextPath() + "/studio");
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setMaxAge(tag == null ? 0 : A_YEAR);
        response.addCookie(cookie);
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, StudioLanguages.class.getClassLoader(), NO_FALLBACK);
    }

    /**
     * A message of the bundle with its arguments put in, formatted for the bundle's language; the
     * key itself when the bundle lacks it, so that a missing word shows rather than breaks a page.
     */
    public static String text(ResourceBundle bundle, String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException missing) {
            return key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
    }

    /** A language's name as its speakers write it ("English", "Español"). */
    public static String ownName(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? tag : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
