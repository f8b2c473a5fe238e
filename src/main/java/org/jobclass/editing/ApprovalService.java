package org.jobclass.editing;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.jobclass.audit.AuditAction;
import org.jobclass.audit.AuditLog;
import org.jobclass.audit.AuditSubject;
import org.jobclass.catalog.DescriptionContent;
import org.jobclass.catalog.DescriptionStatus;
import org.jobclass.history.RevisionComparison;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Approval, when the organisation turns it on: editors submit a change; an approver (an admin other than the one who
 * submitted it) reads its difference from what is published and approves it, which publishes it, or returns it with a
 * comment. Every step is audited.
 */
@Service
@Transactional
@PreAuthorize("hasRole('EDITOR')")
public class ApprovalService {

    /** A change waiting for approval. {@code changedSince}: saved again after it was submitted. */
    public record Request(long descriptionId, String workingTitle, String code, String submittedBy, Instant submittedAt,
                          String note, boolean changedSince) {
    }

    /** A change as the approver reads it: the request, the working copy against what is published, and the check. */
    public record Review(Request request, DescriptionSummary summary, List<RevisionComparison.SectionComparison> sections) {
    }

    /** The last return of a description, for its editors. */
    public record Returned(String returnedBy, Instant returnedAt, String comment) {
    }

    private final JdbcClient jdbc;
    private final EditingService editing;
    private final AuditLog audit;
    private final Clock clock;

    ApprovalService(JdbcClient jdbc, EditingService editing, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.editing = editing;
        this.audit = audit;
        this.clock = clock;
    }

    /** Submits the working copy as the editor saw it; a description with nothing to publish cannot be submitted. */
    public void submit(long id, long seenVersion, String note, String actor) {
        DescriptionSummary summary = editing.summary(id);
        if (summary.version() != seenVersion) {
            throw new EditConflictException(null, summary.content(), summary.version(), summary.updatedBy(), summary.updatedAt());
        }
        boolean pending = summary.status() == DescriptionStatus.DRAFT
                || (summary.status() == DescriptionStatus.PUBLISHED && summary.unpublishedChanges());
        if (!pending) {
            throw new IllegalStateException("Nothing to submit");
        }
        jdbc.sql("""
                        insert into approval_request (description_id, submitted_by, submitted_at, working_version, note)
                        values (:id, :by, :at, :version, :note)
                        on conflict (description_id) do update set submitted_by = excluded.submitted_by,
                            submitted_at = excluded.submitted_at, working_version = excluded.working_version, note = excluded.note
                        """)
                .param("id", id).param("by", actor).param("at", OffsetDateTime.now(clock)).param("version", seenVersion)
                .param("note", note == null || note.isBlank() ? null : note.strip())
                .update();
        jdbc.sql("delete from approval_return where description_id = :id").param("id", id).update();
        audit.record(actor, AuditAction.DESCRIPTION_SUBMITTED, AuditSubject.DESCRIPTION, id, label(summary),
                note == null || note.isBlank() ? null : note.strip(), List.of());
    }

    /** Saves the editor's content and submits it, one action. Returns the version submitted. */
    public long saveAndSubmit(long id, DescriptionContent content, long seenVersion, String note, String actor) {
        long saved = editing.save(id, content, seenVersion, note, actor);
        submit(id, saved, note, actor);
        return saved;
    }

    /** Creates a description and submits it, one action. Returns its id. */
    public long createAndSubmit(DescriptionContent content, String note, String actor) {
        long id = editing.create(content, actor);
        submit(id, editing.summary(id).version(), note, actor);
        return id;
    }

    /** Approval as a description's editors see it: whether it is on, the change waiting, the last return. */
    public record State(boolean required, Request request, Returned returned) {
    }

    @Transactional(readOnly = true)
    public State state(long id) {
        return new State(jdbc.sql("select approval_required from plan_settings where id = 1").query(Boolean.class).optional()
                .orElse(false), request(id).orElse(null), returned(id).orElse(null));
    }

    @Transactional(readOnly = true)
    public Optional<Request> request(long id) {
        return jdbc.sql(REQUESTS + " where r.description_id = :id").param("id", id).query((org.springframework.jdbc.core.RowMapper<Request>) this::toRequest).optional();
    }

