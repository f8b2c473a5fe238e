package org.jobclass.audit;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Finds audit entries for the admins, newest first, in words: a page of them, or all of them a batch at a time. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class AuditQuery {

    static final int PAGE_SIZE = 50;
    static final int BATCH_SIZE = 500;
    /** Past any log there will be: a page number beyond it shows what a page past the end shows, nothing. */
    private static final int LAST_PAGE = Integer.MAX_VALUE / PAGE_SIZE - 1;

    private final AuditQueries queries;
    private final AuditWording wording;
    private final Clock clock;

    AuditQuery(AuditQueries queries, AuditWording wording, Clock clock) {
        this.queries = queries;
        this.wording = wording;
        this.clock = clock;
    }

    /** One page (counted from 0) of the entries the filter lets through. */
    public Page<AuditLine> search(AuditFilter filter, int page) {
        int number = Math.min(Math.max(page, 0), LAST_PAGE);
        long total = queries.count(filter, clock.getZone());
        List<AuditLine> lines = queries.page(filter, clock.getZone(), (long) number * PAGE_SIZE, PAGE_SIZE).stream()
                .map(wording::line).toList();
        return new PageImpl<>(lines, PageRequest.of(number, PAGE_SIZE), total);
    }

    /**
     * Hands every entry the filter lets through, newest first, to {@code each}: read a batch at a time, each batch after
     * the last one read, so that a log of any size is never held whole, nor a connection held while the entries are
     * being written out.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void each(AuditFilter filter, Consumer<AuditLine> each) {
        AuditQueries.Position after = null;
        while (true) {
            List<AuditEntry> batch = queries.olderThan(filter, clock.getZone(), after, BATCH_SIZE);
            batch.forEach(entry -> each.accept(wording.line(entry)));
            if (batch.size() < BATCH_SIZE) {
                return;
            }
            AuditEntry last = batch.get(batch.size() - 1);
            after = new AuditQueries.Position(last.occurredAt(), last.id());
        }
    }
}
