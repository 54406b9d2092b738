package org.dateline.web.studio;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.dateline.identity.boundary.PersonalSettings;
import org.dateline.identity.entity.Role;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The signed-in person's studio language, worked out once per request: the language they chose
 * (their {@link PersonalSettings}), else the one their browser asks for among those the studio
 * speaks, else English. The studio template gives it to the page ({@code <f:view locale>},
 * {@code <html lang>}), so that {@code #{msg['…']}} reads the person's words; view beans get
 * their Faces messages, role names and times from here, in the same language, in one place.
 * <p>
 * It also keeps the browser's copy of the choice ({@link StudioLanguages#COOKIE}) in line with
 * the stored one, for the pages before sign-in.
 */
@Named
@RequestScoped
public class StudioLanguage {

    /** A language the header's chooser offers. */
    public record Choice(String tag, String name, boolean current) {
    }

    @EJB
    PersonalSettings settings;

    @Inject
    HttpServletRequest request;

    private Locale locale;
    private ResourceBundle bundle;

    public Locale getLocale() {
        if (locale == null) {
            Optional<String> chosen = request.getUserPrincipal() == null ? Optional.empty()
                    : settings.mine().language().filter(StudioLanguages::isSupported);
            locale = Locale.forLanguageTag(chosen.orElseGet(() -> StudioLanguages.ofAcceptLanguage(request.getHeader("Accept-Language"))));
            if (request.getUserPrincipal() != null && !chosen.equals(StudioLanguages.remembered(request))) {
                rememberInBrowser(chosen.orElse(null));
            }
        }
        return locale;
    }

    /** The language as a tag, for {@code <html lang>}. */
    public String getTag() {
        return getLocale().toLanguageTag();
    }

    /** The studio's languages for the header's chooser, each in its own words. */
    public List<Choice> getChoices() {
        return StudioLanguages.SUPPORTED.stream()
                .map(tag -> new Choice(tag, StudioLanguages.ownName(tag), tag.equals(getTag()))).toList();
    }

    /** This page's address as the browser asked for it (a welcome page is forwarded to), for the chooser to come back to. */
    public String getPage() {
        String forwarded = (String) request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String uri = forwarded != null ? forwarded : request.getRequestURI();
        String query = forwarded != null ? (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING) : request.getQueryString();
        return uri + (query == null ? "" : "?" + query);
    }

    /** A message of the studio's bundle in the person's language, with its arguments formatted for it. */
    public String text(String key, Object... arguments) {
        return StudioLanguages.text(bundle(), key, arguments);
    }

    /** A role as a label or a heading ("Editor"). */
    public String roleLabel(Role role) {
        return text("role." + role.name());
    }

    /** A role within a sentence ("editor"). */
    public String roleWord(Role role) {
        return text("role." + role.name() + ".word");
    }

    /** A region of the network by name ("Americas"); its slug when the bundle has no name for it. */
    public String regionName(String region) {
        String key = "region." + region;
        return bundle().containsKey(key) ? bundle().getString(key) : region;
    }

    /** A moment as the person reads it, at the given place's time ("11 jun 2020, 14:05" in San José). */
    public String when(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ofPattern(text("format.when"), getLocale()).format(instant.atZone(zone));
    }

    public void info(String key, Object... arguments) {
        tell(FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public void warn(String key, Object... arguments) {
        tell(FacesMessage.SEVERITY_WARN, key, arguments);
    }

    public void error(String key, Object... arguments) {
        tell(FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    private void tell(FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text(key, arguments), null));
    }

    private ResourceBundle bundle() {
        if (bundle == null) {
            bundle = StudioLanguages.bundle(getLocale());
        }
        return bundle;
    }

    /** Only while a page is rendered by Faces, and before its answer is on its way. */
    private void rememberInBrowser(String tag) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null) {
            return;
        }
        ExternalContext external = faces.getExternalContext();
        if (!external.isResponseCommitted() && external.getResponse() instanceof HttpServletResponse response) {
            StudioLanguages.remember(request, response, tag);
        }
    }
}
