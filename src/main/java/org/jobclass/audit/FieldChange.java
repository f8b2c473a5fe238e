package org.jobclass.audit;

/** One field's value before and after a change; either side is null when the field was added or removed. */
public record FieldChange(String field, String oldValue, String newValue) {
}
