package org.jobclass.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds audit events for the admins' audit log, newest first. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class AuditQuery {

    static final int PAGE_SIZE = 50;
    /** Past any log there will be: a page number beyond it shows what a page past the end shows, nothing. */
    private static final int LAST_PAGE = Integer.MAX_VALUE / PAGE_SIZE - 1;

    private final AuditEventRepository events;

    AuditQuery(AuditEventRepository events) {
        this.events = events;
    }

    public Page<AuditEntry> search(AuditAction action, String actor, String text, int page) {
        Specification<AuditEvent> matching = (event, query, criteria) -> {
            List<Predicate> conditions = new ArrayList<>();
            if (action != null) {
                conditions.add(criteria.equal(event.get("action"), action));
            }
            if (actor != null && !actor.isBlank()) {
                conditions.add(criteria.equal(criteria.lower(event.get("actor")), actor.strip().toLowerCase(Locale.ROOT)));
            }
            if (text != null && !text.isBlank()) {
                String pattern = "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\")
                        .replace("%", "\\%").replace("_", "\\_") + "%";
                conditions.add(criteria.or(
                        criteria.like(criteria.lower(event.get("subjectLabel")), pattern, '\\'),
                        criteria.like(criteria.lower(event.get("detail")), pattern, '\\')));
            }
            return criteria.and(conditions.toArray(Predicate[]::new));
        };
        return events.findAll(matching, PageRequest.of(Math.min(Math.max(page, 0), LAST_PAGE), PAGE_SIZE, Sort.by(Sort.Direction.DESC, "id")))
                .map(AuditEntry::of);
    }
}
