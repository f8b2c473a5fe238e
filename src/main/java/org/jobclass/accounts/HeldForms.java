package org.jobclass.accounts;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Keeps a staff form sent after the session had ended, so that no typed text is lost to a timeout: the sender signs
 * in again and sends it once more. Only forms from the site's own pages are kept (the request's form token matched,
 * which no other site can forge); passwords and the token itself are never kept.
 * <p>
 * The form is kept in the new session of the browser that sent it (in the database, like every session, so any
 * instance of the application can resume it), which lives long enough to sign in again. What is kept is bounded in
 * size (the request's own limit) and time: anyone can end up here, signed in or not.
 */
@Component
public class HeldForms {

    static final Duration KEPT_FOR = Duration.ofHours(12);
    private static final String SESSION_KEY = "jobclass.heldForm";
    private static final String SESSION_SECONDS = "jobclass.heldForm.sessionSeconds";

    private final Clock clock;

    HeldForms(Clock clock) {
        this.clock = clock;
    }

    /** Whether this request is a form this class can keep: a plain (not multipart) form posted to a staff page. */
    public static boolean canHold(HttpServletRequest request) {
        String path = pathWithinSite(request);
        return "POST".equals(request.getMethod()) && (path.startsWith("/editor/") || path.startsWith("/admin/"))
                && isPlainForm(request.getContentType());
    }

    private static boolean isPlainForm(String contentType) {
        try {
            return contentType != null
                    && MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(MediaType.parseMediaType(contentType));
        } catch (InvalidMediaTypeException malformed) {
            return false;
        }
    }

    /** Keeps the form of this request for the browser that sent it, replacing one kept before. */
    void hold(HttpServletRequest request) {
        List<HeldForm.Field> fields = keptFields(request);
        HttpSession session = request.getSession();
        String key = UUID.randomUUID().toString();
        session.setAttribute(SESSION_KEY, new HeldForm(key, pathWithinSite(request), List.copyOf(fields), clock.instant()));
        // Time to come back and sign in: the session of a browser that is not signed in ends as soon as any other.
        if (session.getAttribute(SESSION_SECONDS) == null) {
            session.setAttribute(SESSION_SECONDS, session.getMaxInactiveInterval());
        }
        session.setMaxInactiveInterval((int) KEPT_FOR.toSeconds());
    }

    /** The fields of the request's form worth keeping: all in the order sent, but its token and any password. */
    public static List<HeldForm.Field> keptFields(HttpServletRequest request) {
        List<HeldForm.Field> fields = new ArrayList<>();
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String name = parameter.getKey();
            if (isKeptField(name)) {
                for (String value : parameter.getValue()) {
                    fields.add(new HeldForm.Field(name, value));
                }
            }
        }
        return List.copyOf(fields);
    }

    public Optional<HeldForm> held(HttpSession session) {
        if (session == null || !(session.getAttribute(SESSION_KEY) instanceof HeldForm form)
                || form.heldAt().plus(KEPT_FOR).isBefore(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(form);
    }

    /** Back to the usual session length once its owner has signed in again. */
    void signedIn(HttpSession session) {
        if (session.getAttribute(SESSION_SECONDS) instanceof Integer seconds) {
            session.setMaxInactiveInterval(seconds);
            session.removeAttribute(SESSION_SECONDS);
        }
    }

    /** Forgets the form kept for this session, if this is it (null: whichever it is). */
    void discard(HttpSession session, String key) {
        if (session != null && session.getAttribute(SESSION_KEY) instanceof HeldForm kept
                && (key == null || key.equals(kept.key()))) {
            session.removeAttribute(SESSION_KEY);
        }
    }

    void discard(HttpSession session) {
        discard(session, null);
    }

    private static boolean isKeptField(String name) {
        return !name.equals("_csrf") && !name.toLowerCase(Locale.ROOT).contains("password");
    }

    private static String pathWithinSite(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
