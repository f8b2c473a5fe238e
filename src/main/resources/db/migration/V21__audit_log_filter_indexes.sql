-- The audit log is read newest first (by time, then id), a page at a time, filtered by action, by person (any case),
-- by text in its subject or detail, and by days. Each filter has an index in that order, so that a page of a log of
-- any size reads about one page of rows; the text filter (any substring) has trigram indexes.
drop index ix_audit_event_occurred_at;
create index ix_audit_event_occurred_at on audit_event (occurred_at, id);
create index ix_audit_event_action_occurred_at on audit_event (action, occurred_at, id);
create index ix_audit_event_actor_occurred_at on audit_event (lower(actor), occurred_at, id);
create index ix_audit_event_subject_label_trigrams on audit_event using gin (lower(subject_label) gin_trgm_ops);
create index ix_audit_event_detail_trigrams on audit_event using gin (lower(detail) gin_trgm_ops);
