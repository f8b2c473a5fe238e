-- The feeds of changes read the newest publications, retirements and restorations first.
create index ix_description_revision_published_at on description_revision (published_at desc);
create index ix_audit_event_status_changes on audit_event (occurred_at desc)
    where action in ('DESCRIPTION_RETIRED', 'DESCRIPTION_RESTORED');
