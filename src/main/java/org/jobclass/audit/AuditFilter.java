package org.jobclass.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Which audit entries to show: those of one action, of one person (by username, in any case), whose subject or detail
 * contains some text, and made from one day to another (both included, days in the office's time zone). Each filter
 * left empty lets every entry through.
 */
public record AuditFilter(AuditAction action, String actor, String text, LocalDate from, LocalDate to) {

    public AuditFilter {
        actor = typed(actor);
        text = typed(text);
    }

    /** The text stripped, without the NUL characters no text of the log holds; null when nothing is left. */
    private static String typed(String text) {
        String kept = text == null ? "" : text.replace("\u0000", "").strip();
        return kept.isEmpty() ? null : kept;
    }

    public static AuditFilter everything() {
        return new AuditFilter(null, null, null, null, null);
    }

    public boolean isEmpty() {
        return equals(everything());
    }

    /** The first moment of the first day, in the zone given; null when there is no first day. */
    Instant start(ZoneId zone) {
        return from == null ? null : from.atStartOfDay(zone).toInstant();
    }

    /** The first moment after the last day, in the zone given; null when there is no last day. */
    Instant end(ZoneId zone) {
        return to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The address {@code path} with these filters and, past the first, the page (counted from 0). */
    public String path(String path, int page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        if (action != null) {
            uri.queryParam("action", action.name());
        }
        if (actor != null) {
            uri.queryParam("actor", actor);
        }
        if (text != null) {
            uri.queryParam("q", text);
        }
        if (from != null) {
            uri.queryParam("from", from);
        }
        if (to != null) {
            uri.queryParam("to", to);
        }
        if (page > 0) {
            uri.queryParam("page", page);
        }
        return uri.encode().build().toUriString();
    }
}
