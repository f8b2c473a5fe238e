-- A backup an admin is about to restore, kept on the server between the preview of what it would change and the
-- confirmation, with what each entry would update as previewed: the description and the version then current.
create table restore_review (
    id          bigserial primary key,
    reviewed_by varchar(60) not null,
    reviewed_at timestamptz not null,
    backup      text        not null
);

create table restore_review_entry (
    review_id      bigint not null references restore_review (id) on delete cascade,
    position       int    not null,
    description_id bigint not null,
    seen_version   bigint not null,
    primary key (review_id, position)
);

create index ix_restore_review_reviewed_at on restore_review (reviewed_at);
