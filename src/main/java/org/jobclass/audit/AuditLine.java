package org.jobclass.audit;

import java.util.List;

/**
 * One audit entry in words, as the audit log page and its CSV show it: when (in the office's time zone), who, what
 * was done, to what (with the description's id, to link to it), the detail, and field by field what changed.
 */
public record AuditLine(String when, String who, String action, String subject, Long descriptionId, String detail,
                        List<Change> changes) {

    /** One field's name and its value before and after, in words; either is null when there was none. */
    public record Change(String field, String before, String after) {
    }
}
