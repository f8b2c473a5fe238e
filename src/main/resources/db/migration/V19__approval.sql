-- Approval, when the organisation turns it on: a change reaches the public only once a second person approves it.
alter table plan_settings add column approval_required boolean not null default false;

-- A description submitted for approval: by whom, when, with which working copy (its version) and note.
create table approval_request (
    description_id bigint primary key references class_description (id) on delete cascade,
    submitted_by   varchar(60)  not null,
    submitted_at   timestamp with time zone not null,
    working_version bigint      not null,
    note           varchar(500)
);
create index ix_approval_request_submitted_at on approval_request (submitted_at);

-- The last return of a description to its editors, with the approver's comment, until it is submitted again.
create table approval_return (
    description_id bigint primary key references class_description (id) on delete cascade,
    returned_by    varchar(60)   not null,
    returned_at    timestamp with time zone not null,
    comment        varchar(1000) not null
);
