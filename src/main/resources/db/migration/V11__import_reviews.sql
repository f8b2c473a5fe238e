-- Pages an editor is reviewing for import, kept on the server so that confirming sends their ids, not their text,
-- with what each page would change as reviewed: the description it updates and the version then current.
create table import_review (
    id          bigserial primary key,
    reviewed_by varchar(60) not null,
    reviewed_at timestamptz not null
);

create table import_review_page (
    review_id      bigint       not null references import_review (id) on delete cascade,
    position       int          not null,
    name           varchar(300) not null,
    text           text         not null,
    description_id bigint,
    seen_version   bigint,
    primary key (review_id, position)
);

create index ix_import_review_reviewed_at on import_review (reviewed_at);
