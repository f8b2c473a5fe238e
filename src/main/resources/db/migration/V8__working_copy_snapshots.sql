-- The text of a working copy as each save left it, so that an editor whose form is out of date can have both
-- editors' changes merged against the version the form was opened at. Kept a month, and the latest always.
create table working_copy_snapshot (
    description_id bigint  not null references class_description (id) on delete cascade,
    version        bigint  not null,
    content        jsonb   not null,
    saved_at       timestamp with time zone not null default now(),
    primary key (description_id, version)
);