    @Transactional(readOnly = true)
    public Optional<Returned> returned(long id) {
        return jdbc.sql("select returned_by, returned_at, comment from approval_return where description_id = :id")
                .param("id", id)
                .query((row, number) -> new Returned(row.getString("returned_by"),
                        row.getObject("returned_at", OffsetDateTime.class).toInstant(), row.getString("comment")))
                .optional();
    }

    /** The changes waiting for approval, oldest first. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<Request> queue() {
        return jdbc.sql(REQUESTS + " order by r.submitted_at").query((org.springframework.jdbc.core.RowMapper<Request>) this::toRequest).list();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Optional<Review> review(long id) {
        return request(id).map(request -> {
            DescriptionSummary summary = editing.summary(id);
            DescriptionContent published = editing.publishedContent(id).orElse(null);
            return new Review(request, summary, published == null ? List.of()
                    : RevisionComparison.sectionsBetween(published, summary.content()));
        });
    }

    /**
     * Publishes the change submitted, as it was submitted.
     *
     * @throws ApprovalRefusedException when the approver submitted it, or it was saved again since
     */
    @PreAuthorize("hasRole('ADMIN')")
    public void approve(long id, String overrideReason, String approver) {
        Request request = request(id).orElseThrow(() -> new ApprovalRefusedException("approval.gone"));
        if (request.submittedBy().equals(approver)) {
            throw new ApprovalRefusedException("approval.secondPerson");
        }
        if (request.changedSince()) {
            throw new ApprovalRefusedException("approval.changedSince");
        }
        long version = jdbc.sql("select working_version from approval_request where description_id = :id").param("id", id)
                .query(Long.class).single();
        editing.publishApproved(id, version, PublishConfirmation.overriding(overrideReason), approver);
        jdbc.sql("delete from approval_request where description_id = :id").param("id", id).update();
        audit.record(approver, AuditAction.DESCRIPTION_APPROVED, AuditSubject.DESCRIPTION, id,
                request.code() + " " + request.workingTitle(), "submitted by " + request.submittedBy(), List.of());
    }

    /** Returns the change to its editors with a comment; nothing is published. */
    @PreAuthorize("hasRole('ADMIN')")
    public void returnWithComment(long id, String comment, String approver) {
        Request request = request(id).orElseThrow(() -> new ApprovalRefusedException("approval.gone"));
        String text = comment == null ? "" : comment.strip();
        if (text.isEmpty() || text.length() > 1000) {
            throw new ApprovalRefusedException("approval.commentRequired");
        }
        jdbc.sql("delete from approval_request where description_id = :id").param("id", id).update();
        jdbc.sql("""
                        insert into approval_return (description_id, returned_by, returned_at, comment) values (:id, :by, :at, :comment)
                        on conflict (description_id) do update set returned_by = excluded.returned_by,
                            returned_at = excluded.returned_at, comment = excluded.comment
                        """)
                .param("id", id).param("by", approver).param("at", OffsetDateTime.now(clock)).param("comment", text).update();
        audit.record(approver, AuditAction.DESCRIPTION_RETURNED, AuditSubject.DESCRIPTION, id,
                request.code() + " " + request.workingTitle(), text.length() > 500 ? text.substring(0, 499) + "…" : text, List.of());
    }

    private static final String REQUESTS = """
            select r.description_id, d.working_title, c.code, r.submitted_by, r.submitted_at, r.note,
                   d.version <> r.working_version as changed_since
            from approval_request r join class_description d on d.id = r.description_id join job_class c on c.id = d.job_class_id
            """;

    private Request toRequest(java.sql.ResultSet row, int number) throws java.sql.SQLException {
        return new Request(row.getLong("description_id"), row.getString("working_title"), row.getString("code"),
                row.getString("submitted_by"), row.getObject("submitted_at", OffsetDateTime.class).toInstant(),
                row.getString("note"), row.getBoolean("changed_since"));
    }

    private static String label(DescriptionSummary summary) {
        return summary.content().code() + " " + summary.content().workingTitle();
    }
}
